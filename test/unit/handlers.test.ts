// Every API operation through `dispatch` (the path both transports take), against a real store
// in a temporary folder and the real clause library; and bad input answered with typed errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadLibrary } from '../../engine/library.ts';
import { MatterSchema } from '../../engine/matter.ts';
import { operationNames, unwrap, type ApiResult, type MandateApi } from '../../main/api.ts';
import { createHandlers, createLocalApi, dispatch, type Handlers } from '../../main/handlers.ts';
import { Store } from '../../main/store/index.ts';
import { tempDir, tickingClock } from '../integration/store-fixture.ts';

async function setup(t: { after: (fn: () => void) => void }) {
  const dataDir = tempDir(t, 'mandate-handlers-');
  const now = tickingClock();
  const store = await Store.open({ dataDir, now });
  const handlers = createHandlers({ store, library: loadLibrary(), now });
  return { dataDir, store, handlers, api: createLocalApi(handlers) };
}

const failure = <T>(r: ApiResult<T>) => {
  assert.equal(r.ok, false, 'expected an error result');
  return (r as { ok: false; error: { code: string; message: string; issues: { path: string; message: string }[] } }).error;
};

test('matters: create, list, get, update with revisions, duplicate, trash and restore', async (t) => {
  const { api } = await setup(t);
  const created = unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Guarding at Tarkwa', facts: { armedPersonnel: true } }));
  assert.match(created.id, /^guarding-at-tarkwa-[0-9a-f]{6}$/);
  assert.ok(Object.keys(created.clauses).length > 10, 'the required clauses are selected from the start');
  assert.deepEqual(unwrap(await api.listMatters({})).map((s) => s.title), ['Guarding at Tarkwa']);

  const renamed = unwrap(await api.updateMatter({ matter: { ...created, title: 'Guarding at the Tarkwa mine' } }));
  assert.equal(unwrap(await api.getMatter({ id: created.id })).title, 'Guarding at the Tarkwa mine');
  const stale = await api.updateMatter({ matter: { ...created, title: 'Older edit' }, baseUpdatedAt: created.updatedAt });
  assert.equal(failure(stale).code, 'conflict');

  const revisions = unwrap(await api.listRevisions({ id: created.id }));
  assert.deepEqual(revisions.map((r) => r.summary), ['Title "Guarding at the Tarkwa mine"', 'Created']);
  const restored = unwrap(await api.restoreRevision({ id: created.id, revision: 1 }));
  assert.equal(restored.title, 'Guarding at Tarkwa');
  assert.ok(restored.updatedAt > renamed.updatedAt);

  const copy = unwrap(await api.duplicateMatter({ id: created.id }));
  assert.equal(copy.title, 'Guarding at Tarkwa (copy)');
  assert.notEqual(copy.id, created.id);
  assert.deepEqual(copy.clauses, restored.clauses);
  assert.equal(unwrap(await api.listRevisions({ id: copy.id }))[0]!.summary, `Duplicated from "Guarding at Tarkwa" (${created.id})`);

  unwrap(await api.deleteMatter({ id: created.id }));
  assert.deepEqual(unwrap(await api.listMatters({})).map((s) => s.id), [copy.id]);
  assert.deepEqual(unwrap(await api.listMatters({ trashed: true })).map((s) => s.id), [created.id]);
  unwrap(await api.restoreMatter({ id: created.id }));
  assert.equal(unwrap(await api.listMatters({})).length, 2);
  assert.deepEqual(unwrap(await api.getSettings({})).recentMatterIds.slice(0, 2), [copy.id, created.id], 'File › Open recent follows use');
});

