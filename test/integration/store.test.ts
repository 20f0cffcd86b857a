// The store against real temporary folders: revisions, history cap, restore, trash, the index,
// quarantine of unreadable files, settings and generic collections.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync, copyFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { Store, StoreError } from '../../main/store/index.ts';
import type { Matter } from '../../engine/matter.ts';
import { sampleMatter, tempDir, tickingClock } from './store-fixture.ts';

const open = (dataDir: string) => Store.open({ dataDir, now: tickingClock() });

test('a saved matter survives reopening, and each change of content is a revision with time, author and summary', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  await store.updateSettings({ author: 'A. Mensah (Legal)' });
  const created = await store.matters.create(sampleMatter());
  const m = await store.matters.get(created.id);
  await store.matters.save({ ...m, facts: { armedPersonnel: true }, clauses: { ...m.clauses, 'weapons-register': { alternative: 'preferred', values: {} } } });
  const unchanged = await store.matters.save(await store.matters.get(created.id));

  const reopened = await open(dir);
  const revisions = await reopened.matters.revisions(created.id);
  assert.equal(revisions.length, 2, 'saving unchanged content adds no revision');
  assert.equal(unchanged.updatedAt, revisions[0]!.at);
  assert.deepEqual(
    revisions.map((r) => [r.number, r.author, r.summary]),
    [
      [2, 'A. Mensah (Legal)', 'Facts: armedPersonnel · Added weapons-register'],
      [1, 'A. Mensah (Legal)', 'Created'],
    ],
  );
  assert.ok(revisions[0]!.at > revisions[1]!.at);
  assert.equal((await reopened.matters.get(created.id)).facts.armedPersonnel, true);
  assert.deepEqual(reopened.matters.list().map((s) => [s.id, s.revisionCount]), [[created.id, 2]]);
});

test('the history is capped by the setting, and revision numbers are never reused', async (t) => {
  const store = await open(tempDir(t));
  await store.updateSettings({ historyLimit: 3 });
  let m = await store.matters.create(sampleMatter());
  for (let i = 1; i <= 5; i++) m = await store.matters.save({ ...m, title: `Draft ${i}` });
  const revisions = await store.matters.revisions(m.id);
  assert.deepEqual(revisions.map((r) => r.number), [6, 5, 4]);
  assert.equal(revisions[0]!.summary, 'Title "Draft 5"');
  // Older revisions are kept as deltas; each must rebuild to the text it had.
  assert.deepEqual(await Promise.all([4, 5, 6].map(async (n) => (await store.matters.revision(m.id, n)).title)), ['Draft 3', 'Draft 4', 'Draft 5']);
});

test('every revision is rebuilt from the deltas exactly as it was saved, after reopening too', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  const base = await store.matters.create(sampleMatter());
  // Five saves touching different parts: a fact, a clause added, a value changed, a clause
  // removed with the title, a party and a document value. Each is kept as the editor sent it.
  const edits: ((m: Matter) => Matter)[] = [
    (m) => ({ ...m, facts: { ...m.facts, armedPersonnel: true } }),
    (m) => ({ ...m, clauses: { ...m.clauses, 'weapons-register': { alternative: 'preferred', values: { registerKeeper: 'Armoury sergeant' } } } }),
    (m) => ({ ...m, clauses: { ...m.clauses, 'grievance-mechanism': { alternative: 'fallback', values: { responseDays: 21 } } } }),
    (m) => {
      const { 'use-of-force': _gone, ...clauses } = m.clauses;
      return { ...m, title: 'Guarding and patrols at Tarkwa', clauses };
    },
    (m) => ({ ...m, parties: [m.parties[0]!, { ...m.parties[1]!, legalName: 'Sentinel Guarding (Ghana) Ltd' }], values: { siteName: 'the Tarkwa mine' } }),
  ];
  const saved: Matter[] = [base];
  for (const edit of edits) saved.push(await store.matters.save(edit(saved.at(-1)!)));
  const reopened = await open(dir);
  for (const s of [store, reopened])
    for (let n = 1; n <= saved.length; n++) {
      const view = await s.matters.revisionView(base.id, n);
      const { updatedAt: _u, ...content } = view.matter;
      const { updatedAt: _e, ...expected } = saved[n - 1]!;
      assert.deepEqual(content, expected, `revision ${n}`);
      assert.equal(view.revision.number, n);
      assert.equal(view.revision.at, saved[n - 1]!.updatedAt, `revision ${n} carries the time it was saved`);
    }
  assert.equal((await reopened.matters.revisionView(base.id, 4)).revision.summary, 'Alternative of grievance-mechanism · Values of grievance-mechanism');
  await assert.rejects(reopened.matters.revisionView(base.id, 7), (e: StoreError) => e.code === 'not-found' && e.field === 'revision' && /revisions 1–6/.test(e.message));
  await assert.rejects(reopened.matters.revisionView('no-such-matter', 1), (e: StoreError) => e.code === 'not-found' && e.field === 'id');
  assert.equal((await reopened.matters.revisions(base.id)).length, 6, 'reading revisions writes none');
});

