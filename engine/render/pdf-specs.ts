// Runtime: any (pure). The PDF's house style: turns the Document tree into the layout engine's
// blocks (sizes, indents, spacing, keep rules). Numbers come from the tree as printed.
import type { DocBlock, DocumentTree, Run, Section, SignatureBlock, TocEntry } from '../document.ts';
import type { BlockSpec, ParagraphSpec, RowSpec } from './layout.ts';
import { breakLines, type Face, type Measure, type Span } from './line-break.ts';
import { signatureLines } from './page-text.ts';
import { columnFractions } from './table-columns.ts';

export const PAGE = { width: 595.28, height: 841.89, left: 72, right: 72, top: 78, bottom: 78 };
export const COLUMN = { width: PAGE.width - PAGE.left - PAGE.right, height: PAGE.height - PAGE.top - PAGE.bottom };

const BODY = 10.5;
const LEADING = 14.5;
/** hanging indents: clause number column, then one step per sub-clause depth */
const STEP = 36;
const ITEM_STEP = 30;

export type BoxPayload =
  | { kind: 'toc'; entry: TocEntry }
  | { kind: 'signature'; block: SignatureBlock; partyLines: string[] }
  | { kind: 'spacer' };

export const SIGNATURE_LINE_WIDTH = 220;
/** room to sign above a signature line, and the line's caption below it */
export const SIGN_SPACE = 60;

export function faceOf(bold?: boolean, italic?: boolean): Face {
  return bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
}

export function spansOf(runs: Run[], base: Face = 'regular'): Span[] {
  return runs.map((r) => {
    // Missing values stand out in drafts: bold italic, as "[MISSING: …]" already spelled out in the text.
    const face = r.missing ? 'boldItalic' : faceOf(r.bold || base === 'bold' || base === 'boldItalic', r.italic || base === 'italic' || base === 'boldItalic');
    return r.ref ? { text: r.text, face, link: r.ref } : { text: r.text, face };
  });
}

const para = (spans: Span[], extra: Partial<ParagraphSpec> = {}): ParagraphSpec => ({
  type: 'paragraph',
  spans,
  size: BODY,
  lineHeight: LEADING,
  align: 'justify',
  spaceAfter: 6,
  ...extra,
});

function heading(block: Extract<DocBlock, { type: 'heading' }>, section: Section): ParagraphSpec {
  const base = { keepWithNext: true, anchor: block.anchor, align: 'left' as const };
  if (section.kind === 'cover') return para([{ text: block.text, face: 'bold' }], { ...base, size: 20, lineHeight: 26, align: 'center', spaceAfter: 28 });
  if (block.level === 1 && section.kind === 'article')
    return para([{ text: block.text, face: 'bold' }], { ...base, size: 11, indent: STEP, label: { text: block.number ?? '', face: 'bold', at: 0 }, spaceBefore: 14, spaceAfter: 8 });
  if (block.level === 1) {
    const text = block.number ? `${block.number.toUpperCase()}\n${block.text}` : block.text;
    return para([{ text, face: 'bold' }], { ...base, size: 12.5, lineHeight: 18, align: 'center', spaceAfter: 16 });
  }
  const face: Face = block.level === 2 ? 'bold' : 'boldItalic';
  const text = block.number ? `${block.number} ${block.text}` : block.text;
  return para([{ text, face }], { ...base, spaceBefore: 10, spaceAfter: 4 });
}

function table(block: Extract<DocBlock, { type: 'table' }>): RowSpec[] {
  // Every column has room for its longest word; the rest goes to the columns with the most text.
  let x = 0;
  const columns = columnFractions(block).map((f) => {
    const c = { x, width: COLUMN.width * f };
    x += c.width;
    return c;
  });
  const row = (cells: Span[][], isHeader: boolean, minLines = 1): RowSpec => ({
    type: 'row',
    cells: columns.map((c, i) => ({ ...c, spans: cells[i] ?? (minLines > 1 ? [{ text: '\n'.repeat(minLines - 1), face: 'regular' }] : []) })),
    size: 9,
    lineHeight: 12,
    padding: 4,
    isHeader,
  });
  const header = row(block.header.map((h) => [{ text: h, face: 'bold' }]), true);
  const rows = [...block.rows.map((r) => row(r.map((cell) => spansOf(cell)), false)), ...Array.from({ length: block.blankRows }, () => row([], false, 2))];
  rows.forEach((r) => (r.header = header));
  rows[rows.length - 1]!.spaceAfter = 10;
  return [{ ...header, keepWithNext: true, spaceBefore: 4 }, ...rows];
}

