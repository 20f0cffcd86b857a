// Runtime: node. The DOCX and PDF renderers on a hand-made Document tree: deterministic bytes,
// the document's structure as a reader program sees it (pages, outline, signature fields,
// Word numbering, bookmarks, properties), and a clear refusal for scripts the fonts lack.
// The independent readers (LibreOffice, pdftotext, qpdf) are in test/integration/export.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { renderDocx } from '../../engine/render/docx.ts';
import { renderPdf, UnsupportedCharactersError } from '../../engine/render/pdf.ts';
import { wordNumbering } from '../../engine/render/docx-numbering.ts';
import type { FontFiles } from '../../engine/render/fonts.ts';
import { fixtureTree, partyNames } from '../fixtures/document-tree.ts';

const dir = join(import.meta.dirname, '../../assets/fonts');
const read = (f: string) => new Uint8Array(readFileSync(join(dir, f)));
const fonts: FontFiles = { regular: read('DejaVuSerif.ttf'), bold: read('DejaVuSerif-Bold.ttf'), italic: read('DejaVuSerif-Italic.ttf'), boldItalic: read('DejaVuSerif-BoldItalic.ttf') };
const dates = { createdAt: new Date('2026-11-02T10:00:00Z'), modifiedAt: new Date('2026-11-27T16:30:00Z') };
const fingerprint = 'f'.repeat(64);

/** The files of a zip archive (enough of the format for the DOCX packages we write). */
function unzip(zip: Uint8Array): Map<string, string> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const files = new Map<string, string>();
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    const method = view.getUint16(at + 8, true);
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extra = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 30, at + 30 + nameLength));
    const start = at + 30 + nameLength + extra;
    const data = zip.subarray(start, start + size);
    files.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data));
    at = start + size;
  }
  return files;
}

test('the same tree gives byte-identical PDF and DOCX files', async () => {
  const tree = fixtureTree();
  const [a, b] = [await renderPdf(tree, { fonts, fingerprint, ...dates }), await renderPdf(fixtureTree(), { fonts, fingerprint, ...dates })];
  assert.ok(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)), 'two PDF renders differ');
  const [x, y] = [await renderDocx(tree, { fingerprint, ...dates }), await renderDocx(fixtureTree(), { fingerprint, ...dates })];
  assert.ok(Buffer.from(x).equals(Buffer.from(y)), 'two DOCX renders differ');
  const later = await renderDocx(tree, { fingerprint, createdAt: dates.createdAt, modifiedAt: new Date('2027-01-01T00:00:00Z') });
  assert.ok(!Buffer.from(x).equals(Buffer.from(later)), 'the matter dates must reach the file');
});

test('PDF: outline per article, one empty signature field per signatory, properties from the tree and the matter', async () => {
  const { bytes, pageCount } = await renderPdf(fixtureTree(), { fonts, fingerprint, ...dates });
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  assert.equal(doc.getPageCount(), pageCount);
  assert.equal(doc.getTitle(), 'Security Services Agreement');
  assert.equal(doc.getCreationDate()?.toISOString(), dates.createdAt.toISOString());
  assert.equal(doc.getModificationDate()?.toISOString(), dates.modifiedAt.toISOString());
  assert.deepEqual(doc.getKeywords(), 'ICoC Voluntary Principles Montreux Document');

  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  const titles: string[] = [];
  for (let item = outlines.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict))
    titles.push((item.lookup(PDFName.of('Title')) as PDFString).decodeText());
  assert.deepEqual(titles, ['1. Definitions', '2. Use of Force', '3. Vetting and Training', '4. Grievances', 'Signature page', 'Annex 1: Rules for the Use of Force', 'Annex 2: Incident register']);

  const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray).asArray().map((r) => doc.context.lookup(r, PDFDict));
  assert.deepEqual(fields.map((f) => f.get(PDFName.of('FT'))?.toString()), ['/Sig', '/Sig']);
  assert.deepEqual(fields.map((f) => (f.lookup(PDFName.of('T')) as PDFString).decodeText()), ['Signature_Company', 'Signature_Provider']);
  assert.ok(fields.every((f) => !f.has(PDFName.of('V'))), 'signature fields must be empty');
});