test('restoring a revision makes it current as a new revision', async (t) => {
  const store = await open(tempDir(t));
  const first = await store.matters.create(sampleMatter());
  await store.matters.save({ ...first, title: 'Renamed' });
  const restored = await store.matters.restoreRevision(first.id, 1);
  assert.equal(restored.title, first.title);
  const revisions = await store.matters.revisions(first.id);
  assert.deepEqual(revisions.map((r) => [r.number, r.summary]).slice(0, 1), [[3, 'Restored revision 1']]);
  await assert.rejects(store.matters.restoreRevision(first.id, 9), (e: StoreError) => e.code === 'not-found' && /revisions 1–3/.test(e.message));
});

test('a save over a newer save is refused as a conflict', async (t) => {
  const store = await open(tempDir(t));
  const base = await store.matters.create(sampleMatter());
  await store.matters.save({ ...base, title: 'Someone else' });
  await assert.rejects(store.matters.save({ ...base, title: 'Mine' }, { baseUpdatedAt: base.updatedAt }), (e: StoreError) => e.code === 'conflict');
});

test('delete moves a matter to the trash, restore brings it back', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  await store.matters.create(sampleMatter('a'));
  await store.matters.create(sampleMatter('b'));
  await store.matters.trash('a');
  assert.deepEqual(store.matters.list().map((s) => s.id), ['b']);
  assert.deepEqual((await open(dir)).matters.list({ trashed: true }).map((s) => s.id), ['a'], 'the trash survives reopening');
  await assert.rejects(store.matters.save({ ...(await store.matters.get('a')), title: 'x' }), /in the trash/);
  await store.matters.restore('a');
  assert.deepEqual(store.matters.list().map((s) => s.id).sort(), ['a', 'b']);
  assert.equal(store.matters.list({ trashed: true }).length, 0);
});

test('an unparseable matter file is quarantined with its path and reason; the others stay available', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  await store.matters.create(sampleMatter('good'));
  await store.matters.create(sampleMatter('broken'));
  const brokenPath = join(dir, 'matters', 'broken.json');
  writeFileSync(brokenPath, '{"schemaVersion":1,"revisions":[{"number":1,');
  const wrongShape = join(dir, 'matters', 'shape.json');
  writeFileSync(wrongShape, JSON.stringify({ schemaVersion: 1, matter: { id: 'shape' }, revisions: [{ number: 1, at: 'x', author: '', summary: '' }] }));

  // Opening reads every file the index does not vouch for, so both are caught at once.
  const reopened = await open(dir);
  assert.equal(await reopened.matters.scan(), 1, 'only the good file is left to check');
  assert.deepEqual(reopened.matters.list().map((s) => s.id), ['good']);
  const report = reopened.quarantineReport();
  assert.equal(report.length, 2);
  const broken = report.find((r) => r.file === brokenPath)!;
  assert.match(broken.reason, /not valid JSON/);
  assert.equal(readFileSync(broken.movedTo, 'utf8'), '{"schemaVersion":1,"revisions":[{"number":1,', 'the bytes are kept as they were');
  assert.match(report.find((r) => r.file === wrongShape)!.reason, /matter\.kind/);
  assert.ok(!existsSync(brokenPath));
  await assert.rejects(reopened.matters.get('broken'), (e: StoreError) => e.code === 'not-found');
  assert.equal((await reopened.matters.get('good')).id, 'good');
});

