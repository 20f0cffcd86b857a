// Runtime: any (pure). Writes a subset of a TrueType font: only the glyphs a PDF draws, renumbered
// compactly in first-use order (the PDF's CIDs are these new ids), like fontkit's TTFSubset but
// without its encoder: glyph outlines are copied byte for byte, composite glyphs get their
// components appended and their component ids rewritten, and the hinting programs (cvt, fpgm,
// prep) are kept whole. The tables a PDF viewer needs for a CIDFontType2 are written
// (head, hhea, maxp, hmtx, loca, glyf + hinting); cmap, name, OS/2 and post are not needed there.
import type { TrueTypeFont } from './truetype.ts';

export interface Subset {
  /** the subset font file */
  bytes: Uint8Array;
  /** original glyph id of each new glyph id: the requested glyphs, then composite components */
  glyphs: number[];
}

// Composite glyph flags (OpenType 'glyf' spec)
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

const HINTING = ['cvt ', 'fpgm', 'prep'];
const pad4 = (n: number) => (n + 3) & ~3;

/**
 * A subset keeping `glyphIds` (original ids, .notdef first, no repeats) as new ids 0, 1, 2 …;
 * the components of composite glyphs follow them. Same glyphs in the same order, same bytes.
 */
export function subsetTrueType(font: TrueTypeFont, glyphIds: readonly number[]): Subset {
  if (glyphIds[0] !== 0) throw new Error('truetype-subset: the glyph list must start with glyph 0 (.notdef)');
  const glyphs = [...glyphIds];
  const newId = new Map<number, number>();
  glyphs.forEach((g, i) => {
    if (newId.has(g)) throw new Error(`truetype-subset: glyph ${g} is listed twice`);
    newId.set(g, i);
  });
  const include = (g: number) => {
    let id = newId.get(g);
    if (id === undefined) {
      newId.set(g, (id = glyphs.length));
      glyphs.push(g);
    }
    return id;
  };

  const source = font.tableBytes('glyf');
  const outlines: Uint8Array[] = [];
  // glyphs grows while composites pull in their components
  for (let i = 0; i < glyphs.length; i++) {
    const at = font.glyphLocation(glyphs[i]!);
    const outline = source.slice(at.offset, at.offset + at.length);
    if (outline.length >= 10 && new DataView(outline.buffer).getInt16(0) < 0) renumberComponents(outline, glyphs[i]!, include);
    outlines.push(outline);
  }

  const offsets = new Uint32Array(outlines.length + 1);
  outlines.forEach((o, i) => (offsets[i + 1] = offsets[i]! + pad4(o.length)));
  const glyfLength = offsets[outlines.length]!;
  const glyf = new Uint8Array(glyfLength);
  outlines.forEach((o, i) => glyf.set(o, offsets[i]));
  // Short offsets (half the real ones, two bytes each) when they fit, as fonts usually do.
  const shortLoca = glyfLength / 2 <= 0xffff;
  const loca = new Uint8Array((outlines.length + 1) * (shortLoca ? 2 : 4));
  const locaView = new DataView(loca.buffer);
  offsets.forEach((o, i) => (shortLoca ? locaView.setUint16(2 * i, o / 2) : locaView.setUint32(4 * i, o)));

  const hmtx = new Uint8Array(glyphs.length * 4);
  const hmtxView = new DataView(hmtx.buffer);
  glyphs.forEach((g, i) => {
    hmtxView.setUint16(4 * i, font.advanceWidth(g));
    hmtxView.setInt16(4 * i + 2, font.leftSideBearing(g));
  });

  const head = font.tableBytes('head').slice();
  const headView = new DataView(head.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set once the whole file is known
  headView.setInt16(50, shortLoca ? 0 : 1);
  const hhea = font.tableBytes('hhea').slice();
  new DataView(hhea.buffer).setUint16(34, glyphs.length);
  const maxp = font.tableBytes('maxp').slice();
  new DataView(maxp.buffer).setUint16(4, glyphs.length);

  const tables = new Map<string, Uint8Array>([
    ['head', head],
    ['hhea', hhea],
    ['maxp', maxp],
    ['hmtx', hmtx],
    ['loca', loca],
    ['glyf', glyf],
  ]);
  for (const tag of HINTING) if (font.has(tag)) tables.set(tag, font.tableBytes(tag));
  const bytes = writeSfnt(tables);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const adjustment = (0xb1b0afba - checksum(bytes)) >>> 0;
  new DataView(bytes.buffer).setUint32(tableOffset(bytes, 'head') + 8, adjustment);
  return { bytes, glyphs };
}

/** Rewrites the component glyph ids of a composite outline (in place) to their subset ids. */
function renumberComponents(outline: Uint8Array, gid: number, include: (g: number) => number): void {
  const view = new DataView(outline.buffer, outline.byteOffset, outline.byteLength);
  let at = 10;
  for (;;) {
    if (at + 4 > outline.length) throw new Error(`truetype-subset: composite glyph ${gid} runs past its end in the 'glyf' table`);
    const flags = view.getUint16(at);
    view.setUint16(at + 2, include(view.getUint16(at + 2)));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return;
  }
}

/** The OpenType table checksum: the sum of big-endian uint32s, the data zero-padded to 4 bytes. */
function checksum(data: Uint8Array): number {
  let sum = 0;
  const whole = data.length & ~3;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < data.length) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (i < data.length ? data[i]! : 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** An sfnt file: header, table records sorted by tag, then each table 4-byte aligned. */
export function writeSfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const headerLength = 12 + 16 * count;
  const total = tags.reduce((n, t) => n + pad4(tables.get(t)!.length), headerLength);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16); // searchRange
  view.setUint16(8, Math.log2(power)); // entrySelector
  view.setUint16(10, count * 16 - power * 16); // rangeShift
  let offset = headerLength;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, data.length);
    out.set(data, offset);
    offset += pad4(data.length);
  });
  return out;
}

function tableOffset(font: Uint8Array, tag: string): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(at, at + 4)) === tag) return view.getUint32(at + 8);
  }
  throw new Error(`truetype-subset: no '${tag}' table written`);
}
