// Runtime: browser. The engagement questionnaire: each question in plain language with its help
// text and sources, and under each answer the provisions that answer adds to the deal and why
// (computed by the engine's requirements(), live, in the page).
import { useMemo } from 'react';
import type { ApiOutput } from '../../main/api.ts';
import { requirements, type Requirement } from '../../engine/requirements.ts';
import { theLibrary, type DocumentKind, type PartialFacts } from '../model.ts';

export type FactQuestion = ApiOutput<'factQuestions'>[number];

/** Provisions present with these facts but not when `key` takes its default answer. */
function addedBy(key: FactQuestion['key'], facts: PartialFacts, kind: DocumentKind, all: Requirement[]): Requirement[] {
  if (facts[key] === undefined) return [];
  const without = { ...facts };
  delete without[key];
  const base = new Set(requirements(without, kind, theLibrary()).map((r) => r.provision.id));
  return all.filter((r) => !base.has(r.provision.id));
}

export function FactQuestions({ kind, questions, facts, onChange }: { kind: DocumentKind; questions: FactQuestion[]; facts: PartialFacts; onChange: (f: PartialFacts) => void }) {
  const all = useMemo(() => requirements(facts, kind, theLibrary()), [facts, kind]);
  const set = (key: FactQuestion['key'], value: boolean | string) => onChange({ ...facts, [key]: value });
  return (
    <ol className="questions">
      {questions.map((q) => {
        const added = addedBy(q.key, facts, kind, all);
        const value = facts[q.key];
        return (
          <li key={q.key} className="question">
            <fieldset id={`fact-${q.key}`} tabIndex={-1} aria-describedby={`help-${q.key}`}>
              <legend>{q.question}</legend>
              <p className="hint" id={`help-${q.key}`}>
                {q.help} <span className="q-sources">Sources: {q.sources.join('; ')}</span>
              </p>
              <div className="choices">
                {(q.options ?? [
                  { value: 'true', label: 'Yes' },
                  { value: 'false', label: 'No' },
                ]).map((o) => {
                  const v = q.options ? o.value : o.value === 'true';
                  return (
                    <label key={o.value} className="choice">
                      <input type="radio" name={`q-${q.key}`} value={o.value} checked={value === v} onChange={() => set(q.key, v)} />
                      {o.label}
                    </label>
                  );
                })}
              </div>
              {added.length > 0 && (
                <div className="adds" aria-live="polite">
                  <p>This answer adds {added.length === 1 ? 'one provision' : `${added.length} provisions`}:</p>
                  <ul>
                    {added.map((r) => (
                      <li key={r.provision.id}>
                        {r.provision.summary} <span className="muted">— {r.reasons.filter((x) => !x.startsWith('Always')).join('; ')} ({r.source})</span>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