test('quarantine never overwrites: the same file broken twice is kept twice', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  for (const text of ['first garbage', 'second garbage']) {
    writeFileSync(join(dir, 'matters', 'x.json'), text);
    await store.matters.scan();
  }
  const kept = readdirSync(join(dir, 'quarantine')).filter((n) => n.includes('x.json'));
  assert.equal(kept.length, 2);
  assert.deepEqual(kept.map((n) => readFileSync(join(dir, 'quarantine', n), 'utf8')).sort(), ['first garbage', 'second garbage']);
});

test('a file whose name does not match its matter is quarantined with a fix', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  await store.matters.create(sampleMatter('alpha'));
  copyFileSync(join(dir, 'matters', 'alpha.json'), join(dir, 'matters', 'copy.json'));
  await store.matters.scan();
  assert.match(store.quarantineReport()[0]!.reason, /holds matter "alpha", not "copy"; rename it alpha\.json/);
  assert.deepEqual(store.matters.list().map((s) => s.id), ['alpha']);
});

test('the index is rebuilt when lost or damaged, and follows a matter file newer than itself', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  await store.matters.create(sampleMatter('a'));
  const b = await store.matters.create(sampleMatter('b'));
  unlinkSync(join(dir, 'index.json'));
  assert.deepEqual((await open(dir)).matters.list().map((s) => s.id).sort(), ['a', 'b']);

  writeFileSync(join(dir, 'index.json'), 'not json');
  const rebuilt = await open(dir);
  assert.deepEqual(rebuilt.matters.list().map((s) => s.id).sort(), ['a', 'b']);
  assert.match(rebuilt.quarantineReport()[0]!.reason, /not valid JSON/);

  // A crash after the matter file was written but before the index: simulate by saving, then
  // putting the old index back with an older timestamp.
  const oldIndex = readFileSync(join(dir, 'index.json'), 'utf8');
  await rebuilt.matters.save({ ...b, title: 'Renamed after the index' });
  writeFileSync(join(dir, 'index.json'), oldIndex);
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(dir, 'index.json'), past, past);
  assert.equal((await open(dir)).matters.list().find((s) => s.id === 'b')!.title, 'Renamed after the index');
});

test('a bare matter dropped into the matters folder is imported with one revision', async (t) => {
  const dir = tempDir(t);
  await open(dir);
  writeFileSync(join(dir, 'matters', 'dropped.json'), JSON.stringify(sampleMatter('dropped')));
  const store = await open(dir);
  assert.deepEqual(store.matters.list().map((s) => [s.id, s.revisionCount]), [['dropped', 1]]);
  assert.equal((await store.matters.revisions('dropped'))[0]!.summary, 'Imported from a matter file without history');
});

test('settings persist, are validated, and a damaged settings file is quarantined, not overwritten', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  await store.updateSettings({ author: 'K. Owusu', historyLimit: 10 });
  assert.deepEqual(await (await open(dir)).settings(), { author: 'K. Owusu', historyLimit: 10, recentMatterIds: [] });
  await assert.rejects(store.updateSettings({ historyLimit: -1 }));
  writeFileSync(join(dir, 'settings.json'), '{"schemaVersion":1,"settings":{"historyLimit":"many"}}');
  const reopened = await open(dir);
  assert.equal((await reopened.settings()).historyLimit, 200, 'defaults apply while the file is quarantined');
  assert.match(reopened.quarantineReport()[0]!.reason, /settings\.historyLimit/);
});

test('a generic collection stores records of the caller\'s schema, validated both ways', async (t) => {
  const dir = tempDir(t);
  const Evaluation = z.object({ bidder: z.string(), score: z.number().min(0).max(100) }).strict();
  const store = await open(dir);
  const bids = store.collection({ name: 'bid-evaluations', schema: Evaluation });
  await bids.put('tender-7', { bidder: 'Sentinel Guarding Ltd', score: 81 });
  await assert.rejects(bids.put('tender-8', { bidder: 'X', score: 140 }), (e: StoreError) => e.code === 'invalid');
  assert.deepEqual(await (await open(dir)).collection({ name: 'bid-evaluations', schema: Evaluation }).get('tender-7'), { bidder: 'Sentinel Guarding Ltd', score: 81 });
  writeFileSync(join(dir, 'collections', 'bid-evaluations', 'bad.json'), '{"schemaVersion":1,"data":{"bidder":3}}');
  const again = (await open(dir)).collection({ name: 'bid-evaluations', schema: Evaluation });
  assert.deepEqual((await again.all()).map((r) => r.id), ['tender-7']);
});