test('facts questions, requirements, clauses and templates come from the library', async (t) => {
  const { api } = await setup(t);
  const mouQuestions = unwrap(await api.factQuestions({ kind: 'public-security-mou' }));
  assert.ok(mouQuestions.length > 0 && mouQuestions.every((q) => q.kinds.includes('public-security-mou')));
  assert.ok(!mouQuestions.some((q) => q.key === 'detentionServicesRequested'), 'PSP-only questions are not put for an MoU');

  const unarmed = unwrap(await api.requirements({ kind: 'psp-contract', facts: { armedPersonnel: false } }));
  const armed = unwrap(await api.requirements({ kind: 'psp-contract', facts: { armedPersonnel: true } }));
  const added = armed.filter((r) => !unarmed.some((u) => u.provision.id === r.provision.id));
  assert.ok(added.some((r) => r.provision.id === 'firearms-use-limits' && r.reasons.includes('Personnel will carry firearms')));

  const clauses = unwrap(await api.listClauses({ kind: 'public-security-mou' }));
  assert.ok(clauses.length > 0 && clauses.every((c) => c.kinds.includes('public-security-mou') && c.alternatives.length > 0 && c.sources.length > 0));
  assert.equal(unwrap(await api.getTemplate({ kind: 'psp-contract' })).kind, 'psp-contract');
});

test('validate and preview work on a saved matter and on unsaved edits', async (t) => {
  const { api } = await setup(t);
  const m = unwrap(await api.createMatter({ kind: 'psp-contract', facts: { detentionServicesRequested: true } }));
  const saved = unwrap(await api.validate({ id: m.id }));
  assert.equal(saved.signatureReady, false);
  assert.ok(saved.findings.some((f) => f.severity === 'blocking'));
  const edited = unwrap(await api.validate({ matter: { ...m, facts: { detentionServicesRequested: false } } }));
  assert.ok(edited.findings.length < saved.findings.length, 'the unsaved edit is what gets validated');

  const tree = unwrap(await api.preview({ id: m.id }));
  assert.equal(tree.meta.draft, true, 'a matter with blocking findings previews as a draft');
  assert.ok(tree.sections.some((s) => s.kind === 'article') && tree.sections.some((s) => s.kind === 'signature'));
});

test('export: refused while blocking findings remain; a draft is written to a path or returned as bytes', async (t) => {
  const { api, dataDir } = await setup(t);
  const m = unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Tarkwa: guarding / patrols' }));
  const refused = failure(await api.exportMatter({ id: m.id, format: 'docx', path: join(dataDir, 'final.docx') }));
  assert.equal(refused.code, 'refused');
  assert.ok(refused.issues.length > 0 && refused.issues.every((i) => i.path && i.message));
  assert.ok(!existsSync(join(dataDir, 'final.docx')), 'nothing is written when refused');

  const toFile = unwrap(await api.exportMatter({ id: m.id, format: 'pdf', draft: true, path: join(dataDir, 'out', 'draft') }));
  assert.equal(toFile.saved, 'file');
  if (toFile.saved !== 'file') return;
  assert.equal(toFile.path, join(dataDir, 'out', 'draft.pdf'), 'the extension is added');
  assert.equal(toFile.fileName, 'Tarkwa guarding patrols.pdf');
  assert.equal(readFileSync(toFile.path).subarray(0, 5).toString(), '%PDF-');
  assert.equal(readFileSync(toFile.path).byteLength, toFile.byteLength);

  const bytes = unwrap(await api.exportMatter({ id: m.id, format: 'docx', draft: true }));
  assert.equal(bytes.saved, 'bytes');
  if (bytes.saved !== 'bytes') return;
  assert.equal(Buffer.from(bytes.base64, 'base64').subarray(0, 2).toString(), 'PK', 'a DOCX is a zip');
  assert.match(bytes.fingerprint, /^[0-9a-f]{64}$/);

  assert.equal(failure(await api.exportMatter({ id: m.id, format: 'pdf', draft: true, path: 'relative/out.pdf' })).code, 'invalid-input');
});

