// Runtime: node. The TrueType reader and subsetter behind the PDF fonts, checked against
// @pdf-lib/fontkit as an independent reader: same glyph ids and advances for every code point of
// the four shipped faces, and a subset fontkit reopens with the same outlines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { fontMetrics } from '../../engine/render/fonts.ts';
import { TrueTypeFont } from '../../engine/render/truetype.ts';
import { subsetTrueType, writeSfnt } from '../../engine/render/truetype-subset.ts';
import { EmbeddedFont, subsetTag, toUnicodeCMap, widthsArray } from '../../engine/render/pdf-font.ts';
import { PDFDocument } from 'pdf-lib';

const dir = join(import.meta.dirname, '../../assets/fonts');
const files = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf'];
const bytesOf = (file: string) => new Uint8Array(readFileSync(join(dir, file)));

/** Accents, curly quotes, dashes, Greek, Cyrillic, a character above U+FFFF; é and “ are composite glyphs in DejaVu. */
export const SAMPLE = 'Café señor São Tomé façade “quoted” ‘single’ it’s en–dash em—dash … § € αβγ Ωμέγα Жизнь щука 𝔸';

for (const file of files) {
  test(`${file}: glyph ids, advances and metrics agree with fontkit for every code point`, () => {
    const bytes = bytesOf(file);
    const ours = new TrueTypeFont(bytes);
    const theirs = fontkit.create(bytes);
    assert.equal(ours.unitsPerEm, theirs.unitsPerEm);
    assert.equal(ours.ascent, theirs.ascent);
    assert.equal(ours.descent, theirs.descent);
    assert.equal(ours.numGlyphs, theirs.numGlyphs);
    assert.equal(ours.postscriptName, theirs.postscriptName);
    assert.equal(ours.italicAngle, theirs.italicAngle);
    assert.deepEqual(ours.bbox, { xMin: theirs.bbox.minX, yMin: theirs.bbox.minY, xMax: theirs.bbox.maxX, yMax: theirs.bbox.maxY });
    const codePoints = ours.codePoints();
    assert.deepEqual(codePoints, [...theirs.characterSet].filter((cp) => theirs.glyphForCodePoint(cp).id !== 0).sort((a, b) => a - b));
    assert.ok(codePoints.length > 3000 && codePoints.some((cp) => cp > 0xffff), 'the full Unicode (format 12) subtable was read');
    const mismatches: string[] = [];
    for (const cp of codePoints) {
      const glyph = theirs.glyphForCodePoint(cp);
      const gid = ours.glyphForCodePoint(cp);
      if (gid !== glyph.id || ours.advanceWidth(gid) !== glyph.advanceWidth) mismatches.push(`U+${cp.toString(16)}: ${gid}/${ours.advanceWidth(gid)} vs ${glyph.id}/${glyph.advanceWidth}`);
    }
    assert.deepEqual(mismatches.slice(0, 10), []);
    for (const cp of [0x4e2d, 0x10ffff, 0xe000]) assert.equal(ours.glyphForCodePoint(cp), theirs.glyphForCodePoint(cp).id, `U+${cp.toString(16)} (not in the font)`);
  });
}

const sampleGlyphs = (font: TrueTypeFont, text: string) => {
  const glyphs = [0];
  for (const c of text) {
    const gid = font.glyphForCodePoint(c.codePointAt(0)!);
    if (!glyphs.includes(gid)) glyphs.push(gid);
  }
  return glyphs;
};

for (const file of [files[0]!, files[3]!]) {
  test(`${file}: a subset reopened by fontkit has the same outlines and advances, composites resolved`, () => {
    const bytes = bytesOf(file);
    const font = new TrueTypeFont(bytes);
    const original = fontkit.create(bytes);
    const glyphs = sampleGlyphs(font, SAMPLE);
    const subset = subsetTrueType(font, glyphs);
    assert.deepEqual(subset.glyphs.slice(0, glyphs.length), glyphs, 'requested glyphs keep their first-use order');
    assert.ok(subset.glyphs.length > glyphs.length, 'composite components were appended');
    const reopened = fontkit.create(subset.bytes);
    assert.equal(reopened.numGlyphs, subset.glyphs.length);
    assert.equal(reopened.unitsPerEm, original.unitsPerEm);
    let composites = 0;
    subset.glyphs.forEach((gid, newId) => {
      const [was, now] = [original.getGlyph(gid), reopened.getGlyph(newId)];
      assert.equal(now.advanceWidth, was.advanceWidth, `advance of glyph ${gid}`);
      assert.equal(now.path.toSVG(), was.path.toSVG(), `outline of glyph ${gid}`);
      if ((was as unknown as { _decode(): { numberOfContours: number } | null })._decode()?.numberOfContours === -1) composites++;
    });
    assert.ok(composites >= 4, `the sample has composite glyphs (${composites})`);
    assert.deepEqual(subsetTrueType(font, glyphs).bytes, subset.bytes, 'same glyphs, same bytes');
  });
}

