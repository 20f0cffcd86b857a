// Runtime: node. Signature-ready export checked by independent readers: every DOCX we write is
// opened and converted by LibreOffice; pdftotext reads that PDF and ours and finds every clause
// heading in order, the party names and "Page 1 of N"; qpdf checks our PDF and lists its empty
// signature fields; page 1 and the signature page go to reports/export/ as PNG for a person.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assemble } from '../../engine/assemble.ts';
import { MatterSchema, type Matter } from '../../engine/matter.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { renderDocx } from '../../engine/render/docx.ts';
import { renderPdf } from '../../engine/render/pdf.ts';
import { fullMatter } from '../../examples/full-matter.ts';
import { exportMatter, loadFonts } from '../../main/export-matter.ts';
import { fixtureTree } from '../fixtures/document-tree.ts';
import { clauseHeadings, firstOutOfOrder, flat, libreOfficeToPdf, oracles, pdfText, qpdfCheck, qpdfFields, snapshot } from './export-oracles.ts';

const root = join(import.meta.dirname, '../..');
const reports = join(root, 'reports', 'export');
const work = mkdtempSync(join(tmpdir(), 'mandate-export-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** The complete examples: the lead's example files where they exist, and the full agreement of each kind. */
function completeMatters(): { name: string; matter: Matter }[] {
  const out = [
    { name: 'psp-full', matter: fullMatter('psp-contract') },
    { name: 'mou-full', matter: fullMatter('public-security-mou') },
  ];
  for (const name of ['psp-complete', 'mou']) {
    const file = join(root, 'examples', `${name}.matter.json`);
    if (existsSync(file)) out.push({ name, matter: MatterSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) });
  }
  return out;
}

test('complete matters export as DOCX and PDF that independent readers accept and read alike', async (t) => {
  if (!oracles(t, 'soffice', 'pdftotext', 'qpdf', 'pdftoppm')) return;
  mkdirSync(reports, { recursive: true });
  const exported: { name: string; matter: Matter; pdf: string; docx: string; pages: number }[] = [];
  for (const { name, matter } of completeMatters()) {
    const pdf = await exportMatter(matter, { format: 'pdf', draft: false });
    const docx = await exportMatter(matter, { format: 'docx', draft: false });
    assert.ok(pdf.ok && docx.ok, `${name} is refused: ${JSON.stringify((pdf.ok ? docx : pdf).findings.filter((f) => f.severity === 'blocking'))}`);
    assert.equal(pdf.fingerprint, docx.fingerprint, 'both formats render the same tree');
    const files = { pdf: join(work, `${name}.pdf`), docx: join(work, `${name}.docx`) };
    writeFileSync(files.pdf, pdf.bytes);
    writeFileSync(files.docx, docx.bytes);
    exported.push({ name, matter, ...files, pages: pdf.pageCount! });
  }
  const converted = libreOfficeToPdf(exported.map((e) => e.docx), mkdtempSync(join(work, 'office-')));

  for (const e of exported) {
    const tree = assemble(e.matter);
    const headings = clauseHeadings(tree);
    assert.ok(headings.length > 10, `${e.name}: the tree has clause headings`);
    const parties = e.matter.parties.map((p) => p.legalName);
    const ours = pdfText(e.pdf);
    const office = pdfText(converted.get(e.docx)!);
    for (const [reader, text] of [['our PDF', ours], ['LibreOffice PDF of our DOCX', office]] as const) {
      assert.equal(firstOutOfOrder(text, headings), undefined, `${e.name}, ${reader}: heading missing or out of order`);
      for (const p of parties) assert.ok(flat(text).includes(p), `${e.name}, ${reader}: party ${p}`);
      assert.match(text, /Page 1 of \d+/, `${e.name}, ${reader}: page numbering`);
      assert.ok(text.includes(tree.meta.shortTitle), `${e.name}, ${reader}: running header`);
    }
    assert.match(ours, new RegExp(`Page 1 of ${e.pages}\\b`));
    assert.match(ours, new RegExp(`Page ${e.pages} of ${e.pages}\\b`));

    const check = qpdfCheck(e.pdf);
    assert.ok(check.ok, `${e.name}: qpdf --check failed:\n${check.output}`);
    const signatories = tree.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'signatures' ? b.blocks : [])));
    const fields = qpdfFields(e.pdf);
    assert.deepEqual(fields.map((f) => f.name), signatories.map((s) => s.fieldName), `${e.name}: one signature field per signatory`);
    assert.ok(fields.every((f) => f.type === '/Sig' && f.value === null), `${e.name}: empty /Sig fields`);

    // Every signature block lies on one page: its signatory's name and title are on the field's page.
    const pages = ours.split('\f');
    for (const [i, s] of signatories.entries()) {
      const page = flat(pages[fields[i]!.page - 1]!);
      assert.ok(page.includes(`Name: ${s.signatoryName}`) && page.includes(`Title: ${s.signatoryTitle}`) && page.includes(s.partyName), `${e.name}: block of ${s.term} split`);
    }
    snapshot(e.pdf, 1, join(reports, `${e.name}-page1`));
    snapshot(e.pdf, fields[0]!.page, join(reports, `${e.name}-signatures`));
    snapshot(converted.get(e.docx)!, 1, join(reports, `${e.name}-docx-page1`));
  }
});

