// Runtime: browser. Draws the engine's Document tree: the same numbers, cross-references and
// defined terms as the DOCX and PDF, because all three render this one tree and none re-numbers.
import type { DocBlock, DocumentTree, Run, Section } from '../model.ts';

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
  switch (b.type) {
    case 'heading': {
      const H = b.level === 1 ? 'h2' : b.level === 2 ? 'h3' : 'h4';
      return (
        <H className={`doc-h${b.level}`} id={b.anchor ? `doc-${b.anchor}` : undefined}>
          {b.number && <span className="doc-num">{b.number}</span>}
          {b.text}
        </H>
      );
    }
    case 'clause':
      return (
        <p className="doc-clause" id={b.anchor ? `doc-${b.anchor}` : undefined}>
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
          <Runs runs={b.runs} />
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

function SectionView({ s }: { s: Section }) {
  if (s.kind === 'toc')
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
  return <DocBlocks blocks={s.blocks} />;
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
      {pagesOf(tree).map((page, i) => (
        <section key={i} className={`sheet${tree.meta.draft ? ' draft' : ''}${page[0]?.kind === 'cover' ? ' cover' : ''}`} aria-label={`Page group ${i + 1}: ${page[0]?.title}`}>
          {page.map((s) => (
            <div key={s.anchor} id={`doc-${s.anchor}`} className={`doc-section ${s.kind}`}>
              <SectionView s={s} />
            </div>
          ))}
          <footer className="sheet-foot" aria-hidden="true">
            {tree.meta.shortTitle} · {tree.meta.confidentiality}
          </footer>
        </section>
      ))}
    </div>
  );
}
