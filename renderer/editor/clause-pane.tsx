// Runtime: browser. The selected clause: include or remove it, choose its position among the
// alternatives (with rationale and below-standard warnings), fill its values, read the
// guidance and sources, and edit its text for this matter (shown as a redline, flagged for review).
import { useState } from 'react';
import { startingSelection } from '../../engine/new-matter.ts';
import type { Requirement } from '../../engine/requirements.ts';
import type { DocumentTree, Finding, Matter, Clause } from '../model.ts';
import { bodyToText, textToBody } from './clause-text.ts';
import { Redline } from './redline.tsx';
import { clauseFieldId, clauseHeadingId, markLabels, type ClauseMark } from './targets.ts';
import { ValueInput } from './value-input.tsx';
import { nativeUndo } from '../ui/edit-commands.ts';
import { DocBlocks } from '../screens/document-view.tsx';

interface ClausePaneProps {
  clause: Clause;
  matter: Matter;
  change: (edit: (m: Matter) => Matter, mergeKey?: string) => void;
  findings: Finding[];
  mark: ClauseMark;
  requiredBy: Requirement[];
  tree: DocumentTree;
  partyOptions: { value: string; label: string }[];
}

const sourceText = (s: Clause['sources'][number]) => `${s.standard}${s.ref ? ` ${s.ref}` : ''}${s.note ? ` (${s.note})` : ''}`;

