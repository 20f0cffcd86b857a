// Runtime: node. `npm run bench`: every module in scripts/bench/ (except measure.ts) exports a
// default async function returning rows; this prints them as one small table of medians.
// `npm run bench -- export store` runs only the files whose names contain one of the words.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { BenchRow } from './bench/measure.ts';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const rows: BenchRow[] = [];
for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('.ts') || file === 'measure.ts') continue;
  if (only.length && !only.some((word) => file.includes(word))) continue;
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<BenchRow[]> };
  rows.push(...(await mod.default()));
}
const w = [Math.max(9, ...rows.map((r) => r.name.length)), Math.max(6, ...rows.map((r) => r.median.length)), Math.max(6, ...rows.map((r) => (r.target ?? '').length))];
console.log(`${'benchmark'.padEnd(w[0]!)}  ${'median'.padStart(w[1]!)}  ${'target'.padEnd(w[2]!)}  note`);
console.log(`${'-'.repeat(w[0]!)}  ${'-'.repeat(w[1]!)}  ${'-'.repeat(w[2]!)}  ----`);
for (const r of rows) console.log(`${r.name.padEnd(w[0]!)}  ${r.median.padStart(w[1]!)}  ${(r.target ?? '').padEnd(w[2]!)}  ${r.note ?? ''}`);
