// The bid evaluation operations through `dispatch` (the path both transports take), on a real
// store in a temporary folder, the real library and the example tender of examples/bids/; bad
// input answered with typed errors naming the field. One test crosses real HTTP (web mode).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCriteria } from '../../engine/bids/defaults.ts';
import { readBidsCsv } from '../../engine/bids/import-csv.ts';
import { loadLibrary } from '../../engine/library.ts';
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap, type ApiResult } from '../../main/api.ts';
import { createHandlers, createLocalApi } from '../../main/handlers.ts';
import { startServer } from '../../main/server.ts';
import { Store } from '../../main/store/index.ts';
import { tempDir, tickingClock } from '../integration/store-fixture.ts';

const library = loadLibrary();
const exampleCsv = readFileSync('examples/bids/tender-bids.csv', 'utf8');
const exampleJson = readFileSync('examples/bids/tender-bids.json', 'utf8');
const header = exampleCsv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',');
const col = (name: string) => header.indexOf(name);
/** How many bids the example holds, as the engine reads it (the API must import the same). */
const exampleBids = readBidsCsv(exampleCsv, defaultCriteria()).bids.length;
/** The example CSV with more rows after its own; they are spreadsheet rows exampleBids + 2, + 3 … */
const eol = exampleCsv.includes('\r\n') ? '\r\n' : '\n';
const withRows = (...rows: string[]) => `${exampleCsv.trimEnd()}${eol}${rows.join(eol)}${eol}`;

async function setup(t: { after: (fn: () => void) => void }) {
  const dataDir = tempDir(t, 'mandate-bids-api-');
  const now = tickingClock();
  const store = await Store.open({ dataDir, now });
  return { dataDir, store, api: createLocalApi(createHandlers({ store, library, now })) };
}

const failure = <T>(r: ApiResult<T>) => {
  assert.equal(r.ok, false, 'expected an error result');
  return (r as { ok: false; error: { code: string; message: string; issues: { path: string; message: string }[] } }).error;
};

/** A CSV row of the example's width with these cells set (by column name). */
function row(cells: Record<string, string>): string {
  const out = header.map(() => '');
  for (const [name, value] of Object.entries(cells)) out[col(name)] = value;
  return out.join(',');
}

test('evaluations: create with the default criteria, list, get, update and delete', async (t) => {
  const { api, dataDir } = await setup(t);
  const created = unwrap(await api.createEvaluation({ title: 'Tender AKW-2026-04', currency: 'GHS' }));
  assert.equal(created.criteria.title, 'Tender AKW-2026-04');
  assert.equal(created.criteria.currency, 'GHS');
  assert.ok(created.criteria.criteria.some((c) => c.type === 'gate' && c.id === 'detention-services'), 'the default criteria of standards.md §5');
  assert.ok(existsSync(join(dataDir, 'collections', 'bid-evaluations', `${created.id}.json`)), 'one file per evaluation');
  unwrap(await api.createEvaluation({}));
  assert.deepEqual(unwrap(await api.listEvaluations({})).map((s) => s.title).sort(), ['Evaluation of bids for private security services', 'Tender AKW-2026-04']);

  // Move 5 points from price to the use of force: still 100 in all.
  const criteria = created.criteria.criteria.map((c) => (c.id === 'price' && 'weight' in c ? { ...c, weight: c.weight - 5 } : c.id === 'use-of-force' && 'weight' in c ? { ...c, weight: c.weight + 5 } : c));
  const updated = unwrap(await api.updateEvaluation({ id: created.id, criteria: { ...created.criteria, criteria }, title: 'Tender AKW-2026-04 (revised)', baseUpdatedAt: created.updatedAt }));
  assert.equal(updated.criteria.title, 'Tender AKW-2026-04 (revised)');
  assert.equal(unwrap(await api.getEvaluation({ id: created.id })).criteria.criteria.find((c) => c.id === 'use-of-force')!.type, 'scale');
  const stale = failure(await api.updateEvaluation({ id: created.id, title: 'Older edit', baseUpdatedAt: created.updatedAt }));
  assert.equal(stale.code, 'conflict');

  const deleted = unwrap(await api.deleteEvaluation({ id: created.id }));
  assert.equal(deleted.id, created.id);
  assert.equal(failure(await api.getEvaluation({ id: created.id })).code, 'not-found');
  assert.equal(unwrap(await api.listEvaluations({})).length, 1);
});

