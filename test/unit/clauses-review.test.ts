// Runtime: node. The legal review of the whole library (PSP agreement and MoU together): what a
// reviewing lawyer marks up first. Lists read as one sentence, annexes are titled in one style,
// defined terms are written identically everywhere, periods say calendar or business days, and
// definitions cross-refer to the clause that gives them content rather than describing it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLibrary } from '../../engine/library.ts';
import type { Block, Clause, Item } from '../../clauses/schema.ts';

const library = loadLibrary();
const clauses = [...library.clauses.values()];

/** Every printed text of a clause (all alternatives), with the clause and position it comes from. */
function textsOf(c: Clause): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const items = (where: string, list: Item[]) => list.forEach((i) => (typeof i === 'string' ? out.push({ where, text: i }) : (out.push({ where, text: i.p }), items(where, i.items ?? []))));
  for (const alt of c.alternatives)
    for (const b of alt.body as Block[]) {
      const where = `${c.id}/${alt.id}`;
      if (typeof b === 'string') out.push({ where, text: b });
      else if ('p' in b) (out.push({ where, text: b.p }), items(where, b.items ?? []), b.then && out.push({ where, text: b.then }));
      else if ('note' in b) out.push({ where, text: b.note });
      else if ('h' in b) out.push({ where, text: b.h });
      else out.push(...[...b.table.header, ...b.table.rows.flat()].filter(Boolean).map((text) => ({ where, text })));
    }
  return out;
}

/** Every list of sub-clauses, at any depth, with where it is. */
function listsOf(c: Clause): { where: string; items: string[] }[] {
  const out: { where: string; items: string[] }[] = [];
  const walk = (where: string, list: Item[]) => {
    out.push({ where, items: list.map((i) => (typeof i === 'string' ? i : i.p)) });
    for (const i of list) if (typeof i !== 'string' && i.items) walk(where, i.items);
  };
  for (const alt of c.alternatives) for (const b of alt.body as Block[]) if (typeof b !== 'string' && 'items' in b && b.items) walk(`${c.id}/${alt.id}`, b.items);
  return out;
}

test('a list of sub-clauses reads as one sentence: the item before the last ends with "and" or "or"', () => {
  const bad: string[] = [];
  for (const c of clauses)
    for (const { where, items } of listsOf(c)) {
      if (items.length < 2 || items.every((t) => /[.!?]$/.test(t.trim()))) continue; // a list of full sentences (annex instructions)
      const penultimate = items.at(-2)!.trim();
      if (!/\b(and|or):?$|;\s*(and|or)$|:$/.test(penultimate)) bad.push(`${where}: "…${penultimate.slice(-40)}"`);
    }
  assert.deepEqual(bad, []);
});

test('annexes are titled in Title Case, without the word "Annex" (the engine numbers them)', () => {
  const small = new Set(['and', 'or', 'of', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'with']);
  for (const c of clauses.filter((x) => x.role === 'annex')) {
    assert.doesNotMatch(c.title, /\bAnnex\b/, c.id);
    for (const [i, word] of c.title.split(' ').entries())
      if (i === 0 || !small.has(word)) assert.match(word, /^[A-Z0-9]/, `${c.id}: "${word}" in "${c.title}" should be capitalised`);
  }
});

test('a defined term of several words is written with the same capitals wherever it appears', () => {
  const bad: string[] = [];
  for (const g of library.glossary.filter((x) => x.term.includes(' '))) {
    const re = new RegExp(`\\b${g.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'gi');
    const texts = [
      ...clauses.filter((c) => c.kinds.some((k) => g.kinds.includes(k))).flatMap(textsOf),
      ...library.glossary.filter((x) => x.kinds.some((k) => g.kinds.includes(k))).map((x) => ({ where: `definition of ${x.term}`, text: x.definition })),
    ];
    for (const { where, text } of texts)
      for (const m of text.matchAll(re)) if (m[0] !== g.term && m.index! > 0) bad.push(`${where}: "${m[0]}" for "${g.term}"`);
  }
  assert.deepEqual(bad, []);
});

test('every period in days says whether the days are calendar days or Business Days', () => {
  const bad = clauses.flatMap(textsOf).filter(({ text }) => /(\b\d+|\{\{\w+\}\}) days\b/.test(text));
  assert.deepEqual(bad.map((b) => `${b.where}: ${b.text.slice(0, 80)}`), []);
});

test('definitions cross-refer to the clause that gives a term its content, and only to clauses every document carries', () => {
  for (const g of library.glossary) {
    assert.doesNotMatch(g.definition, /\bthe clause on\b|\bannexed to this\b/, `${g.term}: cross-refer with {@id}`);
    for (const [, id] of g.definition.matchAll(/\{@([a-z0-9-]+)\}/g)) {
      const target = library.clauses.get(id!);
      assert.ok(target, `${g.term}: {@${id}} names no clause`);
      assert.equal(target.appliesWhen, undefined, `${g.term}: {@${id}} is conditional, but the definition prints whenever the term is used`);
    }
  }
});

test('every PSP agreement carries the exclusion of detention services (ICoC ¶33): its slot is always required', () => {
  const slot = library.templates
    .get('psp-contract')!
    .articles.flatMap((a) => a.slots)
    .find((s) => s.clause === 'detention-services-restriction');
  assert.equal(slot?.required, true);
});
