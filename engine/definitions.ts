// Runtime: any (pure). Which glossary terms a document defines: those its text uses, and the
// terms those definitions use in turn. Party terms are defined in the parties block instead.
// Shared by assemble (which prints them) and validate (which checks their values and references).
import type { GlossaryEntry } from '../clauses/schema.ts';
import { blockTexts } from '../clauses/markup.ts';
import type { Template } from '../templates/schema.ts';
import type { Library } from './library.ts';
import type { IncludedClause } from './selection.ts';
import { termMatcher } from './terms.ts';
import { memo } from './memo.ts';

export function definedTerms(template: Template, included: IncludedClause[], library: Library): GlossaryEntry[] {
  const { candidates, matcher } = memo(library, `glossary:${template.kind}`, () => {
    const candidates = library.glossary.filter((g) => g.kinds.includes(template.kind) && !template.parties.some((p) => p.term === g.term));
    return { candidates, matcher: termMatcher(candidates) };
  });
  let used = matcher.used([...included.flatMap((c) => blockTexts(c.body)), ...template.recitals]);
  for (let grew = true; grew; ) {
    const more = matcher.used(candidates.filter((g) => used.has(g.term)).map((g) => g.definition));
    grew = [...more].some((t) => !used.has(t));
    used = new Set([...used, ...more]);
  }
  return candidates.filter((g) => used.has(g.term)).sort((a, b) => compareTerms(a.term, b.term));
}

const folded = (term: string) => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Alphabetical order of defined terms, the same in every runtime: case and accents ignored first
 * ("ICoC" beside "ICoCA", "Équipe" among the Es), then the exact text. localeCompare gives the
 * same order for the library's terms (tested) but loads ICU's collator (~10 ms of a one-shot
 * export), and its order can change between the ICU versions of Electron and Node.
 */
export function compareTerms(a: string, b: string): number {
  const x = folded(a);
  const y = folded(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
