// electron-builder.yml is valid and packages what the app needs: run electron-builder --dir
// against a stub Electron distribution (a fake `electron` executable), so nothing is downloaded,
// and look inside the packaged app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { tempDir } from './store-fixture.ts';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(file: string): string[]; extractFile(file: string, inner: string): Buffer };
const electronVersion = (require('electron/package.json') as { version: string }).version;

test('electron-builder --dir packages the bundles, the renderer and the fonts, with no download', { timeout: 10 * 60_000 }, (t) => {
  const dir = tempDir(t, 'mandate-builder-');
  const stub = join(dir, 'electron-stub');
  mkdirSync(join(stub, 'locales'), { recursive: true });
  mkdirSync(join(stub, 'resources'));
  const fakeBinary = '#!/bin/sh\necho "stub electron for the packaging test"\n';
  writeFileSync(join(stub, 'electron'), fakeBinary);
  chmodSync(join(stub, 'electron'), 0o755);
  writeFileSync(join(stub, 'version'), electronVersion);
  writeFileSync(join(stub, 'LICENSE'), 'stub');
  for (const l of ['en-US', 'en-GB', 'fr', 'es', 'de', 'ja']) writeFileSync(join(stub, 'locales', `${l}.pak`), '');

  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);

  const out = join(dir, 'release');
  const r = spawnSync(
    process.execPath,
    [require.resolve('electron-builder/cli.js'), '--dir', '--linux', '--x64', '--config', 'electron-builder.yml', `-c.electronDist=${stub}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${out}`],
    { encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 9 * 60_000 },
  );
  assert.equal(r.status, 0, `electron-builder failed:\n${r.stdout}\n${r.stderr}`);

  const app = join(out, 'linux-unpacked');
  assert.equal(readFileSync(join(app, 'mandate'), 'utf8'), fakeBinary, 'the executable is our stub, renamed: nothing was downloaded');
  assert.deepEqual(readdirSync(join(app, 'locales')).sort(), ['en-GB.pak', 'en-US.pak', 'es.pak', 'fr.pak'], 'only the configured languages');
  const archive = join(app, 'resources', 'app.asar');
  assert.ok(existsSync(archive));
  const files = asar.listPackage(archive).map((f) => f.replace(/\\/g, '/'));
  for (const needed of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/dist/renderer/app.js', '/assets/fonts/DejaVuSerif.ttf', '/assets/fonts/DejaVuSerif-Bold.ttf'])
    assert.ok(files.includes(needed), `${needed} is packaged`);
  assert.ok(!files.some((f) => f.startsWith('/node_modules')), 'the bundles carry their dependencies; no node_modules is shipped');
  assert.ok(!files.some((f) => f.endsWith('.map') || f.startsWith('/main/') || f.startsWith('/test/')), 'no sources, tests or source maps');
  const pkg = JSON.parse(asar.extractFile(archive, 'package.json').toString()) as { main: string; name: string };
  assert.equal(pkg.main, 'dist/electron/main.cjs');
  const main = asar.extractFile(archive, 'dist/electron/main.cjs').toString();
  assert.deepEqual([...new Set([...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:')))], ['electron'], 'the main bundle requires only electron and Node built-ins');
});
