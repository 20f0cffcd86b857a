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
  if (existsSync(bundle)) return { argv: [join(root, 'bin', 'mandate.mjs')], note: existsSync(`${bundle}.cache`) ? 'node bin/mandate.mjs (with its code cache)' : 'node bin/mandate.mjs (no code cache: run `npm run build`)' };
  return { argv: ['--import', 'tsx', join(root, 'main', 'cli-entry.ts')], note: 'tsx main/cli-entry.ts (run `npm run build` to time the bundle)' };
}

function wallMs(command: string, args: string[], iterations: number): number {
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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
  const ours = wallMs(process.execPath, [...mandate.argv, 'export', matterFile, '--format', 'pdf', '--out', join(work, 'full-psp.pdf')], 3);
  rows.push({ name: 'mandate export --format pdf (whole process)', median: ms(ours), note: mandate.note });
  if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0) {
    rows.push({ name: 'soffice --convert-to pdf (same DOCX)', median: 'n/a', note: 'LibreOffice is not installed' });
    return rows;
  }
  const profile = mkdtempSync(join(tmpdir(), 'mandate-bench-lo-'));
  const office = wallMs('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxFile], 3);
  rows.push({ name: 'soffice --convert-to pdf (same DOCX)', median: ms(office), note: 'own profile, warmed by the first run' });
  rmSync(profile, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  rows.push({ name: 'whole-process speed-up over LibreOffice', median: `${(office / ours).toFixed(1)}x`, target: '>= 10x' });
  return rows;
}
