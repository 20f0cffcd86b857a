// Runtime: any (pure). The fonts the PDF embeds, passed in as bytes by main/ (the engine never
// reads files): real glyph metrics for the layout engine. (Characters the fonts cannot draw are
// reported by the encoder in pdf-font.ts as it meets them, so the PDF is refused with a clear
// message instead of printed with empty boxes.)
import type { Face, Measure } from './line-break.ts';
import { TrueTypeFont } from './truetype.ts';

/** The four faces of one family (the project ships DejaVu Serif in assets/fonts/). */
export type FontFiles = Record<Face, Uint8Array>;

export const faces: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface FontMetrics {
  measure: Measure;
  /** height of the ascender above the baseline, per point of font size */
  ascent: number;
}

const opened = new WeakMap<Uint8Array, TrueTypeFont>();
/** The faces read as TrueType, each file read once however often it is asked for (metrics and embedding share them). */
export function openFaces(files: FontFiles): Record<Face, TrueTypeFont> {
  const open = (bytes: Uint8Array) => {
    let font = opened.get(bytes);
    if (!font) opened.set(bytes, (font = new TrueTypeFont(bytes)));
    return font;
  };
  return Object.fromEntries(faces.map((f) => [f, open(files[f])])) as Record<Face, TrueTypeFont>;
}

export function fontMetrics(files: FontFiles): FontMetrics {
  const fonts = openFaces(files);
  // Advance widths per face and code point, in font units; text width is their sum (the PDF draws
  // each character's cmap glyph at its advance width: no kerning, no ligatures).
  // A table for the BMP (-1: not looked up yet), a map above it: every word of the document is
  // measured, on cold code, and an indexed load is cheaper there than a Map lookup.
  const advance = Object.fromEntries(faces.map((f) => [f, new Int32Array(0x10000).fill(-1)])) as Record<Face, Int32Array>;
  const astralAdvance = Object.fromEntries(faces.map((f) => [f, new Map<number, number>()])) as Record<Face, Map<number, number>>;
  const scale = Object.fromEntries(faces.map((f) => [f, 1 / fonts[f].unitsPerEm])) as Record<Face, number>;
  const lookUp = (face: Face, cp: number) => fonts[face].advanceWidth(fonts[face].glyphForCodePoint(cp));
  const measure: Measure = (text, face, size) => {
    const table = advance[face];
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff) {
        const full = text.codePointAt(i)!;
        if (full > 0xffff) {
          // a surrogate pair: one code point above the BMP
          i++;
          let w = astralAdvance[face].get(full);
          if (w === undefined) astralAdvance[face].set(full, (w = lookUp(face, full)));
          units += w;
          continue;
        }
      }
      let w = table[cp]!;
      if (w < 0) table[cp] = w = lookUp(face, cp);
      units += w;
    }
    return units * scale[face] * size;
  };
  const regular = fonts.regular;
  return {
    measure,
    ascent: regular.ascent / regular.unitsPerEm,
  };
}
