// Runtime: any (pure). The fonts the PDF embeds, passed in as bytes by main/ (the engine never
// reads files): real glyph metrics for the layout engine, and a coverage check so that a
// character the fonts cannot draw fails with a clear message instead of an empty box.
import type { Face, Measure } from './line-break.ts';
import { TrueTypeFont } from './truetype.ts';

/** The four faces of one family (the project ships DejaVu Serif in assets/fonts/). */
export type FontFiles = Record<Face, Uint8Array>;

export const faces: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

export interface FontMetrics {
  measure: Measure;
  /** height of the ascender above the baseline, per point of font size */
  ascent: number;
  /** characters of `text` the face cannot draw */
  missing(text: string, face: Face): string[];
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
  const advance = Object.fromEntries(faces.map((f) => [f, new Map<number, number>()])) as Record<Face, Map<number, number>>;
  const scale = Object.fromEntries(faces.map((f) => [f, 1 / fonts[f].unitsPerEm])) as Record<Face, number>;
  const measure: Measure = (text, face, size) => {
    const cache = advance[face];
    let units = 0;
    for (let i = 0; i < text.length; i++) {
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      let w = cache.get(cp);
      if (w === undefined) {
        const font = fonts[face];
        w = font.advanceWidth(font.glyphForCodePoint(cp));
        cache.set(cp, w);
      }
      units += w;
    }
    return units * scale[face] * size;
  };
  const regular = fonts.regular;
  const covered = Object.fromEntries(faces.map((f) => [f, new Map<number, boolean>()])) as Record<Face, Map<number, boolean>>;
  return {
    measure,
    ascent: regular.ascent / regular.unitsPerEm,
    missing(text, face) {
      let out: string[] | undefined;
      const known = covered[face];
      for (const c of text) {
        const cp = c.codePointAt(0)!;
        let ok = known.get(cp);
        if (ok === undefined) known.set(cp, (ok = /\s/.test(c) || fonts[face].hasGlyphForCodePoint(cp)));
        if (!ok && !out?.includes(c)) (out ??= []).push(c);
      }
      return out ?? [];
    },
  };
}
