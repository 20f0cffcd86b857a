// The scripts the README promises: Greek and Cyrillic party names print in the PDF (read back
// by pdftotext); Arabic, which the embedded font lacks, is refused with a finding naming the
// characters; the DOCX keeps any script.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatterSchema } from '../../engine/matter.ts';
import { exportMatter } from '../../main/export-matter.ts';
import { oracles, pdfText, flat } from './export-oracles.ts';

const base = MatterSchema.parse(JSON.parse(readFileSync('examples/psp-complete.matter.json', 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'mandate-scripts-'));
const withProvider = (name: string) => ({ ...base, parties: base.parties.map((p) => (p.role === 'provider' ? { ...p, legalName: name } : p)) });

test('Greek and Cyrillic names print in the PDF and read back', async (t) => {
  if (!oracles(t, 'pdftotext')) return;
  const name = 'Ασφάλεια Ξένια ΑΕ / Охрана «Щит» ООО';
  const r = await exportMatter(withProvider(name), { format: 'pdf', draft: false });
  assert.ok(r.ok);
  const file = join(dir, 'greek.pdf');
  writeFileSync(file, r.bytes);
  assert.ok(flat(pdfText(file)).includes(name));
});

test('an Arabic name is refused for PDF with a finding naming the characters, and kept in DOCX', async () => {
  const name = 'شركة الأمن';
  const pdf = await exportMatter(withProvider(name), { format: 'pdf', draft: false });
  assert.equal(pdf.ok, false);
  const f = pdf.findings.find((x) => x.code === 'pdf-unsupported-characters');
  assert.ok(f, 'a finding explains the refusal');
  assert.match(f.message, /U\+0634/);
  const docx = await exportMatter(withProvider(name), { format: 'docx', draft: false });
  assert.ok(docx.ok);
  // The name is in the document part of the package (read with Python's zipfile, independent of our writer).
  const file = join(dir, 'arabic.docx');
  writeFileSync(file, docx.bytes);
  const xml = execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8"))', file], { encoding: 'utf8' });
  assert.ok(xml.includes(name));
});

test('the DOCX asks Word to fill in the contents page numbers when it opens', async () => {
  const docx = await exportMatter(base, { format: 'docx', draft: false });
  assert.ok(docx.ok);
  const file = join(dir, 'settings.docx');
  writeFileSync(file, docx.bytes);
  const settings = execFileSync('python3', ['-c', 'import sys,zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/settings.xml").decode("utf-8"))', file], { encoding: 'utf8' });
  assert.match(settings, /<w:updateFields\/>/);
});

test('a draft DOCX, with its watermark, is byte-identical from one export to the next', async () => {
  const draft = MatterSchema.parse(JSON.parse(readFileSync('examples/psp-incomplete.matter.json', 'utf8')));
  const a = await exportMatter(draft, { format: 'docx', draft: true });
  const b = await exportMatter(draft, { format: 'docx', draft: true });
  assert.ok(a.ok && b.ok);
  assert.ok(Buffer.from(a.bytes).equals(Buffer.from(b.bytes)));
  const file = join(dir, 'draft.docx');
  writeFileSync(file, a.bytes);
  const names = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); sys.stdout.write("".join(z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/header")))', file], { encoding: 'utf8' });
  assert.match(names, /PowerPlusWaterMarkObject/, 'the watermark is there');
});