/**
 * DejaVu's composites only offset their components, so this font has one composite using every
 * transform, each followed by another component: a uniform scale (word offsets), separate x and y
 * scales (byte offsets), a 2×2 matrix, and then a plain offset.
 */
function transformedCompositeFont(): Uint8Array {
  const dejavu = new TrueTypeFont(bytesOf(files[0]!));
  const outline = (gid: number) => {
    const at = dejavu.glyphLocation(gid);
    return dejavu.tableBytes('glyf').slice(at.offset, at.offset + at.length);
  };
  const sources = [0, ...[...'ABC'].map((c) => dejavu.glyphForCodePoint(c.codePointAt(0)!))];
  const composite = new Uint8Array(10 + 10 + 10 + 16 + 8);
  const v = new DataView(composite.buffer);
  v.setInt16(0, -1);
  composite.set(outline(sources[1]!).subarray(2, 10), 2); // bounding box
  // flags: 0x1 word args, 0x2 args are x/y, 0x8 scale, 0x20 more, 0x40 x and y scale, 0x80 two by two
  [0x0001 | 0x0002 | 0x0008 | 0x0020, 1, 0, 0, 0x2000].forEach((x, i) => v.setInt16(10 + 2 * i, x));
  [0x0002 | 0x0040 | 0x0020, 2].forEach((x, i) => v.setInt16(20 + 2 * i, x));
  v.setInt8(24, 100), v.setInt8(25, -20), v.setInt16(26, 0x4000), v.setInt16(28, 0x2000);
  [0x0001 | 0x0002 | 0x0080 | 0x0020, 3, 500, -100, 0x4000, 0x1000, 0, 0x3000].forEach((x, i) => v.setInt16(30 + 2 * i, x));
  [0x0001 | 0x0002, 1, 0, 900].forEach((x, i) => v.setInt16(46 + 2 * i, x)); // glyph 1 again, plainly offset
  const outlines = [...sources.map(outline), composite];
  const loca = new DataView(new ArrayBuffer(4 * (outlines.length + 1)));
  const glyf = new Uint8Array(outlines.reduce((n, o) => n + o.length, 0));
  let offset = 0;
  outlines.forEach((o, i) => {
    glyf.set(o, offset);
    loca.setUint32(4 * i, offset);
    loca.setUint32(4 * i + 4, (offset += o.length));
  });
  const hmtx = new DataView(new ArrayBuffer(4 * outlines.length));
  outlines.forEach((_, i) => hmtx.setUint16(4 * i, 1000 + i));
  const head = dejavu.tableBytes('head').slice();
  new DataView(head.buffer).setInt16(50, 1);
  const hhea = dejavu.tableBytes('hhea').slice();
  new DataView(hhea.buffer).setUint16(34, outlines.length);
  const maxp = dejavu.tableBytes('maxp').slice();
  new DataView(maxp.buffer).setUint16(4, outlines.length);
  const tables = { head, hhea, maxp, glyf, loca: new Uint8Array(loca.buffer), hmtx: new Uint8Array(hmtx.buffer) };
  return writeSfnt(new Map(Object.entries(tables)));
}

test('composite glyphs with scales and 2×2 transforms keep their outline in a subset', () => {
  const bytes = transformedCompositeFont();
  const subset = subsetTrueType(new TrueTypeFont(bytes), [0, 4]);
  assert.deepEqual(subset.glyphs, [0, 4, 1, 2, 3], 'the three components follow the composite');
  const [original, reopened] = [fontkit.create(bytes), fontkit.create(subset.bytes)];
  const path = original.getGlyph(4).path.toSVG();
  assert.ok(path.length > 100);
  assert.equal(reopened.getGlyph(1).path.toSVG(), path);
  assert.equal(reopened.getGlyph(1).advanceWidth, 1004);
});

test('the subset is a well-formed sfnt: sorted records, checksums, checkSumAdjustment, 4-byte alignment', () => {
  const font = new TrueTypeFont(bytesOf(files[0]!));
  const { bytes } = subsetTrueType(font, sampleGlyphs(font, SAMPLE));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // tables are zero-padded to 4 bytes in the file, so whole words can be summed
  const sum = (from: number, length: number) => {
    let s = 0;
    for (let i = 0; i < length; i += 4) s = (s + view.getUint32(from + i)) >>> 0;
    return s;
  };
  const count = view.getUint16(4);
  assert.equal(view.getUint16(6), 16 * 2 ** Math.floor(Math.log2(count)));
  const tags: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...bytes.subarray(at, at + 4));
    tags.push(tag);
    const [offset, length] = [view.getUint32(at + 8), view.getUint32(at + 12)];
    assert.equal(offset % 4, 0, `${tag} is aligned`);
    if (tag !== 'head') assert.equal(view.getUint32(at + 4), sum(offset, length), `${tag} checksum`);
  }
  assert.deepEqual(tags, [...tags].sort());
  assert.deepEqual(tags, ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
  assert.equal(sum(0, bytes.length), 0xb1b0afba, 'the whole file sums to the magic number');
});

