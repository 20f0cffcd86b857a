// Runtime: browser. Draws the engine's Document tree: the same numbers, cross-references and
// defined terms as the DOCX and PDF, because all three render this one tree and none re-numbers.
import { createContext, useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocBlock, DocumentTree, Run, Section } from '../model.ts';

/** false inside the hidden copy used to measure page breaks, so anchors stay unique */
const WithIds = createContext(true);
const useAnchor = (anchor: string | undefined) => (useContext(WithIds) && anchor ? `doc-${anchor}` : undefined);

export function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: React.ReactNode = r.text;
        if (r.bold) node = <strong>{node}</strong>;
        if (r.italic) node = <em>{node}</em>;
        if (r.missing) node = <mark className="missing-value">{node}</mark>;
        if (r.ref) node = <a href={`#${r.ref}`} onClick={(e) => { e.preventDefault(); document.getElementById(`doc-${r.ref}`)?.scrollIntoView({ block: 'start' }); }}>{node}</a>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function Block({ b }: { b: DocBlock }) {
  const id = useAnchor('anchor' in b ? b.anchor : undefined);
  switch (b.type) {
    case 'heading': {
      const H = b.level === 1 ? 'h2' : b.level === 2 ? 'h3' : 'h4';
      return (
        <H className={`doc-h${b.level}`} id={id}>
          {b.number && <span className="doc-num">{b.number}</span>}
          {b.text}
        </H>
      );
    }
    case 'clause':
      return (
        <p className="doc-clause" id={id}>
          <span className="doc-num">{b.number}</span>
          <span>
            {b.title && <strong className="runin">{b.title}. </strong>}
            <Runs runs={b.runs} />
          </span>
        </p>
      );
    case 'item':
      return (
        <p className={`doc-item depth-${b.depth}`}>
          <span className="doc-num">{b.number}</span>
          <span>
            <Runs runs={b.runs} />
          </span>
        </p>
      );
    case 'paragraph':
      return (
        <p className={`doc-p ${b.style ?? 'body'}`}>
          {b.number && <span className="doc-num">{b.number}</span>}
          <span>
            <Runs runs={b.runs} />
          </span>
        </p>
      );
    case 'definition':
      return (
        <p className="doc-def">
          <strong>“{b.term}”</strong> <Runs runs={b.runs} />
        </p>
      );
    case 'table':
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {b.header.map((h, i) => (
                <th key={i} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {b.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>
                    <Runs runs={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {Array.from({ length: b.blankRows }, (_, i) => (
              <tr key={`blank-${i}`} className="blank">
                {b.header.map((_, j) => (
                  <td key={j}>&nbsp;</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'signatures':
      return (
        <div className="doc-signatures">
          {b.blocks.map((s) => (
            <div key={s.fieldName} className="sig">
              <p>
                Signed for and on behalf of <strong>{s.partyName}</strong> (the “{s.term}”)
              </p>
              <div className="sig-line" aria-hidden="true" />
              <p>
                {s.signatoryName}
                <br />
                {s.signatoryTitle}
              </p>
              <p className="muted">Date: ______________</p>
              {s.witness && <p className="muted">Witness: ______________</p>}
            </div>
          ))}
        </div>
      );
  }
}

export function DocBlocks({ blocks }: { blocks: DocBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} b={b} />
      ))}
    </>
  );
}

function TocView({ s }: { s: Section }) {
  return (
    <>
      <h2 className="doc-h1">Contents</h2>
      <ol className="doc-toc">
        {(s.toc ?? []).map((t) => (
          <li key={t.anchor}>
            <a href={`#${t.anchor}`} onClick={(e) => { e.preventDefault(); document.getElementById(`doc-${t.anchor}`)?.scrollIntoView({ block: 'start' }); }}>
              {t.number && <span className="doc-num">{t.number}</span>}
              {t.title}
            </a>
          </li>
        ))}
      </ol>
    </>
  );
}

/** One unit of page layout: a block, or a whole contents list; `anchor` marks a section start. */
interface Piece {
  key: string;
  node: React.ReactNode;
  heading: boolean;
  anchor?: string;
}

function piecesOf(sections: Section[]): Piece[] {
  return sections.flatMap((s) => {
    if (s.kind === 'toc') return [{ key: s.anchor, node: <TocView s={s} />, heading: false, anchor: s.anchor }];
    // the section's anchor goes on its first piece, unless its first block already carries it
    const first = s.blocks[0];
    const anchorHere = !(first && 'anchor' in first && first.anchor === s.anchor);
    return s.blocks.map((b, i) => ({ key: `${s.anchor}-${i}`, node: <Block b={b} />, heading: b.type === 'heading', ...(i === 0 && anchorHere ? { anchor: s.anchor } : {}) }));
  });
}

/** Usable height of an A4 sheet in CSS pixels: 297 mm less the 25 mm and 20 mm margins. */
const pageContentPx = ((297 - 45) * 96) / 25.4;

/**
 * Splits pieces into pages by measuring them in a hidden sheet of the same width and type.
 * The breaks are approximate (the browser's fonts are not the PDF's); the numbering is exact.
 */
function usePageBreaks(pieces: Piece[]) {
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<Piece[][]>([pieces]);
  useLayoutEffect(() => {
    const box = measure.current;
    if (!box) return;
    const kids = [...box.children] as HTMLElement[];
    const out: Piece[][] = [[]];
    let pageTop = kids[0]?.offsetTop ?? 0;
    kids.forEach((el, i) => {
      const bottom = el.offsetTop + el.offsetHeight;
      const current = out[out.length - 1]!;
      if (bottom - pageTop > pageContentPx && current.length) {
        // keep a heading with what follows it
        const carry = current.length > 1 && current[current.length - 1]!.heading ? [current.pop()!] : [];
        out.push([...carry, pieces[i]!]);
        pageTop = (carry.length ? (kids[i - 1]?.offsetTop ?? el.offsetTop) : el.offsetTop);
      } else current.push(pieces[i]!);
    });
    setPages(out);
  }, [pieces]);
  return { measure, pages };
}

function SheetGroup({ sections, draft, foot }: { sections: Section[]; draft: boolean; foot: string }) {
  const pieces = useMemo(() => piecesOf(sections), [sections]);
  const { measure, pages } = usePageBreaks(pieces);
  return (
    <>
      {pages.map((page, i) => (
        <section key={i} className={`sheet${draft ? ' draft' : ''}${sections[0]?.kind === 'cover' ? ' cover' : ''}`} aria-label="Page">
          {page.map((p) => (
            <div key={p.key} id={p.anchor ? `doc-${p.anchor}` : undefined}>
              {p.node}
            </div>
          ))}
          <footer className="sheet-foot" aria-hidden="true">
            <span>{foot}</span>
            <span className="page-number" />
          </footer>
        </section>
      ))}
      <div className="sheet measuring" aria-hidden="true" ref={measure}>
        <WithIds.Provider value={false}>
          {pieces.map((p) => (
            <div key={p.key}>{p.node}</div>
          ))}
        </WithIds.Provider>
      </div>
    </>
  );
}

/** Sections grouped into sheets: a section that starts a new page starts a new sheet. */
export function pagesOf(tree: DocumentTree): Section[][] {
  const pages: Section[][] = [];
  for (const s of tree.sections) {
    if (s.newPage || pages.length === 0) pages.push([s]);
    else pages[pages.length - 1]!.push(s);
  }
  return pages;
}

export function DocumentView({ tree }: { tree: DocumentTree }) {
  return (
    <div className="document" lang="en-GB">
      {pagesOf(tree).map((g, i) => (
        <SheetGroup key={`${i}-${g[0]?.anchor}`} sections={g} draft={tree.meta.draft} foot={`${tree.meta.shortTitle} · ${tree.meta.confidentiality}`} />
      ))}
    </div>
  );
}
