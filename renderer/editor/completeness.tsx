// Runtime: browser. The completeness panel: blocking findings and warnings, grouped, each a
// link to the place to fix it; and the requirements view (requirement of the standards → the
// clause that meets it → its status). Re-rendered on every keystroke from the live findings.
import { useLayoutEffect, useState } from 'react';
import type { Requirement } from '../../engine/requirements.ts';
import type { Finding, Library, Matter } from '../model.ts';
import { markPanelCommitted } from '../perf.ts';
import { markLabels, targetOf, type ClauseMark, type Target } from './targets.ts';

interface Props {
  findings: Finding[];
  requirements: Requirement[];
  matter: Matter;
  library: Library;
  marks: Map<string, ClauseMark>;
  onJump: (t: Target) => void;
  onAddMissing: () => void;
  tab: 'findings' | 'requirements';
  onTab: (t: 'findings' | 'requirements') => void;
}

const groups: { severity: Finding['severity']; title: string }[] = [
  { severity: 'blocking', title: 'Blocking' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

function placeOf(f: Finding, library: Library): string {
  if (f.where.clauseId) return library.clauses.get(f.where.clauseId)?.title ?? f.where.clauseId;
  if (f.where.field?.startsWith('parties')) return 'Parties';
  if (f.where.field?.startsWith('facts')) return 'Engagement facts';
  return 'Deal terms and details';
}

export function CompletenessPanel({ findings, requirements, matter, library, marks, onJump, onAddMissing, tab, onTab }: Props) {
  useLayoutEffect(() => markPanelCommitted());
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const missingClauses = findings.filter((f) => (f.code === 'provision-missing' || f.code === 'clause-missing') && f.where.clauseId && !matter.clauses[f.where.clauseId]).length;
  const [open, setOpen] = useState<Record<string, boolean>>({ blocking: true, warning: true, info: false });
  return (
    <aside className="completeness" aria-label="Completeness">
      <div className="summary" role="status" aria-live="polite" data-testid="completeness-summary">
        {blocking === 0 ? (
          <p className="ready">
            <span className="mark mark-complete" aria-hidden="true" /> Ready for signature{warnings ? ` · ${warnings} warning${warnings === 1 ? '' : 's'} to review` : ''}
          </p>
        ) : (
          <p>
            <strong data-testid="blocking-count">{blocking}</strong> blocking {blocking === 1 ? 'issue' : 'issues'} · {warnings} warning{warnings === 1 ? '' : 's'}
          </p>
        )}
      </div>
      <div
        className="tabs"
        role="tablist"
        aria-label="Completeness views"
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          const next = tab === 'findings' ? 'requirements' : 'findings';
          onTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }}
      >
        <button type="button" role="tab" id="tab-findings" aria-controls="panel-findings" aria-selected={tab === 'findings'} tabIndex={tab === 'findings' ? 0 : -1} onClick={() => onTab('findings')}>
          Findings
        </button>
        <button type="button" role="tab" id="tab-requirements" aria-controls="panel-requirements" aria-selected={tab === 'requirements'} tabIndex={tab === 'requirements' ? 0 : -1} onClick={() => onTab('requirements')}>
          Requirements
        </button>
      </div>
      {tab === 'findings' ? (
        <div role="tabpanel" id="panel-findings" aria-labelledby="tab-findings" className="findings">
          {missingClauses > 0 && (
            <button type="button" className="secondary small block" onClick={onAddMissing}>
              Add the {missingClauses} required clause{missingClauses === 1 ? '' : 's'} now missing
            </button>
          )}
          {groups.map((g) => {
            const list = findings.filter((f) => f.severity === g.severity);
            if (!list.length) return null;
            return (
              <details key={g.severity} open={open[g.severity]} onToggle={(e) => setOpen((o) => ({ ...o, [g.severity]: (e.target as HTMLDetailsElement).open }))} className={`group ${g.severity}`}>
                <summary>
                  {g.title} <span className="count">{list.length}</span>
                </summary>
                <ul>
                  {list.map((f, i) => (
                    <li key={`${f.code}-${i}`}>
                      <button type="button" className="finding" onClick={() => onJump(targetOf(f))}>
                        <span className="place">{placeOf(f, library)}</span>
                        <span className="message">{f.message}</span>
                        <span className="fix">{f.fix}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </details>
            );
          })}
          {findings.length === 0 && <p className="muted">Nothing to report.</p>}
        </div>
      ) : (
        <div role="tabpanel" id="panel-requirements" aria-labelledby="tab-requirements" className="requirements">
          <ul>
            {requirements.map((r) => {
              const chosen = r.clauseIds.find((id) => matter.clauses[id]);
              const target = chosen ?? r.clauseIds[0];
              const mark: ClauseMark = chosen ? (marks.get(chosen) ?? 'complete') : 'blocking';
              return (
                <li key={r.provision.id} id={`req-${r.provision.id}`} tabIndex={-1} className="requirement">
                  <p className="req-summary">
                    <span className="ref">{r.provision.ref}</span> {r.provision.summary}
                  </p>
                  <p className="muted small">
                    {r.reasons.join('; ')} · {r.source}
                  </p>
                  <p className={`req-clause mark-${mark}`}>
                    <span className="mark" aria-hidden="true" />
                    {target ? (
                      <button type="button" className="link-button" onClick={() => onJump({ pane: { kind: 'clause', id: target }, focusId: `clause-${target}` })}>
                        {library.clauses.get(target)?.title ?? target}
                      </button>
                    ) : (
                      <span>No clause in the library yet</span>
                    )}
                    <span className="muted"> — {chosen ? markLabels[mark] : 'Missing'}</span>
                  </p>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </aside>
  );
}
