// `mandate quarantine`: after the store moved unreadable files aside, the command lists each with
// its path, when, why, where the copy is kept and what to do; exit 0. Runs the real CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Store } from '../../main/store/index.ts';
import { sampleMatter, tempDir } from './store-fixture.ts';

function mandate(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli-entry.ts', ...args], { encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A data folder where one matter file is not JSON and another holds a different matter. */
async function damagedFolder(dir: string) {
  const store = await Store.open({ dataDir: dir });
  await store.matters.create(sampleMatter('good'));
  await store.flush();
  writeFileSync(join(dir, 'matters', 'broken.json'), '{"schemaVersion": 1, "matter": ');
  writeFileSync(join(dir, 'matters', 'copy.json'), JSON.stringify(sampleMatter('other')));
  await (await Store.open({ dataDir: dir })).matters.scan();
}

test('lists each quarantined file with path, time, reason, kept copy and what to do', async (t) => {
  const dir = tempDir(t);
  await damagedFolder(dir);
  const r = mandate(['quarantine', '--data-dir', dir]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /2 files were moved to quarantine/);
  assert.match(r.out, new RegExp(`${join(dir, 'matters', 'broken.json').replace(/[.\\/]/g, '\\$&')}\\n\\s+when: +\\d{4}-\\d\\d-\\d\\dT`));
  assert.match(r.out, /why: +it is not valid JSON/);
  assert.match(r.out, /why: +it holds matter "other", not "copy"; rename it other\.json/);
  assert.match(r.out, new RegExp(`kept at: ${join(dir, 'quarantine').replace(/[.\\/]/g, '\\$&')}/\\S+broken\\.json`));
  assert.match(r.out, /to do: +Open the kept copy in a text editor .* Move it back to .*broken\.json/);
  assert.match(r.out, /to do: +Rename the kept copy/);
});

test('--json gives the same entries with their advice', async (t) => {
  const dir = tempDir(t);
  await damagedFolder(dir);
  const r = mandate(['quarantine', '--data-dir', dir, '--json']);
  assert.equal(r.code, 0, r.err);
  const report = JSON.parse(r.out) as { dataDir: string; entries: { file: string; reason: string; movedTo: string; at: string; advice: string }[] };
  assert.equal(report.dataDir, dir);
  assert.deepEqual(report.entries.map((e) => e.file.split('/').pop()).sort(), ['broken.json', 'copy.json']);
  for (const e of report.entries) assert.ok(e.advice.length > 20);
});

test('a clean folder, a missing folder, and the default folder each get a clear message', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'data'));
  const clean = mandate(['quarantine', '--data-dir', join(dir, 'data')]);
  assert.equal(clean.code, 0);
  assert.match(clean.out, /No file is in quarantine/);
  const missing = mandate(['quarantine', '--data-dir', join(dir, 'nowhere')]);
  assert.equal(missing.code, 0);
  assert.match(missing.out, /There is no data folder at .*nowhere yet/);
  // Without --data-dir: the folder the app uses (on Linux, $XDG_CONFIG_HOME/Mandate).
  const byDefault = mandate(['quarantine'], { ...process.env, XDG_CONFIG_HOME: dir });
  assert.equal(byDefault.code, 0);
  assert.match(byDefault.out, new RegExp(`${join(dir, 'Mandate').replace(/[.\\/]/g, '\\$&')}`));
  const bad = mandate(['quarantine', 'extra']);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /Unexpected argument "extra"/);
});