function signatures(blocks: SignatureBlock[], measure: Measure): BlockSpec[] {
  return blocks.map((block) => {
    const partyLines = breakLines([{ text: signatureLines(block).party, face: 'bold' }], COLUMN.width, BODY, measure, 'left').map((l) =>
      l.fragments.map((f) => f.text).join('').trimEnd(),
    );
    // signed-for line, party name, room to sign, signature line, name/title/date, witness lines
    const height = LEADING * (1 + partyLines.length) + SIGN_SPACE + LEADING * 3 + (block.witness ? SIGN_SPACE + LEADING * 3 : 0);
    return { type: 'box', height, payload: { kind: 'signature', block, partyLines } satisfies BoxPayload, spaceBefore: 10, spaceAfter: 18 };
  });
}

function blockSpecs(block: DocBlock, section: Section, measure: Measure): BlockSpec[] {
  switch (block.type) {
    case 'heading':
      return [heading(block, section)];
    case 'clause': {
      const title: Span[] = block.title ? [{ text: `${block.title}. `, face: 'bold' }] : [];
      return [para([...title, ...spansOf(block.runs)], { indent: STEP, label: { text: block.number, face: 'regular', at: 0 }, anchor: block.anchor })];
    }
    case 'item': {
      const at = section.kind === 'article' ? STEP + ITEM_STEP * (block.depth - 1) : ITEM_STEP * (block.depth - 1);
      return [para(spansOf(block.runs), { indent: at + ITEM_STEP, label: { text: block.number, face: 'regular', at }, spaceAfter: 4 })];
    }
    case 'paragraph': {
      const spans = spansOf(block.runs, block.style === 'note' ? 'italic' : 'regular');
      if (block.style === 'centered') return [para(spans, { align: 'center', size: section.kind === 'cover' ? 12.5 : BODY, lineHeight: section.kind === 'cover' ? 18 : LEADING, spaceAfter: 12 })];
      if (block.style === 'recital') return [para(spans, { indent: STEP, label: { text: block.number ?? '', face: 'regular', at: 0 } })];
      if (block.style === 'note') return [para(spans, { size: 9.5, lineHeight: 13 })];
      return [para(spans, { indent: block.style === 'continuation' ? STEP : 0 })];
    }
    case 'definition':
      return [para([{ text: `\u201c${block.term}\u201d`, face: 'bold' }, { text: ' ', face: 'regular' }, ...spansOf(block.runs)], { indent: STEP })];
    case 'table':
      return table(block);
    case 'signatures':
      return signatures(block.blocks, measure);
  }
}

function sectionSpecs(section: Section, measure: Measure): BlockSpec[] {
  const specs: BlockSpec[] = [];
  if (section.kind === 'cover') specs.push({ type: 'box', height: 150, payload: { kind: 'spacer' } satisfies BoxPayload });
  for (const block of section.blocks) specs.push(...blockSpecs(block, section, measure));
  for (const entry of section.toc ?? []) specs.push({ type: 'box', height: 20, payload: { kind: 'toc', entry } satisfies BoxPayload });
  const first = specs[0];
  if (first) {
    if (section.newPage) first.pageBreakBefore = true;
    // The section's own anchor marks its start, for the outline and the contents page numbers.
    if (!first.anchor || first.anchor !== section.anchor) specs.unshift({ type: 'box', height: 0, payload: { kind: 'spacer' }, anchor: section.anchor, pageBreakBefore: first.pageBreakBefore, keepWithNext: true });
    if (specs[0] !== first) first.pageBreakBefore = false;
  }
  return specs;
}

export function documentSpecs(tree: DocumentTree, measure: Measure): BlockSpec[] {
  return tree.sections.flatMap((s) => sectionSpecs(s, measure));
}
