// The whole library against the standards catalogue and as assembled documents: coverage of
// every provision of standards.md §2 (49) and §3 (29), and the full PSP agreement and full MoU
// (every optional clause on) assembled with continuous numbering, every reference resolved and
// every defined term defined.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLibrary } from '../../engine/library.ts';
import { provisions } from '../../clauses/provisions.ts';
import { assemble } from '../../engine/assemble.ts';
import { validate } from '../../engine/validate.ts';
import { runsText, type DocBlock } from '../../engine/document.ts';
import { fullMatter } from '../../examples/full-matter.ts';

const library = loadLibrary();
const kinds = [
  ['psp-contract', 49],
  ['public-security-mou', 29],
] as const;

for (const [kind, count] of kinds) {
  test(`coverage: every one of the ${count} ${kind} provisions maps to clauses that exist and are placed in the template`, () => {
    const template = library.templates.get(kind)!;
    const placed = new Set([...template.articles.flatMap((a) => a.slots.map((s) => s.clause)), ...template.annexes.map((s) => s.clause)]);
    const catalogue = provisions.filter((p) => p.kind === kind);
    assert.equal(catalogue.length, count);
    const unmapped = catalogue.filter((p) => !(library.coverage.get(p.id) ?? []).length).map((p) => p.id);
    assert.deepEqual(unmapped, [], 'unmapped provisions');
    for (const p of catalogue)
      for (const id of library.coverage.get(p.id)!) {
        const c = library.clauses.get(id);
        assert.ok(c, `${p.id} → ${id} does not exist`);
        assert.ok(c.kinds.includes(kind), `${p.id} → ${id} does not serve ${kind}`);
        assert.ok(placed.has(id), `${p.id} → ${id} is not placed in the ${kind} template`);
      }
  });

  test(`the full ${kind} (every optional clause on) assembles with continuous numbering, resolved references and defined terms`, () => {
    const matter = fullMatter(kind, library);
    const tree = assemble(matter, { library });
    const blocks = tree.sections.flatMap((s) => s.blocks);
    const missing = blocks.flatMap((b) => ('runs' in b ? b.runs : [])).filter((r) => r.missing);
    assert.deepEqual(missing, [], 'no unresolved placeholder or reference');
    const text = blocks.map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
    assert.doesNotMatch(text, /\{\{|\{@|\{def:/, 'no raw markup survives');

    const articles = tree.sections.filter((s) => s.kind === 'article');
    assert.deepEqual(articles.map((s) => s.number), articles.map((_, i) => String(i + 1)), 'articles numbered 1..n');
    for (const a of articles) {
      const clauses = a.blocks.filter((b): b is Extract<DocBlock, { type: 'clause' }> => b.type === 'clause').map((b) => b.number);
      assert.deepEqual(clauses, clauses.map((_, i) => `${a.number}.${i + 1}`), `clauses of article ${a.number} continuous`);
    }
    // Sub-clause lists restart after each clause and count (a), (b) … without gaps.
    let expected: number[] = [];
    for (const b of articles.flatMap((s) => s.blocks)) {
      if (b.type === 'clause') expected = [];
      if (b.type !== 'item') continue;
      expected = expected.slice(0, b.depth);
      const n = (expected[b.depth - 1] ?? 0) + 1;
      expected[b.depth - 1] = n;
      const want = b.depth === 1 ? `(${String.fromCharCode(96 + n)})` : undefined;
      if (want) assert.equal(b.number, want, `sub-clause numbering in article ${b.clauseId ?? ""}`);
    }
    const annexes = tree.sections.filter((s) => s.kind === 'annex');
    assert.deepEqual(annexes.map((s) => s.number), annexes.map((_, i) => String(i + 1)));

    const termFindings = validate(matter, library).filter((f) => f.code.startsWith('term-'));
    assert.deepEqual(termFindings, [], 'every defined term used is defined, and none unused');
    const defs = blocks.filter((b) => b.type === 'definition').map((b) => (b as { term: string }).term);
    assert.ok(defs.length >= 10, 'the definitions clause lists the terms the document uses');
    assert.deepEqual(defs, [...defs].sort((x, y) => x.localeCompare(y, 'en')));
  });
}

test('library size (reported in the issue notes)', () => {
  const clauses = [...library.clauses.values()];
  for (const [kind] of kinds) {
    const of = clauses.filter((c) => c.kinds.includes(kind));
    const annexes = of.filter((c) => c.role === 'annex').length;
    const alternatives = of.reduce((n, c) => n + c.alternatives.length, 0);
    console.log(`${kind}: ${of.length - annexes} clauses, ${annexes} annexes, ${alternatives} alternatives, ${of.reduce((n, c) => n + c.alternatives.filter((a) => a.belowStandard).length, 0)} below-standard fallbacks`);
    assert.ok(of.length > 0);
  }
});
