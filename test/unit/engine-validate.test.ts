import { test } from 'node:test';
import assert from 'node:assert/strict';
import { miniLibrary } from '../fixtures/mini-library.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { validate } from '../../engine/validate.ts';
import { isSignatureReady, type Finding } from '../../engine/findings.ts';
import type { Matter } from '../../engine/matter.ts';

const library = miniLibrary();

function complete(): Matter {
  const m = newMatter({ kind: 'psp-contract', id: 'v1', now: '2026-11-27T10:00:00.000Z', facts: { armedPersonnel: true } }, library);
  m.parties = [
    { role: 'company', legalName: 'Kivu Gold SA', type: '', registration: '', address: 'Bunia', signatory: { name: 'A. Mbeki', title: 'Director' }, witness: false },
    { role: 'provider', legalName: 'Sentinel Security Ltd', type: '', registration: '', address: 'Kampala', signatory: { name: 'J. Okello', title: 'CEO' }, witness: false, icocaStatus: 'certified-member' },
  ];
  m.values = { siteName: 'Mine Gate 3', effectiveDate: '2027-01-01' };
  m.clauses.scope!.values = { postCount: 12 };
  m.clauses.firearms!.values.inspectionDate = '2027-02-01';
  return m;
}
const codes = (fs: Finding[], severity?: string) => fs.filter((f) => !severity || f.severity === severity).map((f) => f.code).sort();
const find = (fs: Finding[], code: string) => {
  const f = fs.find((x) => x.code === code);
  assert.ok(f, `expected a finding ${code}, got ${codes(fs).join(', ')}`);
  return f;
};

test('a complete matter is signature-ready with no findings', () => {
  const fs = validate(complete(), library);
  assert.deepEqual(fs, []);
  assert.equal(isSignatureReady(fs), true);
});

test('a provision the facts require but no selected clause satisfies is blocking, with reason and source', () => {
  const m = complete();
  delete m.clauses.firearms;
  const f = find(validate(m, library), 'provision-missing');
  assert.equal(f.severity, 'blocking');
  assert.equal(f.where.provisionId, 'p-armed');
  assert.equal(f.where.clauseId, 'firearms');
  assert.match(f.message, /Personnel will carry firearms/);
  assert.match(f.source!, /ICoC ¶31/);
  assert.match(f.fix, /Add the clause “Firearms”/);
});

test('a clause the template always requires is blocking when removed', () => {
  const m = complete();
  delete m.clauses.notices;
  assert.equal(find(validate(m, library), 'clause-missing').where.clauseId, 'notices');
});

test('detention services for a company client are blocking (ICoC ¶33)', () => {
  const m = complete();
  m.facts.detentionServicesRequested = true;
  assert.equal(find(validate(m, library), 'detention-services-for-company').severity, 'blocking');
});

test('a firearms clause in an unarmed engagement is an incompatible choice', () => {
  const m = complete();
  m.facts.armedPersonnel = false;
  const fs = validate(m, library);
  const f = find(fs, 'incompatible-clause');
  assert.equal(f.severity, 'blocking');
  assert.match(f.message, /“Firearms” contradicts the engagement facts \(armedPersonnel is no\)/);
});

test('a required value that is empty, or invalid, is blocking and says what is wrong in plain words', () => {
  const m = complete();
  m.clauses.scope!.values.postCount = 0;
  delete m.clauses.firearms!.values.handoverHours;
  m.values.effectiveDate = '2027-02-30';
  const fs = validate(m, library);
  const invalid = fs.filter((f) => f.code === 'value-invalid');
  assert.deepEqual(invalid.map((f) => f.message).sort(), [
    'Effective date must be a real date written YYYY-MM-DD, e.g. 2026-12-01.',
    'Number of guard posts in “Scope of the Services” must be a whole number between 1 and 500.',
  ]);
  assert.equal(find(fs, 'value-missing').message, 'Hand-over period in “Firearms” has no value yet.');
  assert.deepEqual(find(fs, 'value-missing').where, { clauseId: 'firearms', variable: 'handoverHours' });
});

test('an unresolved placeholder, cross-reference or malformed markup in an edited text is blocking', () => {
  const m = complete();
  m.clauses.notices!.edit = { body: ['Notices under {@annex-missing} go to {{noticeAddress}} or {broken}.'], baseVersion: 1, note: '', reviewed: true };
  const fs = validate(m, library);
  assert.deepEqual(codes(fs, 'blocking'), ['markup-malformed', 'placeholder-unresolved', 'xref-unresolved']);
  const m2 = complete();
  delete m2.clauses['annex-register'];
  assert.match(find(validate(m2, library), 'xref-unresolved').message, /refers to “Weapons Register”, which is not in this document/);
});

test('an unreviewed or outdated edit is a warning', () => {
  const m = complete();
  m.clauses.firearms!.edit = { body: ['Each {def:Authorised Weapon} is listed in {@annex-register}. An Authorised Weapon is handed over within {{handoverHours}} hours.'], baseVersion: 1, note: '', reviewed: false };
  assert.deepEqual(codes(validate(m, library)), ['edit-outdated', 'edit-unreviewed']);
});

