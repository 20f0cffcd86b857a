// Runtime: node. The pure layout engine: line breaking, justification, keep-with-next,
// widow/orphan control and page breaks, measured with a simple fixed-width font so every
// expected position can be worked out by hand (each character is half the font size wide).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakLines, type Measure, type Span } from '../../engine/render/line-break.ts';
import { layout, type BlockSpec, type ParagraphSpec, type Placed } from '../../engine/render/layout.ts';

const mono: Measure = (text, _face, size) => [...text].length * size * 0.5;
const plain = (text: string): Span[] => [{ text, face: 'regular' }];
const lineText = (l: { fragments: { text: string }[] }) => l.fragments.map((f) => f.text).join('').trimEnd();

test('lines break on spaces and never exceed the width', () => {
  // size 10 -> 5 pt per character; width 50 pt -> 10 characters a line
  const lines = breakLines(plain('the provider shall vet all personnel'), 50, 10, mono, 'left');
  assert.deepEqual(lines.map(lineText), ['the', 'provider', 'shall vet', 'all', 'personnel']);
  for (const l of lines) for (const f of l.fragments) assert.ok(f.x + mono(f.text.trimEnd(), 'regular', 10) <= 50 + 1e-9);
});

test('a non-breaking space keeps its neighbours on one line', () => {
  const lines = breakLines(plain('within 48\u00a0hours of it'), 50, 10, mono, 'left');
  assert.deepEqual(lines.map(lineText), ['within', '48\u00a0hours', 'of it']);
});

test('a word longer than the line is cut between characters', () => {
  const lines = breakLines(plain('see https://example.org/a-very-long-path end'), 50, 10, mono, 'left');
  for (const l of lines) assert.ok(l.natural <= 50 + 1e-9, `line "${lineText(l)}" is ${l.natural} wide`);
  assert.equal(lines.map(lineText).join('').replace(/ /g, ''), 'seehttps://example.org/a-very-long-pathend');
});

test('justified lines end exactly at the right margin, except the last', () => {
  const lines = breakLines(plain('aa bb cc dd ee ff gg hh'), 42, 10, mono, 'justify');
  assert.ok(lines.length > 1);
  for (const l of lines.slice(0, -1)) {
    // the words of a line stay one fragment; each space between them is widened by wordSpacing
    const last = l.fragments[l.fragments.length - 1]!;
    const drawn = last.text.trimEnd();
    const end = last.x + mono(drawn, 'regular', 10) + drawn.split(' ').length * l.wordSpacing - l.wordSpacing;
    assert.ok(l.wordSpacing > 0);
    assert.ok(Math.abs(end - 42) < 1e-6, `"${lineText(l)}" does not reach the margin`);
  }
  const final = lines[lines.length - 1]!;
  assert.equal(final.fragments[0]!.x, 0);
  assert.ok(final.natural < 42);
});

test('bold and regular pieces of one word stay together and keep their faces', () => {
  const lines = breakLines([{ text: '"Provider"', face: 'bold' }, { text: ', means x', face: 'regular' }], 90, 10, mono, 'left');
  assert.equal(lineText(lines[0]!), '"Provider", means');
  assert.deepEqual(lines[0]!.fragments.map((f) => f.face), ['bold', 'regular']);
});

test('an empty paragraph is one blank line, not an error', () => {
  const lines = breakLines([], 100, 10, mono, 'justify');
  assert.equal(lines.length, 1);
  assert.equal(lines[0]!.fragments.length, 0);
  const result = layout([para(''), para('after')], { width: 100, height: 100 }, mono);
  assert.equal(result.pages.length, 1);
  assert.equal(result.pages[0]!.length, 2);
});

function para(text: string, extra: Partial<ParagraphSpec> = {}): ParagraphSpec {
  return { type: 'paragraph', spans: plain(text), size: 10, lineHeight: 10, align: 'left', ...extra };
}
/** n lines of text on a 50 pt wide column (10 characters a line) */
const lines = (n: number, tag = 'x') => Array.from({ length: n }, (_, i) => `${tag}${String(i).padStart(8, '0')}`).join(' ');
const textOf = (p: Placed) => (p.type === 'line' ? lineText(p.line) : '');

