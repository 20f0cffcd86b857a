// Runtime: node. The built `mandate` command, as a user runs it: bin/mandate.cjs loading
// dist/cli.cjs through V8's code cache. It must write what the sources write, byte for byte, with
// the cache this build made, and still work when the cache comes from another Node.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';

const root = join(import.meta.dirname, '../..');
const bundle = join(root, 'dist', 'cli.cjs');
const work = mkdtempSync(join(tmpdir(), 'mandate-cli-bundle-'));
const matter = join(root, 'examples', 'psp-complete.matter.json');

function built(t: TestContext): boolean {
  if (existsSync(bundle)) return true;
  const why = 'needs the built CLI (npm run build)';
  if (process.env.CI === 'true') throw new Error(why);
  t.skip(why);
  return false;
}

const run = (argv: string[]) => spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8' });

test('the built command writes the same PDF and DOCX bytes as the sources', (t) => {
  if (!built(t)) return;
  for (const format of ['pdf', 'docx']) {
    const fromBundle = join(work, `bundle.${format}`);
    const fromSources = join(work, `sources.${format}`);
    const a = run([join(root, 'bin', 'mandate.cjs'), 'export', matter, '--format', format, '--out', fromBundle]);
    assert.equal(a.status, 0, a.stderr);
    const b = run(['--import', 'tsx', join(root, 'main', 'cli-entry.ts'), 'export', matter, '--format', format, '--out', fromSources]);
    assert.equal(b.status, 0, b.stderr);
    assert.equal(a.stdout.replace('bundle.', 'sources.'), b.stdout);
    assert.ok(readFileSync(fromBundle).equals(readFileSync(fromSources)), `${format}: the bundle and the sources differ`);
  }
});

test('the code cache made at build time is one this Node accepts', (t) => {
  if (!built(t)) return;
  const cache = `${bundle}.cache`;
  assert.ok(existsSync(cache), 'npm run build writes dist/cli.cjs.cache');
  // the same wrapper bin/mandate.cjs compiles; it reads the bundle as Latin-1, so it must be ASCII
  const code = readFileSync(bundle, 'utf8');
  assert.equal(code.search(/[^\x00-\x7f]/), -1, 'dist/cli.cjs is ASCII');
  const source = `(function (exports, require, module, __filename, __dirname) { ${code}\n})`;
  const script = new Script(source, { filename: bundle, cachedData: readFileSync(cache) });
  assert.equal(script.cachedDataRejected, false);
});

test('a cache from another Node is rejected quietly: the command still works', (t) => {
  if (!built(t)) return;
  const copy = join(work, 'install');
  for (const dir of ['bin', 'assets']) cpSync(join(root, dir), join(copy, dir), { recursive: true });
  mkdirSync(join(copy, 'dist'));
  cpSync(bundle, join(copy, 'dist', 'cli.cjs'));
  cpSync(join(root, 'dist', 'library.json'), join(copy, 'dist', 'library.json'));
  writeFileSync(join(copy, 'dist', 'cli.cjs.cache'), Buffer.from('not a V8 code cache'.repeat(100)));
  const out = join(work, 'other-node.pdf');
  const r = run([join(copy, 'bin', 'mandate.cjs'), 'export', matter, '--format', 'pdf', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.match(readFileSync(out, 'latin1').slice(0, 8), /^%PDF-1\.\d/);
});