/** Every character we promise users can type in names and values. */
const PROMISED = 'é ñ ã ç É Ñ Ã Ç ü ö ß à è ô “double” ‘single’ it’s en–dash em—dash … § € £ < & > 48\u00a0hours';

test('text typed by users comes out right in both formats: accents, quotes, dashes, no-break spaces, < & >', async (t) => {
  if (!oracles(t, 'soffice', 'pdftotext')) return;
  const tree = fixtureTree();
  tree.sections.find((s) => s.kind === 'parties')!.blocks.push({ type: 'paragraph', runs: [{ text: PROMISED }, { text: ` ${PROMISED}`, bold: true }, { text: ` ${PROMISED}`, italic: true }] });
  const dates = { createdAt: new Date('2026-01-01T00:00:00Z'), modifiedAt: new Date('2026-01-02T00:00:00Z') };
  const pdf = join(work, 'characters.pdf');
  const docx = join(work, 'characters.docx');
  writeFileSync(pdf, (await renderPdf(tree, { fonts: loadFonts(), fingerprint: '0'.repeat(64), ...dates })).bytes);
  writeFileSync(docx, await renderDocx(tree, { fingerprint: '0'.repeat(64), ...dates }));
  const office = libreOfficeToPdf([docx], mkdtempSync(join(work, 'office-'))).get(docx)!;
  for (const [reader, text] of [['our PDF', pdfText(pdf)], ['LibreOffice', pdfText(office)]] as const) {
    // Readers may break a line after a dash; join such breaks before comparing.
    const found = flat(text).replace(/([–—]) /g, '$1');
    for (const word of PROMISED.split(' ')) assert.ok(found.includes(flat(word)), `${reader} lost "${word}"`);
    assert.equal(found.split(flat(PROMISED)).length - 1, 3, `${reader}: regular, bold and italic copies`);
  }
});

const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(root, 'main/cli-entry.ts'), ...args], { cwd: root, encoding: 'utf8' });

test('mandate export: refuses an incomplete matter, writes a watermarked draft with --draft, same bytes every run', async (t) => {
  if (!oracles(t, 'pdftotext')) return;
  const incomplete = newMatter({ kind: 'psp-contract', id: 'incomplete', now: '2026-11-20T08:00:00.000Z' });
  const matterFile = join(work, 'incomplete.matter.json');
  writeFileSync(matterFile, JSON.stringify(incomplete));
  const out = join(work, 'incomplete.pdf');

  const refused = cli('export', matterFile, '--format', 'pdf', '--out', out);
  assert.equal(refused.status, 1, refused.stderr);
  assert.match(refused.stderr, /BLOCKING \(\d+\)/);
  assert.match(refused.stderr, /--draft/);
  assert.ok(!existsSync(out), 'nothing written when refused');

  const first = cli('export', matterFile, '--format', 'pdf', '--out', out, '--draft');
  assert.equal(first.status, 0, first.stderr);
  const print = /Fingerprint: ([0-9a-f]{64})/.exec(first.stdout)?.[1];
  assert.ok(print, first.stdout);
  const text = pdfText(out);
  assert.match(text, /\[MISSING: /);
  // The watermark is drawn diagonally, so readers extract it a letter at a time: compare without spaces.
  const raw = execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', out, '-'], { encoding: 'utf8' });
  assert.ok(raw.replace(/\s+/g, '').includes('DRAFT-NOTFORSIGNATURE'), 'drafts carry the watermark');
  assert.ok(flat(text).includes(print), 'the fingerprint printed is the one in the footer');
  const bytes = readFileSync(out);
  const again = cli('export', matterFile, '--format', 'pdf', '--out', out, '--draft');
  assert.equal(again.status, 0, again.stderr);
  assert.ok(bytes.equals(readFileSync(out)), 'two runs of the same matter give different PDF bytes');

  const docxOut = join(work, 'incomplete.docx');
  const docx = cli('export', matterFile, '--format', 'docx', '--out', docxOut, '--draft');
  assert.equal(docx.status, 0, docx.stderr);
  assert.match(docx.stdout, new RegExp(`Fingerprint: ${print}`));
  assert.ok(execFileSync('unzip', ['-l', docxOut], { encoding: 'utf8' }).includes('word/document.xml'));

  const bad = cli('export', matterFile, '--format', 'rtf', '--out', out);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--format must be docx or pdf, not "rtf"/);
});
