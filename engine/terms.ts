// Runtime: any (pure). Defined terms: which glossary terms a text uses, found in one pass with
// one alternation regex (longest terms first, so "Public Security Forces" wins over shorter ones).
import type { GlossaryEntry } from '../clauses/schema.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface TermMatcher {
  /** the terms (canonical form) used in these texts */
  used(texts: Iterable<string>): Set<string>;
}

export function termMatcher(entries: GlossaryEntry[]): TermMatcher {
  const canonical = new Map<string, string>();
  for (const e of entries) for (const form of [e.term, ...e.forms]) canonical.set(form, e.term);
  const forms = [...canonical.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return { used: () => new Set() };
  // Word boundaries that also work for terms ending in a non-word character (e.g. "ICoC").
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return {
    used(texts) {
      const out = new Set<string>();
      for (const text of texts) for (const m of text.matchAll(re)) out.add(canonical.get(m[0])!);
      return out;
    },
  };
}

/** "means …" is added unless the definition already says how it defines ("means", "includes" …). */
export function definitionLead(definition: string): string {
  return /^(means|includes|has the meaning|refers to|is )/.test(definition.trim()) ? '' : 'means ';
}