test('a defined term used but not defined, and a term defined but never used, are warnings', () => {
  const m = complete();
  m.clauses.notices!.edit = { body: ['Each Authorised Weapon is recorded.'], baseVersion: 1, note: '', reviewed: true };
  delete m.clauses.firearms;
  const fs = validate(m, library);
  assert.equal(find(fs, 'term-undefined').severity, 'warning');
  const m2 = complete();
  m2.clauses.firearms!.edit = { body: ['Each {def:Authorised Weapon} is listed in {@annex-register} and handed over within {{handoverHours}} hours.'], baseVersion: 2, note: '', reviewed: true };
  assert.equal(find(validate(m2, library), 'term-unused').severity, 'warning');
});

test('a party without a signatory, or without a name, is blocking; a missing ICoCA status is a warning', () => {
  const m = complete();
  m.parties[1]!.signatory.title = '';
  delete m.parties[1]!.icocaStatus;
  m.parties[0]!.legalName = ' ';
  const fs = validate(m, library);
  assert.deepEqual(find(fs, 'signatory-missing').where, { field: 'parties[1].signatory.title' });
  assert.deepEqual(find(fs, 'party-missing').where, { field: 'parties[0].legalName' });
  assert.equal(find(fs, 'icoca-status-missing').severity, 'warning');
});

test('dates out of order are blocking; an effective date before the document date is a warning', () => {
  const m = complete();
  m.clauses.firearms!.values.auditDate = '2027-03-01';
  const f = find(validate(m, library), 'date-order');
  assert.equal(f.severity, 'blocking');
  assert.match(f.message, /First inspection date \(2027-02-01\) is earlier than audit date \(2027-03-01\)/);
  const m2 = complete();
  m2.documentDate = '2027-06-01';
  assert.equal(find(validate(m2, library), 'date-order').severity, 'warning');
});

test('a fallback below a standard warns; a clause the facts do not need warns; unknown ids are blocking', () => {
  const m = complete();
  m.clauses.firearms!.alternative = 'loose';
  assert.match(find(validate(m, library), 'below-standard').message, /falls below ICoC ¶31/);
  const m2 = complete();
  m2.facts = {};
  m2.clauses.firearms = undefined as never;
  delete m2.clauses.firearms;
  m2.clauses['annex-register'] = m.clauses['annex-register']!;
  assert.equal(find(validate(m2, library), 'clause-not-needed').severity, 'warning');
  const m3 = complete();
  m3.clauses['no-such-clause'] = { alternative: 'preferred', values: {} };
  m3.clauses.scope!.alternative = 'nope';
  assert.deepEqual(codes(validate(m3, library), 'blocking'), ['alternative-unknown', 'clause-unknown']);
});

test('a value that no variable declares is flagged as a likely typing error', () => {
  const m = complete();
  m.clauses.scope!.values.postCont = 3;
  m.values.sitename = 'x';
  assert.deepEqual(codes(validate(m, library)), ['value-unknown', 'value-unknown']);
});

test('a value kept on a party is read from the party, and a position that needs a party blocks without it', async () => {
  const { buildLibrary } = await import('../../engine/library.ts');
  const { miniGroup, miniTemplate, miniProvisions, miniRules } = await import('../fixtures/mini-library.ts');
  const { assemble } = await import('../../engine/assemble.ts');
  const { runsText } = await import('../../engine/document.ts');
  const group = structuredClone(miniGroup);
  const notices = group.clauses.find((c) => c.id === 'notices')!;
  notices.variables = [{ name: 'status', label: 'ICoCA status', type: 'enum', options: [{ value: 'certified-member', label: 'a certified member' }, { value: 'none', label: 'not a member' }], fromParty: { role: 'provider', field: 'icocaStatus' } }];
  notices.alternatives = [
    { id: 'preferred', label: 'Standard', rationale: 'Usual.', body: ['The Provider is {{status}}.'] },
    { id: 'with-ministry', label: 'With the Ministry', rationale: 'Ministry co-signs.', requiresParty: 'government', body: ['The Provider is {{status}}.'] },
  ];
  const lib = buildLibrary({ groups: [group], templates: [miniTemplate], provisions: miniProvisions, rules: miniRules });
  const m = complete();
  delete m.clauses.notices!.values.status;
  assert.deepEqual(validate(m, lib).filter((f) => f.severity === 'blocking'), []);
  const text = assemble(m, { library: lib }).sections.flatMap((s) => s.blocks).map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
  assert.match(text, /The Provider is a certified member\./);
  m.clauses.notices!.values.status = 'none';
  assert.match(assemble(m, { library: lib }).sections.flatMap((s) => s.blocks).map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n'), /The Provider is not a member\./);
  m.clauses.notices!.alternative = 'with-ministry';
  const f = find(validate(m, lib), 'party-missing');
  assert.match(f.message, /needs the government as a party/);
});

test('a reference to a later paragraph that an edit removed is blocking', () => {
  const m = complete();
  m.clauses.scope!.edit = { body: ['The Provider shall guard the Site with {{postCount}} posts.'], baseVersion: 1, note: '', reviewed: true };
  assert.match(find(validate(m, library), 'xref-unresolved').message, /refers to paragraph 2 of “Scope of the Services”, which has only 1 in this document/);
});