test('a heading at the foot of a page moves to the next page with its clause', () => {
  // 10 lines a page; 9 lines of filler leave room for the heading but not for two lines after it
  const specs: BlockSpec[] = [para(lines(9, 'f')), para('HEADING', { keepWithNext: true }), para(lines(5, 'b'))];
  const { pages } = layout(specs, { width: 50, height: 100 }, mono);
  assert.equal(pages.length, 2);
  assert.equal(pages[0]!.length, 9);
  assert.equal(textOf(pages[1]![0]!), 'HEADING');
});

test('a chain of keep-with-next blocks moves as one', () => {
  const specs: BlockSpec[] = [para(lines(7, 'f')), para('ARTICLE', { keepWithNext: true }), para('Sub', { keepWithNext: true }), para(lines(4, 'b'))];
  const { pages } = layout(specs, { width: 50, height: 100 }, mono);
  assert.equal(textOf(pages[1]![0]!), 'ARTICLE');
  assert.equal(textOf(pages[1]![1]!), 'Sub');
});

test('no orphan: a single first line never sits alone at the foot of a page', () => {
  const { pages } = layout([para(lines(9, 'f')), para(lines(5, 'b'))], { width: 50, height: 100 }, mono);
  // one line of room left: the 5-line paragraph starts on page 2 instead of leaving 1 line behind
  assert.equal(pages[0]!.length, 9);
  assert.equal(pages[1]!.length, 5);
});

test('no widow: a single last line never starts a page; the paragraph splits earlier', () => {
  const { pages } = layout([para(lines(5, 'f')), para(lines(6, 'b'))], { width: 50, height: 100 }, mono);
  // room for 5 of 6 lines: taking 5 would leave 1 line alone on page 2, so 4 stay and 2 move
  assert.equal(pages[0]!.length, 5 + 4);
  assert.equal(pages[1]!.length, 2);
});

test('short paragraphs (under four lines) are never split', () => {
  const { pages } = layout([para(lines(8, 'f')), para(lines(3, 'b'))], { width: 50, height: 100 }, mono);
  assert.equal(pages[0]!.length, 8);
  assert.equal(pages[1]!.length, 3);
});

test('a paragraph taller than a page fills pages and continues', () => {
  const { pages } = layout([para(lines(25))], { width: 50, height: 100 }, mono);
  assert.deepEqual(pages.map((p) => p.length), [10, 10, 5]);
});

test('page breaks, boxes kept whole, and anchors report their page', () => {
  const specs: BlockSpec[] = [
    para(lines(6)),
    { type: 'box', height: 50, payload: 'signature', anchor: 'sig' },
    para('annex', { pageBreakBefore: true, anchor: 'annex-1' }),
  ];
  const { pages, anchors } = layout(specs, { width: 50, height: 100 }, mono);
  assert.equal(pages.length, 3);
  assert.deepEqual(anchors.get('sig'), { page: 1, top: 0 });
  assert.deepEqual(anchors.get('annex-1'), { page: 2, top: 0 });
});

test('space before a block is dropped at the top of a page', () => {
  const { pages } = layout([para(lines(10)), para('next', { spaceBefore: 20 })], { width: 50, height: 100 }, mono);
  assert.equal(pages[1]![0]!.top, 0);
});

test('table rows wrap their cells, never split, and repeat the header on a new page', () => {
  const header = { type: 'row' as const, cells: [{ spans: plain('Name'), x: 0, width: 50 }], size: 10, lineHeight: 10, padding: 0, isHeader: true };
  const row = (t: string) => ({ type: 'row' as const, cells: [{ spans: plain(t), x: 0, width: 50 }], size: 10, lineHeight: 10, padding: 0, header });
  const specs: BlockSpec[] = [para(lines(7)), header, row('one'), row('two two two two')];
  const { pages } = layout(specs, { width: 50, height: 100 }, mono);
  assert.equal(pages.length, 2);
  const second = pages[1]!;
  assert.equal(second[0]!.type, 'row');
  assert.equal(second[0]!.type === 'row' && second[0]!.spec.isHeader, true);
  assert.equal(second[1]!.type === 'row' && second[1]!.height, 20);
});
