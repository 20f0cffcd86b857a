// Runtime: any (pure). Reading one answer (a CSV cell, a JSON value, a field of the workspace)
// against its criterion. One reader for every source, so a cell means the same thing however it
// arrives, and every refusal says what was expected.
import { formatNumber } from '../number-format.ts';
import { icocaStatuses, type IcocaStatus } from '../matter.ts';
import type { Answer, Criterion } from './model.ts';

export type AnswerReading = { ok: true; value: Answer | undefined } | { ok: false; reason: string };

/** The decimal separator of the source: "," in semicolon CSVs from European spreadsheets. */
export type DecimalMark = '.' | ',';

const yes = new Set(['yes', 'y', 'true', '1']);
const no = new Set(['no', 'n', 'false', '0']);

const icocaWords: Record<string, IcocaStatus> = {
  'certified-member': 'certified-member',
  certified: 'certified-member',
  'transitional-member': 'transitional-member',
  transitional: 'transitional-member',
  affiliate: 'affiliate',
  none: 'none',
  'not-a-member': 'none',
  'non-member': 'none',
};

/**
 * A number as people type it: "1250", "1,250.50" (or "1.250,50" where the decimal mark is ","),
 * "1 250", with spaces or no-break spaces between thousands. Anything else is refused rather
 * than guessed at: "12.5.3", "1,25,0", "12abc", "1e3".
 */
export function parseNumber(text: string, decimal: DecimalMark): number | undefined {
  const s = text.replace(/[\s\u00a0\u202f]/g, '');
  const group = decimal === '.' ? ',' : '.';
  const d = decimal === '.' ? '\\.' : ',';
  const g = group === '.' ? '\\.' : ',';
  const plain = new RegExp(`^-?\\d+(?:${d}\\d+)?$`);
  const grouped = new RegExp(`^-?\\d{1,3}(?:${g}\\d{3})+(?:${d}\\d+)?$`);
  if (!plain.test(s) && !grouped.test(s)) return undefined;
  const n = Number(s.split(group).join('').replace(decimal, '.'));
  return Number.isFinite(n) ? n : undefined;
}

function numberFrom(raw: unknown, decimal: DecimalMark): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') return parseNumber(raw, decimal);
  return undefined;
}

const numberHint = (decimal: DecimalMark) => (decimal === '.' ? 'write digits, e.g. 1250 or 1250.50' : 'write digits, e.g. 1250 or 1250,50');

/** Reads one answer. Blank (empty, spaces, null, undefined) is "not answered", never an error. */
export function readAnswer(criterion: Criterion, raw: unknown, decimal: DecimalMark = '.'): AnswerReading {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { ok: true, value: undefined };
  const text = typeof raw === 'string' ? raw.trim() : raw;
  switch (criterion.type) {
    case 'gate': {
      if (typeof text === 'boolean') return { ok: true, value: text };
      const word = String(text).toLowerCase();
      if (yes.has(word)) return { ok: true, value: true };
      if (no.has(word)) return { ok: true, value: false };
      return { ok: false, reason: 'a pass/fail question is answered "yes" or "no"' };
    }
    case 'scale': {
      const n = numberFrom(text, decimal);
      if (n === undefined || !Number.isInteger(n) || n < 0 || n > 5) return { ok: false, reason: 'marks are whole numbers from 0 to 5' };
      return { ok: true, value: n };
    }
    case 'threshold':
    case 'linear':
    case 'price': {
      const n = numberFrom(text, decimal);
      if (n === undefined) return { ok: false, reason: `not a number: ${numberHint(decimal)}${criterion.type === 'price' ? ', without the currency' : ''}` };
      if (n < 0) return { ok: false, reason: 'must not be negative' };
      if (criterion.type === 'price' && n === 0) return { ok: false, reason: 'a price of 0 cannot be compared; enter the price the bidder quoted' };
      return { ok: true, value: n };
    }
    case 'icoca': {
      const word = String(text).toLowerCase().replace(/[\s_]+/g, '-');
      const status = icocaWords[word];
      if (!status) return { ok: false, reason: `an ICoCA status is one of: ${icocaStatuses.join(', ')}` };
      return { ok: true, value: status };
    }
    case 'record': {
      if (criterion.valueType === 'text') return { ok: true, value: String(text) };
      const n = numberFrom(text, decimal);
      if (n === undefined) return { ok: false, reason: `not a number: ${numberHint(decimal)}` };
      return { ok: true, value: n };
    }
  }
}

/** An answer as a person reads it in a table or report. */
export function answerText(criterion: Criterion, value: Answer | undefined): string {
  if (value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (criterion.type === 'icoca') return String(value).replace('-', ' ');
  if (typeof value === 'number') {
    const n = formatNumber(value);
    if (criterion.type === 'scale') return `${n}/5`;
    const unit = 'unit' in criterion ? criterion.unit : '';
    return unit === '%' ? `${n}%` : unit ? `${n} ${unit}` : n;
  }
  return value;
}
