// Runtime: browser (pure). What a person types ↔ the typed value a variable holds. Inputs keep the
// raw text, so a half-typed or wrong value stays visible with its error while the matter keeps
// the last good value: nothing invalid is ever saved.
import { checkValue } from '../../engine/values.ts';
import type { Variable } from '../model.ts';

export type Raw = { a: string; b: string };

const num = (s: string): number | string => {
  const t = s.replace(/[,\s]/g, '');
  return t !== '' && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : s;
};

export function toRaw(v: Variable, value: unknown): Raw {
  if (value === undefined || value === null) {
    if (v.type === 'money') return { a: '', b: v.currency ?? 'USD' };
    if (v.type === 'duration') return { a: '', b: v.units[0] ?? '' };
    return { a: '', b: '' };
  }
  switch (v.type) {
    case 'money': {
      const m = value as { amount?: unknown; currency?: unknown };
      return { a: m.amount === undefined ? '' : String(m.amount), b: String(m.currency ?? v.currency ?? 'USD') };
    }
    case 'duration': {
      const d = value as { amount?: unknown; unit?: unknown };
      return { a: d.amount === undefined ? '' : String(d.amount), b: String(d.unit ?? v.units[0]) };
    }
    case 'list':
      return { a: Array.isArray(value) ? value.join('\n') : String(value), b: '' };
    default:
      return { a: String(value), b: '' };
  }
}

/** The value the raw input stands for; undefined when the field is empty. */
export function fromRaw(v: Variable, raw: Raw): unknown {
  if (raw.a.trim() === '') return undefined;
  switch (v.type) {
    case 'integer':
    case 'percentage':
      return num(raw.a);
    case 'money':
      return { amount: num(raw.a), currency: raw.b.trim().toUpperCase() };
    case 'duration':
      return { amount: num(raw.a), unit: raw.b };
    case 'list':
      return raw.a.split('\n').map((s) => s.trim()).filter(Boolean);
    case 'text':
      return raw.a;
    default:
      return raw.a.trim();
  }
}

export type Parsed = { kind: 'empty' } | { kind: 'ok'; value: unknown } | { kind: 'invalid'; message: string };

export function parseRaw(v: Variable, raw: Raw): Parsed {
  const candidate = fromRaw(v, raw);
  if (candidate === undefined) return { kind: 'empty' };
  const r = checkValue(v, candidate);
  if (r.ok) return { kind: 'ok', value: r.value };
  return r.empty ? { kind: 'empty' } : { kind: 'invalid', message: `${v.label} ${r.message}.` };
}

/** A short hint of what the field accepts, shown under the label. */
export function constraintHint(v: Variable): string {
  switch (v.type) {
    case 'integer':
      return [v.min !== undefined && v.max !== undefined ? `${v.min}–${v.max}` : v.min !== undefined ? `at least ${v.min}` : v.max !== undefined ? `at most ${v.max}` : 'whole number', v.unit].filter(Boolean).join(' ');
    case 'percentage':
      return `${v.min ?? 0}–${v.max ?? 100} %`;
    case 'duration':
      return [v.min !== undefined ? `at least ${v.min}` : '', v.max !== undefined ? `at most ${v.max}` : ''].filter(Boolean).join(', ');
    case 'money':
      return v.min !== undefined ? `at least ${v.min.toLocaleString('en-GB')}` : '';
    case 'list':
      return `one entry per line${v.minItems ? `, at least ${v.minItems}` : ''}`;
    case 'text':
      return v.maxLength ? `up to ${v.maxLength} characters` : '';
    default:
      return '';
  }
}

export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
