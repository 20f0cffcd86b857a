// Runtime: node. Store benchmarks on a real temporary folder holding 1,000 matters:
// saving one matter (a one-clause change, revision appended; the index follows within 200 ms,
// shared by saves in quick succession, see main/store/matters.ts), listing all of
// them through the API (dispatch, zod-checked output), and opening the store cold.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../../engine/library.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { createHandlers, dispatch } from '../../main/handlers.ts';
import { Store } from '../../main/store/index.ts';
import { medianMs, ms, type BenchRow } from './measure.ts';

export default async function storeBench(): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mandate-bench-'));
  try {
    const library = loadLibrary();
    const store = await Store.open({ dataDir });
    const template = newMatter({ kind: 'psp-contract', id: 'template', now: new Date().toISOString(), facts: { armedPersonnel: true, apprehensionPossible: true } }, library);
    for (let i = 0; i < 1000; i++) await store.matters.create({ ...template, id: `matter-${i}`, title: `Guarding services, site ${i}` });
    const handlers = createHandlers({ store, library });

    let m = await store.matters.get('matter-500');
    const clauseId = Object.keys(m.clauses)[0]!;
    let n = 0;
    const save = await medianMs(async () => {
      m = await store.matters.save({ ...m, clauses: { ...m.clauses, [clauseId]: { ...m.clauses[clauseId]!, values: { ...m.clauses[clauseId]!.values, benchNote: `edit ${n++}` } } } });
    }, 200);
    const list = await medianMs(async () => {
      const r = await dispatch(handlers, 'listMatters', {});
      if (!r.ok || r.value.length !== 1000) throw new Error('listMatters did not list 1,000 matters');
    }, 50);
    await store.flush();
    const open = await medianMs(() => Store.open({ dataDir }), 10, 2);
    return [
      { name: 'store: save one matter', median: ms(save), target: '< 10 ms', note: `1,000 matters in the folder; ${Math.min(200, n)}+ revisions in its history (capped at 200); index written after, once per burst` },
      { name: 'store: list 1,000 matters', median: ms(list), target: '< 100 ms', note: 'listMatters through dispatch (from the index, output checked)' },
      { name: 'store: open with 1,000 matters', median: ms(open), note: 'read the index, reconcile with the folder' },
    ];
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