test('bad input is a typed error naming the field', async (t) => {
  const { api } = await setup(t);
  const e = unwrap(await api.createEvaluation({}));
  const weights = e.criteria.criteria.map((c) => (c.id === 'price' && 'weight' in c ? { ...c, weight: 30 } : c));
  const sum = failure(await api.updateEvaluation({ id: e.id, criteria: { ...e.criteria, criteria: weights } }));
  assert.equal(sum.code, 'invalid-input');
  assert.deepEqual(sum.issues.map((i) => i.path), ['criteria.criteria']);
  assert.match(sum.issues[0]!.message, /weights must sum to 100 but sum to 105/);

  const currency = failure(await api.createEvaluation({ currency: 'dollars' }));
  assert.equal(currency.issues[0]!.path, 'currency');
  assert.equal(failure(await api.getEvaluation({ id: '../etc' })).issues[0]!.path, 'id');
  assert.equal(failure(await api.importBids({ id: e.id, format: 'xls' as 'csv', text: '' })).issues[0]!.path, 'format');
  assert.equal(failure(await api.exportEvaluationReport({ id: e.id, format: 'pdf', date: '31/03/2026' })).issues[0]!.path, 'date');

  // A bid whose answer does not fit its criterion: refused, naming the answer.
  const bad = failure(await api.updateEvaluation({ id: e.id, bids: [{ bidder: 'Volta Guard', answers: { 'training-hours': 'lots', 'icoca-status': 'gold member' } }] }));
  assert.equal(bad.code, 'invalid-input');
  assert.deepEqual(bad.issues.map((i) => i.path).sort(), ['bids[0].answers.icoca-status', 'bids[0].answers.training-hours']);
  assert.equal(unwrap(await api.getEvaluation({ id: e.id })).bids.length, 0, 'nothing was saved');
});

test('CSV import: good rows import, each bad row or cell is reported with row and column, and kept out', async (t) => {
  const { api, dataDir } = await setup(t);
  const e = unwrap(await api.createEvaluation({}));
  const text = withRows(row({ bidder: 'Harbour Watch Ltd', 'training-hours': 'lots' }), row({ 'training-hours': '40' }));
  const imported = unwrap(await api.importBids({ id: e.id, format: 'csv', text, fileName: 'bids.csv' }));
  assert.ok(exampleBids >= 4);
  assert.equal(imported.imported, exampleBids);
  assert.equal(imported.evaluation.bids.length, exampleBids);
  const rows = exampleBids + 1; // the header and the example's bids, in spreadsheet rows
  const cell = imported.problems.find((p) => p.row === rows + 1 && p.column?.startsWith('training-hours'));
  assert.ok(cell, 'the bad cell is located by row and column');
  assert.equal(cell.value, 'lots');
  assert.match(cell.reason, /not a number/);
  assert.ok(imported.problems.some((p) => p.row === rows + 2 && /bidder is not named/.test(p.reason)));
  assert.deepEqual(imported.rejected.map((r) => [r.origin, r.bidder]), [[`row ${rows + 1}`, 'Harbour Watch Ltd'], [`row ${rows + 2}`, '']]);

  // Stored with the evaluation: a store opened afresh on the folder sees the same.
  const reopened = createLocalApi(createHandlers({ store: await Store.open({ dataDir }), library }));
  const stored = unwrap(await reopened.getEvaluation({ id: e.id }));
  assert.equal(stored.bids.length, exampleBids);
  assert.equal(stored.lastImport?.fileName, 'bids.csv');
  assert.equal(stored.lastImport?.rejected.length, 2);
  assert.equal(unwrap(await reopened.listEvaluations({}))[0]!.rejectedCount, 2);
});

test('JSON import; "add" refuses a bidder already there; an unreadable file leaves the bids as they were', async (t) => {
  const { api } = await setup(t);
  const e = unwrap(await api.createEvaluation({}));
  const first = unwrap(await api.importBids({ id: e.id, format: 'json', text: exampleJson }));
  const count = (JSON.parse(exampleJson) as { bids: unknown[] }).bids.length;
  assert.equal(first.imported, count);
  assert.deepEqual(first.problems.filter((p) => p.severity === 'error'), []);

  const again = unwrap(await api.importBids({ id: e.id, format: 'csv', text: exampleCsv, mode: 'add' }));
  assert.equal(again.imported, 0);
  assert.equal(again.rejected.length, exampleBids);
  assert.match(again.problems.find((p) => p.severity === 'error')!.reason, /already has a bid in this evaluation/);
  assert.equal(again.evaluation.bids.length, count);

  const broken = unwrap(await api.importBids({ id: e.id, format: 'json', text: '{"bids": [' }));
  assert.match(broken.problems[0]!.reason, /not valid JSON/);
  assert.equal(broken.evaluation.bids.length, count, 'a file that yields no bid does not wipe the evaluation');
  assert.ok(broken.problems.some((p) => p.severity === 'warning' && new RegExp(`keeps its ${count} bids`).test(p.reason)));
});

