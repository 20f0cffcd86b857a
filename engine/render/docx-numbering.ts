// Runtime: any (pure). Word numbering for the articles: one multi-level list (1. / 1.1 / (a) /
// (i) / (A)) so clauses renumber in Word when a lawyer inserts one. The tree already carries
// every number as printed; Word computes its own, so we first replay Word's counters over the
// tree and use the list only if every number comes out the same. Otherwise (an unusual tree)
// the numbers are written as text, so the DOCX can never disagree with the preview and the PDF.
import { AlignmentType, LevelFormat, type ILevelsOptions } from 'docx';
import type { DocumentTree } from '../document.ts';

export const CLAUSE_LIST = 'clauses';

/** Indents in twentieths of a point: label column at `left - hanging`, text at `left`. */
export const LEVEL_INDENT = [
  { left: 720, hanging: 720 },
  { left: 720, hanging: 720 },
  { left: 1320, hanging: 600 },
  { left: 1920, hanging: 600 },
  { left: 2520, hanging: 600 },
] as const;

const letter = (n: number) => String.fromCharCode(96 + n);
const upper = (n: number) => String.fromCharCode(64 + n);
function roman(n: number): string {
  const table: [number, string][] = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of table) while (n >= v) ((out += s), (n -= v));
  return out;
}

/** What Word prints at each level, given the current counters (articles as "1" or "1.", as the tree has them). */
const formats = (articleDot: boolean): ((c: number[]) => string)[] => [
  (c) => `${c[0]}${articleDot ? '.' : ''}`,
  (c) => `${c[0]}.${c[1]}`,
  (c) => `(${letter(c[2]!)})`,
  (c) => `(${roman(c[3]!)})`,
  (c) => `(${upper(c[4]!)})`,
];

const levels = (articleDot: boolean): ILevelsOptions[] => [
  { level: 0, format: LevelFormat.DECIMAL, text: articleDot ? '%1.' : '%1', style: { run: { bold: true } } },
  { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', isLegalNumberingStyle: true },
  { level: 2, format: LevelFormat.LOWER_LETTER, text: '(%3)' },
  { level: 3, format: LevelFormat.LOWER_ROMAN, text: '(%4)' },
  { level: 4, format: LevelFormat.UPPER_LETTER, text: '(%5)' },
].map((l, i) => ({
  ...l,
  alignment: AlignmentType.LEFT,
  style: { ...l.style, paragraph: { indent: LEVEL_INDENT[i]! } },
}));

/** The list level of a numbered article block, or undefined for blocks Word does not number. */
export function levelOf(block: DocumentTree['sections'][number]['blocks'][number]): number | undefined {
  if (block.type === 'heading' && block.level === 1 && block.number) return 0;
  if (block.type === 'clause') return 1;
  if (block.type === 'item') return 1 + block.depth;
  return undefined;
}

/** The list levels when Word's counters reproduce every printed number of every article, else undefined. */
export function wordNumbering(tree: DocumentTree): ILevelsOptions[] | undefined {
  const first = tree.sections.flatMap((s) => (s.kind === 'article' ? s.blocks : [])).find((b) => levelOf(b) === 0);
  const articleDot = !!first && 'number' in first && !!first.number?.endsWith('.');
  const format = formats(articleDot);
  const counters = [0, 0, 0, 0, 0];
  for (const section of tree.sections) {
    if (section.kind !== 'article') continue;
    for (const block of section.blocks) {
      const level = levelOf(block);
      if (level === undefined) continue;
      counters[level]!++;
      for (let d = level + 1; d < counters.length; d++) counters[d] = 0;
      const printed = 'number' in block ? block.number : undefined;
      if (!printed || format[level]!(counters) !== printed.trim()) return undefined;
    }
  }
  return levels(articleDot);
}
