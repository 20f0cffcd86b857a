// Runtime: browser. A new matter in two steps: the engagement facts (each answer shows the
// provisions it adds, and why), then the parties and key terms. Creating it selects every
// clause the facts require (engine newMatter, on the server).
import { useEffect, useMemo, useState } from 'react';
import { requirements } from '../../engine/requirements.ts';
import type { PartyInput } from '../../engine/matter.ts';
import { call, messageOf, useApi } from '../api.ts';
import { icocaLabels, TextField } from '../editor/deal-panes.tsx';
import { docFieldId } from '../editor/targets.ts';
import { ValueInput } from '../editor/value-input.tsx';
import { kindLabels, theLibrary, type DocumentKind, type PartialFacts } from '../model.ts';
import { href, navigate } from '../router.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';
import { FactQuestions, type FactQuestion } from './fact-questions.tsx';

export function NewMatterScreen({ kind }: { kind: DocumentKind }) {
  const { api } = useApi();
  const library = theLibrary();
  const template = library.templates.get(kind)!;
  const [questions, setQuestions] = useState<FactQuestion[] | undefined>();
  const [facts, setFacts] = useState<PartialFacts>({});
  const [step, setStep] = useState<1 | 2>(1);
  const [title, setTitle] = useState('');
  const [parties, setParties] = useState<Record<string, { legalName: string; icocaStatus?: PartyInput['icocaStatus'] }>>({});
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call(api, 'factQuestions', { kind }).then(setQuestions, (e) => setError(messageOf(e)));
  }, [api, kind]);
  useEffect(() => {
    document.getElementById('step-heading')?.focus();
  }, [step]);
  const reqs = useMemo(() => requirements(facts, kind, library), [facts, kind, library]);
  const conditional = reqs.filter((r) => r.ruleIds.length > 0);

  const create = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const partyList: PartyInput[] = template.parties
        .filter((tp) => parties[tp.role]?.legalName.trim())
        .map((tp) => ({ role: tp.role, legalName: parties[tp.role]!.legalName.trim(), ...(parties[tp.role]!.icocaStatus ? { icocaStatus: parties[tp.role]!.icocaStatus } : {}) }));
      let matter = await call(api, 'createMatter', { kind, facts, parties: partyList, ...(title.trim() ? { title: title.trim() } : {}) });
      if (Object.keys(values).length)
        matter = await call(api, 'updateMatter', { matter: { ...matter, values: { ...matter.values, ...values } }, baseUpdatedAt: matter.updatedAt, summary: 'Key terms' });
      navigate({ screen: 'matter', id: matter.id, tab: 'draft' });
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  };

  return (
    <main className="page new-matter" id="main">
      <p className="crumbs">
        <a href={href({ screen: 'matters' })}>Matters</a> <span aria-hidden="true">/</span> New {kindLabels[kind]}
      </p>
      <ol className="steps" aria-label="Steps">
        <li aria-current={step === 1 ? 'step' : undefined}>1. The engagement</li>
        <li aria-current={step === 2 ? 'step' : undefined}>2. Parties and key terms</li>
      </ol>
      <ErrorNote message={error} />
      {step === 1 ? (
        <div className="two-col">
          <section aria-labelledby="step-heading">
            <h1 id="step-heading" tabIndex={-1}>
              About the engagement
            </h1>
            <p className="lede">Answer in plain terms. Each answer decides which provisions the standards require in this {kindLabels[kind]}; you can change them later.</p>
            {!questions ? <Pending active label="Loading the questions…" /> : <FactQuestions kind={kind} questions={questions} facts={facts} onChange={setFacts} />}
            <div className="actions sticky-actions">
              <button type="button" className="primary" onClick={() => setStep(2)}>
                Continue to parties
              </button>
            </div>
          </section>
          <aside className="req-summary-panel" aria-labelledby="req-heading" tabIndex={0}>
            <h2 id="req-heading">What the deal must contain</h2>
            <p className="muted">
              <strong data-testid="required-count">{reqs.length}</strong> provisions required; {conditional.length} of them because of your answers.
            </p>
            <ul>
              {conditional.map((r) => (
                <li key={r.provision.id}>
                  <span className="req-title">{r.provision.summary}</span>
                  <span className="muted small block">{r.reasons.join('; ')}</span>
                </li>
              ))}
            </ul>
          </aside>
        </div>
      ) : (
        <section className="narrow-col" aria-labelledby="step-heading">
          <h1 id="step-heading" tabIndex={-1}>
            Parties and key terms
          </h1>
          <p className="lede">Everything here can be completed later in the editor.</p>
          <TextField id="new-title" label="Matter title" hint={`e.g. Guarding services at the Kanoma mine — defaults to “${template.title}”`} value={title} onChange={setTitle} />
          <h2>Parties</h2>
          {template.parties.map((tp) => (
            <div key={tp.role} className="row">
              <TextField
                id={`new-party-${tp.role}`}
                label={`${tp.label}: full legal name`}
                value={parties[tp.role]?.legalName ?? ''}
                onChange={(v) => setParties((p) => ({ ...p, [tp.role]: { ...p[tp.role], legalName: v } }))}
              />
              {tp.role === 'provider' && (
                <div className="field">
                  <label htmlFor="new-icoca">ICoCA status</label>
                  <select id="new-icoca" value={parties[tp.role]?.icocaStatus ?? ''} onChange={(e) => setParties((p) => ({ ...p, [tp.role]: { legalName: p[tp.role]?.legalName ?? '', icocaStatus: (e.target.value || undefined) as PartyInput['icocaStatus'] } }))}>
                    <option value="">Not recorded</option>
                    {Object.entries(icocaLabels).map(([v, l]) => (
                      <option key={v} value={v}>
                        {l}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
          ))}
          <h2>Key terms</h2>
          {template.variables.map((v) => (
            <ValueInput
              key={v.name}
              id={docFieldId(v.name)}
              variable={v}
              value={values[v.name] ?? v.default}
              partyOptions={template.parties.map((p) => ({ value: p.role, label: `the ${p.term}` }))}
              onCommit={(value) =>
                setValues((old) => {
                  const next = { ...old };
                  if (value === undefined) delete next[v.name];
                  else next[v.name] = value;
                  return next;
                })
              }
            />
          ))}
          <div className="actions">
            <button type="button" className="secondary" onClick={() => setStep(1)}>
              Back
            </button>
            <button type="button" className="primary" onClick={() => void create()} disabled={busy}>
              Create the {kindLabels[kind]}
            </button>
            <Pending active={busy} label="Creating…" />
          </div>
        </section>
      )}
    </main>
  );
}
