import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miniLibrary } from '../fixtures/mini-library.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { assemble } from '../../engine/assemble.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
import { runsText, type DocBlock, type DocumentTree, type Run } from '../../engine/document.ts';
import type { Matter } from '../../engine/matter.ts';

const library = miniLibrary();
const now = '2026-11-27T10:00:00.000Z';

function armedMatter(): Matter {
  const m = newMatter({ kind: 'psp-contract', id: 'm1', now, facts: { armedPersonnel: true } }, library);
  m.parties = [
    { role: 'company', legalName: 'Kivu Gold SA', type: 'a company incorporated in the DRC', registration: 'CD/123', address: 'Bunia', signatory: { name: 'A. Mbeki', title: 'Director' }, witness: false },
    { role: 'provider', legalName: 'Sentinel Security Ltd', type: '', registration: '', address: 'Kampala', signatory: { name: 'J. Okello', title: 'CEO' }, witness: false, icocaStatus: 'certified-member' },
  ];
  m.values = { siteName: 'Mine Gate 3', effectiveDate: '2027-01-01' };
  m.clauses.scope!.values = { postCount: 12 };
  m.clauses.firearms!.values.inspectionDate = '2027-02-01';
  m.documentDate = '2026-12-01';
  return m;
}

const blocks = (tree: DocumentTree, kind: string): DocBlock[] => tree.sections.filter((s) => s.kind === kind).flatMap((s) => s.blocks);
const allText = (tree: DocumentTree) =>
  tree.sections
    .flatMap((s) => s.blocks)
    .map((b) => ('runs' in b ? runsText(b.runs) : b.type === 'heading' ? b.text : ''))
    .join('\n');

test('new matter selects the clauses the facts require, with defaults, and the annex the text refers to', () => {
  const m = armedMatter();
  assert.deepEqual(Object.keys(m.clauses).sort(), ['annex-register', 'firearms', 'notices', 'scope']);
  assert.equal(m.clauses.firearms!.values.handoverHours, 24);
  const unarmed = newMatter({ kind: 'psp-contract', id: 'm2', now }, library);
  assert.deepEqual(Object.keys(unarmed.clauses).sort(), ['notices', 'scope']);
});

test('articles, clauses and sub-clauses are numbered continuously; the definitions article leads', () => {
  const tree = assemble(armedMatter(), { library });
  const headings = tree.sections.filter((s) => s.kind === 'article').map((s) => `${s.number} ${s.title}`);
  assert.deepEqual(headings, ['1 Definitions', '2 Services', '3 Use of Force', '4 General']);
  const numbers = blocks(tree, 'article').filter((b) => b.type === 'clause' || b.type === 'item').map((b) => (b as { number: string }).number);
  assert.deepEqual(numbers, ['1.1', '2.1', '2.2', '(a)', '(b)', '(i)', '(ii)', '3.1', '4.1']);
});

test('cross-references resolve to the generated numbers and carry anchors', () => {
  const tree = assemble(armedMatter(), { library });
  const firearms = blocks(tree, 'article').find((b) => b.type === 'clause' && b.clauseId === 'firearms')!;
  assert.ok('runs' in firearms);
  assert.match(runsText(firearms.runs), /listed in Annex 1\. An Authorised Weapon is handed over within 24 hours\. See clause 2\.1 and clause 2\.2\./);
  assert.ok(firearms.runs.some((r) => r.ref === 'c-annex-register'));
});

test('the definitions clause prints exactly the glossary terms the document uses, alphabetically, with values filled in', () => {
  const tree = assemble(armedMatter(), { library });
  const defs = blocks(tree, 'article').filter((b) => b.type === 'definition');
  assert.deepEqual(defs.map((d) => (d as { term: string }).term), ['Incident', 'Site']);
  assert.equal(runsText((defs[1] as { runs: Run[] }).runs), 'means the premises known as Mine Gate 3');
});

test('parties, recitals, signature blocks and meta come from the matter', () => {
  const tree = assemble(armedMatter(), { library });
  const text = allText(tree);
  assert.match(text, /This Agreement is dated 1 December 2026 and is made between:/);
  assert.match(text, /Kivu Gold SA, a company incorporated in the DRC, registered under number CD\/123, whose address is Bunia \(the “Company”\);/);
  const sig = blocks(tree, 'signature').find((b) => b.type === 'signatures')!;
  assert.ok(sig.type === 'signatures');
  assert.deepEqual(sig.blocks.map((b) => [b.term, b.signatoryName, b.fieldName, b.witness]), [
    ['Company', 'A. Mbeki', 'Signature_Company', true],
    ['Provider', 'J. Okello', 'Signature_Provider', true],
  ]);
  assert.equal(tree.meta.subject, 'Security Services Agreement: Mine Gate 3');
  assert.deepEqual(tree.sections.find((s) => s.kind === 'toc')!.toc!.map((e) => e.number ?? e.title), ['1', '2', '3', '4', 'Signatures', 'Annex 1']);
});

test('a missing value is a visible [MISSING] marker that points at the clause and variable', () => {
  const m = armedMatter();
  delete m.clauses.scope!.values.postCount;
  const tree = assemble(m, { library, draft: true });
  const run = blocks(tree, 'article').flatMap((b) => ('runs' in b ? b.runs : [])).find((r) => r.missing);
  assert.deepEqual(run, { text: '[MISSING: Number of guard posts]', missing: { clauseId: 'scope', variable: 'postCount' } });
  assert.equal(tree.meta.draft, true);
});

test('a reference to a clause not in the matter is marked, not silently dropped', () => {
  const m = armedMatter();
  delete m.clauses['annex-register'];
  const text = allText(assemble(m, { library }));
  assert.match(text, /\[MISSING: reference to “Weapons Register”, which is not in this document\]/);
});

test('a per-matter edit replaces the library text in the document', () => {
  const m = armedMatter();
  m.clauses.notices!.edit = { body: ['Notices are given by email from {{effectiveDate}}.'], baseVersion: 1, note: '', reviewed: true };
  const text = allText(assemble(m, { library }));
  assert.match(text, /Notices are given by email from 1 January 2027\./);
  assert.doesNotMatch(text, /Notices are given in writing/);
});

test('assembly is deterministic: same matter, same tree and fingerprint', () => {
  const a = assemble(armedMatter(), { library });
  const b = assemble(armedMatter(), { library });
  assert.deepEqual(a, b);
  assert.equal(fingerprint(a), fingerprint(b));
  const changed = armedMatter();
  changed.clauses.scope!.values.postCount = 13;
  assert.notEqual(fingerprint(assemble(changed, { library })), fingerprint(a));
});

test('annexes come after the signature page, each on a new page with its table', () => {
  const tree = assemble(armedMatter(), { library });
  const kinds = tree.sections.map((s) => s.kind);
  assert.deepEqual(kinds.slice(-2), ['signature', 'annex']);
  const annex = tree.sections.at(-1)!;
  assert.equal(annex.newPage, true);
  const table = annex.blocks.find((b) => b.type === 'table');
  assert.ok(table && table.type === 'table' && table.blankRows === 3 && runsText(table.rows[0]![1]!) === 'Pistol');
});
