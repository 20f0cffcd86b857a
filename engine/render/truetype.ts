// Runtime: any (pure). A minimal reader of TrueType (glyf-flavoured sfnt) fonts: exactly what the
// layout engine and the PDF embedder need, read straight from the bytes with a DataView.
// Why not @pdf-lib/fontkit: a PDF export paid for it on every run: ~1.5 MB of code to load and
// compile, every table decoded through its restructure layer, GSUB-aware glyph lookups, its
// subset encoder and pdf-lib's pure-JS deflate of the subset (together ~0.3-0.4 s of a 1.15 s
// export of the 52-page PSP agreement). Here a table is located when first asked for and a
// code point is a binary search over typed arrays.

export interface TableRecord {
  offset: number;
  length: number;
}

export interface BoundingBox {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Where one glyph's outline lies inside the `glyf` table (length 0: an empty glyph such as space). */
export interface GlyphLocation {
  offset: number;
  length: number;
}

/** A cmap subtable decoded into parallel typed arrays for binary search. */
interface CodeRanges {
  starts: Uint32Array;
  ends: Uint32Array;
  /** format 12: first glyph id of the group; format 4: idDelta */
  deltas: Int32Array;
  /** format 4 only: absolute byte offset of the glyph id array entry for `starts[i]`, or 0 */
  rangeOffsets?: Uint32Array;
}

const TRUE_TYPE = 0x00010000;
const TRUE_TYPE_MAC = 0x74727565; // 'true'
const CFF = 0x4f54544f; // 'OTTO'
const HEAD_MAGIC = 0x5f0f3cf5;
// fontkit's order of preference, so both readers pick the same subtable: full Unicode first.
const CMAP_PREFERENCE = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]] as const;

