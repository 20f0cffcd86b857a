// Runtime: any (pure). Which clauses a matter contains and which it must contain. Shared by
// new-matter, assemble and validate so they can never disagree about the document's content.
import type { Alternative, Block, Clause } from '../clauses/schema.ts';
import type { Template, Slot } from '../templates/schema.ts';
import type { Matter, SelectedClause } from './matter.ts';
import type { Library } from './library.ts';
import { requirements } from './requirements.ts';
import { completeFacts, holds } from './rules.ts';

export interface IncludedClause {
  id: string;
  clause: Clause;
  selection: SelectedClause;
  /** the chosen alternative (the preferred one when the chosen id is unknown; validate reports it) */
  alternative: Alternative;
  /** the text in force: the per-matter edit if any, else the alternative's body */
  body: Block[];
  /** the article it sits in, or undefined for an annex */
  articleId?: string;
}

/** The clauses the matter must contain, with the reason for each. */
export function requiredClauses(matter: Pick<Matter, 'facts' | 'kind'>, template: Template, library: Library): Map<string, string> {
  const facts = completeFacts(matter.facts);
  const required = new Map<string, string>();
  const slots: Slot[] = [...template.articles.flatMap((a) => a.slots), ...template.annexes];
  for (const s of slots) {
    if (s.required === true) required.set(s.clause, `Every ${template.title} needs it`);
    else if (s.required && holds(s.required, facts)) required.set(s.clause, 'Required for these facts by the template');
  }
  for (const req of requirements(matter.facts, matter.kind, library)) {
    const first = req.clauseIds[0];
    if (first && !req.clauseIds.some((id) => required.has(id))) required.set(first, req.reasons.join('; '));
  }
  return required;
}

export function includedClauses(matter: Matter, template: Template, library: Library): IncludedClause[] {
  const out: IncludedClause[] = [];
  const include = (id: string, articleId?: string) => {
    const selection = matter.clauses[id];
    const clause = library.clauses.get(id);
    if (!selection || !clause) return;
    const alternative = clause.alternatives.find((a) => a.id === selection.alternative) ?? clause.alternatives[0]!;
    out.push({ id, clause, selection, alternative, body: selection.edit?.body ?? alternative.body, articleId });
  };
  for (const a of template.articles) for (const s of a.slots) include(s.clause, a.id);
  for (const s of template.annexes) include(s.clause);
  return out;
}

/** Annexes that apply to these facts (no rule, or the rule holds). */
export function applicable(clause: Clause, matter: Pick<Matter, 'facts'>): boolean {
  return !clause.appliesWhen || holds(clause.appliesWhen, completeFacts(matter.facts));
}
