// Atomic writes, tested for real: a child process saves matters in a loop and is killed with
// SIGKILL at random moments, many times over the same folder. After every kill each matter file
// must parse and hold the last revision the child announced, or the one after it (written but
// not yet announced). Anything else is a loss. Rounds: MANDATE_KILL_ROUNDS (default 60).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { decode } from '../../main/store/versioned-file.ts';
import { matterFileFormat } from '../../main/store/formats.ts';
import { Store } from '../../main/store/index.ts';
import { tempDir } from './store-fixture.ts';

const rounds = Number(process.env.MANDATE_KILL_ROUNDS ?? 60);

/** Run the child until it has announced at least one save, then kill it after a random delay. */
function oneRound(script: string, dataDir: string, acked: Map<string, number>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    let armed = false;
    let saves = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const m = /^saved (\S+) (\d+)$/.exec(line);
        if (!m) continue;
        saves++;
        acked.set(m[1]!, Number(m[2]));
        if (!armed) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), Math.random() * 120);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(saves) : reject(new Error(`child exited ${code}: ${stderr}`))));
  });
}

test(`SIGKILL during saves loses nothing (${rounds} rounds)`, { timeout: 15 * 60_000 }, async (t) => {
  const dir = tempDir(t, 'mandate-kill-');
  const script = join(dir, 'child.mjs');
  await build({ entryPoints: [join(import.meta.dirname, 'store-kill-child.ts')], outfile: script, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', absWorkingDir: process.cwd() });
  const dataDir = join(dir, 'data');
  const acked = new Map<string, number>();
  const losses: string[] = [];
  let totalSaves = 0;
  for (let round = 1; round <= rounds; round++) {
    totalSaves += await oneRound(script, dataDir, acked);
    for (const [id, last] of acked) {
      const path = join(dataDir, 'matters', `${id}.json`);
      let decoded;
      try {
        decoded = decode(matterFileFormat, JSON.parse(readFileSync(path, 'utf8')));
      } catch (e) {
        losses.push(`round ${round}: ${id} unreadable (${(e as Error).message})`);
        continue;
      }
      if (!decoded.ok) {
        losses.push(`round ${round}: ${id} invalid (${decoded.reason})`);
        continue;
      }
      const onDisk = decoded.data.revisions.at(-1)!.number;
      if (onDisk !== last && onDisk !== last + 1) losses.push(`round ${round}: ${id} holds revision ${onDisk}, last announced ${last}`);
      acked.set(id, onDisk);
    }
  }
  // The store opens cleanly afterwards: nothing quarantined, the index agrees with the files.
  const store = await Store.open({ dataDir });
  for (const s of store.matters.list()) assert.equal(s.updatedAt, (await store.matters.get(s.id)).updatedAt, `index of ${s.id}`);
  t.diagnostic(`kill test: ${rounds} rounds, ${totalSaves} announced saves, ${losses.length} losses`);
  assert.deepEqual(losses, []);
  assert.deepEqual(store.quarantineReport(), []);
  assert.equal(store.matters.list().length, 3);
});