test('PDF: a party name in a script the fonts lack is refused with a message naming the characters', async () => {
  for (const name of ['北京安保服务有限公司', 'شركة الأمن الوطني']) {
    const tree = fixtureTree();
    tree.sections[0]!.blocks.push({ type: 'paragraph', style: 'centered', runs: [{ text: name, bold: true }] });
    await assert.rejects(renderPdf(tree, { fonts, fingerprint, ...dates }), (e: unknown) => {
      assert.ok(e instanceof UnsupportedCharactersError);
      assert.match(e.message, new RegExp(`"${[...name][0]}" \\(U\\+[0-9A-F]{4}\\)`));
      assert.match(e.message, /export DOCX/);
      return true;
    });
  }
});

test('DOCX: Word numbering where it reproduces the tree, the printed numbers as text where it does not', async () => {
  const files = unzip(await renderDocx(fixtureTree(), { fingerprint, ...dates }));
  const body = files.get('word/document.xml')!;
  assert.ok(wordNumbering(fixtureTree()));
  assert.ok((body.match(/<w:numPr>/g) ?? []).length >= 4 * 5, 'article headings, clauses and items are list paragraphs');
  assert.match(files.get('word/numbering.xml')!, /w:lvlText w:val="%1\.%2"/);

  const odd = fixtureTree();
  const clause = odd.sections.find((s) => s.kind === 'article')!.blocks.find((b) => b.type === 'clause')!;
  if (clause.type === 'clause') clause.number = '1.7';
  assert.equal(wordNumbering(odd), undefined);
  const literal = unzip(await renderDocx(odd, { fingerprint, ...dates })).get('word/document.xml')!;
  assert.doesNotMatch(literal, /<w:numPr>/);
  assert.match(literal, /<w:t xml:space="preserve">1\.7\t<\/w:t>|<w:t>1\.7\t<\/w:t>|>1\.7\t</);
});

test('DOCX: contents cached, bookmarks for references, footer fields, properties with the matter dates', async () => {
  const files = unzip(await renderDocx(fixtureTree({ draft: true }), { fingerprint, ...dates }));
  const body = files.get('word/document.xml')!;
  assert.match(body, /TOC \\/);
  for (const title of ['Use of Force', 'Signature page', 'Incident register']) assert.ok(body.includes(title), `contents entry ${title}`);
  assert.match(body, /<w:bookmarkStart w:name="m_cl_2_1" w:id="\d+"\/>|<w:bookmarkStart w:id="\d+" w:name="m_cl_2_1"\/>/);
  assert.match(body, /w:anchor="m_cl_2_1"/);
  assert.ok(body.includes(partyNames[1].replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')));
  const footers = [...files].filter(([k]) => k.startsWith('word/footer')).map(([, v]) => v).join('');
  assert.match(footers, /PAGE/);
  assert.match(footers, /NUMPAGES/);
  assert.ok(footers.includes(fingerprint));
  const headers = [...files].filter(([k]) => k.startsWith('word/header')).map(([, v]) => v).join('');
  assert.ok(headers.includes('DRAFT - NOT FOR SIGNATURE'), 'drafts carry the watermark');
  const core = files.get('docProps/core.xml')!;
  assert.match(core, /<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-02T10:00:00Z</);
  assert.match(core, /<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-27T16:30:00Z</);
  assert.match(core, /<dc:title>Security Services Agreement</);
  assert.match(core, /<cp:keywords>ICoC, Voluntary Principles, Montreux Document</);
});

test('PDF coordinates print as the shortest text of the value rounded to hundredths', async () => {
  const { n } = await import('../../engine/render/pdf-text.ts');
  const fc = (await import('fast-check')).default;
  for (const x of [0, -0, 0.004, -0.004, 0.005, -0.05, 72, 595.28, 841.89, -12.3, 1e6 + 0.1]) assert.equal(n(x), (Math.round(x * 100) / 100).toString(), String(x));
  fc.assert(fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), (x) => n(x) === (Math.round(x * 100) / 100).toString()), { numRuns: 20_000 });
});
