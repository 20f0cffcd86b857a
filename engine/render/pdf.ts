// Runtime: any (pure: fonts come in as bytes). The PDF renderer: lays the Document tree out
// with the layout engine, draws it with pdf-lib (subset DejaVu Serif embedded by pdf-font.ts), and adds the
// running header and footer ("Page X of Y", fingerprint), the outline, internal links, one
// empty signature field per signatory, the draft watermark and the document properties.
// The same tree and dates always give the same bytes.
import { PDFDocument, PDFName, PDFPage } from 'pdf-lib';
import type { DocumentTree } from '../document.ts';
import { faces, fontMetrics, openFaces, type FontFiles, type FontMetrics } from './fonts.ts';
import { layout, type Placed } from './layout.ts';
import type { Face, Line } from './line-break.ts';
import { fingerprintLine, headerLeft, headerRight, pageOf, signatureLines, WATERMARK } from './page-text.ts';
import { EmbeddedFont } from './pdf-font.ts';
import { PageWriter } from './pdf-text.ts';
import { addLink, addOutline, addSignatureFields, PageAnnotations, type Destination, type Rect } from './pdf-structure.ts';
import { COLUMN, documentSpecs, PAGE, SIGNATURE_LINE_WIDTH, SIGN_SPACE, type BoxPayload } from './pdf-specs.ts';

export interface PdfOptions {
  fonts: FontFiles;
  /** SHA-256 of the canonical Document tree, printed in every footer */
  fingerprint: string;
  /** document properties take their dates from the matter, never from the clock */
  createdAt: Date;
  modifiedAt: Date;
  /** zlib-format deflate from the host (node:zlib is several times faster than pdf-lib's pure-JS one) */
  deflate?: (data: Uint8Array) => Uint8Array;
}

/** Text the embedded fonts cannot draw (e.g. Chinese): the PDF is refused rather than printed with empty boxes. */
export class UnsupportedCharactersError extends Error {
  constructor(readonly problems: { character: string; codePoint: string; text: string }[]) {
    const list = problems.slice(0, 5).map((p) => `"${p.character}" (${p.codePoint}) in "${p.text.trim()}"`);
    super(
      `The PDF fonts (DejaVu Serif) cannot draw ${problems.length} character(s): ${list.join('; ')}${problems.length > 5 ? '; …' : ''}. ` +
        'Write these names in Latin script (for example the registered English name) for the PDF, or export DOCX, which uses the fonts of the reader’s computer.',
    );
    this.name = 'UnsupportedCharactersError';
  }
}

const metricsCache = new WeakMap<Uint8Array, FontMetrics>();
function metricsFor(fonts: FontFiles): FontMetrics {
  let m = metricsCache.get(fonts.regular);
  if (!m) metricsCache.set(fonts.regular, (m = fontMetrics(fonts)));
  return m;
}

const colTop = PAGE.height - PAGE.top;
const baseline = (top: number, lineHeight: number, size: number) => colTop - top - lineHeight / 2 - size * 0.35;
const GREY = 0.35;

