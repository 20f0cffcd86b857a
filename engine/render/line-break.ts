// Runtime: any (pure). Breaking styled text into lines of a given width: greedy first-fit on
// spaces (a non-breaking space never breaks), words longer than a line are cut between
// characters, "\n" forces a break, and justified lines spread the extra room over the gaps.
// Written with plain indexed loops and few intermediate objects: an export runs this once, on
// cold code, over every word of a 50-page agreement, and iterators, callbacks and per-word
// strings made up a third of everything such a run allocated (and of its garbage collection).

export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

export interface Span {
  text: string;
  face: Face;
  /** an internal link target (a resolved cross-reference) */
  link?: string;
}

/** Width in points of `text` in `face` at `size` points. */
export type Measure = (text: string, face: Face, size: number) => number;

/** A piece of a line in one face, at `x` points from the left margin; `width` includes the line's word spacing after each of its spaces. */
export interface Fragment {
  text: string;
  face: Face;
  x: number;
  width: number;
  link?: string;
}

export interface Line {
  fragments: Fragment[];
  /** width of the text before justification */
  natural: number;
  /**
   * Room added after each space between words to justify the line (0 when not justified). The
   * words of a face stay one fragment, so the PDF draws a line as one text operation with the
   * extra room as spacing adjustments, not one positioned operation per word.
   */
  wordSpacing: number;
}

interface Piece {
  text: string;
  face: Face;
  link?: string;
  /** width in points at the line's size */
  width: number;
}

interface Word {
  pieces: Piece[];
  width: number;
  /** the space before this word (its face decides its width); 0 at a line start */
  spaceBefore: number;
  /** true when a "\n" comes before this word */
  hardBreak: boolean;
}

const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;

function words(spans: Span[], size: number, measure: Measure): Word[] {
  const out: Word[] = [];
  let current: Word | null = null;
  let pendingSpace = 0;
  let pendingBreak = false;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s]!;
    const text = span.text;
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === NEWLINE) {
        // a run of breaking white space: it ends the word; spaces in it count as one
        current = null;
        let spaced = false;
        for (; i < n && ((c = text.charCodeAt(i)) === SPACE || c === TAB || c === NEWLINE); i++) {
          if (c === NEWLINE) pendingBreak = true;
          else spaced = true;
        }
        if (spaced) pendingSpace = measure(' ', span.face, size);
        continue;
      }
      let j = i + 1;
      while (j < n && (c = text.charCodeAt(j)) !== SPACE && c !== TAB && c !== NEWLINE) j++;
      const part = i === 0 && j === n ? text : text.slice(i, j);
      i = j;
      const piece: Piece = span.link ? { text: part, face: span.face, link: span.link, width: 0 } : { text: part, face: span.face, width: 0 };
      if (!current) {
        // created with its first piece: an array literal of one, where push would reserve room for 17
        current = { pieces: [piece], width: 0, spaceBefore: pendingSpace, hardBreak: pendingBreak };
        out.push(current);
        pendingSpace = 0;
        pendingBreak = false;
        continue;
      }
      // A word may run across spans (a bold defined term and its comma): one piece per face and link.
      const pieces: Piece[] = current.pieces;
      const last = pieces[pieces.length - 1]!;
      if (last.face === span.face && last.link === span.link) last.text += part;
      else pieces.push(piece);
    }
  }
  for (let w = 0; w < out.length; w++) {
    const word = out[w]!;
    let total = 0;
    for (let k = 0; k < word.pieces.length; k++) {
      const p = word.pieces[k]!;
      total += p.width = measure(p.text, p.face, size);
    }
    word.width = total;
  }
  return out;
}

/** Cuts a word wider than `width` into chunks that fit, between characters. */
function cut(word: Word, width: number, size: number, measure: Measure): Word[] {
  const chunks: Word[] = [];
  let chunk: Word = { pieces: [], width: 0, spaceBefore: word.spaceBefore, hardBreak: word.hardBreak };
  for (const piece of word.pieces) {
    for (const c of piece.text) {
      const w = measure(c, piece.face, size);
      if (chunk.width + w > width && chunk.width > 0) {
        chunks.push(chunk);
        chunk = { pieces: [], width: 0, spaceBefore: 0, hardBreak: false };
      }
      const last = chunk.pieces[chunk.pieces.length - 1];
      if (last && last.face === piece.face && last.link === piece.link) {
        last.text += c;
        last.width = measure(last.text, last.face, size);
      } else chunk.pieces.push({ ...piece, text: c, width: w });
      chunk.width += w;
    }
  }
  chunks.push(chunk);
  return chunks;
}

/**
 * One line of words ws[from..to): its fragments (one per run of words in the same face and link,
 * the space after each word kept in the text) and, for a justified line, the extra word spacing.
 */
function lineOf(ws: Word[], from: number, to: number, justify: boolean, width: number, align: 'justify' | 'left' | 'center' | 'right', offset: number): Line {
  let natural = 0;
  for (let i = from; i < to; i++) natural += ws[i]!.width + (i > from ? ws[i]!.spaceBefore : 0);
  const slack = Math.max(0, width - natural);
  const stretch = justify && to - from > 1 ? slack / (to - from - 1) : 0;
  let x = offset + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
  const fragments: Fragment[] = [];
  let open: Fragment | undefined;
  let texts: string[] = [];
  for (let i = from; i < to; i++) {
    const w = ws[i]!;
    if (i > from) x += w.spaceBefore + stretch;
    let px = x;
    for (let k = 0; k < w.pieces.length; k++) {
      const p = w.pieces[k]!;
      // The space after a word is kept in its text so copied and extracted text has real spaces.
      const next = k === w.pieces.length - 1 && i + 1 < to ? ws[i + 1] : undefined;
      const width = p.width + (next ? next.spaceBefore + stretch : 0);
      if (!(open && open.face === p.face && open.link === p.link && Math.abs(open.x + open.width - px) < 0.01)) {
        if (open) open.text = texts.join('');
        open = { text: '', face: p.face, x: px, width: 0 };
        if (p.link) open.link = p.link;
        fragments.push(open);
        texts = [];
      }
      texts.push(p.text);
      if (next) texts.push(' ');
      open.width += width;
      px += p.width;
    }
    x += w.width;
  }
  if (open) open.text = texts.join('');
  return { fragments, natural, wordSpacing: stretch };
}

export function breakLines(
  spans: Span[],
  width: number,
  size: number,
  measure: Measure,
  align: 'justify' | 'left' | 'center' | 'right',
  offset = 0,
): Line[] {
  let all = words(spans, size, measure);
  if (all.some((w) => w.width > width)) all = all.flatMap((w) => (w.width > width ? cut(w, width, size, measure) : [w]));
  const lines: Line[] = [];
  let from = 0;
  let used = 0;
  for (let i = 0; i < all.length; i++) {
    const w = all[i]!;
    if (i > from && (w.hardBreak || used + w.spaceBefore + w.width > width)) {
      // a line ended by a forced break is not justified, like a paragraph's last line
      lines.push(lineOf(all, from, i, align === 'justify' && !w.hardBreak, width, align, offset));
      from = i;
      used = 0;
    }
    used += (i > from ? w.spaceBefore : 0) + w.width;
  }
  lines.push(lineOf(all, from, all.length, false, width, align, offset));
  return lines;
}
