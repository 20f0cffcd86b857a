// Runtime: node. The victim of the SIGKILL test (store-kill.test.ts): opens the store in the
// folder given as argv[2] and saves its matters in a loop, announcing each completed save on
// stdout as "saved <id> <revision>", until it is killed.
import { Store } from '../../main/store/index.ts';
import { sampleMatter } from './store-fixture.ts';

const ids = ['kill-a', 'kill-b', 'kill-c'];
const store = await Store.open({ dataDir: process.argv[2]! });
await store.updateSettings({ historyLimit: 20, author: 'kill test' });
for (const id of ids) if (!store.matters.has(id)) await store.matters.create(sampleMatter(id));
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const id = ids[i % ids.length]!;
  const m = await store.matters.get(id);
  // Vary the size too, so the kill lands in writes of different lengths.
  const saved = await store.matters.save({ ...m, title: `Save ${i} ${'x'.repeat(i % 500)}`, values: { note: 'y'.repeat((i * 37) % 4000) } });
  const [latest] = await store.matters.revisions(saved.id);
  process.stdout.write(`saved ${id} ${latest!.number}\n`);
}
