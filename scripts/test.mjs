// Runs every test: typecheck, the layering check, then all test files (unit, integration with
// real oracles, end-to-end in Chromium) in Node's test runner. Ends with one plain line
// "N passed, N failed" that CI reads. Usage: npm test [-- file-or-folder ...]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
let passed = 0;
let failed = 0;

function step(name, cmd, cmdArgs) {
  process.stdout.write(`\n▶ ${name}\n`);
  const r = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
  if (r.status === 0) passed++;
  else {
    failed++;
    console.log(`✖ ${name} failed (exit ${r.status})`);
  }
}

function collect(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...collect(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

if (args.length === 0) {
  step('typecheck (tsc --noEmit)', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'tsconfig.json']);
  step('build (esbuild)', process.execPath, ['scripts/build.mjs']);
}
const files = (args.length ? args : ['test']).flatMap((a) => (statSync(a).isDirectory() ? collect(a) : [a]));

mkdirSync('reports', { recursive: true });
process.stdout.write(`\n▶ node --test (${files.length} files)\n`);
const r = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { encoding: 'utf8', stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env } },
);
process.stdout.write(r.stdout ?? '');
writeFileSync('reports/test-output.txt', r.stdout ?? '');
const count = (label) => Number((r.stdout ?? '').match(new RegExp(`^ℹ ${label} (\\d+)$`, 'm'))?.[1] ?? 0);
passed += count('pass');
failed += count('fail');
if (r.status !== 0 && count('fail') === 0) failed++; // the runner itself failed (e.g. a file did not load)
const skipped = count('skipped');
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
