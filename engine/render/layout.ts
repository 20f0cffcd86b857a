// Runtime: any (pure). The page layout engine behind the PDF: pdf-lib only draws, so line
// breaking, justification and pagination happen here. It knows nothing about fonts beyond a
// `measure` function passed in (real font metrics in the renderer, simple ones in unit tests),
// and nothing about contracts: it places paragraphs, boxes and table rows on pages.
import { breakLines, type Line, type Measure, type Span } from './line-break.ts';

export type { Face, Fragment, Line, Measure, Span } from './line-break.ts';

export interface BlockCommon {
  spaceBefore?: number;
  spaceAfter?: number;
  /** stay on the same page as the start of the next block (headings) */
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
  /** a bookmark target: its page and position are reported in `LayoutResult.anchors` */
  anchor?: string;
}

export interface ParagraphSpec extends BlockCommon {
  type: 'paragraph';
  spans: Span[];
  size: number;
  /** distance between baselines, in points */
  lineHeight: number;
  /** left indent of every line, from the left margin */
  indent?: number;
  /** a hanging label ("12.3", "(a)") drawn at `labelAt`, on the first line */
  label?: { text: string; face: Span['face']; at: number };
  align?: 'justify' | 'left' | 'center' | 'right';
  /** never split across pages (short paragraphs are never split anyway: widow/orphan rule) */
  keepTogether?: boolean;
}

/** Something the renderer draws itself (a signature block): placed whole, never split. */
export interface BoxSpec<P = unknown> extends BlockCommon {
  type: 'box';
  height: number;
  payload: P;
}

/** One table row: cells wrapped to their widths; rows never split; `header` repeats on new pages. */
export interface RowSpec extends BlockCommon {
  type: 'row';
  cells: { spans: Span[]; x: number; width: number }[];
  size: number;
  lineHeight: number;
  padding: number;
  header?: RowSpec;
  /** the renderer shades header rows */
  isHeader?: boolean;
}

export type BlockSpec = ParagraphSpec | BoxSpec | RowSpec;

export interface PageGeometry {
  /** width of the text column */
  width: number;
  /** height of the text column */
  height: number;
}

export type Placed =
  | { type: 'line'; top: number; line: Line; size: number; label?: ParagraphSpec['label']; lineHeight: number }
  | { type: 'box'; top: number; height: number; payload: unknown }
  | { type: 'row'; top: number; height: number; spec: RowSpec; cells: Line[][] };

export interface LayoutResult {
  pages: Placed[][];
  /** anchor -> page index (0-based) and distance from the top of the text column */
  anchors: Map<string, { page: number; top: number }>;
}

/** Lines kept together at a page break: no single first line at a page foot, no single last line at a head. */
const ORPHANS = 2;
const WIDOWS = 2;

interface Prepared {
  spec: BlockSpec;
  /** height of each unsplittable piece (lines of a paragraph; one piece for box or row) */
  pieces: number[];
  lines?: Line[];
  cells?: Line[][];
}