test('an earlier revision can be read as it was saved, without changing the history', async (t) => {
  const { api } = await setup(t);
  const m = unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Patrols at Obuasi' }));
  unwrap(await api.updateMatter({ matter: { ...m, title: 'Patrols at the Obuasi mine', facts: { ...m.facts, armedPersonnel: true } } }));
  const latest = unwrap(await api.getMatter({ id: m.id }));
  unwrap(await api.updateMatter({ matter: { ...latest, values: { ...latest.values, siteName: 'the Obuasi mine' } } }));

  const first = unwrap(await api.getRevision({ id: m.id, revision: 1 }));
  assert.equal(first.revision.summary, 'Created');
  assert.equal(first.matter.title, 'Patrols at Obuasi');
  assert.equal(first.matter.facts.armedPersonnel, m.facts.armedPersonnel);
  const second = unwrap(await api.getRevision({ id: m.id, revision: 2 }));
  assert.equal(second.matter.title, 'Patrols at the Obuasi mine');
  assert.equal(second.matter.facts.armedPersonnel, true);
  assert.equal(second.matter.values.siteName, m.values.siteName, 'the value set in revision 3 is not in revision 2');
  assert.equal(unwrap(await api.getRevision({ id: m.id, revision: 3 })).matter.values.siteName, 'the Obuasi mine');
  assert.equal(unwrap(await api.listRevisions({ id: m.id })).length, 3, 'reading a revision adds none');

  const outOfRange = failure(await api.getRevision({ id: m.id, revision: 4 }));
  assert.equal(outOfRange.code, 'not-found');
  assert.deepEqual(outOfRange.issues.map((i) => i.path), ['revision']);
  assert.match(outOfRange.message, /no revision 4; the history keeps revisions 1–3/);
  const unknown = failure(await api.getRevision({ id: 'no-such-matter', revision: 1 }));
  assert.equal(unknown.code, 'not-found');
  assert.deepEqual(unknown.issues.map((i) => i.path), ['id']);
  assert.deepEqual(failure(await api.getRevision({ id: m.id, revision: 0 })).issues.map((i) => i.path), ['revision']);
  assert.deepEqual(failure(await api.getRevision({ id: m.id, revision: 1.5 })).issues.map((i) => i.path), ['revision']);
  assert.deepEqual(failure(await api.getRevision({ id: m.id } as never)).issues.map((i) => i.path), ['revision']);
});

test('the server sets the status: draft or signature-ready from the findings, exported after a final export', async (t) => {
  const { api, dataDir } = await setup(t);
  const complete = MatterSchema.parse(JSON.parse(readFileSync('examples/psp-complete.matter.json', 'utf8')));
  const created = unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Akoma guarding' }));
  assert.equal(created.status, 'draft', 'a new matter has blocking findings');

  // The caller's status is ignored both ways.
  const ready = unwrap(await api.updateMatter({ matter: { ...complete, id: created.id, status: 'draft', createdAt: created.createdAt, updatedAt: created.updatedAt } }));
  assert.equal(ready.status, 'signature-ready', 'a complete text is signature-ready whatever the caller says');
  const claimed = unwrap(await api.updateMatter({ matter: { ...ready, title: 'Akoma guarding services', status: 'exported' } }));
  assert.equal(claimed.status, 'signature-ready', 'the caller cannot claim "exported"');

  // A draft export leaves the status alone; a final one marks the matter exported.
  unwrap(await api.exportMatter({ id: created.id, format: 'docx', draft: true, path: join(dataDir, 'draft.docx') }));
  assert.equal(unwrap(await api.getMatter({ id: created.id })).status, 'signature-ready');
  unwrap(await api.exportMatter({ id: created.id, format: 'docx', path: join(dataDir, 'final.docx') }));
  const exported = unwrap(await api.getMatter({ id: created.id }));
  assert.equal(exported.status, 'exported');
  assert.equal(unwrap(await api.listRevisions({ id: created.id }))[0]!.summary, 'Exported as final');
  assert.equal(unwrap(await api.listMatters({})).find((s) => s.id === created.id)?.status, 'exported', 'the matters list shows it');

  // Saving the same text (as autosave does, with whatever status the editor holds) keeps "exported"…
  const resaved = unwrap(await api.updateMatter({ matter: { ...exported, status: 'draft' }, baseUpdatedAt: exported.updatedAt }));
  assert.equal(resaved.status, 'exported');
  assert.equal(resaved.updatedAt, exported.updatedAt, 'nothing was written');
  // …and a change of text ends it: signature-ready while complete, draft once a value is missing.
  const edited = unwrap(await api.updateMatter({ matter: { ...exported, versionLabel: 'Second draft' } }));
  assert.equal(edited.status, 'signature-ready');
  const broken = unwrap(await api.updateMatter({ matter: { ...edited, values: {} } }));
  assert.equal(broken.status, 'draft');
  const refused = failure(await api.exportMatter({ id: created.id, format: 'docx', path: join(dataDir, 'refused.docx') }));
  assert.equal(refused.code, 'refused');
  assert.equal(unwrap(await api.getMatter({ id: created.id })).status, 'draft', 'a refused export marks nothing');

  // Restoring the exported revision recomputes the status from its text; a copy too.
  const exportedRevision = unwrap(await api.listRevisions({ id: created.id })).find((r) => r.summary === 'Exported as final')!.number;
  assert.equal(unwrap(await api.restoreRevision({ id: created.id, revision: exportedRevision })).status, 'signature-ready');
  assert.equal(unwrap(await api.duplicateMatter({ id: created.id })).status, 'signature-ready');
});