export class TrueTypeFont {
  readonly tables: ReadonlyMap<string, TableRecord>;
  private readonly view: DataView;
  private cmap?: CodeRanges;
  private hmtxAt?: { offset: number; count: number };
  private locaAt?: { offset: number; long: boolean };
  private nameCache?: string;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12) throw new Error('truetype: not a font file (shorter than an sfnt header)');
    const version = this.view.getUint32(0);
    if (version === CFF) throw new Error('truetype: a CFF-flavoured OpenType font (OTTO) has no glyf table; only TrueType outlines are supported');
    if (version !== TRUE_TYPE && version !== TRUE_TYPE_MAC) throw new Error(`truetype: not a TrueType font (sfnt version 0x${version.toString(16).padStart(8, '0')})`);
    const count = this.view.getUint16(4);
    if (12 + count * 16 > bytes.byteLength) throw new Error('truetype: the table directory runs past the end of the file');
    const tables = new Map<string, TableRecord>();
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
      const offset = this.view.getUint32(at + 8);
      const length = this.view.getUint32(at + 12);
      if (offset + length > bytes.byteLength) throw new Error(`truetype: the '${tag}' table runs past the end of the file`);
      tables.set(tag, { offset, length });
    }
    this.tables = tables;
    if (this.u32(this.table('head').offset + 12) !== HEAD_MAGIC) throw new Error("truetype: the 'head' table has a wrong magic number");
  }

  has(tag: string): boolean {
    return this.tables.has(tag);
  }

  table(tag: string): TableRecord {
    const t = this.tables.get(tag);
    if (!t) throw new Error(`truetype: the font has no '${tag}' table`);
    return t;
  }

  /** The raw bytes of a table (a view, not a copy). */
  tableBytes(tag: string): Uint8Array {
    const { offset, length } = this.table(tag);
    return this.bytes.subarray(offset, offset + length);
  }

  private u16 = (at: number) => this.view.getUint16(at);
  private i16 = (at: number) => this.view.getInt16(at);
  private u32 = (at: number) => this.view.getUint32(at);

  // head
  get unitsPerEm(): number {
    return this.u16(this.table('head').offset + 18);
  }
  get bbox(): BoundingBox {
    const at = this.table('head').offset;
    return { xMin: this.i16(at + 36), yMin: this.i16(at + 38), xMax: this.i16(at + 40), yMax: this.i16(at + 42) };
  }
  get macStyle(): number {
    return this.u16(this.table('head').offset + 44);
  }
  get isItalic(): boolean {
    return (this.macStyle & 2) !== 0;
  }
  get indexToLocFormat(): number {
    return this.i16(this.table('head').offset + 50);
  }

  // hhea, maxp
  get ascent(): number {
    return this.i16(this.table('hhea').offset + 4);
  }
  get descent(): number {
    return this.i16(this.table('hhea').offset + 6);
  }
  get numberOfHMetrics(): number {
    return this.u16(this.table('hhea').offset + 34);
  }
  get numGlyphs(): number {
    return this.u16(this.table('maxp').offset + 4);
  }

  // OS/2 (optional in TrueType; callers get undefined or a fallback)
  private os2(offset: number, minVersion = 0): number | undefined {
    const t = this.tables.get('OS/2');
    return t && this.u16(t.offset) >= minVersion && offset + 2 <= t.length ? this.i16(t.offset + offset) : undefined;
  }
  get weightClass(): number {
    return this.os2(4) ?? (this.macStyle & 1 ? 700 : 400);
  }
  get familyClass(): number {
    return this.os2(30) ?? 0;
  }
  get xHeight(): number | undefined {
    return this.os2(86, 2);
  }
  /** OS/2 sCapHeight, else the top of "H", else the ascent. */
  get capHeight(): number {
    const fromOs2 = this.os2(88, 2);
    if (fromOs2) return fromOs2;
    const h = this.glyphLocation(this.glyphForCodePoint(0x48));
    return h.length >= 10 ? this.i16(this.table('glyf').offset + h.offset + 8) : this.ascent;
  }

  // post
  get italicAngle(): number {
    const at = this.table('post').offset + 4;
    return this.i16(at) + this.u16(at + 2) / 65536;
  }
  get isFixedPitch(): boolean {
    return this.u32(this.table('post').offset + 12) !== 0;
  }

  /** The PostScript name (name id 6), e.g. "DejaVuSerif-Bold". */
  get postscriptName(): string {
    return (this.nameCache ??= this.readName(6) ?? 'Font');
  }

  private readName(id: number): string | undefined {
    const { offset } = this.table('name');
    const count = this.u16(offset + 2);
    const strings = offset + this.u16(offset + 4);
    let found: string | undefined;
    for (let i = 0; i < count; i++) {
      const at = offset + 6 + i * 12;
      if (this.u16(at + 6) !== id) continue;
      const platform = this.u16(at);
      const [length, start] = [this.u16(at + 8), strings + this.u16(at + 10)];
      if (platform === 3 || platform === 0) {
        let s = '';
        for (let k = 0; k + 1 < length; k += 2) s += String.fromCharCode(this.u16(start + k));
        return s;
      }
      if (platform === 1) found ??= String.fromCharCode(...this.bytes.subarray(start, start + length));
    }
    return found;
  }

  // hmtx
  private hmtx() {
    return (this.hmtxAt ??= { offset: this.table('hmtx').offset, count: this.numberOfHMetrics });
  }
  advanceWidth(gid: number): number {
    const { offset, count } = this.hmtx();
    return this.u16(offset + 4 * (gid < count ? gid : count - 1));
  }
  leftSideBearing(gid: number): number {
    const { offset, count } = this.hmtx();
    return gid < count ? this.i16(offset + 4 * gid + 2) : this.i16(offset + 4 * count + 2 * (gid - count));
  }

  // loca, glyf
  glyphLocation(gid: number): GlyphLocation {
    if (gid < 0 || gid >= this.numGlyphs) throw new Error(`truetype: glyph ${gid} is out of range (the 'maxp' table says ${this.numGlyphs} glyphs)`);
    const { offset, long } = (this.locaAt ??= { offset: this.table('loca').offset, long: this.indexToLocFormat === 1 });
    const [start, end] = long ? [this.u32(offset + 4 * gid), this.u32(offset + 4 * gid + 4)] : [this.u16(offset + 2 * gid) * 2, this.u16(offset + 2 * gid + 2) * 2];
    if (end < start || end > this.table('glyf').length) throw new Error(`truetype: the 'loca' table points glyph ${gid} outside the 'glyf' table`);
    return { offset: start, length: end - start };
  }

  // cmap
  /** The glyph id for a Unicode code point, 0 (.notdef) when the font has none. */
  glyphForCodePoint(cp: number): number {
    const r = (this.cmap ??= this.readCmap());
    let [lo, hi] = [0, r.ends.length - 1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r.ends[mid]! < cp) lo = mid + 1;
      else hi = mid;
    }
    if (lo > hi || cp < r.starts[lo]! || cp > r.ends[lo]!) return 0;
    if (!r.rangeOffsets) return r.deltas[lo]! + (cp - r.starts[lo]!);
    const delta = r.deltas[lo]!;
    if (r.rangeOffsets[lo] === 0) return (cp + delta) & 0xffff;
    const at = r.rangeOffsets[lo]! + 2 * (cp - r.starts[lo]!);
    const gid = at + 2 <= this.bytes.byteLength ? this.u16(at) : 0;
    return gid === 0 ? 0 : (gid + delta) & 0xffff;
  }

  hasGlyphForCodePoint(cp: number): boolean {
    return this.glyphForCodePoint(cp) !== 0;
  }

  /** Every code point the cmap maps to a real glyph, ascending. */
  codePoints(): number[] {
    const r = (this.cmap ??= this.readCmap());
    const out: number[] = [];
    for (let i = 0; i < r.starts.length; i++) {
      for (let cp = r.starts[i]!; cp <= r.ends[i]!; cp++) if (this.glyphForCodePoint(cp) !== 0) out.push(cp);
    }
    return out;
  }

  private readCmap(): CodeRanges {
    const { offset, length } = this.table('cmap');
    const subtables = new Map<string, number>();
    for (let i = 0, n = this.u16(offset + 2); i < n; i++) {
      const at = offset + 4 + i * 8;
      const sub = offset + this.u32(at + 4);
      const format = sub + 2 <= offset + length ? this.u16(sub) : -1;
      if (format === 4 || format === 12) subtables.set(`${this.u16(at)},${this.u16(at + 2)}`, sub);
    }
    const chosen = CMAP_PREFERENCE.map(([p, e]) => subtables.get(`${p},${e}`)).find((s) => s !== undefined);
    if (chosen === undefined) throw new Error("truetype: the 'cmap' table has no Unicode subtable of format 4 or 12");
    return this.u16(chosen) === 4 ? this.readFormat4(chosen) : this.readFormat12(chosen);
  }

  private readFormat4(at: number): CodeRanges {
    const segments = this.u16(at + 6) / 2;
    const [ends, starts, deltas, rangeOffsets] = [new Uint32Array(segments), new Uint32Array(segments), new Int32Array(segments), new Uint32Array(segments)];
    const endAt = at + 14;
    const startAt = endAt + 2 * segments + 2;
    const deltaAt = startAt + 2 * segments;
    const rangeAt = deltaAt + 2 * segments;
    if (rangeAt + 2 * segments > this.bytes.byteLength) throw new Error("truetype: the 'cmap' format 4 subtable is truncated");
    for (let i = 0; i < segments; i++) {
      ends[i] = this.u16(endAt + 2 * i);
      starts[i] = this.u16(startAt + 2 * i);
      deltas[i] = this.i16(deltaAt + 2 * i);
      const ro = this.u16(rangeAt + 2 * i);
      rangeOffsets[i] = ro === 0 ? 0 : rangeAt + 2 * i + ro;
    }
    return { starts, ends, deltas, rangeOffsets };
  }

  private readFormat12(at: number): CodeRanges {
    const groups = this.u32(at + 12);
    if (at + 16 + groups * 12 > this.bytes.byteLength) throw new Error("truetype: the 'cmap' format 12 subtable is truncated");
    const [starts, ends, deltas] = [new Uint32Array(groups), new Uint32Array(groups), new Int32Array(groups)];
    for (let i = 0; i < groups; i++) {
      const g = at + 16 + i * 12;
      starts[i] = this.u32(g);
      ends[i] = this.u32(g + 4);
      deltas[i] = this.u32(g + 8);
    }
    return { starts, ends, deltas };
  }
}
