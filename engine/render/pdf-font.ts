// Runtime: any (pure). Embeds one TrueType face into a pdf-lib document through its low-level
// object API, in place of pdf-lib's fontkit-based embedder (see truetype.ts for why): a Type0
// font, Identity-H, over a CIDFontType2 whose CIDs are the subset's glyph ids (CIDToGIDMap
// /Identity), with a /W widths array, a FontDescriptor carrying the subset font (FontFile2) and a
// ToUnicode CMap so copied and extracted text gives back the characters. Glyphs are numbered in
// first-use order, so the same text always gives the same bytes.
import { PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { TrueTypeFont } from './truetype.ts';
import { subsetTrueType } from './truetype-subset.ts';

/** zlib-format deflate from the host (node:zlib); pdf-lib's pure-JS one is used without it */
export type Deflate = (data: Uint8Array) => Uint8Array;

// FontDescriptor flags (PDF 32000-1, 9.8.2): bit 1 fixed pitch, 2 serif, 3 symbolic, 4 script,
// 7 italic. Symbolic because the glyphs are addressed by id, not by a standard encoding.
const FIXED_PITCH = 1 << 0;
const SERIF = 1 << 1;
const SYMBOLIC = 1 << 2;
const SCRIPT = 1 << 3;
const ITALIC = 1 << 6;

const round = (x: number) => Math.round(x * 1000) / 1000;
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

export class EmbeddedFont {
  /** original glyph id of each CID (CID 0 is .notdef) */
  private glyphs: number[] = [0];
  private cidOf = new Map<number, number>([[0, 0]]);
  /** the hex code of each code point already encoded: an array for the BMP, a map above it */
  private codes: string[] = [];
  private astralCodes = new Map<number, string>();
  /** the first code point drawn with each CID, for ToUnicode */
  private unicodeOf: number[] = [];
  private fontRef?: PDFRef;

  constructor(
    private doc: PDFDocument,
    readonly face: TrueTypeFont,
    private deflate?: Deflate,
    /** told once per code point the face cannot draw (white space aside), with the text it came in */
    private onMissing?: (character: string, text: string) => void,
  ) {}

  /** The name pages give the font in their resources. */
  get name(): string {
    return this.face.postscriptName;
  }

  /** The Type0 font object, allocated on first use so that a face never drawn writes nothing. */
  get ref(): PDFRef {
    return (this.fontRef ??= this.doc.context.nextRef());
  }

  /** Hex of the 2-byte codes (CIDs) that draw `text`, registering its glyphs with the subset. */
  encode(text: string): string {
    let hex = '';
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      hex += this.code(cp, text);
    }
    return hex;
  }

  /**
   * The inside of a TJ array drawing `text` with `gap` (a TJ number, spaces around it) after each
   * space that more text follows: "<…> -123 <…>". One pass, for the justified lines of a page.
   */
  encodeSpaced(text: string, gap: string): string {
    let out = '<';
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      out += this.code(cp, text);
      if (cp === 32 && i + 1 < text.length) out += `>${gap}<`;
    }
    return `${out}>`;
  }

  /** The hex code of a code point (`text` is where it appears, for the report of a missing one). */
  private code(cp: number, text: string): string {
    return (cp > 0xffff ? this.astralCodes.get(cp) : this.codes[cp]) ?? this.register(cp, text);
  }

  /** The code of a code point not encoded before: its glyph joins the subset. */
  private register(cp: number, text: string): string {
    const gid = this.face.glyphForCodePoint(cp);
    if (gid === 0 && this.onMissing) {
      const character = String.fromCodePoint(cp);
      if (!/\s/.test(character)) this.onMissing(character, text);
    }
    let cid = this.cidOf.get(gid);
    if (cid === undefined) {
      this.cidOf.set(gid, (cid = this.glyphs.length));
      this.glyphs.push(gid);
    }
    if (cid !== 0) this.unicodeOf[cid] ??= cp;
    const code = hex4(cid);
    if (cp > 0xffff) this.astralCodes.set(cp, code);
    else this.codes[cp] = code;
    return code;
  }

  /** Writes the font objects; call once, after the last `encode`. Does nothing for an unused face. */
  finish(): void {
    if (!this.fontRef) return;
    const { context } = this.doc;
    const face = this.face;
    const scale = 1000 / face.unitsPerEm;
    const subset = subsetTrueType(face, this.glyphs);
    const baseFont = `${subsetTag(face.postscriptName, this.glyphs)}+${face.postscriptName}`;
    const fontFile = this.stream(subset.bytes, { Length1: subset.bytes.length });
    const { xMin, yMin, xMax, yMax } = face.bbox;
    const family = face.familyClass >> 8;
    const flags =
      SYMBOLIC | (face.isFixedPitch ? FIXED_PITCH : 0) | (family >= 1 && family <= 7 ? SERIF : 0) | (family === 10 ? SCRIPT : 0) | (face.isItalic ? ITALIC : 0);
    const descriptor = context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: flags,
      FontBBox: [xMin, yMin, xMax, yMax].map((v) => Math.round(v * scale)),
      ItalicAngle: round(face.italicAngle),
      Ascent: Math.round(face.ascent * scale),
      Descent: Math.round(face.descent * scale),
      CapHeight: Math.round(face.capHeight * scale),
      ...(face.xHeight ? { XHeight: Math.round(face.xHeight * scale) } : {}),
      // No font records its dominant stem width; this is the usual estimate from the weight class.
      StemV: Math.round(50 + (face.weightClass / 65) ** 2),
      FontFile2: fontFile,
    });
    const cidFont = context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: context.register(descriptor),
      CIDToGIDMap: 'Identity',
      W: widthsArray(this.glyphs.map((g) => round(face.advanceWidth(g) * scale))),
    });
    context.assign(
      this.fontRef,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [context.register(cidFont)],
        ToUnicode: this.stream(new TextEncoder().encode(toUnicodeCMap(this.unicodeOf)), {}),
      }),
    );
  }

  private stream(data: Uint8Array, dict: Record<string, number>): PDFRef {
    const { context } = this.doc;
    const stream = this.deflate ? context.stream(this.deflate(data), { ...dict, Filter: 'FlateDecode' }) : context.flateStream(data, dict);
    return context.register(stream);
  }
}

