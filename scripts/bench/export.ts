// Runtime: node. Export benchmarks on the full PSP agreement (every optional clause, all
// annexes): DOCX and PDF rendering in process, then, side by side in one run, `mandate export
// --format pdf` as a whole process against LibreOffice converting the same DOCX to PDF (the
// route most document-assembly tools take).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../engine/assemble.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
import { renderDocx } from '../../engine/render/docx.ts';
import { renderPdf } from '../../engine/render/pdf.ts';
import { fullMatter } from '../../examples/full-matter.ts';
import { loadFonts, nativeDeflate } from '../../main/export-matter.ts';
import { medianMs, ms, type BenchRow } from './measure.ts';

const root = join(import.meta.dirname, '../..');

/** The built `mandate` command when the bundle has the export command, else the sources through tsx (slower start). */
function mandateCommand(): { argv: string[]; note: string } {
  const bundle = join(root, 'dist', 'cli.cjs');
  if (existsSync(bundle)) return { argv: [join(root, 'bin', 'mandate.cjs')], note: existsSync(`${bundle}.cache`) ? 'node bin/mandate.cjs (with its code cache)' : 'node bin/mandate.cjs (no code cache: run `npm run build`)' };
  return { argv: ['--import', 'tsx', join(root, 'main', 'cli-entry.ts')], note: 'tsx main/cli-entry.ts (run `npm run build` to time the bundle)' };
}

/** Wall time of one run of a command, in ms; it must succeed. */
function wallMs(command: string, args: string[]): number {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export default async function exportBench(): Promise<BenchRow[]> {
  const matter = fullMatter('psp-contract');
  const tree = assemble(matter);
  const options = { fingerprint: fingerprint(tree), createdAt: new Date(matter.createdAt), modifiedAt: new Date(matter.updatedAt) };
  const fonts = loadFonts();
  const docx = await renderDocx(tree, options);
  const { pageCount } = await renderPdf(tree, { fonts, ...options, deflate: nativeDeflate });
  const rows: BenchRow[] = [
    { name: 'export DOCX, full PSP agreement (in process)', median: ms(await medianMs(() => renderDocx(tree, options), 15, 3)), target: '< 100 ms', note: `${Math.round(docx.length / 1024)} KiB` },
    { name: 'export PDF, full PSP agreement (in process)', median: ms(await medianMs(() => renderPdf(tree, { fonts, ...options, deflate: nativeDeflate }), 15, 3)), target: '< 200 ms', note: `${pageCount} pages` },
  ];

  const work = mkdtempSync(join(tmpdir(), 'mandate-bench-export-'));
  const matterFile = join(work, 'full-psp.matter.json');
  const docxFile = join(work, 'full-psp.docx');
  writeFileSync(matterFile, JSON.stringify(matter));
  writeFileSync(docxFile, docx);
  const mandate = mandateCommand();
  const ourArgs = [...mandate.argv, 'export', matterFile, '--format', 'pdf', '--out', join(work, 'full-psp.pdf')];
  const hasOffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
  const profile = mkdtempSync(join(tmpdir(), 'mandate-bench-lo-'));
  const officeArgs = [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxFile];
  // The first LibreOffice run creates its profile: not timed. Then the two commands take turns, so
  // a machine that slows down or speeds up during the run affects both alike.
  if (hasOffice) wallMs('soffice', officeArgs);
  const ours: number[] = [];
  const office: number[] = [];
  for (let i = 0; i < 9; i++) {
    ours.push(wallMs(process.execPath, ourArgs));
    if (hasOffice && i % 2 === 0) office.push(wallMs('soffice', officeArgs));
  }
  rows.push({ name: 'mandate export --format pdf (whole process)', median: ms(median(ours)), note: `${mandate.note}, 9 runs` });
  rmSync(profile, { recursive: true, force: true });
  if (!hasOffice) {
    rows.push({ name: 'soffice --convert-to pdf (same DOCX)', median: 'n/a', note: 'LibreOffice is not installed' });
    rmSync(work, { recursive: true, force: true });
    return rows;
  }
  rows.push({ name: 'soffice --convert-to pdf (same DOCX)', median: ms(median(office)), note: 'own profile, created by an untimed first run; 5 runs taking turns with ours' });
  rmSync(work, { recursive: true, force: true });
  rows.push({ name: 'whole-process speed-up over LibreOffice', median: `${(median(office) / median(ours)).toFixed(1)}x`, target: '>= 10x' });
  return rows;
}
