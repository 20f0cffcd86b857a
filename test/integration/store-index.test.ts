// The matter index after a save: it trails the save by a moment (saves in quick succession share
// one write), is written on flush, and a store opened before it catches up still lists what the
// matter files hold. A save checks only what it changed, and still refuses a broken matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store, StoreError } from '../../main/store/index.ts';
import { indexDelayMs } from '../../main/store/matter-index.ts';
import { sampleMatter, tempDir, tickingClock } from './store-fixture.ts';

const open = (dataDir: string) => Store.open({ dataDir, now: tickingClock() });
const indexTitles = (dir: string) =>
  Object.fromEntries((JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { matters: { id: string; title: string }[] }).matters.map((s) => [s.id, s.title]));

test('the index follows a save on flush, and on its own shortly after', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  const m = await store.matters.create(sampleMatter('a'));
  assert.equal(indexTitles(dir).a, m.title, 'create writes the index at once');

  await store.matters.save({ ...m, title: 'First rename' });
  await store.flush();
  assert.equal(indexTitles(dir).a, 'First rename');

  await store.matters.save({ ...(await store.matters.get('a')), title: 'Second rename' });
  await new Promise((r) => setTimeout(r, indexDelayMs * 3));
  assert.equal(indexTitles(dir).a, 'Second rename');
});

test('a store opened before the index caught up lists what the matter files hold', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  const m = await store.matters.create(sampleMatter('a'));
  await store.matters.create(sampleMatter('b'));
  await store.matters.save({ ...m, title: 'Renamed, index not yet written' });
  const other = await open(dir);
  assert.deepEqual(
    other.matters.list().map((s) => [s.id, s.title, s.revisionCount]).sort(),
    [
      ['a', 'Renamed, index not yet written', 2],
      ['b', sampleMatter('b').title, 1],
    ],
  );
  await store.flush();
});

test('a save checks what it changed: a broken matter is refused and nothing is written', async (t) => {
  const dir = tempDir(t);
  const store = await open(dir);
  const m = await store.matters.create(sampleMatter('a'));
  const before = readFileSync(join(dir, 'matters', 'a.json'), 'utf8');
  const broken = { ...m, parties: [{ role: 'provider', legalName: 42 }] } as unknown as typeof m;
  await assert.rejects(store.matters.save(broken), (e: StoreError) => e.code === 'invalid' && /matter\.parties\[0\]\.legalName/.test(e.message));
  assert.equal(readFileSync(join(dir, 'matters', 'a.json'), 'utf8'), before);
  assert.equal((await store.matters.get('a')).title, m.title);
});
