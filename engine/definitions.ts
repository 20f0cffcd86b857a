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
  return candidates.filter((g) => used.has(g.term)).sort((a, b) => a.term.localeCompare(b.term, 'en'));
}
