// Runtime: any (pure). The DOCX renderer: the Document tree as a Word file a lawyer can keep
// editing: named styles, Word list numbering for the articles (see docx-numbering.ts), cover
// page, contents with cached entries and page numbers, running header, "Page X of Y" and the
// fingerprint in the footer, annexes and the signature page on new pages, signature blocks
// kept on one page, document properties, and a watermark on drafts.
import {
  AlignmentType,
  BorderStyle,
  BookmarkEnd,
  BookmarkStart,
  Document,
  Footer,
  Header,
  InternalHyperlink,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { columnFractions } from './table-columns.ts';
import { TextWatermark } from 'docx/watermarks';
import type { DocBlock, DocumentTree, Run, Section, SignatureBlock } from '../document.ts';
import { CLAUSE_LIST, LEVEL_INDENT, wordNumbering } from './docx-numbering.ts';
import { coreXml, stampZip } from './docx-package.ts';
import { docxStyles, FONT, TEXT_WIDTH } from './docx-styles.ts';
import { fingerprintLine, headerLeft, headerRight, signatureLines, WATERMARK } from './page-text.ts';

export interface DocxOptions {
  fingerprint: string;
  createdAt: Date;
  modifiedAt: Date;
}

/** Word bookmark names: a letter first, letters, digits and "_" only, at most 40 characters. */
export const bookmarkName = (anchor: string) => `m_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

class DocxBuilder {
  private nextBookmark = 1;
  /** the Word list levels, when they reproduce the tree's numbers */
  readonly levels: ReturnType<typeof wordNumbering>;

  constructor(private tree: DocumentTree) {
    this.levels = wordNumbering(tree);
  }

  /** Bookmarks with ids counted per document (the library's own counter is process-wide). */
  private bookmarked(anchor: string | undefined, children: ParagraphChild[]): ParagraphChild[] {
    if (!anchor) return children;
    const id = this.nextBookmark++;
    return [new BookmarkStart(bookmarkName(anchor), id) as unknown as ParagraphChild, ...children, new BookmarkEnd(id) as unknown as ParagraphChild];
  }

  private runs(runs: Run[], base: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
    return runs.map((r) => {
      const run = new TextRun({
        text: r.text,
        bold: r.bold || r.missing ? true : base.bold,
        italics: r.italic || r.missing ? true : base.italics,
        ...(r.missing ? { highlight: 'yellow' as const } : {}),
      });
      return r.ref ? new InternalHyperlink({ anchor: bookmarkName(r.ref), children: [run] }) : run;
    });
  }

  /** A numbered paragraph: Word list numbering where it reproduces the tree, else the number as text. */
  private numbered(level: number, number: string, children: ParagraphChild[], style: string, extra: IParagraphOptions, inArticle: boolean): Paragraph {
    const options = { widowControl: true, ...extra };
    if (inArticle && this.levels) return new Paragraph({ ...options, style, numbering: { reference: CLAUSE_LIST, level }, children });
    const indent = inArticle ? LEVEL_INDENT[level]! : { left: 600 * Math.max(1, level - 1), hanging: 600 };
    return new Paragraph({ ...options, style, indent, tabStops: [{ type: TabStopType.LEFT, position: indent.left }], children: [new TextRun({ text: `${number}\t`, bold: level === 0 }), ...children] });
  }

  private block(block: DocBlock, section: Section): (Paragraph | Table)[] {
    const inArticle = section.kind === 'article';
    switch (block.type) {
      case 'heading': {
        if (section.kind === 'cover') return [new Paragraph({ style: 'CoverTitle', children: this.bookmarked(block.anchor, [new TextRun(block.text)]) })];
        if (block.level === 1 && inArticle) return [this.numbered(0, block.number ?? '', this.bookmarked(block.anchor, [new TextRun(block.text)]), 'Heading1', {}, true)];
        if (block.level === 1) {
          const lines = block.number ? [new TextRun(block.number.toUpperCase()), new TextRun({ text: block.text, break: 1 })] : [new TextRun(block.text)];
          return [new Paragraph({ style: 'Heading1', alignment: AlignmentType.CENTER, children: this.bookmarked(block.anchor, lines) })];
        }
        const text = block.number ? `${block.number} ${block.text}` : block.text;
        return [new Paragraph({ style: block.level === 2 ? 'Heading2' : 'Heading3', children: this.bookmarked(block.anchor, [new TextRun(text)]) })];
      }
      case 'clause': {
        const title = block.title ? [new TextRun({ text: `${block.title}. `, bold: true })] : [];
        return [this.numbered(1, block.number, this.bookmarked(block.anchor, [...title, ...this.runs(block.runs)]), 'Clause', {}, inArticle)];
      }
      case 'item':
        return [this.numbered(1 + block.depth, block.number, this.runs(block.runs), 'Item', {}, inArticle)];
      case 'paragraph': {
        const style = { body: 'BodyText', continuation: 'Continuation', centered: section.kind === 'cover' ? 'CoverLine' : 'Centered', note: 'Note', recital: 'BodyText' }[block.style ?? 'body'];
        if (block.style === 'recital') return [this.numbered(2, block.number ?? '', this.runs(block.runs), 'BodyText', {}, false)];
        return [new Paragraph({ style, widowControl: true, children: this.runs(block.runs, block.style === 'note' ? { italics: true } : {}) })];
      }
      case 'definition':
        return [new Paragraph({ style: 'Definition', children: [new TextRun({ text: `\u201c${block.term}\u201d`, bold: true }), new TextRun(' '), ...this.runs(block.runs)] })];
      case 'table':
        return [this.table(block)];
      case 'signatures':
        return block.blocks.flatMap((b) => this.signature(b));
    }
  }

  private table(block: Extract<DocBlock, { type: 'table' }>): Table {
    const cell = (children: ParagraphChild[], header = false) =>
      new TableCell({ children: [new Paragraph({ style: 'TableText', children })], ...(header ? { shading: { fill: 'EBEBEB' } } : {}) });
    const header = new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h) => cell([new TextRun({ text: h, bold: true })], true)) });
    const rows = block.rows.map((r) => new TableRow({ cantSplit: true, children: block.header.map((_, i) => cell(this.runs(r[i] ?? []))) }));
    const blank = Array.from({ length: block.blankRows }, () => new TableRow({ cantSplit: true, height: { value: 560, rule: 'atLeast' }, children: block.header.map(() => cell([])) }));
    // The same column widths as the PDF, in twips of the text width, fixed so Word and LibreOffice agree.
    const columnWidths = columnFractions(block).map((f) => Math.round(TEXT_WIDTH * f));
    return new Table({ width: { size: TEXT_WIDTH, type: WidthType.DXA }, columnWidths, layout: TableLayoutType.FIXED, rows: [header, ...rows, ...blank] });
  }

  /** One signature block: every paragraph keeps with the next, so Word never splits it across pages. */
  private signature(block: SignatureBlock): Paragraph[] {
    const lines = signatureLines(block);
    const keep = { keepNext: true, keepLines: true };
    const signLine = (caption: string) =>
      new Paragraph({ ...keep, style: 'SignatureCaption', border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 2 } }, children: [new TextRun(caption)] });
    const out = [
      new Paragraph({ ...keep, style: 'BodyText', spacing: { before: 360, after: 0 }, children: [new TextRun(lines.signedFor)] }),
      new Paragraph({ ...keep, style: 'BodyText', children: [new TextRun({ text: lines.party, bold: true })] }),
      signLine('Signature'),
      ...lines.fields.map((f) => new Paragraph({ ...keep, style: 'SignatureField', children: [new TextRun(f)] })),
    ];
    if (lines.witness.length) {
      const [intro, ...rest] = lines.witness;
      out.push(new Paragraph({ ...keep, style: 'SignatureField', spacing: { before: 200 }, children: [new TextRun({ text: intro!, italics: true })] }));
      out.push(signLine('Signature of witness'));
      out.push(...rest.map((f) => new Paragraph({ ...keep, style: 'SignatureField', children: [new TextRun(f)] })));
    }
    const last = out.length - 1;
    out[last] = new Paragraph({ style: 'SignatureField', children: [new TextRun(lines.witness.at(-1) ?? lines.fields.at(-1)!)] });
    return out;
  }

  private section(section: Section): (Paragraph | Table | TableOfContents)[] {
    const out: (Paragraph | Table | TableOfContents)[] = [];
    if (section.kind === 'cover') out.push(new Paragraph({ style: 'CoverSpacer', children: [] }));
    for (const block of section.blocks) out.push(...this.block(block, section));
    if (section.toc?.length) {
      out.push(
        new TableOfContents('Contents', {
          hyperlink: true,
          headingStyleRange: '1-1',
          cachedEntries: section.toc.map((e) => ({ title: e.number ? `${e.number}  ${e.title}` : e.title, level: 1, href: bookmarkName(e.anchor) })),
        }),
      );
    }
    // Each section that starts a new page does so with a page break before its first paragraph,
    // and carries its anchor as a bookmark for the contents and cross-references.
    const start = new Paragraph({ pageBreakBefore: section.newPage && section.kind !== 'cover', keepNext: true, style: 'SectionStart', children: this.bookmarked(section.anchor, []) });
    return [start, ...out];
  }

  build(options: DocxOptions): Document {
    const { meta } = this.tree;
    const headerParagraph = new Paragraph({
      style: 'HeaderText',
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '888888', space: 4 } },
      children: [new TextRun({ text: headerLeft(meta), italics: true }), new TextRun(`\t${headerRight(meta)}`)],
    });
    const watermark = () => (meta.draft ? [new Paragraph({ children: [new TextWatermark({ text: WATERMARK, font: FONT, color: 'A0A0A0', opacity: 0.35 }) as unknown as ParagraphChild] })] : []);
    const footer = () =>
      new Footer({
        children: [
          new Paragraph({ style: 'FooterText', children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
          new Paragraph({ style: 'Fingerprint', children: [new TextRun(fingerprintLine(options.fingerprint))] }),
        ],
      });
    const titlePage = this.tree.sections[0]?.kind === 'cover';
    return new Document({
      // Word fills in the contents page numbers when the file opens (the cached entries carry
      // titles and links only: page breaks depend on the reader's fonts, so we do not guess them).
      features: { updateFields: true },
      title: meta.title,
      subject: meta.subject,
      creator: meta.parties.map((p) => p.name).join('; '),
      keywords: meta.keywords.join(', '),
      description: `${meta.title}, version ${meta.versionLabel}, ${meta.dateText}`,
      styles: docxStyles,
      numbering: { config: this.levels ? [{ reference: CLAUSE_LIST, levels: this.levels }] : [] },
      sections: [
        {
          properties: {
            titlePage,
            page: { size: { width: 11906, height: 16838 }, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 708, footer: 500 } },
          },
          headers: { default: new Header({ children: [headerParagraph, ...watermark()] }), first: new Header({ children: [new Paragraph({ style: 'HeaderText', children: [] }), ...watermark()] }) },
          footers: { default: footer(), first: footer() },
          children: this.tree.sections.flatMap((s) => this.section(s)),
        },
      ],
    });
  }
}

export async function renderDocx(tree: DocumentTree, options: DocxOptions): Promise<Uint8Array> {
  const doc = new DocxBuilder(tree).build(options);
  const { meta } = tree;
  const core = coreXml({
    title: meta.title,
    subject: meta.subject,
    creator: meta.parties.map((p) => p.name).join('; '),
    keywords: meta.keywords.join(', '),
    description: `${meta.title}, version ${meta.versionLabel}, ${meta.dateText}`,
    createdAt: options.createdAt,
    modifiedAt: options.modifiedAt,
  });
  const zip = await Packer.pack(doc, 'uint8array', false, [{ path: 'docProps/core.xml', data: core }]);
  return stampZip(zip, options.modifiedAt);
}