/**
 * The /W array for CIDs 0…n-1: runs of one width as "first last w", the rest as "first [w w …]".
 */
export function widthsArray(widths: readonly number[]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let list: number[] | undefined;
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j++;
    if (j - i >= 2) {
      out.push(i, j, widths[i]!);
      list = undefined;
      i = j + 1;
    } else {
      if (!list) out.push(i, (list = []));
      list.push(widths[i]!);
      i++;
    }
  }
  return out;
}

/** A ToUnicode CMap mapping each CID to its code point (UTF-16BE, surrogate pairs above U+FFFF). */
export function toUnicodeCMap(unicodeOf: readonly (number | undefined)[]): string {
  const entries: string[] = [];
  unicodeOf.forEach((cp, cid) => {
    if (cp !== undefined) entries.push(`<${hex4(cid)}> <${utf16Hex(cp)}>`);
  });
  const blocks: string[] = [];
  // at most 100 mappings per bfchar block (PDF 32000-1, 9.10.3)
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function utf16Hex(cp: number): string {
  if (cp <= 0xffff) return hex4(cp);
  const v = cp - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** Six capital letters derived from the face and its glyph list: the subset prefix of the font name. */
export function subsetTag(name: string, glyphs: readonly number[]): string {
  let h = 0x811c9dc5; // FNV-1a
  const mix = (byte: number) => (h = Math.imul(h ^ byte, 0x01000193) >>> 0);
  for (let i = 0; i < name.length; i++) mix(name.charCodeAt(i) & 0xff);
  for (const g of glyphs) mix(g >> 8), mix(g & 0xff);
  let tag = '';
  for (let i = 0; i < 6; i++, h = Math.floor(h / 26)) tag += String.fromCharCode(65 + (h % 26));
  return tag;
}
