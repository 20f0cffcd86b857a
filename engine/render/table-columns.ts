// Runtime: any (pure). Column widths for a table, shared by the PDF and DOCX renderers so both
// lay a register out alike. Each column first gets room for its longest word (so headers such
// as "Quantity" never break mid-word), then the remaining width goes to the columns with the
// most text. Widths are fractions of the table width.
import type { DocBlock } from '../document.ts';

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => w.length));

export function columnFractions(block: Extract<DocBlock, { type: 'table' }>, charsPerLine = 90): number[] {
  const cellText = (i: number) => block.rows.map((r) => (r[i] ?? []).map((x) => x.text).join(''));
  const columns = block.header.map((h, i) => {
    const cells = cellText(i);
    // Bold header letters are wider; count them a little heavier. Two characters of padding.
    const min = Math.max(Math.ceil(longestWord(h) * 1.1), ...cells.map(longestWord), 3) + 2;
    const want = Math.max(min, Math.min(40, Math.max(h.length, ...cells.map((c) => c.length))));
    return { min, want };
  });
  const minTotal = columns.reduce((a, c) => a + c.min, 0);
  if (minTotal >= charsPerLine) return columns.map((c) => c.min / minTotal);
  const spare = charsPerLine - minTotal;
  const extraWanted = columns.reduce((a, c) => a + (c.want - c.min), 0);
  const widths = columns.map((c) => c.min + (extraWanted > 0 ? (spare * (c.want - c.min)) / extraWanted : spare / columns.length));
  const total = widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w / total);
}