test('settings and the quarantine report', async (t) => {
  const { api } = await setup(t);
  assert.equal(unwrap(await api.updateSettings({ author: 'A. Mensah' })).author, 'A. Mensah');
  assert.equal(unwrap(await api.getSettings({})).author, 'A. Mensah');
  assert.deepEqual(unwrap(await api.quarantineReport({})), []);
});

test('bad input is answered with a typed error naming the field, never a crash', async (t) => {
  const { api, handlers } = await setup(t);
  const wrongKind = failure(await api.createMatter({ kind: 'lease' as 'psp-contract' }));
  assert.equal(wrongKind.code, 'invalid-input');
  assert.equal(wrongKind.issues[0]!.path, 'kind');

  const m = unwrap(await api.createMatter({ kind: 'psp-contract' }));
  const badParty = failure(await api.updateMatter({ matter: { ...m, parties: [{ role: 'provider' } as never] } }));
  assert.deepEqual(badParty.issues.map((i) => i.path), ['matter.parties[0].legalName']);

  assert.equal(failure(await api.getMatter({ id: '../../etc/passwd' })).issues[0]!.path, 'id');
  assert.equal(failure(await api.getMatter({ id: 'no-such-matter' })).code, 'not-found');
  assert.equal(failure(await api.restoreRevision({ id: m.id, revision: 99 })).code, 'not-found');
  assert.equal(failure(await api.updateSettings({ historyLimit: 0 })).issues[0]!.path, 'historyLimit');
  assert.equal(failure(await api.getMatter(undefined as never)).code, 'invalid-input');
  assert.equal(failure(await api.listMatters({ extra: 1 } as never)).code, 'invalid-input');
  assert.equal(failure(await dispatch(handlers, 'dropDatabase' as never, {})).code, 'not-found');
  assert.equal(failure(await dispatch(handlers, 'toString' as never, {})).code, 'not-found');
});

test('a handler result that breaks the contract is reported, not passed on', async (t) => {
  const { handlers } = await setup(t);
  const broken: Handlers = { ...handlers, getSettings: async () => ({ author: 42 }) as never };
  const error = failure(await dispatch(broken, 'getSettings', {}));
  assert.equal(error.code, 'internal');
  assert.match(error.message, /breaks the API contract/);
});

test('the local API offers exactly the named operations', () => {
  const api: MandateApi = createLocalApi({} as Handlers);
  assert.deepEqual(Object.keys(api).sort(), [...operationNames].sort());
});