test('evaluate: exclusions with reasons, scores with their group, totals and ranks that add up; sensitivity', async (t) => {
  const { api } = await setup(t);
  const e = unwrap(await api.createEvaluation({}));
  unwrap(await api.importBids({ id: e.id, format: 'csv', text: exampleCsv }));
  const { result, rejected } = unwrap(await api.evaluateBids({ id: e.id }));
  assert.deepEqual(rejected, []);
  const groupOf = new Map(result.criteria.criteria.map((c) => [c.id, c.group]));

  // The example's Ironclad bid offers a holding facility to a company client: excluded at the gate.
  const ironclad = result.bids.find((b) => b.bidder.startsWith('Ironclad'))!;
  assert.equal(ironclad.excluded, true);
  assert.equal(ironclad.rank, undefined);
  assert.ok(ironclad.gates.some((g) => !g.passed && g.criterionId === 'detention-services' && /detention services/.test(g.reason) && /ICoC ¶33/.test(g.reason)));

  const admitted = result.bids.filter((b) => !b.excluded);
  assert.ok(admitted.length >= 2);
  for (const b of admitted) {
    assert.ok(Math.abs(b.total - b.scores.reduce((s, x) => s + x.points, 0)) < 1e-9, `${b.bidder}: the total is the sum of its scores`);
    for (const s of b.scores) assert.equal(s.group, groupOf.get(s.criterionId));
  }
  for (let i = 1; i < admitted.length; i++) assert.ok(admitted[i - 1]!.total >= admitted[i]!.total, 'ranked by total');
  assert.deepEqual(result.winners.map((w) => w.bidder), [admitted[0]!.bidder]);

  const s = unwrap(await api.bidSensitivity({ id: e.id }));
  const weighted = result.criteria.criteria.filter((c) => 'weight' in c);
  assert.equal(s.rows.length, weighted.length, 'one row per weighted criterion');
  const price = s.rows.find((r) => r.criterionId === 'price')!;
  assert.deepEqual([price.down.weight, price.up.weight], [price.weight - 10, price.weight + 10]);
  assert.equal(s.robust, s.rows.every((r) => [r.down, r.up].every((m) => m.aboveCap || !m.changes)));
});

test('the evaluation report exports as DOCX bytes and as a PDF file at a path', async (t) => {
  const { api, dataDir } = await setup(t);
  const e = unwrap(await api.createEvaluation({ title: 'Tender AKW-2026-04' }));
  unwrap(await api.importBids({ id: e.id, format: 'csv', text: exampleCsv }));
  const docx = unwrap(await api.exportEvaluationReport({ id: e.id, format: 'docx', date: '2026-03-31', committee: [{ name: 'A. Mensah', title: 'Chair' }] }));
  assert.equal(docx.saved, 'bytes');
  if (docx.saved !== 'bytes') return;
  assert.equal(docx.fileName, 'Tender AKW-2026-04 - evaluation report.docx');
  assert.equal(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString(), 'PK');

  const target = join(dataDir, 'out', 'report');
  const pdf = unwrap(await api.exportEvaluationReport({ id: e.id, format: 'pdf', path: target, date: '2026-03-31', committee: [{ name: 'A. Mensah', title: 'Chair' }] }));
  assert.equal(pdf.saved, 'file');
  if (pdf.saved !== 'file') return;
  assert.equal(pdf.path, `${target}.pdf`);
  assert.equal(readFileSync(pdf.path).subarray(0, 5).toString(), '%PDF-');
  assert.ok(pdf.pageCount! >= 3);
  assert.equal(pdf.fingerprint, docx.fingerprint, 'the same report in both formats');
  assert.equal(failure(await api.exportEvaluationReport({ id: e.id, format: 'pdf', path: 'relative/report.pdf' })).code, 'invalid-input');
});

