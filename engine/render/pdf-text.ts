// Runtime: any (pure). Writes a page as one compact content stream: rules and boxes first, then
// the text, then the watermark on top. pdf-lib's drawText shapes every string with fontkit
// (GSUB lookups) and wraps it in a dozen operators, and each draw call family adds a stream to
// compress, which made a 40-page agreement take about a second; here each character maps
// straight through the font's cmap (EmbeddedFont: no ligatures, as the layout measured it) and each
// fragment is one "Tm … Tj", or for a justified line one "Tm [… ] TJ" whose numbers widen the
// spaces (the Tw operator would be simpler, but it only widens the one-byte code 32, and these
// fonts use two-byte codes).
import { PDFName, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import type { Face } from './line-break.ts';
import type { Deflate, EmbeddedFont } from './pdf-font.ts';

/**
 * A coordinate with at most two decimals, as the shortest text: the same as
 * (Math.round(x * 100) / 100).toString(), from integers (a page has thousands of these).
 */
export function n(x: number): string {
  const hundredths = Math.round(x * 100);
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  if (frac === 0) return `${sign}${whole}`;
  return frac % 10 === 0 ? `${sign}${whole}.${frac / 10}` : `${sign}${whole}.${frac < 10 ? '0' : ''}${frac}`;
}

/** Resource names of the faces, the same on every page. */
const fontKeys: Record<Face, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };

export class PageWriter {
  private graphics: string[] = [];
  private parts: string[] = ['BT'];
  private overlay: string[] = [];
  /** the faces drawn and the graphics state of the watermark: the page's resources */
  private used = new Set<Face>();
  private watermarkState?: PDFRef;
  private face?: Face;
  private size = 0;
  private gray = 0;

  constructor(
    private doc: PDFDocument,
    private page: PDFPage,
    private fonts: Record<Face, EmbeddedFont>,
    /** a faster deflate (zlib format) from the host, e.g. node:zlib; pdf-lib's own (pako) otherwise */
    private deflate?: Deflate,
  ) {}

  private key(face: Face): string {
    this.used.add(face);
    return `/${fontKeys[face]}`;
  }

  /**
   * Text at (x, y) (baseline, PDF coordinates) in `face` and `size`, filled with grey level `gray`
   * (0 black), with `wordSpacing` points of extra room after each space that another word follows.
   */
  text(s: string, x: number, y: number, size: number, face: Face, gray = 0, wordSpacing = 0): void {
    if (face !== this.face || size !== this.size) {
      this.parts.push(`${this.key(face)} ${n(size)} Tf`);
      this.face = face;
      this.size = size;
    }
    if (gray !== this.gray) {
      this.parts.push(`${n(gray)} g`);
      this.gray = gray;
    }
    const at = `1 0 0 1 ${n(x)} ${n(y)} Tm`;
    if (wordSpacing > 0 && s.includes(' ')) {
      // TJ numbers are thousandths of the font size, subtracted from the advance: negative widens.
      this.parts.push(`${at} [${this.fonts[face].encodeSpaced(s, ` ${n((-wordSpacing * 1000) / size)} `)}] TJ`);
    } else this.parts.push(`${at} <${this.fonts[face].encode(s)}> Tj`);
  }

  /** A horizontal rule from x1 to x2 at height y. */
  rule(x1: number, x2: number, y: number, thickness: number, gray = 0): void {
    this.graphics.push(`q ${n(thickness)} w ${n(gray)} G ${n(x1)} ${n(y)} m ${n(x2)} ${n(y)} l S Q`);
  }

  /** A rectangle outlined in `stroke` grey, filled with `fill` grey when given. */
  rect(x: number, y: number, width: number, height: number, stroke: number, fill?: number): void {
    const paint = fill === undefined ? 'S' : 'B';
    this.graphics.push(`q 0.5 w ${n(stroke)} G ${fill === undefined ? '' : `${n(fill)} g `}${n(x)} ${n(y)} ${n(width)} ${n(height)} re ${paint} Q`);
  }

  /** Text rotated by `angle` radians and drawn at `opacity` above everything else (the draft watermark). */
  rotated(s: string, x: number, y: number, size: number, face: Face, angle: number, opacity: number, gray: number): void {
    this.watermarkState ??= this.doc.context.register(this.doc.context.obj({ Type: 'ExtGState', ca: opacity, CA: opacity }));
    const [c, si] = [Math.cos(angle), Math.sin(angle)];
    this.overlay.push('q', '/GS1 gs', 'BT', `${n(gray)} g`, `${this.key(face)} ${n(size)} Tf`);
    this.overlay.push(`${c.toFixed(4)} ${si.toFixed(4)} ${(-si).toFixed(4)} ${c.toFixed(4)} ${n(x)} ${n(y)} Tm <${this.fonts[face].encode(s)}> Tj`, 'ET', 'Q');
  }

  /**
   * Adds the stream and the page's resources. Set directly: pdf-lib's helpers (newFontDictionary,
   * addContentStream) re-read and normalise the page dictionary on every call, which cost a
   * quarter of the time spent in pdf-lib for a 50-page agreement.
   */
  finish(): void {
    this.parts.push('ET');
    const content = [...this.graphics, ...this.parts, ...this.overlay].join('\n');
    const { context } = this.doc;
    const stream = this.deflate ? context.stream(this.deflate(new TextEncoder().encode(content)), { Filter: 'FlateDecode' }) : context.flateStream(content);
    const fonts = context.obj({});
    for (const face of this.used) fonts.set(PDFName.of(fontKeys[face]), this.fonts[face].ref);
    const resources = context.obj({ Font: fonts });
    if (this.watermarkState) resources.set(PDFName.of('ExtGState'), context.obj({ GS1: this.watermarkState }));
    this.page.node.set(PDFName.of('Resources'), resources);
    this.page.node.set(PDFName.of('Contents'), context.register(stream));
  }
}