export async function renderPdf(tree: DocumentTree, options: PdfOptions): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const metrics = metricsFor(options.fonts);
  const { measure } = metrics;
  const { pages: laidOut, anchors } = layout(documentSpecs(tree, measure), COLUMN, measure);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const faceFiles = openFaces(options.fonts);
  // Characters the fonts cannot draw are reported by the encoder the first time each is drawn in a
  // face, in drawing order; the PDF is then refused rather than printed with empty boxes.
  const problems: UnsupportedCharactersError['problems'] = [];
  const seen = new Set<string>();
  const onMissing = (c: string, text: string) => {
    if (seen.has(c)) return;
    seen.add(c);
    problems.push({ character: c, codePoint: `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, text });
  };
  const fonts = Object.fromEntries(faces.map((f) => [f, new EmbeddedFont(doc, faceFiles[f], options.deflate, onMissing)])) as Record<Face, EmbeddedFont>;

  const pages = laidOut.map(() => {
    const page = PDFPage.create(doc);
    // The size set directly: setSize would also re-derive the crop, bleed, trim and art boxes,
    // which these pages do not have (a tenth of the drawing time for 50 pages, in cold code).
    page.node.set(PDFName.of('MediaBox'), doc.context.obj([0, 0, PAGE.width, PAGE.height]));
    return doc.addPage(page);
  });
  const writers = new Map(pages.map((p) => [p, new PageWriter(doc, p, fonts, options.deflate)]));
  const text = (page: PDFPage, s: string, x: number, y: number, size: number, face: Face, gray = 0, wordSpacing = 0) =>
    writers.get(page)!.text(s, x, y, size, face, gray, wordSpacing);

  const links: { at: Rect; to: string }[] = [];
  const signatureFields: { name: string; tooltip: string; rect: Rect }[] = [];
  const destOf = (anchor: string): Destination | undefined => {
    const a = anchors.get(anchor);
    return a && { page: a.page, y: colTop - a.top + 12 };
  };

  const drawLine = (page: PDFPage, index: number, line: Line, top: number, lineHeight: number, size: number) => {
    const y = baseline(top, lineHeight, size);
    for (const f of line.fragments) {
      text(page, f.text, PAGE.left + f.x, y, size, f.face, 0, line.wordSpacing);
      if (f.link) links.push({ at: { page: index, x: PAGE.left + f.x, y: y - size * 0.25, width: f.width, height: size * 1.1 }, to: f.link });
    }
  };

  const drawBox = (page: PDFPage, index: number, top: number, payload: BoxPayload) => {
    if (payload.kind === 'toc') {
      const { entry } = payload;
      const y = baseline(top, 20, 10.5);
      const target = anchors.get(entry.anchor);
      const number = target ? String(target.page + 1) : '';
      if (entry.number) text(page, entry.number, PAGE.left, y, 10.5, 'regular');
      const titleX = PAGE.left + (entry.number && entry.number.length > 4 ? 60 : 36);
      text(page, entry.title, titleX, y, 10.5, 'regular');
      const numberWidth = measure(number, 'regular', 10.5);
      const titleEnd = titleX + measure(entry.title, 'regular', 10.5) + 6;
      const leaderEnd = PAGE.width - PAGE.right - numberWidth - 6;
      const dots = Math.max(0, Math.floor((leaderEnd - titleEnd) / measure(' .', 'regular', 10.5)));
      if (dots > 0) text(page, ' .'.repeat(dots), leaderEnd - dots * measure(' .', 'regular', 10.5), y, 10.5, 'regular', GREY);
      text(page, number, PAGE.width - PAGE.right - numberWidth, y, 10.5, 'regular');
      links.push({ at: { page: index, x: PAGE.left, y: y - 4, width: COLUMN.width, height: 16 }, to: entry.anchor });
    } else if (payload.kind === 'signature') {
      const lines = signatureLines(payload.block);
      const lh = 14.5;
      let t = top;
      text(page, lines.signedFor, PAGE.left, baseline(t, lh, 10.5), 10.5, 'regular');
      t += lh;
      for (const l of payload.partyLines) {
        text(page, l, PAGE.left, baseline(t, lh, 10.5), 10.5, 'bold');
        t += lh;
      }
      const signY = colTop - t - 40;
      writers.get(page)!.rule(PAGE.left, PAGE.left + SIGNATURE_LINE_WIDTH, signY, 0.6);
      text(page, 'Signature', PAGE.left, signY - 9, 7.5, 'italic', GREY);
      signatureFields.push({
        name: payload.block.fieldName,
        tooltip: `Signature of ${payload.block.signatoryName || 'the signatory'} for the ${payload.block.term}`,
        rect: { page: index, x: PAGE.left, y: signY + 1, width: SIGNATURE_LINE_WIDTH, height: 36 },
      });
      t += SIGN_SPACE;
      for (const l of lines.fields) {
        text(page, l, PAGE.left, baseline(t, lh, 10.5), 10.5, 'regular');
        t += lh;
      }
      if (lines.witness.length) {
        const [intro, ...rest] = lines.witness;
        text(page, intro!, PAGE.left, baseline(t, lh, 10.5), 10.5, 'italic');
        t += lh;
        const witnessY = colTop - t - 40;
        writers.get(page)!.rule(PAGE.left, PAGE.left + SIGNATURE_LINE_WIDTH, witnessY, 0.6);
        text(page, 'Signature of witness', PAGE.left, witnessY - 9, 7.5, 'italic', GREY);
        t += SIGN_SPACE;
        for (const l of rest) {
          text(page, l, PAGE.left, baseline(t, lh, 10.5), 10.5, 'regular');
          t += lh;
        }
      }
    }
  };

  const drawPlaced = (page: PDFPage, index: number, p: Placed) => {
    if (p.type === 'line') {
      drawLine(page, index, p.line, p.top, p.lineHeight, p.size);
      if (p.label) text(page, p.label.text, PAGE.left + p.label.at, baseline(p.top, p.lineHeight, p.size), p.size, p.label.face);
    } else if (p.type === 'box') drawBox(page, index, p.top, p.payload as BoxPayload);
    else {
      const y = colTop - p.top - p.height;
      for (const cell of p.spec.cells) {
        writers.get(page)!.rect(PAGE.left + cell.x, y, cell.width, p.height, 0.45, p.spec.isHeader ? 0.92 : undefined);
      }
      p.cells.forEach((lines) => lines.forEach((l, k) => drawLine(page, index, l, p.top + p.spec.padding + k * p.spec.lineHeight, p.spec.lineHeight, p.spec.size)));
    }
  };

  const coverFirst = tree.sections[0]?.kind === 'cover';
  pages.forEach((page, index) => {
    for (const p of laidOut[index]!) drawPlaced(page, index, p);
    if (!(coverFirst && index === 0)) {
      const y = PAGE.height - 48;
      text(page, headerLeft(tree.meta), PAGE.left, y, 8.5, 'italic', GREY);
      const right = headerRight(tree.meta);
      text(page, right, PAGE.width - PAGE.right - measure(right, 'regular', 8.5), y, 8.5, 'regular', GREY);
      writers.get(page)!.rule(PAGE.left, PAGE.width - PAGE.right, y - 6, 0.4, GREY);
    }
    writers.get(page)!.rule(PAGE.left, PAGE.width - PAGE.right, 60, 0.4, GREY);
    const footer = pageOf(index + 1, pages.length);
    text(page, footer, (PAGE.width - measure(footer, 'regular', 9)) / 2, 46, 9, 'regular');
    const print = fingerprintLine(options.fingerprint);
    text(page, print, (PAGE.width - measure(print, 'regular', 6)) / 2, 34, 6, 'regular', GREY);
    if (tree.meta.draft) drawWatermark(writers.get(page)!, measure(WATERMARK, 'bold', 1));
    writers.get(page)!.finish();
  });

  if (problems.length) throw new UnsupportedCharactersError(problems);
  for (const face of faces) fonts[face].finish();

  const annotations = new PageAnnotations();
  for (const link of links) {
    const to = destOf(link.to);
    if (to) addLink(doc, pages, annotations, link.at, to);
  }
  const outline = tree.sections
    .filter((s) => s.kind === 'article' || s.kind === 'signature' || s.kind === 'annex')
    .map((s) => ({ title: s.kind === 'article' && s.number ? `${s.number}. ${s.title}` : s.kind === 'annex' && s.number ? `Annex ${s.number}: ${s.title}` : s.title, dest: destOf(s.anchor) }))
    .filter((e): e is { title: string; dest: Destination } => e.dest !== undefined);
  addOutline(doc, pages, outline);
  addSignatureFields(doc, pages, annotations, signatureFields);
  annotations.write(doc, pages);

  const { meta } = tree;
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.parties.map((p) => p.name).join('; '));
  doc.setKeywords(meta.keywords);
  doc.setCreator('Mandate');
  doc.setProducer('Mandate (pdf-lib)');
  doc.setLanguage('en');
  doc.setCreationDate(options.createdAt);
  doc.setModificationDate(options.modifiedAt);
  // Object streams would be one more pass of compression; the file is small without them. pdf-lib
  // yields to the event loop every 50 objects by default (a timer each, ~1 ms apiece, and a
  // contract has hundreds of link annotations), and would rebuild form-field appearances, which
  // empty signature fields do not have.
  const bytes = await doc.save({ useObjectStreams: false, objectsPerTick: Infinity, updateFieldAppearances: false });
  return { bytes, pageCount: pages.length };
}

/** The diagonal draft marking, corner to corner, above the text but pale enough to read it through. */
function drawWatermark(writer: PageWriter, widthPerPoint: number) {
  const angle = Math.atan2(PAGE.height, PAGE.width);
  // three quarters of the page diagonal
  const size = (0.75 * Math.hypot(PAGE.width, PAGE.height)) / widthPerPoint;
  const w = widthPerPoint * size;
  const x = PAGE.width / 2 - (Math.cos(angle) * w) / 2 + Math.sin(angle) * size * 0.35;
  const y = PAGE.height / 2 - (Math.sin(angle) * w) / 2 - Math.cos(angle) * size * 0.35;
  writer.rotated(WATERMARK, x, y, size, 'bold', angle, 0.18, 0.5);
}
