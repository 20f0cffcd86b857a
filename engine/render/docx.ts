// Runtime: any (pure). The DOCX renderer: the Document tree as a Word file a lawyer can keep
// editing: named styles, Word list numbering for the articles (see docx-numbering.ts), cover
// page, contents with cached entries and page numbers, running header, "Page X of Y" and the
// fingerprint in the footer, annexes and the signature page on new pages, signature blocks
// kept on one page, document properties, and a watermark on drafts.
import { BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TextRun, type ParagraphChild } from 'docx';
import { columnFractions } from './table-columns.ts';
import { TextWatermark } from 'docx/watermarks';
import type { DocBlock, DocumentTree, Run, Section, SignatureBlock } from '../document.ts';
import { CLAUSE_LIST, LEVEL_INDENT, wordNumbering } from './docx-numbering.ts';
import { coreXml, documentXml, stampZip } from './docx-package.ts';
import { docxStyles, FONT, TEXT_WIDTH } from './docx-styles.ts';
import { fingerprintLine, headerLeft, headerRight, signatureLines, WATERMARK } from './page-text.ts';

export interface DocxOptions {
  fingerprint: string;
  createdAt: Date;
  modifiedAt: Date;
}

/** Word bookmark names: a letter first, letters, digits and "_" only, at most 40 characters. */
export const bookmarkName = (anchor: string) => `m_${anchor.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);

/**
 * The body of word/document.xml, written as text. The docx library's object model (a dozen objects
 * per paragraph, then a generic formatter and serializer over all of them) took ~100 ms for the
 * full PSP agreement; the body is a few kinds of paragraph, so it is written here directly, in
 * the same markup the library writes. The library still writes every other part of the package
 * (styles, numbering, headers, footers, settings, relationships).
 */
class DocxBuilder {
  private nextBookmark = 1;
  /** the Word list levels, when they reproduce the tree's numbers */
  readonly levels: ReturnType<typeof wordNumbering>;
  /** the numId of the clause list in numbering.xml, set once the library has made it */
  numId = 0;

  constructor(private tree: DocumentTree) {
    this.levels = wordNumbering(tree);
  }

  /** Bookmarks with ids counted per document, around `inner`. */
  private bookmarked(anchor: string | undefined, inner: string): string {
    if (!anchor) return inner;
    const id = this.nextBookmark++;
    return `<w:bookmarkStart w:name="${esc(bookmarkName(anchor))}" w:id="${id}"/>${inner}<w:bookmarkEnd w:id="${id}"/>`;
  }

  private runs(runs: Run[], base: { italics?: boolean } = {}): string {
    let out = '';
    for (const r of runs) {
      const run = textRun(r.text, { bold: r.bold || r.missing ? true : undefined, italics: r.italic || r.missing ? true : base.italics, highlight: !!r.missing });
      out += r.ref ? `<w:hyperlink w:history="1" w:anchor="${esc(bookmarkName(r.ref))}">${run}</w:hyperlink>` : run;
    }
    return out;
  }

  /** A numbered paragraph: Word list numbering where it reproduces the tree, else the number as text. */
  private numbered(level: number, number: string, inner: string, style: string, inArticle: boolean): string {
    if (inArticle && this.levels) return paragraph(`${pStyle(style)}<w:widowControl/><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${this.numId}"/></w:numPr>`, inner);
    const indent = inArticle ? LEVEL_INDENT[level]! : { left: 600 * Math.max(1, level - 1), hanging: 600 };
    const props = `${pStyle(style)}<w:widowControl/><w:tabs><w:tab w:val="left" w:pos="${indent.left}"/></w:tabs><w:ind w:left="${indent.left}" w:hanging="${indent.hanging}"/>`;
    return paragraph(props, textRun(`${number}\t`, { bold: level === 0 }) + inner);
  }

  private block(block: DocBlock, section: Section): string {
    const inArticle = section.kind === 'article';
    switch (block.type) {
      case 'heading': {
        if (section.kind === 'cover') return paragraph(pStyle('CoverTitle'), this.bookmarked(block.anchor, textRun(block.text)));
        if (block.level === 1 && inArticle) return this.numbered(0, block.number ?? '', this.bookmarked(block.anchor, textRun(block.text)), 'Heading1', true);
        if (block.level === 1) {
          const lines = block.number ? textRun(block.number.toUpperCase()) + textRun(block.text, { break: true }) : textRun(block.text);
          return paragraph(`${pStyle('Heading1')}<w:jc w:val="center"/>`, this.bookmarked(block.anchor, lines));
        }
        const text = block.number ? `${block.number} ${block.text}` : block.text;
        return paragraph(pStyle(block.level === 2 ? 'Heading2' : 'Heading3'), this.bookmarked(block.anchor, textRun(text)));
      }
      case 'clause': {
        const title = block.title ? textRun(`${block.title}. `, { bold: true }) : '';
        return this.numbered(1, block.number, this.bookmarked(block.anchor, title + this.runs(block.runs)), 'Clause', inArticle);
      }
      case 'item':
        return this.numbered(1 + block.depth, block.number, this.runs(block.runs), 'Item', inArticle);
      case 'paragraph': {
        if (block.style === 'recital') return this.numbered(2, block.number ?? '', this.runs(block.runs), 'BodyText', false);
        const style = { body: 'BodyText', continuation: 'Continuation', centered: section.kind === 'cover' ? 'CoverLine' : 'Centered', note: 'Note' }[block.style ?? 'body'];
        return paragraph(`${pStyle(style)}<w:widowControl/>`, this.runs(block.runs, block.style === 'note' ? { italics: true } : {}));
      }
      case 'definition':
        return paragraph(pStyle('Definition'), textRun(`\u201c${block.term}\u201d`, { bold: true }) + textRun(' ') + this.runs(block.runs));
      case 'table':
        return this.table(block);
      case 'signatures':
        return block.blocks.map((b) => this.signature(b)).join('');
    }
  }

  private table(block: Extract<DocBlock, { type: 'table' }>): string {
    // The same column widths as the PDF, in twips of the text width, fixed so Word and LibreOffice agree.
    const widths = columnFractions(block).map((f) => Math.round(TEXT_WIDTH * f));
    const cell = (i: number, inner: string, header = false) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i]}"/>${header ? '<w:shd w:fill="EBEBEB" w:val="clear"/>' : ''}</w:tcPr>${paragraph(pStyle('TableText'), inner)}</w:tc>`;
    const border = (side: string) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`;
    let out =
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${TEXT_WIDTH}"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
      `<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    out += `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${block.header.map((h, i) => cell(i, textRun(h, { bold: true }), true)).join('')}</w:tr>`;
    for (const r of block.rows) out += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${block.header.map((_, i) => cell(i, this.runs(r[i] ?? []))).join('')}</w:tr>`;
    const blank = `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="560" w:hRule="atLeast"/></w:trPr>${block.header.map((_, i) => cell(i, '')).join('')}</w:tr>`;
    return out + blank.repeat(block.blankRows) + '</w:tbl>';
  }

  /** One signature block: every paragraph keeps with the next, so Word never splits it across pages. */
  private signature(block: SignatureBlock): string {
    const lines = signatureLines(block);
    const keep = (style: string, extra = '') => `${pStyle(style)}<w:keepNext/><w:keepLines/>${extra}`;
    const field = (text: string) => paragraph(keep('SignatureField'), textRun(text));
    const signLine = (caption: string) => paragraph(keep('SignatureCaption', '<w:pBdr><w:top w:val="single" w:color="000000" w:sz="6" w:space="2"/></w:pBdr>'), textRun(caption));
    const out = [
      paragraph(keep('BodyText', '<w:spacing w:after="0" w:before="360"/>'), textRun(lines.signedFor)),
      paragraph(keep('BodyText'), textRun(lines.party, { bold: true })),
      signLine('Signature'),
      ...lines.fields.map(field),
    ];
    if (lines.witness.length) {
      const [intro, ...rest] = lines.witness;
      out.push(paragraph(keep('SignatureField', '<w:spacing w:before="200"/>'), textRun(intro!, { italics: true })));
      out.push(signLine('Signature of witness'));
      out.push(...rest.map(field));
    }
    // The last line ends the block, so it does not keep with whatever follows.
    out[out.length - 1] = paragraph(pStyle('SignatureField'), textRun(lines.witness.at(-1) ?? lines.fields.at(-1)!));
    return out.join('');
  }

  /** The contents as a Word TOC field whose cached result already lists every entry, with links. */
  private contents(toc: NonNullable<Section['toc']>): string {
    const props = `${pStyle('TOC1')}<w:tabs><w:tab w:val="clear" w:pos="${TEXT_WIDTH}"/><w:tab w:val="right" w:pos="${TEXT_WIDTH - 1}" w:leader="dot"/></w:tabs>`;
    const entries = toc.map((e, i) => {
      const title = e.number ? `${e.number}  ${e.title}` : e.title;
      const begin = i === 0 ? '<w:r><w:fldChar w:fldCharType="begin" w:dirty="true"/><w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText><w:fldChar w:fldCharType="separate"/></w:r>' : '';
      const end = i === toc.length - 1 ? '<w:r><w:fldChar w:fldCharType="end"/></w:r>' : '';
      const link = `<w:hyperlink w:history="1" w:anchor="${esc(bookmarkName(e.anchor))}"><w:r><w:rPr><w:rStyle w:val="IndexLink"/></w:rPr><w:t xml:space="default">${esc(title)}</w:t><w:tab/><w:t xml:space="default"></w:t></w:r></w:hyperlink>`;
      return paragraph(props, begin + link + end);
    });
    return `<w:sdt><w:sdtPr><w:alias w:val="Contents"/><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>${entries.join('')}</w:sdtContent></w:sdt>`;
  }

  private section(section: Section): string {
    // Each section that starts a new page does so with a page break before its first paragraph,
    // and carries its anchor as a bookmark for the contents and cross-references.
    // (Its bookmark id is taken after those of the blocks, as before the body was written as text.)
    let out = section.kind === 'cover' ? paragraph(pStyle('CoverSpacer'), '') : '';
    for (const block of section.blocks) out += this.block(block, section);
    if (section.toc?.length) out += this.contents(section.toc);
    return paragraph(`${pStyle('SectionStart')}<w:keepNext/>${section.newPage && section.kind !== 'cover' ? '<w:pageBreakBefore/>' : ''}`, this.bookmarked(section.anchor, '')) + out;
  }

  body(): string {
    return this.tree.sections.map((s) => this.section(s)).join('');
  }

  /** The library's document: everything but the body, which renderDocx writes into word/document.xml. */
  build(options: DocxOptions): Document {
    const { meta } = this.tree;
    const headerParagraph = new Paragraph({
      style: 'HeaderText',
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '888888', space: 4 } },
      children: [new TextRun({ text: headerLeft(meta), italics: true }), new TextRun(`\t${headerRight(meta)}`)],
    });
    const watermark = () =>
      meta.draft ? [new Paragraph({ children: [withSeededRandom(() => new TextWatermark({ text: WATERMARK, font: FONT, color: 'A0A0A0', opacity: 0.35 })) as unknown as ParagraphChild] })] : [];
    const footer = () =>
      new Footer({
        children: [
          new Paragraph({ style: 'FooterText', children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
          new Paragraph({ style: 'Fingerprint', children: [new TextRun(fingerprintLine(options.fingerprint))] }),
        ],
      });
    const titlePage = this.tree.sections[0]?.kind === 'cover';
    const doc = new Document({
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
            page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
          },
          headers: { default: new Header({ children: [headerParagraph, ...watermark()] }), first: new Header({ children: [new Paragraph({ style: 'HeaderText', children: [] }), ...watermark()] }) },
          footers: { default: footer(), first: footer() },
          children: [],
        },
      ],
    });
    if (this.levels) {
      // The list a paragraph of the library would have made on first use: made here, as the body is ours.
      doc.Numbering.createConcreteNumberingInstance(CLAUSE_LIST, 0);
      this.numId = doc.Numbering.ConcreteNumbering.find((n) => n.reference === CLAUSE_LIST)!.numId;
    }
    return doc;
  }
}

const PAGE = { width: 11906, height: 16838, margin: { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 708, footer: 500 } };

/** XML text and attribute values, escaped as the docx library does (control characters Word refuses are dropped). */
const esc = (s: string) => s.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const pStyle = (id: string) => `<w:pStyle w:val="${id}"/>`;
const paragraph = (props: string, inner: string) => `<w:p><w:pPr>${props}</w:pPr>${inner}</w:p>`;

function textRun(text: string, look: { bold?: boolean; italics?: boolean; highlight?: boolean; break?: boolean } = {}): string {
  let props = '';
  if (look.bold !== undefined) props += look.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (look.italics !== undefined) props += look.italics ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (look.highlight) props += '<w:highlight w:val="yellow"/>';
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${look.break ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

/** The sectPr of the one section: A4, the margins, and the header and footer parts by relationship id. */
function sectionProperties(doc: Document, titlePage: boolean): string {
  const [header, firstHeader] = doc.Headers;
  const [footer, firstFooter] = doc.Footers;
  const { margin } = PAGE;
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="rId${header!.View.ReferenceId}"/><w:headerReference w:type="first" r:id="rId${firstHeader!.View.ReferenceId}"/>` +
    `<w:footerReference w:type="default" r:id="rId${footer!.View.ReferenceId}"/><w:footerReference w:type="first" r:id="rId${firstFooter!.View.ReferenceId}"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${margin.header}" w:footer="${margin.footer}" w:gutter="0"/>` +
    `<w:pgNumType/>${titlePage ? '<w:titlePg/>' : ''}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

export async function renderDocx(tree: DocumentTree, options: DocxOptions): Promise<Uint8Array> {
  const builder = new DocxBuilder(tree);
  const doc = builder.build(options);
  const document = documentXml(builder.body(), sectionProperties(doc, tree.sections[0]?.kind === 'cover'));
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
  const zip = await Packer.pack(doc, 'uint8array', false, [
    { path: 'word/document.xml', data: document },
    { path: 'docProps/core.xml', data: core },
  ]);
  return stampZip(zip, options.modifiedAt);
}

/**
 * The docx library names each watermark shape with a random id (nanoid over Math.random), which
 * would make two exports of the same draft differ. The shape is built synchronously, so for that
 * moment Math.random is a fixed-seed generator: the same draft always gets the same shape name.
 */
function withSeededRandom<T>(build: () => T): T {
  const random = Math.random;
  let seed = 0x2545f491;
  Math.random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 0x100000000;
  };
  try {
    return build();
  } finally {
    Math.random = random;
  }
}