export function ClausePane({ clause, matter, change, findings, mark, requiredBy, tree, partyOptions }: ClausePaneProps) {
  const selection = matter.clauses[clause.id];
  const included = !!selection;
  const alternative = clause.alternatives.find((a) => a.id === selection?.alternative) ?? clause.alternatives[0]!;
  const libraryText = bodyToText(alternative.body);
  const [editing, setEditing] = useState<string | undefined>();
  const missing = new Set(findings.filter((f) => f.code === 'value-missing').map((f) => f.where.variable));

  const setSelection = (fn: (s: NonNullable<typeof selection>) => NonNullable<typeof selection> | undefined, key?: string) =>
    change((m) => {
      const current = m.clauses[clause.id];
      if (!current) return m;
      const next = fn(current);
      const clauses = { ...m.clauses };
      if (next) clauses[clause.id] = next;
      else delete clauses[clause.id];
      return { ...m, clauses };
    }, key);

  const include = () => change((m) => ({ ...m, clauses: { ...m.clauses, [clause.id]: startingSelection(clause, m.facts) } }));
  const remove = () => setSelection(() => undefined);
  const blocks = tree.sections.flatMap((s) => (s.kind === 'annex' && s.anchor === `c-${clause.id}` ? s.blocks : s.blocks.filter((b) => 'clauseId' in b && b.clauseId === clause.id)));

  return (
    <article className="clause-pane" aria-labelledby={clauseHeadingId(clause.id)}>
      <header className="pane-header">
        <p className="eyebrow">
          {clause.role === 'annex' ? 'Annex' : 'Clause'} · {clause.topic}
        </p>
        <h2 id={clauseHeadingId(clause.id)} tabIndex={-1}>
          {clause.title}
        </h2>
        <p className={`status-line mark-${included ? mark : 'excluded'}`}>
          <span className="mark" aria-hidden="true" /> {included ? markLabels[mark] : 'Not in this document'}
          {included ? (
            <button type="button" className="link-button" onClick={remove}>
              Remove from document
            </button>
          ) : (
            <button type="button" className="primary small" onClick={include}>
              Add to document
            </button>
          )}
        </p>
        {requiredBy.length > 0 && (
          <div className="required-by">
            <strong>Required by the standards.</strong>
            <ul>
              {requiredBy.map((r) => (
                <li key={r.provision.id}>
                  {r.provision.summary} <span className="muted">({r.reasons.join('; ')} · {r.source})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>

      {included && selection && (
        <>
          {clause.alternatives.length > 1 && (
            <fieldset className="alternatives">
              <legend>Position</legend>
              {clause.alternatives.map((a, i) => (
                <label key={a.id} className={`alternative${a.id === alternative.id ? ' chosen' : ''}`}>
                  <input
                    type="radio"
                    name={`alt-${clause.id}`}
                    value={a.id}
                    checked={a.id === alternative.id}
                    onChange={() => setSelection((s) => ({ ...s, alternative: a.id }))}
                  />
                  <span className="alt-body">
                    <span className="alt-label">
                      {a.label} {i === 0 ? <span className="tag">Preferred</span> : <span className="tag quiet">Fallback</span>}
                    </span>
                    <span className="rationale">{a.rationale}</span>
                    {a.belowStandard && (
                      <span className="warning-note">
                        Falls below {a.belowStandard.standard}: {a.belowStandard.risk}
                      </span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
          )}

          {clause.variables.length > 0 && (
            <section className="values" aria-labelledby={`values-${clause.id}`}>
              <h3 id={`values-${clause.id}`}>Values</h3>
              {clause.variables.map((v) => (
                <ValueInput
                  key={v.name}
                  id={clauseFieldId(clause.id, v.name)}
                  variable={v}
                  value={selection.values[v.name]}
                  missing={missing.has(v.name)}
                  partyOptions={partyOptions}
                  onCommit={(value) =>
                    setSelection((s) => {
                      const values = { ...s.values };
                      if (value === undefined) delete values[v.name];
                      else values[v.name] = value;
                      return { ...s, values };
                    }, `${clause.id}.${v.name}`)
                  }
                />
              ))}
            </section>
          )}

          <section className="clause-text" aria-labelledby={`text-${clause.id}`}>
            <div className="section-head">
              <h3 id={`text-${clause.id}`}>Text</h3>
              {libraryText !== undefined && editing === undefined && (
                <button type="button" className="secondary small" onClick={() => setEditing(selection.edit ? (bodyToText(selection.edit.body) ?? '') : libraryText)}>
                  Edit text for this matter
                </button>
              )}
            </div>
            {editing !== undefined ? (
              <div className="text-editor">
                <label htmlFor={`edit-${clause.id}`}>Clause text (blank line between paragraphs; “- ” starts a sub-clause; keep {'{{placeholders}}'} as they are)</label>
                <textarea {...nativeUndo} id={`edit-${clause.id}`} rows={Math.min(24, editing.split('\n').length + 3)} value={editing} onChange={(e) => setEditing(e.target.value)} />
                <div className="actions">
                  <button
                    type="button"
                    className="primary"
                    disabled={!editing.trim()}
                    onClick={() => {
                      const body = textToBody(editing);
                      setSelection((s) => (editing.trim() === libraryText?.trim() ? { alternative: s.alternative, values: s.values } : { ...s, edit: { body, baseVersion: clause.version, note: s.edit?.note ?? '', reviewed: false } }));
                      setEditing(undefined);
                    }}
                  >
                    Apply edit
                  </button>
                  <button type="button" className="secondary" onClick={() => setEditing(undefined)}>
                    Cancel
                  </button>
                </div>
              </div>
            ) : selection.edit ? (
              <div className="edited">
                <p className="flag">
                  Edited for this matter{selection.edit.reviewed ? ' · reviewed' : ' · not yet reviewed'}
                </p>
                <Redline before={libraryText ?? ''} after={bodyToText(selection.edit.body) ?? ''} />
                <div className="edit-review">
                  <label className="check">
                    <input type="checkbox" checked={selection.edit.reviewed} onChange={(e) => setSelection((s) => (s.edit ? { ...s, edit: { ...s.edit, reviewed: e.target.checked } } : s))} />
                    I have reviewed this change
                  </label>
                  <label htmlFor={`note-${clause.id}`}>Reason for the change</label>
                  <input id={`note-${clause.id}`} value={selection.edit.note} onChange={(e) => setSelection((s) => (s.edit ? { ...s, edit: { ...s.edit, note: e.target.value } } : s), `${clause.id}.note`)} />
                  <button type="button" className="link-button" onClick={() => setSelection((s) => ({ alternative: s.alternative, values: s.values }))}>
                    Revert to the library text
                  </button>
                </div>
              </div>
            ) : (
              <div className="page-snippet">
                <DocBlocks blocks={blocks} />
              </div>
            )}
          </section>
        </>
      )}

      <section className="guidance" aria-labelledby={`guidance-${clause.id}`}>
        <h3 id={`guidance-${clause.id}`}>Drafting guidance</h3>
        <p>{clause.guidance}</p>
        <h4>Sources</h4>
        <ul className="sources">
          {clause.sources.map((s, i) => (
            <li key={i}>{sourceText(s)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
