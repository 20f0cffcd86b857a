// Runtime: node. The PDF font embedding (pdf-font.ts) read back by independent tools: pdftotext
// gives back exactly the characters drawn (ToUnicode), pdffonts sees embedded subset CID
// TrueType fonts with a Unicode map, qpdf finds the file sound. Both the host deflate (node:zlib)
// and pdf-lib's own are exercised.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { EmbeddedFont, type Deflate } from '../../engine/render/pdf-font.ts';
import { PageWriter } from '../../engine/render/pdf-text.ts';
import { TrueTypeFont } from '../../engine/render/truetype.ts';
import { oracles, pdfText, qpdfCheck } from './export-oracles.ts';

const dir = join(import.meta.dirname, '../../assets/fonts');
const open = (file: string) => new TrueTypeFont(new Uint8Array(readFileSync(join(dir, file))));
const faces = { regular: open('DejaVuSerif.ttf'), bold: open('DejaVuSerif-Bold.ttf'), italic: open('DejaVuSerif-Italic.ttf'), boldItalic: open('DejaVuSerif-BoldItalic.ttf') };

/** Accents, curly quotes, dashes, Greek, Cyrillic, symbols, and a character above U+FFFF (drawn in the regular face). */
const SAMPLE = 'Café señor São Tomé façade “quoted” ‘single’ it’s en–dash em—dash … § € £ αβγ Ωμέγα Жизнь щука';
const ASTRAL = 'Set 𝔸 of all';
const work = mkdtempSync(join(tmpdir(), 'mandate-pdf-fonts-'));

async function samplePdf(deflate?: Deflate): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = Object.fromEntries(Object.entries(faces).map(([f, face]) => [f, new EmbeddedFont(doc, face, deflate)])) as Record<keyof typeof faces, EmbeddedFont>;
  const page = doc.addPage([842, 400]);
  const writer = new PageWriter(doc, page, fonts, deflate);
  writer.text(SAMPLE, 20, 350, 10, 'regular');
  writer.text(SAMPLE, 20, 300, 10, 'bold');
  writer.text(SAMPLE, 20, 250, 10, 'italic');
  writer.text(ASTRAL, 20, 200, 10, 'regular');
  writer.finish();
  // boldItalic is never drawn: it must leave nothing in the file
  for (const font of Object.values(fonts)) font.finish();
  return doc.save({ useObjectStreams: false });
}

for (const [how, deflate] of [['node:zlib', (d: Uint8Array) => new Uint8Array(deflateSync(d))], ["pdf-lib's deflate", undefined]] as const) {
  test(`embedded fonts (${how}): pdftotext gives back every character, pdffonts sees subset CID TrueType with ToUnicode, qpdf passes`, async (t) => {
    if (!oracles(t, 'pdftotext', 'pdffonts', 'qpdf')) return;
    for (const [face, text] of [['regular', SAMPLE + ASTRAL], ['bold', SAMPLE], ['italic', SAMPLE]] as const) {
      const missing = [...text].filter((c) => c !== ' ' && !faces[face].hasGlyphForCodePoint(c.codePointAt(0)!));
      assert.deepEqual(missing, [], `${face} draws the sample`);
    }
    const bytes = await samplePdf(deflate);
    assert.deepEqual(await samplePdf(deflate), bytes, 'same text, same bytes');
    const file = join(work, `sample-${deflate ? 'zlib' : 'pako'}.pdf`);
    writeFileSync(file, bytes);

    const lines = pdfText(file, false).split('\n').filter((l) => l.trim() && l !== '\f');
    assert.deepEqual(lines, [SAMPLE, SAMPLE, SAMPLE, ASTRAL]);

    const check = qpdfCheck(file);
    assert.ok(check.ok, check.output);

    const listed = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    assert.equal(listed.length, 3, 'three faces drawn, three fonts');
    for (const line of listed) {
      assert.match(line, /^[A-Z]{6}\+DejaVuSerif(-Bold|-Italic)?\s+CID TrueType\s+Identity-H\s+yes yes yes /, line);
    }
    assert.ok(!new TextDecoder('latin1').decode(bytes).includes('BoldItalic'), 'the unused face is not written');
  });
}
