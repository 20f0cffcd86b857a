// Runtime: any (pure). Breaking styled text into lines of a given width: greedy first-fit on
// spaces (a non-breaking space never breaks), words longer than a line are cut between
// characters, "\n" forces a break, and justified lines spread the extra room over the gaps.

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
}

interface Word {
  pieces: Piece[];
  width: number;
  /** the space before this word (its face decides its width); 0 at a line start */
  spaceBefore: number;
  /** true when a "\n" comes before this word */
  hardBreak: boolean;
}

/** Breaking white space: spaces, tabs and forced line breaks (a non-breaking space is none of these). */
const WHITE = /[ \t\n]+/g;

function words(spans: Span[], size: number, measure: Measure): Word[] {
  const out: Word[] = [];
  let current: Word | null = null;
  let pendingSpace = 0;
  let pendingBreak = false;
  for (const span of spans) {
    const text = span.text;
    let at = 0;
    WHITE.lastIndex = 0;
    for (;;) {
      const m = WHITE.exec(text);
      const end = m ? m.index : text.length;
      if (end > at) {
        const piece = at === 0 && end === text.length ? text : text.slice(at, end);
        if (!current) {
          current = { pieces: [], width: 0, spaceBefore: pendingSpace, hardBreak: pendingBreak };
          out.push(current);
          pendingSpace = 0;
          pendingBreak = false;
        }
        // A word may run across spans (a bold defined term and its comma): one piece per face and link.
        const last = current.pieces[current.pieces.length - 1];
        if (last && last.face === span.face && last.link === span.link) last.text += piece;
        else current.pieces.push(span.link ? { text: piece, face: span.face, link: span.link } : { text: piece, face: span.face });
      }
      if (!m) break;
      current = null;
      const white = m[0];
      if (white.includes('\n')) pendingBreak = true;
      // a run of spaces counts as one, in the face it is set in
      if (white.includes(' ') || white.includes('\t')) pendingSpace = measure(' ', span.face, size);
      at = end + white.length;
    }
  }
  for (const w of out) {
    let total = 0;
    for (const p of w.pieces) total += measure(p.text, p.face, size);
    w.width = total;
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
      if (last && last.face === piece.face && last.link === piece.link) last.text += c;
      else chunk.pieces.push({ ...piece, text: c });
      chunk.width += w;
    }
  }
  chunks.push(chunk);
  return chunks;
}

export function breakLines(
  spans: Span[],
  width: number,
  size: number,
  measure: Measure,
  align: 'justify' | 'left' | 'center' | 'right',
  offset = 0,
): Line[] {
  const all: Word[] = [];
  for (const w of words(spans, size, measure)) {
    if (w.width > width) all.push(...cut(w, width, size, measure));
    else all.push(w);
  }
  const rows: { words: Word[]; endsHard: boolean }[] = [];
  let row: Word[] = [];
  let used = 0;
  for (const w of all) {
    const gap = row.length ? w.spaceBefore : 0;
    if (row.length && (w.hardBreak || used + gap + w.width > width)) {
      rows.push({ words: row, endsHard: w.hardBreak });
      row = [];
      used = 0;
    }
    used += (row.length ? w.spaceBefore : 0) + w.width;
    row.push(w);
  }
  rows.push({ words: row, endsHard: true });

  return rows.map(({ words: ws, endsHard }, index) => {
    const natural = ws.reduce((a, w, i) => a + w.width + (i ? w.spaceBefore : 0), 0);
    const slack = Math.max(0, width - natural);
    const isLast = index === rows.length - 1 || endsHard;
    const stretch = align === 'justify' && !isLast && ws.length > 1 ? slack / (ws.length - 1) : 0;
    let x = offset + (align === 'center' ? slack / 2 : align === 'right' ? slack : 0);
    const fragments: Fragment[] = [];
    ws.forEach((w, i) => {
      if (i) x += w.spaceBefore + stretch;
      let px = x;
      w.pieces.forEach((p, k) => {
        const pw = measure(p.text, p.face, size);
        // The space after a word is kept in its text so copied and extracted text has real spaces.
        const next = k === w.pieces.length - 1 ? ws[i + 1] : undefined;
        const text = next ? p.text + ' ' : p.text;
        const width = pw + (next ? next.spaceBefore + stretch : 0);
        const prev = fragments[fragments.length - 1];
        if (prev && prev.face === p.face && prev.link === p.link && Math.abs(prev.x + prev.width - px) < 0.01) {
          prev.text += text;
          prev.width += width;
        } else {
          const f: Fragment = { text, face: p.face, x: px, width };
          if (p.link) f.link = p.link;
          fragments.push(f);
        }
        px += pw;
      });
      x += w.width;
    });
    return { fragments, natural, wordSpacing: stretch };
  });
}
