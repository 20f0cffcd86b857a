// Runtime: browser. The deal-level panes of the editor: the parties, the document's own details
// and deal terms (the template's variables), and the engagement facts.
import type { FactQuestion } from '../screens/fact-questions.tsx';
import { FactQuestions } from '../screens/fact-questions.tsx';
import type { Matter, Party, Template, Finding } from '../model.ts';
import { docFieldId, matterFieldId } from './targets.ts';
import { ValueInput } from './value-input.tsx';

type Change = (edit: (m: Matter) => Matter, mergeKey?: string) => void;

export const icocaLabels = {
  'certified-member': 'Certified member',
  'transitional-member': 'Transitional member',
  affiliate: 'Affiliate',
  none: 'None',
} as const;

export function TextField(props: { id: string; label: string; value: string; onChange: (v: string) => void; hint?: string; missing?: boolean; multiline?: boolean }) {
  const { id, label, value, onChange, hint, missing, multiline } = props;
  const common = { id, value, onChange: (e: { target: { value: string } }) => onChange(e.target.value), className: missing ? 'missing' : undefined, 'aria-describedby': hint ? `${id}-hint` : undefined };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input {...common} />}
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function PartiesPane({ matter, template, change, findings }: { matter: Matter; template: Template; change: Change; findings: Finding[] }) {
  const missingFields = new Set(findings.map((f) => f.where.field).filter(Boolean));
  const updateParty = (role: Party['role'], fn: (p: Party) => Party, key: string) =>
    change((m) => {
      const i = m.parties.findIndex((p) => p.role === role);
      const base: Party = i >= 0 ? m.parties[i]! : { role, legalName: '', type: '', registration: '', address: '', signatory: { name: '', title: '' }, witness: false };
      const parties = [...m.parties];
      if (i >= 0) parties[i] = fn(base);
      else parties.push(fn(base));
      return { ...m, parties };
    }, key);
  return (
    <section className="deal-pane" aria-labelledby="parties-heading">
      <header className="pane-header">
        <p className="eyebrow">Deal</p>
        <h2 id="parties-heading" tabIndex={-1}>
          Parties
        </h2>
      </header>
      {template.parties.map((tp) => {
        const i = matter.parties.findIndex((p) => p.role === tp.role);
        const p = matter.parties[i];
        const idx = i >= 0 ? i : matter.parties.length;
        const fid = (f: string) => matterFieldId(`parties[${idx}].${f}`);
        const miss = (f: string) => missingFields.has(`parties[${idx}].${f}`);
        return (
          <fieldset key={tp.role} className="party">
            <legend>
              {tp.label} <span className="muted">(the “{tp.term}”)</span>
            </legend>
            <TextField id={fid('legalName')} label="Full legal name" value={p?.legalName ?? ''} missing={miss('legalName')} onChange={(v) => updateParty(tp.role, (x) => ({ ...x, legalName: v }), `${tp.role}.legalName`)} />
            <TextField id={fid('type')} label="Legal form" hint="e.g. a company incorporated under the laws of Ghana" value={p?.type ?? ''} onChange={(v) => updateParty(tp.role, (x) => ({ ...x, type: v }), `${tp.role}.type`)} />
            <div className="row">
              <TextField id={fid('registration')} label="Registration number" value={p?.registration ?? ''} onChange={(v) => updateParty(tp.role, (x) => ({ ...x, registration: v }), `${tp.role}.registration`)} />
              {tp.role === 'provider' && (
                <div className="field">
                  <label htmlFor={fid('icocaStatus')}>ICoCA status</label>
                  <select id={fid('icocaStatus')} value={p?.icocaStatus ?? ''} onChange={(e) => updateParty(tp.role, (x) => ({ ...x, icocaStatus: (e.target.value || undefined) as Party['icocaStatus'] }), `${tp.role}.icoca`)}>
                    <option value="">Not recorded</option>
                    {Object.entries(icocaLabels).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </div>
            <TextField id={fid('address')} label="Registered address" multiline value={p?.address ?? ''} missing={miss('address')} onChange={(v) => updateParty(tp.role, (x) => ({ ...x, address: v }), `${tp.role}.address`)} />
            <div className="row">
              <TextField id={fid('signatory-name')} label="Signatory name" value={p?.signatory.name ?? ''} missing={miss('signatory.name')} onChange={(v) => updateParty(tp.role, (x) => ({ ...x, signatory: { ...x.signatory, name: v } }), `${tp.role}.sname`)} />
              <TextField id={fid('signatory-title')} label="Signatory title" value={p?.signatory.title ?? ''} missing={miss('signatory.title')} onChange={(v) => updateParty(tp.role, (x) => ({ ...x, signatory: { ...x.signatory, title: v } }), `${tp.role}.stitle`)} />
            </div>
          </fieldset>
        );
      })}
    </section>
  );
}

export function DetailsPane({ matter, template, change, findings }: { matter: Matter; template: Template; change: Change; findings: Finding[] }) {
  const missing = new Set(findings.filter((f) => f.code === 'value-missing' && !f.where.clauseId).map((f) => f.where.variable));
  const partyOptions = template.parties.map((p) => ({ value: p.role, label: `the ${p.term}` }));
  return (
    <section className="deal-pane" aria-labelledby="details-heading">
      <header className="pane-header">
        <p className="eyebrow">Deal</p>
        <h2 id="details-heading" tabIndex={-1}>
          Deal terms and details
        </h2>
      </header>
      <TextField id={matterFieldId('title')} label="Matter title" value={matter.title} onChange={(v) => change((m) => ({ ...m, title: v || m.title }), 'title')} />
      <div className="row">
        <div className="field">
          <label htmlFor={matterFieldId('documentDate')}>Date of the document</label>
          <input id={matterFieldId('documentDate')} type="date" value={matter.documentDate} onChange={(e) => change((m) => ({ ...m, documentDate: e.target.value }), 'documentDate')} aria-describedby="docdate-hint" />
          <p className="hint" id="docdate-hint">
            Leave empty to date it by the last signature.
          </p>
        </div>
        <TextField id={matterFieldId('versionLabel')} label="Version" value={matter.versionLabel} onChange={(v) => change((m) => ({ ...m, versionLabel: v }), 'versionLabel')} />
        <TextField id={matterFieldId('confidentiality')} label="Confidentiality" value={matter.confidentiality} onChange={(v) => change((m) => ({ ...m, confidentiality: v }), 'confidentiality')} />
      </div>
      <h3>Deal terms</h3>
      {template.variables.map((v) => (
        <ValueInput
          key={v.name}
          id={docFieldId(v.name)}
          variable={v}
          value={matter.values[v.name]}
          missing={missing.has(v.name)}
          partyOptions={partyOptions}
          onCommit={(value) =>
            change((m) => {
              const values = { ...m.values };
              if (value === undefined) delete values[v.name];
              else values[v.name] = value;
              return { ...m, values };
            }, `doc.${v.name}`)
          }
        />
      ))}
    </section>
  );
}

export function FactsPane({ matter, change, questions }: { matter: Matter; change: Change; questions: FactQuestion[] }) {
  return (
    <section className="deal-pane" aria-labelledby="facts-heading">
      <header className="pane-header">
        <p className="eyebrow">Deal</p>
        <h2 id="facts-heading" tabIndex={-1}>
          Engagement facts
        </h2>
        <p className="lede">Changing an answer changes what the standards require. Missing provisions appear in the completeness panel, with a button to add them.</p>
      </header>
      <FactQuestions kind={matter.kind} questions={questions} facts={matter.facts} onChange={(facts) => change((m) => ({ ...m, facts }))} />
    </section>
  );
}
