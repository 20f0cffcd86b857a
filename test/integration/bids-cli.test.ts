// `mandate bids` end to end: the template, a comparison of the example tender with its report
// opened by independent readers (pdftotext, qpdf, LibreOffice), bad input reported by row and
// column, and the award written as a matter file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatterSchema } from '../../engine/matter.ts';

const dir = mkdtempSync(join(tmpdir(), 'mandate-bids-'));
const mandate = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'main/cli-entry.ts', ...args], { encoding: 'utf8' });

/** An oracle program: present, or the test fails on CI and skips elsewhere with the reason. */
function oracle(t: { skip(message: string): void }, program: string): boolean {
  const found = spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
  if (found) return true;
  if (process.env.CI === 'true') assert.fail(`${program} is required on CI to check the report`);
  t.skip(`${program} is not installed, so the report cannot be checked with it`);
  return false;
}

test('bids template writes the header the importer expects', () => {
  const r = mandate('bids', 'template', '--delimiter', ';');
  assert.equal(r.status, 0, r.stderr);
  const header = r.stdout.trimEnd().split(';');
  assert.equal(header[0], 'bidder');
  assert.ok(header.includes('icoca-status') && header.includes('icoca-status evidence') && header.includes('price'));
});

test('bids compare ranks the example tender, names the exclusions and writes a PDF report that readers open', (t) => {
  const pdf = join(dir, 'report.pdf');
  const r = mandate('bids', 'compare', 'examples/bids/tender-bids-semicolon.csv', '--out', pdf, '--date', '2026-03-31', '--reference', 'Tender AKW-2026-04');
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.match(lines.find((l) => l.startsWith('1 '))!, /Meridian Shield International/);
  assert.match(r.stdout, /Ironclad Protective Solutions SA: Answered "yes" to "Offers detention services to a non-state client" \(ICoC ¶33\)/);
  assert.match(r.stdout, /Coastline Security Group: Answered "no" to "Holds the required registrations/);
  assert.match(r.stdout, /Recommendation: award to Meridian Shield International/);
  assert.ok(existsSync(pdf));
  if (oracle(t, 'qpdf')) assert.equal(spawnSync('qpdf', ['--check', pdf]).status, 0, 'qpdf --check passes');
  if (!oracle(t, 'pdftotext')) return;
  const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  for (const expected of ['Bid evaluation report', 'Tender AKW-2026-04', 'Purpose and method', 'Montreux Document GP 5', 'Ironclad Protective Solutions SA', 'The committee recommends that the contract be awarded to Meridian Shield International', 'Signatures of the evaluation committee', 'Detailed scores', '31 March 2026'])
    assert.ok(text.includes(expected), `the PDF says "${expected}"`);
});

test('the DOCX report converts in LibreOffice and keeps the recommendation', (t) => {
  const docx = join(dir, 'report.docx');
  const r = mandate('bids', 'compare', 'examples/bids/tender-bids.json', '--out', docx, '--date', '2026-03-31');
  assert.equal(r.status, 0, r.stderr);
  if (!oracle(t, 'soffice') || !oracle(t, 'pdftotext')) return;
  const out = join(dir, 'lo');
  const conv = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'pdf', '--outdir', out, docx], { encoding: 'utf8', timeout: 180_000 });
  assert.equal(conv.status, 0, conv.stderr);
  const text = spawnSync('pdftotext', [join(out, 'report.pdf'), '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
  assert.ok(text.includes('The committee recommends that the contract be awarded to Meridian Shield International'));
  assert.ok(text.includes('Excludes a bid that answers'));
});

test('bad rows are reported by row and column on stderr, good rows are still ranked, exit code 1', () => {
  const csv = readFileSync('examples/bids/tender-bids.csv', 'utf8').split('\r\n');
  csv[3] = csv[3]!.replace(',affiliate,', ',gold,');
  const file = join(dir, 'bad.csv');
  writeFileSync(file, csv.join('\r\n'));
  const r = mandate('bids', 'compare', file);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Error at row 4, icoca-status \(column N\) \("gold"\): an ICoCA status is one of/);
  assert.match(r.stdout, /Not evaluated[\s\S]*row 4 \(Ironclad Protective Solutions SA\)/);
  assert.match(r.stdout, /^1 +Meridian Shield International/m);
});

test('criteria whose weights do not sum to 100 are refused with exit code 2 and the sum', () => {
  const criteria = JSON.parse(mandate('bids', 'criteria').stdout);
  criteria.criteria.find((c: { id: string }) => c.id === 'price').weight = 30;
  const file = join(dir, 'criteria.json');
  writeFileSync(file, JSON.stringify(criteria));
  const r = mandate('bids', 'compare', 'examples/bids/tender-bids.csv', '--criteria', file);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /weights must sum to 100 but sum to 105/);
});

test('bids award writes a PSP agreement matter with the winner and reports what it could not carry', () => {
  const out = join(dir, 'matter.json');
  const r = mandate('bids', 'award', 'examples/bids/tender-bids.csv', '--out', out, '--id', 'akw-award');
  assert.equal(r.status, 0, r.stderr);
  const matter = MatterSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  assert.equal(matter.kind, 'psp-contract');
  assert.equal(matter.parties.find((p) => p.role === 'provider')?.legalName, 'Meridian Shield International');
  assert.match(r.stdout, /carried: icoca-status certified member/);
  for (const line of r.stdout.split('\n').filter((l) => l.includes('NOT carried'))) assert.match(line, /by hand|agree/);
});
