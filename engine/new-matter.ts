// Runtime: any (pure). A starter matter: every clause the facts require already selected, at the
// first alternative these facts allow, with the library's default values filled in.
import type { DocumentKind, Clause } from '../clauses/schema.ts';
import type { PartialFacts } from '../clauses/facts.ts';
import { tokensOf } from '../clauses/markup.ts';
import { MatterSchema, type Matter, type PartyInput, type SelectedClause } from './matter.ts';
import { loadLibrary, templateFor, type Library } from './library.ts';
import { requiredClauses, applicable } from './selection.ts';
import { completeFacts, holds } from './rules.ts';
import { defaultValue } from './values.ts';

export interface NewMatterInput {
  kind: DocumentKind;
  id: string;
  /** ISO timestamp; passed in so the engine never reads the clock */
  now: string;
  facts?: PartialFacts;
  title?: string;
  parties?: PartyInput[];
}

/** The selection a clause starts with: first alternative these facts allow, default values. */
export function startingSelection(clause: Clause, facts: PartialFacts): SelectedClause {
  const all = completeFacts(facts);
  const alternative = clause.alternatives.find((a) => !a.conflictsWhen || !holds(a.conflictsWhen, all)) ?? clause.alternatives[0]!;
  const values: Record<string, unknown> = {};
  for (const v of clause.variables) {
    const d = defaultValue(v);
    if (d !== undefined) values[v.name] = d;
  }
  return { alternative: alternative.id, values };
}

export function newMatter(input: NewMatterInput, library: Library = loadLibrary()): Matter {
  const template = templateFor(input.kind, library);
  const facts = input.facts ?? {};
  const clauses: Record<string, SelectedClause> = {};
  const placed = new Set([...template.articles.flatMap((a) => a.slots.map((s) => s.clause)), ...template.annexes.map((s) => s.clause)]);
  const select = (id: string) => {
    const clause = library.clauses.get(id);
    if (!clause || clauses[id]) return;
    clauses[id] = startingSelection(clause, facts);
    // Bring in what the chosen text refers to (annexes, other clauses), where it applies.
    for (const t of tokensOf(clause.alternatives.find((a) => a.id === clauses[id]!.alternative)!.body)) {
      const target = t.type === 'xref' ? library.clauses.get(t.id) : undefined;
      if (target && placed.has(target.id) && applicable(target, { facts })) select(target.id);
    }
  };
  for (const id of requiredClauses({ facts, kind: input.kind }, template, library).keys()) select(id);

  const values: Record<string, unknown> = {};
  for (const v of template.variables) {
    const d = defaultValue(v);
    if (d !== undefined) values[v.name] = d;
  }
  const given = new Map((input.parties ?? []).map((p) => [p.role, p]));
  const parties = template.parties.map((tp) => given.get(tp.role) ?? { role: tp.role, legalName: '' });
  for (const p of input.parties ?? []) if (!template.parties.some((tp) => tp.role === p.role)) parties.push(p);

  return MatterSchema.parse({
    id: input.id,
    kind: input.kind,
    title: input.title ?? template.title,
    templateId: template.id,
    templateVersion: template.version,
    parties,
    facts,
    values,
    clauses,
    status: 'draft',
    createdAt: input.now,
    updatedAt: input.now,
  });
}

/** Every fact answered, for display and for files that record the whole questionnaire. */
export const answeredFacts = completeFacts;