test('clear errors for what is not a TrueType font', () => {
  assert.throws(() => new TrueTypeFont(new TextEncoder().encode('%PDF-1.7 not a font')), /truetype: not a TrueType font/);
  assert.throws(() => new TrueTypeFont(new Uint8Array([0x4f, 0x54, 0x54, 0x4f, 0, 0, 0, 0, 0, 0, 0, 0])), /CFF-flavoured/);
  assert.throws(() => new TrueTypeFont(new Uint8Array(4)), /not a font file/);
  const font = new TrueTypeFont(bytesOf(files[0]!));
  // a subset has no cmap: the reader names the missing table
  const subset = new TrueTypeFont(subsetTrueType(font, [0, font.glyphForCodePoint(0x41)]).bytes);
  assert.throws(() => subset.glyphForCodePoint(0x41), /no 'cmap' table/);
  assert.throws(() => subsetTrueType(font, [5, 0]), /glyph 0/);
  assert.throws(() => font.glyphLocation(font.numGlyphs), /out of range/);
});

test('PDF font pieces: compact /W runs, ToUnicode with surrogate pairs, a stable six-letter subset tag', () => {
  assert.deepEqual(widthsArray([600, 300, 300, 300, 300, 250, 400]), [0, [600], 1, 4, 300, 5, [250, 400]]);
  assert.deepEqual(widthsArray([1, 2, 2]), [0, [1, 2, 2]]);
  assert.deepEqual(widthsArray([]), []);
  const cmap = toUnicodeCMap([undefined, 0x41, 0x1d538, 0xe9]);
  assert.match(cmap, /3 beginbfchar\n<0001> <0041>\n<0002> <d835dd38>\n<0003> <00e9>\nendbfchar/);
  assert.match(toUnicodeCMap(Array.from({ length: 250 }, (_, i) => 0x41 + i)), /100 beginbfchar[^]*100 beginbfchar[^]*50 beginbfchar/);
  const tag = subsetTag('DejaVuSerif', [0, 5, 9]);
  assert.match(tag, /^[A-Z]{6}$/);
  assert.equal(subsetTag('DejaVuSerif', [0, 5, 9]), tag);
  assert.notEqual(subsetTag('DejaVuSerif', [0, 9, 5]), tag);
  assert.notEqual(subsetTag('DejaVuSerif-Bold', [0, 5, 9]), tag);
});

test('the engine and the app no longer load @pdf-lib/fontkit (it stays for these tests, as an independent reader)', () => {
  const root = join(import.meta.dirname, '../..');
  const sources = (d: string): string[] =>
    readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : []));
  const importers = [...sources('engine'), ...sources('main')].filter((f) => /from\s+['"]@pdf-lib\/fontkit['"]|import\(\s*['"]@pdf-lib\/fontkit/.test(readFileSync(join(root, f), 'utf8')));
  assert.deepEqual(importers, []);
});

test('fontMetrics: widths are the sum of cmap advances; the encoder reports undrawable characters once, whitespace never', async () => {
  const [regular, bold, italic, boldItalic] = files.map(bytesOf) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  const metrics = fontMetrics({ regular, bold, italic, boldItalic });
  const theirs = fontkit.create(bold);
  const units = [...SAMPLE].reduce((n, c) => n + theirs.glyphForCodePoint(c.codePointAt(0)!).advanceWidth, 0);
  assert.ok(Math.abs(metrics.measure(SAMPLE, 'bold', 10) - (units / theirs.unitsPerEm) * 10) < 1e-9);
  assert.equal(metrics.ascent, fontkit.create(regular).ascent / 2048);
  // characters the face cannot draw are reported once each, as the encoder meets them; white space never
  const reported: string[] = [];
  const font = new EmbeddedFont(await PDFDocument.create(), new TrueTypeFont(regular), undefined, (c) => reported.push(c));
  font.encode('Set 𝔸 of all');
  assert.deepEqual(reported, []);
  font.encode('中文 and 中 😀 \u00a0\u2003\t');
  font.encode('中文 and 中 😀');
  assert.deepEqual(reported, ['中', '文', '😀']);
  // a character above the BMP is one code point; a lone surrogate is one character of its own
  const m = (s: string) => metrics.measure(s, 'regular', 10);
  const astral = theirs.glyphForCodePoint(0x1d538).advanceWidth;
  assert.ok(astral > 0);
  assert.ok(Math.abs(m('a𝔸b') - (m('a') + m('𝔸') + m('b'))) < 1e-9);
  assert.ok(Math.abs(m('\ud800b') - (m('\ud800') + m('b'))) < 1e-9);
});
