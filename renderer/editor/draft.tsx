// Runtime: browser. The drafting workspace: outline | selected clause or deal pane | completeness.
// Validation runs on every change (it is fast: see `npm run bench`); the assembled tree that
// gives numbers and clause text follows a moment later through useDeferredValue, so typing never
// waits for assembly.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { assemble } from '../../engine/assemble.ts';
import { startingSelection } from '../../engine/new-matter.ts';
import { requirements as requirementsOf } from '../../engine/requirements.ts';
import { validate } from '../../engine/validate.ts';
import { theLibrary, type Matter } from '../model.ts';
import type { FactQuestion } from '../screens/fact-questions.tsx';
import { ClausePane } from './clause-pane.tsx';
import { CompletenessPanel } from './completeness.tsx';
import { DetailsPane, FactsPane, PartiesPane } from './deal-panes.tsx';
import { Outline } from './outline.tsx';
import { clauseMarks, type Pane, type Target } from './targets.ts';

interface DraftProps {
  matter: Matter;
  change: (edit: (m: Matter) => Matter, mergeKey?: string) => void;
  questions: FactQuestion[];
}

export function Draft({ matter, change, questions }: DraftProps) {
  const library = theLibrary();
  const template = library.templates.get(matter.kind)!;
  const findings = useMemo(() => validate(matter, library), [matter, library]);
  const marks = useMemo(() => clauseMarks(findings), [findings]);
  const reqs = useMemo(() => requirementsOf(matter.facts, matter.kind, library), [matter.facts, matter.kind, library]);
  const deferred = useDeferredValue(matter);
  const tree = useMemo(() => assemble(deferred, { draft: true, library }), [deferred, library]);
  const [pane, setPane] = useState<Pane>(() => initialPane());
  const [tab, setTab] = useState<'findings' | 'requirements'>('findings');
  const [focusId, setFocusId] = useState<string | undefined>();

  useEffect(() => {
    if (!focusId) return;
    const el = document.getElementById(focusId);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
    setFocusId(undefined);
  }, [focusId, pane, tab]);

  const jump = (t: Target) => {
    if (t.pane.kind === 'requirements') setTab('requirements');
    else {
      setPane(t.pane);
      history.replaceState(null, '', `${location.pathname}${location.search}${location.hash.split('?')[0]}?at=${paneKey(t.pane)}`);
    }
    setFocusId(t.focusId);
  };

  const addMissing = () =>
    change((m) => {
      const clauses = { ...m.clauses };
      for (const f of validate(m, library))
        if ((f.code === 'provision-missing' || f.code === 'clause-missing') && f.where.clauseId && !clauses[f.where.clauseId]) {
          const c = library.clauses.get(f.where.clauseId);
          if (c) clauses[c.id] = startingSelection(c, m.facts);
        }
      return { ...m, clauses };
    });

  const dealMarks = {
    facts: findings.filter((f) => f.severity === 'blocking' && f.where.field?.startsWith('facts')).length,
    parties: findings.filter((f) => f.severity === 'blocking' && f.where.field?.startsWith('parties')).length,
    details: findings.filter((f) => f.severity === 'blocking' && !f.where.clauseId && (f.where.field?.startsWith('values') || f.where.field === 'documentDate')).length,
  };
  const partyOptions = template.parties.map((p) => ({ value: p.role, label: `the ${p.term}` }));

  let center: React.ReactNode;
  if (pane.kind === 'clause' && library.clauses.get(pane.id)) {
    const clause = library.clauses.get(pane.id)!;
    center = (
      <ClausePane
        key={clause.id}
        clause={clause}
        matter={matter}
        change={change}
        findings={findings.filter((f) => f.where.clauseId === clause.id)}
        mark={marks.get(clause.id) ?? 'complete'}
        requiredBy={reqs.filter((r) => r.clauseIds.includes(clause.id))}
        tree={tree}
        partyOptions={partyOptions}
      />
    );
  } else if (pane.kind === 'parties') center = <PartiesPane matter={matter} template={template} change={change} findings={findings} />;
  else if (pane.kind === 'facts') center = <FactsPane matter={matter} change={change} questions={questions} />;
  else center = <DetailsPane matter={matter} template={template} change={change} findings={findings} />;

  return (
    <div className="draft-workspace">
      <Outline matter={matter} template={template} library={library} tree={tree} marks={marks} pane={pane} onSelect={(p) => jump({ pane: p, focusId: p.kind === 'clause' ? `clause-${p.id}` : undefined })} dealMarks={dealMarks} />
      <main className="center" id="main">
        {center}
      </main>
      <CompletenessPanel findings={findings} requirements={reqs} matter={matter} library={library} marks={marks} onJump={jump} onAddMissing={addMissing} tab={tab} onTab={setTab} />
    </div>
  );
}

function paneKey(p: Pane): string {
  return p.kind === 'clause' ? `clause:${p.id}` : p.kind;
}

/** The pane named in the address (?at=clause:use-of-force), so a reload returns to it. */
function initialPane(): Pane {
  const at = new URLSearchParams(location.hash.split('?')[1] ?? '').get('at') ?? '';
  if (at.startsWith('clause:')) return { kind: 'clause', id: at.slice(7) };
  if (at === 'parties' || at === 'facts' || at === 'details') return { kind: at };
  return { kind: 'parties' };
}