function prepare(spec: BlockSpec, geometry: PageGeometry, measure: Measure): Prepared {
  if (spec.type === 'box') return { spec, pieces: [spec.height] };
  if (spec.type === 'row') {
    const cells = spec.cells.map((c) => breakLines(c.spans, c.width - 2 * spec.padding, spec.size, measure, 'left', c.x + spec.padding));
    const lines = Math.max(1, ...cells.map((c) => c.length));
    return { spec, pieces: [lines * spec.lineHeight + 2 * spec.padding], cells };
  }
  const indent = spec.indent ?? 0;
  const lines = breakLines(spec.spans, geometry.width - indent, spec.size, measure, spec.align ?? 'justify', indent);
  return { spec, lines, pieces: lines.map(() => spec.lineHeight) };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The least height a block needs on a page to start there without breaking the widow/orphan rules. */
function minimumStart(p: Prepared): number {
  if (p.spec.type !== 'paragraph' || p.spec.keepTogether || p.pieces.length < ORPHANS + WIDOWS) return sum(p.pieces);
  return sum(p.pieces.slice(0, ORPHANS));
}

export function layout(specs: BlockSpec[], geometry: PageGeometry, measure: Measure): LayoutResult {
  const blocks = specs.map((s) => prepare(s, geometry, measure));
  const pages: Placed[][] = [[]];
  const anchors = new Map<string, { page: number; top: number }>();
  let y = 0;
  const page = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push([]);
    y = 0;
  };
  const remaining = () => geometry.height - y;

  /** What must fit below the current position for block i to start here, keep-with-next chains included. */
  const needed = (i: number): number => {
    const b = blocks[i]!;
    let h = (y === 0 ? 0 : (b.spec.spaceBefore ?? 0)) + (b.spec.keepWithNext ? sum(b.pieces) : minimumStart(b));
    let j = i;
    while (blocks[j]?.spec.keepWithNext && blocks[j + 1]) {
      const next = blocks[j + 1]!;
      if (next.spec.pageBreakBefore) break;
      h += (blocks[j]!.spec.spaceAfter ?? 0) + (next.spec.spaceBefore ?? 0) + (next.spec.keepWithNext ? sum(next.pieces) : minimumStart(next));
      j++;
    }
    return h;
  };

  blocks.forEach((b, i) => {
    const spec = b.spec;
    if (spec.pageBreakBefore && page().length > 0) newPage();
    else if (page().length > 0 && needed(i) > remaining()) {
      // Move the block (and what it keeps with) to a new page, unless it could not fit on any page.
      const fresh = needed(i) - (spec.spaceBefore ?? 0);
      if (fresh <= geometry.height) newPage();
    }
    if (y > 0) y += spec.spaceBefore ?? 0;
    if (spec.anchor) anchors.set(spec.anchor, { page: pages.length - 1, top: y });

    if (spec.type === 'box') {
      page().push({ type: 'box', top: y, height: spec.height, payload: spec.payload });
      y += spec.height;
    } else if (spec.type === 'row') {
      const height = b.pieces[0]!;
      if (y + height > geometry.height && page().length > 0) newPage();
      if (y === 0 && spec.header) {
        const header = prepare(spec.header, geometry, measure);
        page().push({ type: 'row', top: 0, height: header.pieces[0]!, spec: spec.header, cells: header.cells! });
        y += header.pieces[0]!;
      }
      page().push({ type: 'row', top: y, height, spec, cells: b.cells! });
      y += height;
    } else placeParagraph(b);
    y += spec.spaceAfter ?? 0;
  });

  function placeParagraph(b: Prepared) {
    const spec = b.spec as ParagraphSpec;
    const lines = b.lines!;
    let next = 0;
    while (next < lines.length) {
      const fit = Math.floor((remaining() + 1e-6) / spec.lineHeight);
      const left = lines.length - next;
      let take = Math.min(fit, left);
      if (take < left) {
        // A break inside the paragraph: keep at least ORPHANS lines here and WIDOWS lines over the page.
        const splittable = !spec.keepTogether && left >= ORPHANS + WIDOWS;
        take = splittable ? Math.min(take, left - WIDOWS) : 0;
        if (take < ORPHANS) take = 0;
        if (take === 0) {
          if (page().length > 0) {
            newPage();
            continue;
          }
          // Taller than a whole page: split where the page ends.
          take = Math.max(1, fit);
        }
      }
      for (let k = 0; k < take; k++) {
        const line = lines[next + k]!;
        const placed: Placed = { type: 'line', top: y, line, size: spec.size, lineHeight: spec.lineHeight };
        if (next + k === 0 && spec.label) placed.label = spec.label;
        page().push(placed);
        y += spec.lineHeight;
      }
      next += take;
      if (next < lines.length) newPage();
    }
  }

  if (pages.length > 1 && page().length === 0) pages.pop();
  return { pages, anchors };
}
