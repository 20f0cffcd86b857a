// Runtime: browser. The outline of the document: deal details first, then every article with
// its clauses and every annex, each with its number (taken from the assembled tree, so it is
// the number the exports print) and a status mark.
import type { DocumentTree, Matter, Template, Library } from '../model.ts';
import { markLabels, type ClauseMark, type Pane } from './targets.ts';

interface OutlineProps {
  matter: Matter;
  template: Template;
  library: Library;
  tree: DocumentTree;
  marks: Map<string, ClauseMark>;
  pane: Pane;
  onSelect: (pane: Pane) => void;
  dealMarks: { facts: number; parties: number; details: number };
}

/** clause id → its printed number ("12.3", "Annex 2"), from the assembled tree */
function numbersOf(tree: DocumentTree): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of tree.sections) {
    if (s.kind === 'annex') out.set(s.anchor.replace(/^c-/, ''), `Annex ${s.number}`);
    for (const b of s.blocks) if (b.type === 'clause' && b.clauseId && !out.has(b.clauseId)) out.set(b.clauseId, b.number);
  }
  return out;
}

export function Outline({ matter, template, library, tree, marks, pane, onSelect, dealMarks }: OutlineProps) {
  const numbers = numbersOf(tree);
  const isCurrent = (p: Pane) => pane.kind === p.kind && (p.kind !== 'clause' || (pane.kind === 'clause' && pane.id === p.id));
  const item = (p: Pane, label: React.ReactNode, mark: ClauseMark, number?: string, key?: string) => (
    <li key={key}>
      <button type="button" className={`outline-item mark-${mark}`} aria-current={isCurrent(p) ? 'true' : undefined} onClick={() => onSelect(p)}>
        <span className="mark" aria-hidden="true" />
        {number && <span className="num">{number}</span>}
        <span className="label">
          {label}
          <span className="visually-hidden">, {markLabels[mark]}</span>
        </span>
      </button>
    </li>
  );
  const deal = (n: number): ClauseMark => (n > 0 ? 'blocking' : 'complete');
  const clauseItem = (id: string) => {
    const clause = library.clauses.get(id);
    if (!clause) return null;
    const included = !!matter.clauses[id];
    return item({ kind: 'clause', id }, clause.title, included ? (marks.get(id) ?? 'complete') : 'excluded', included ? numbers.get(id) : undefined, id);
  };
  return (
    <nav className="outline" aria-label="Document outline">
      <h2 className="pane-title">Outline</h2>
      <ul>
        {item({ kind: 'facts' }, 'Engagement facts', deal(dealMarks.facts), undefined, 'facts')}
        {item({ kind: 'parties' }, 'Parties', deal(dealMarks.parties), undefined, 'parties')}
        {item({ kind: 'details' }, 'Deal terms and details', deal(dealMarks.details), undefined, 'details')}
      </ul>
      {template.articles.map((a) => {
        const articleNo = tree.sections.find((s) => s.kind === 'article' && s.anchor === `art-${a.id}`)?.number;
        return (
          <section key={a.id} className="outline-article">
            <h3>
              {articleNo && <span className="num">{articleNo}.</span>} {a.title}
            </h3>
            <ul>{a.slots.map((s) => clauseItem(s.clause))}</ul>
          </section>
        );
      })}
      <section className="outline-article">
        <h3>Annexes</h3>
        <ul>{template.annexes.map((s) => clauseItem(s.clause))}</ul>
      </section>
    </nav>
  );
}
