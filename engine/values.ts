// Runtime: any (pure). Typed values: each variable type gets a zod schema (messages in plain
// words, for a lawyer) and a formatter that prints the value the way the agreement reads it.
import * as z from 'zod';
import type { Variable } from '../clauses/schema.ts';
import { memo } from './memo.ts';
import { formatNumber } from './number-format.ts';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function isValidIsoDate(s: string): boolean {
  if (!isoDate.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** "2026-11-27" → "27 November 2026" (the house style for dates in the text). */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${months[m - 1]} ${y}`;
}

const bounds = (min?: number, max?: number, unit = '') =>
  min !== undefined && max !== undefined
    ? ` between ${min} and ${max}${unit}`
    : min !== undefined
      ? ` of at least ${min}${unit}`
      : max !== undefined
        ? ` of at most ${max}${unit}`
        : '';

/** The schema a value of this variable must satisfy. Emptiness is checked separately (isEmptyValue). */
export function valueSchema(v: Variable): z.ZodType {
  return memo(v, 'schema', () => {
    // Variables with the same constraints share one schema: a full agreement has ~150 variables
    // but far fewer kinds of value, and building zod schemas is a large part of a cold validation.
    const key = constraintKey(v);
    let schema = sharedSchemas.get(key);
    if (!schema) sharedSchemas.set(key, (schema = buildValueSchema(v)));
    return schema;
  });
}

const sharedSchemas = new Map<string, z.ZodType>();

/** Everything buildValueSchema reads from a variable, and nothing else (not its name, label or help). */
function constraintKey(v: Variable): string {
  switch (v.type) {
    case 'text':
      return `text|${v.maxLength ?? ''}`;
    case 'integer':
      return `integer|${v.min ?? ''}|${v.max ?? ''}`;
    case 'enum':
      return `enum|${JSON.stringify(v.options)}`;
    case 'money':
      return `money|${v.min ?? ''}|${v.currency ?? ''}`;
    case 'duration':
      return `duration|${v.min ?? ''}|${v.max ?? ''}|${v.units.join(',')}`;
    case 'percentage':
      return `percentage|${v.min ?? ''}|${v.max ?? ''}`;
    case 'list':
      return `list|${v.minItems ?? ''}`;
    case 'date':
    case 'party':
      return v.type;
  }
}

/** A fresh schema for this variable (valueSchema shares them between variables with the same constraints). */
export function buildValueSchema(v: Variable): z.ZodType {
  switch (v.type) {
    case 'text':
      return z.string({ error: 'must be text' }).max(v.maxLength ?? 5000, { error: `must be at most ${v.maxLength ?? 5000} characters` });
    case 'integer': {
      const msg = `must be a whole number${bounds(v.min, v.max)}`;
      let s = z.number({ error: msg }).int({ error: msg });
      if (v.min !== undefined) s = s.min(v.min, { error: msg });
      if (v.max !== undefined) s = s.max(v.max, { error: msg });
      return s;
    }
    case 'date':
      return z.string({ error: 'must be a date' }).refine(isValidIsoDate, { error: 'must be a real date written YYYY-MM-DD, e.g. 2026-12-01' });
    case 'enum':
      return z.enum(v.options.map((o) => o.value) as [string, ...string[]], {
        error: `must be one of: ${v.options.map((o) => o.label).join('; ')}`,
      });
    case 'money': {
      const amountMsg = `must be an amount${bounds(v.min)}`;
      let amount = z.number({ error: amountMsg }).nonnegative({ error: amountMsg });
      if (v.min !== undefined) amount = amount.min(v.min, { error: amountMsg });
      const currency = v.currency
        ? z.literal(v.currency, { error: `must be in ${v.currency}` })
        : z.string().regex(/^[A-Z]{3}$/, { error: 'needs a three-letter currency code, e.g. USD' });
      return z.object({ amount, currency }, { error: 'must be an amount with a currency, e.g. USD 1,000,000' });
    }
    case 'duration': {
      const msg = `must be a period${bounds(v.min, v.max)}`;
      let amount = z.number({ error: msg }).positive({ error: msg });
      if (v.min !== undefined) amount = amount.min(v.min, { error: msg });
      if (v.max !== undefined) amount = amount.max(v.max, { error: msg });
      return z.object(
        { amount, unit: z.enum(v.units, { error: `must be counted in ${v.units.join(' or ')}` }) },
        { error: `must be a period, e.g. 30 ${v.units[0]}` },
      );
    }
    case 'percentage': {
      const lo = v.min ?? 0;
      const hi = v.max ?? 100;
      const msg = `must be a percentage between ${lo} and ${hi}`;
      return z.number({ error: msg }).min(lo, { error: msg }).max(hi, { error: msg });
    }
    case 'party':
      return z.string({ error: 'must name a party' }).min(1, { error: 'must name a party' });
    case 'list': {
      const msg = v.minItems ? `needs at least ${v.minItems} entr${v.minItems === 1 ? 'y' : 'ies'}` : 'must be a list of entries';
      return z.array(z.string().trim().min(1, { error: 'has an empty entry' }), { error: msg }).min(v.minItems ?? 0, { error: msg });
    }
  }
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

export type ValueCheck = { ok: true; value: unknown } | { ok: false; empty: boolean; message: string };

/** Checks a value against its variable; the message reads after the variable's label. */
export function checkValue(v: Variable, value: unknown): ValueCheck {
  if (isEmptyValue(value)) return { ok: false, empty: true, message: 'has no value yet' };
  const r = valueSchema(v).safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, empty: false, message: r.error.issues[0]?.message ?? 'is not valid' };
}

const grouped = formatNumber;

/** The text a valid value prints as. `partyTerm` maps a party role to its defined term. */
export function formatValue(v: Variable, value: unknown, partyTerm: (role: string) => string): string {
  switch (v.type) {
    case 'text':
      return String(value);
    case 'integer':
      return String(value);
    case 'date':
      return formatDate(String(value));
    case 'enum':
      return v.options.find((o) => o.value === value)?.label ?? String(value);
    case 'money': {
      const m = value as { amount: number; currency: string };
      return `${m.currency} ${grouped(m.amount)}`;
    }
    case 'duration': {
      const d = value as { amount: number; unit: string };
      const unit = d.amount === 1 ? d.unit.replace(/s$/, '') : d.unit;
      return `${grouped(d.amount)} ${unit}`;
    }
    case 'percentage':
      return `${grouped(value as number)}%`;
    case 'party':
      return partyTerm(String(value));
    case 'list': {
      const items = value as string[];
      return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
    }
  }
}

/** The default of a variable as a value, where the library gives one. */
export function defaultValue(v: Variable): unknown {
  return v.default === undefined ? undefined : structuredClone(v.default);
}

/** The value in force: the matter's own, else (for a variable kept on a party) the party's field. */
export function effectiveValue(v: Variable, own: unknown, parties: ReadonlyArray<{ role: string; icocaStatus?: string; legalName: string }>): unknown {
  if (!isEmptyValue(own) || !v.fromParty) return own;
  const party = parties.find((p) => p.role === v.fromParty!.role);
  return party?.[v.fromParty.field];
}

/** How a value of this variable is written in a matter file, for people editing JSON by hand. */
export function valueFormatHint(v: Variable): string {
  switch (v.type) {
    case 'text':
      return 'text in quotes';
    case 'integer':
      return `a whole number${v.min !== undefined || v.max !== undefined ? `, ${v.min ?? ''}–${v.max ?? ''}` : ''}`;
    case 'date':
      return 'a date, "YYYY-MM-DD"';
    case 'enum':
      return `one of ${v.options.map((o) => JSON.stringify(o.value)).join(', ')}`;
    case 'money':
      return `{ "amount": 1000000, "currency": "${v.currency ?? 'USD'}" }`;
    case 'duration':
      return `{ "amount": 30, "unit": "${v.units[0]}" }`;
    case 'percentage':
      return 'a number of per cent, e.g. 60';
    case 'party':
      return 'a party role, e.g. "provider"';
    case 'list':
      return 'a list, e.g. ["first", "second"]';
  }
}