test('award: refused while imported rows were not read; then a PSP matter for the winner, linked, once', async (t) => {
  const { api } = await setup(t);
  const e = unwrap(await api.createEvaluation({}));
  const text = withRows(row({ bidder: 'Harbour Watch Ltd', price: 'cheap' }));
  const imported = unwrap(await api.importBids({ id: e.id, format: 'csv', text }));
  const refused = failure(await api.awardEvaluation({ id: e.id }));
  assert.equal(refused.code, 'refused');
  assert.match(refused.issues[0]!.message, /Harbour Watch Ltd/);

  // The committee settles the rejected row by saving the bids as they stand.
  unwrap(await api.updateEvaluation({ id: e.id, bids: imported.evaluation.bids }));
  const excluded = failure(await api.awardEvaluation({ id: e.id, bidder: 'Ironclad Protective Solutions SA' }));
  assert.match(excluded.message, /excluded at the gates/);

  const { result } = unwrap(await api.evaluateBids({ id: e.id }));
  const winner = result.winners[0]!;
  const award = unwrap(await api.awardEvaluation({ id: e.id }));
  assert.equal(award.bidder, winner.bidder);
  const matter = unwrap(await api.getMatter({ id: award.matterId }));
  assert.equal(matter.kind, 'psp-contract');
  assert.equal(matter.parties.find((p) => p.role === 'provider')!.legalName, winner.bidder);
  assert.equal(matter.parties.find((p) => p.role === 'provider')!.icocaStatus, winner.icocaStatus);
  for (const c of award.carried) {
    const value = c.clauseId ? matter.clauses[c.clauseId]!.values[c.variable] : matter.values[c.variable];
    assert.notEqual(value, undefined, `${c.criterionId} carried into ${c.clauseId ?? 'the document'}.${c.variable}`);
  }
  assert.equal(award.carried.length + award.notCarried.length, result.criteria.criteria.filter((c) => c.commitment).length, 'every commitment is carried or listed as not carried');
  assert.equal(award.evaluation.award?.matterId, award.matterId);
  assert.deepEqual(unwrap(await api.listEvaluations({}))[0]!.award, { matterId: award.matterId, bidder: winner.bidder });
  assert.match(unwrap(await api.listRevisions({ id: award.matterId }))[0]!.summary, /Awarded to .* from the bid evaluation/);
  assert.equal(failure(await api.awardEvaluation({ id: e.id })).code, 'conflict');
});

test('an unreadable evaluation file is quarantined with its reason; the others stay available', async (t) => {
  const { api, dataDir } = await setup(t);
  const kept = unwrap(await api.createEvaluation({ title: 'Kept' }));
  const broken = unwrap(await api.createEvaluation({ title: 'Damaged' }));
  const path = join(dataDir, 'collections', 'bid-evaluations', `${broken.id}.json`);
  writeFileSync(path, '{"schemaVersion": 1, "data": {"id": ');
  const fresh = createLocalApi(createHandlers({ store: await Store.open({ dataDir }), library }));
  assert.deepEqual(unwrap(await fresh.listEvaluations({})).map((s) => s.id), [kept.id]);
  const report = unwrap(await fresh.quarantineReport({}));
  assert.deepEqual(report.map((q) => q.file), [path]);
  assert.match(report[0]!.reason, /not valid JSON/);
  assert.ok(existsSync(report[0]!.movedTo));
  assert.equal(failure(await fresh.getEvaluation({ id: broken.id })).code, 'not-found');
});

test('web mode carries the bids operations like the others', async (t) => {
  const dataDir = tempDir(t, 'mandate-bids-http-');
  const server = await startServer({ handlers: createHandlers({ store: await Store.open({ dataDir }), library }), rendererDir: join(dataDir, 'no-renderer') });
  t.after(() => server.close());
  const api = createHttpClient({ token: server.token, baseUrl: server.origin });
  const e = unwrap(await api.createEvaluation({ title: 'Over HTTP' }));
  assert.equal(unwrap(await api.importBids({ id: e.id, format: 'csv', text: exampleCsv })).imported, exampleBids);
  assert.ok(unwrap(await api.evaluateBids({ id: e.id })).result.winners.length >= 1);
  assert.equal(failure(await api.getEvaluation({ id: 'no-such' })).code, 'not-found');
});
