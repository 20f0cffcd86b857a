// Runtime: node. Helpers for the export tests: the independent readers (LibreOffice, pdftotext,
// qpdf, pdftoppm), each run as its own process, and the checks a reviewing lawyer would make.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import type { DocumentTree } from '../../engine/document.ts';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** True when every tool is installed; otherwise fails under CI and skips (saying why) elsewhere. */
export function oracles(t: TestContext, ...tools: string[]): boolean {
  const missing = tools.filter((tool) => !has(tool));
  if (missing.length === 0) return true;
  const why = `needs ${missing.join(', ')} (install LibreOffice, poppler-utils and qpdf)`;
  if (process.env.CI === 'true') throw new Error(`Oracle missing in CI: ${why}`);
  t.skip(why);
  return false;
}

/** The text of a PDF; layout mode keeps each printed line together (numbers beside their clause text). */
export const pdfText = (file: string, layout = true) => execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
/** Whitespace (including no-break spaces) collapsed, as a reader scanning the text sees it. */
export const flat = (s: string) => s.replace(/[\s\u00a0]+/g, ' ');

/** Converts DOCX files to PDF with LibreOffice in one run, with a profile of its own so parallel runs don't collide. */
export function libreOfficeToPdf(files: string[], outdir: string): Map<string, string> {
  const profile = mkdtempSync(join(tmpdir(), 'mandate-lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files], { stdio: 'pipe', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const produced = new Set(readdirSync(outdir));
  return new Map(
    files.map((f) => {
      const pdf = f.replace(/^.*\//, '').replace(/\.docx$/, '.pdf');
      if (!produced.has(pdf)) throw new Error(`LibreOffice did not convert ${f}`);
      return [f, join(outdir, pdf)];
    }),
  );
}

/** The headings a reader looks for, in document order: "12 Use of force" and run-in "12.3 Apprehension." */
export function clauseHeadings(tree: DocumentTree): string[] {
  const out: string[] = [];
  for (const s of tree.sections) {
    if (s.kind !== 'article') continue;
    for (const b of s.blocks) {
      if (b.type === 'heading' && b.number) out.push(`${b.number} ${b.text}`);
      if (b.type === 'clause' && b.title) out.push(`${b.number} ${b.title}.`);
    }
  }
  return out;
}

/** The first of `expected` not found in order in `text`, or undefined when all are there in order. */
export function firstOutOfOrder(text: string, expected: string[]): string | undefined {
  const hay = flat(text);
  let at = 0;
  for (const e of expected) {
    const i = hay.indexOf(flat(e), at);
    if (i < 0) return e;
    at = i + e.length;
  }
  return undefined;
}

/** Renders one page to PNG for a person to look at. */
export function snapshot(pdf: string, page: number, outPrefix: string): void {
  execFileSync('pdftoppm', ['-r', '70', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, outPrefix]);
}

/** The form fields qpdf finds in the AcroForm, with their type, value and page. */
export function qpdfFields(pdf: string): { name: string; type: string; value: unknown; page: number }[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=acroform', pdf], { encoding: 'utf8' })) as {
    acroform: { fields: { fullname: string; fieldtype: string; value: unknown; pageposfrom1: number }[] };
  };
  return json.acroform.fields.map((f) => ({ name: f.fullname, type: f.fieldtype, value: f.value, page: f.pageposfrom1 }));
}

export function qpdfCheck(pdf: string): { ok: boolean; output: string } {
  const r = spawnSync('qpdf', ['--check', pdf], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}
