// Runtime: browser. One typed input for one variable: text, bounded numbers, dates, selects for
// enums and parties, money with currency, durations with a unit, lists. A wrong value shows its
// error in plain words under the field and is not committed to the matter.
import { useEffect, useId, useState } from 'react';
import type { Variable } from '../model.ts';
import { markInput } from '../perf.ts';
import { constraintHint, parseRaw, sameValue, toRaw, fromRaw, type Raw } from './value-codec.ts';

export interface ValueInputProps {
  /** the DOM id of the (first) input: findings jump here */
  id: string;
  variable: Variable;
  value: unknown;
  /** undefined clears the value */
  onCommit: (value: unknown) => void;
  partyOptions: { value: string; label: string }[];
  /** set when validation reports this value as missing */
  missing?: boolean;
}

export function ValueInput({ id, variable: v, value, onCommit, partyOptions, missing }: ValueInputProps) {
  const [raw, setRaw] = useState<Raw>(() => toRaw(v, value));
  const [error, setError] = useState<string | undefined>();
  const uid = useId();
  const errorId = `${uid}-error`;
  const helpId = `${uid}-help`;

  // Follow outside changes (undo, restore) unless the field already shows that value; runs on
  // value changes only, so a half-typed entry is not overwritten while the person types.
  useEffect(() => {
    const shown = fromRaw(v, raw);
    if (!sameValue(shown, value) && !(shown === undefined && value === undefined)) {
      setRaw(toRaw(v, value));
      setError(undefined);
    }
  }, [value]);

  const update = (next: Raw) => {
    markInput();
    setRaw(next);
    const parsed = parseRaw(v, next);
    if (parsed.kind === 'invalid') return setError(parsed.message);
    setError(undefined);
    const committed = parsed.kind === 'ok' ? parsed.value : undefined;
    if (!sameValue(committed, value)) onCommit(committed);
  };

  const hint = [v.help, constraintHint(v)].filter(Boolean).join(' · ');
  const describedBy = [hint ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = { 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, className: missing && !error ? 'missing' : undefined };

  let control: React.ReactNode;
  switch (v.type) {
    case 'enum':
    case 'party': {
      const options = v.type === 'enum' ? v.options : partyOptions;
      control = (
        <select id={id} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} {...common}>
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    }
    case 'date':
      control = <input id={id} type="date" value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} {...common} />;
      break;
    case 'list':
      control = <textarea id={id} rows={Math.max(3, raw.a.split('\n').length + 1)} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} {...common} />;
      break;
    case 'money':
      control = (
        <span className="compound">
          <input id={id} inputMode="decimal" className={`amount ${common.className ?? ''}`} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} aria-invalid={common['aria-invalid']} aria-describedby={describedBy} />
          {v.currency ? (
            <span className="unit" aria-label={`currency ${v.currency}`}>{v.currency}</span>
          ) : (
            <input aria-label={`${v.label}: currency`} className="currency" maxLength={3} value={raw.b} onChange={(e) => update({ ...raw, b: e.target.value.toUpperCase() })} />
          )}
        </span>
      );
      break;
    case 'duration':
      control = (
        <span className="compound">
          <input id={id} inputMode="decimal" className={`amount ${common.className ?? ''}`} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} aria-invalid={common['aria-invalid']} aria-describedby={describedBy} />
          <select aria-label={`${v.label}: unit`} value={raw.b} onChange={(e) => update({ ...raw, b: e.target.value })}>
            {v.units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
        </span>
      );
      break;
    case 'integer':
    case 'percentage':
      control = (
        <span className="compound">
          <input id={id} inputMode="numeric" className={`amount ${common.className ?? ''}`} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} aria-invalid={common['aria-invalid']} aria-describedby={describedBy} />
          {(v.type === 'percentage' || v.unit) && <span className="unit">{v.type === 'percentage' ? '%' : v.unit}</span>}
        </span>
      );
      break;
    default:
      control =
        (v.maxLength ?? 0) > 300 ? (
          <textarea id={id} rows={3} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} {...common} />
        ) : (
          <input id={id} value={raw.a} onChange={(e) => update({ ...raw, a: e.target.value })} {...common} />
        );
  }

  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {v.label}
        {v.optional && <span className="optional"> (optional)</span>}
      </label>
      {control}
      {hint && (
        <p className="hint" id={helpId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
