// Runtime: any (pure). Loads the clause library and the templates, parses every entry with its
// schema and cross-checks them, so a broken placeholder or reference fails here (and in a test),
// never in a user's document.
import * as z from 'zod';
import { ClauseSchema, GlossaryEntrySchema, type Clause, type DocumentKind, type GlossaryEntry, type Variable } from '../clauses/schema.ts';
import { ProvisionSchema, RequirementRuleSchema, type Provision, type RequirementRule } from '../clauses/provision-schema.ts';
import { tokensOf, tokenize, malformedMarkup, blockTexts, paragraphCount } from '../clauses/markup.ts';
import type { ClauseGroup } from '../clauses/group.ts';
import { provisions as catalogue, houseProvisions } from '../clauses/provisions.ts';
import { requirementRules } from '../clauses/requirement-rules.ts';
import { TemplateSchema, type Template, type TemplateInput } from '../templates/schema.ts';
import { checkValue } from './values.ts';
import { shippedLibrary } from './library-shipped.ts';
import { fromSnapshot } from './library-snapshot.ts';

export interface Library {
  clauses: Map<string, Clause>;
  templates: Map<DocumentKind, Template>;
  glossary: GlossaryEntry[];
  provisions: Map<string, Provision>;
  /** provision id → clause ids that satisfy it */
  coverage: Map<string, string[]>;
  rules: RequirementRule[];
}

export interface LibrarySource {
  groups: ClauseGroup[];
  templates: TemplateInput[];
  provisions?: Provision[];
  rules?: RequirementRule[];
}

export class LibraryError extends Error {
  constructor(readonly problems: string[]) {
    super(`The clause library has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'LibraryError';
  }
}

const where = (path: readonly PropertyKey[]) => path.map(String).join('.');

function parseAll<T>(schema: z.ZodType<T>, inputs: unknown[], label: (input: unknown, i: number) => string, problems: string[]): T[] {
  const out: T[] = [];
  inputs.forEach((input, i) => {
    const r = schema.safeParse(input);
    if (r.success) out.push(r.data);
    else for (const issue of r.error.issues) problems.push(`${label(input, i)}: ${where(issue.path)}: ${issue.message}`);
  });
  return out;
}

const idOf = (x: unknown, i: number) => `#${i} "${(x as { id?: string; term?: string })?.id ?? (x as { term?: string })?.term ?? '?'}"`;

export function buildLibrary(source: LibrarySource): Library {
  const problems: string[] = [];
  const clauses = new Map<string, Clause>();
  const glossary: GlossaryEntry[] = [];
  const coverage = new Map<string, string[]>();

  for (const group of source.groups) {
    for (const clause of parseAll(ClauseSchema, group.clauses, (x, i) => `clause ${idOf(x, i)} of group ${group.name}`, problems)) {
      if (clauses.has(clause.id)) problems.push(`clause "${clause.id}" is defined twice (again in group ${group.name})`);
      clauses.set(clause.id, clause);
    }
    glossary.push(...parseAll(GlossaryEntrySchema, group.glossary, (x, i) => `glossary entry ${idOf(x, i)} of group ${group.name}`, problems));
    for (const [provision, ids] of Object.entries(group.coverage)) coverage.set(provision, [...(coverage.get(provision) ?? []), ...ids]);
  }
  const templates = new Map<DocumentKind, Template>();
  for (const t of parseAll(TemplateSchema, source.templates, (x, i) => `template ${idOf(x, i)}`, problems)) {
    if (templates.has(t.kind)) problems.push(`two templates for ${t.kind}`);
    templates.set(t.kind, t);
  }
  const provisions = new Map<string, Provision>();
  for (const p of parseAll(ProvisionSchema, source.provisions ?? [...catalogue, ...houseProvisions], (x, i) => `provision ${idOf(x, i)}`, problems)) {
    if (provisions.has(p.id)) problems.push(`provision "${p.id}" is listed twice`);
    provisions.set(p.id, p);
  }
  const rules = parseAll(RequirementRuleSchema, source.rules ?? requirementRules, (x, i) => `rule ${idOf(x, i)}`, problems);

  checkGlossary(glossary, templates, clauses, problems);
  for (const clause of clauses.values()) checkClause(clause, clauses, templates, problems);
  for (const t of templates.values()) checkTemplate(t, clauses, problems);
  for (const [provision, ids] of coverage) {
    if (!provisions.has(provision)) problems.push(`coverage names the unknown provision "${provision}"`);
    for (const id of ids) if (!clauses.has(id)) problems.push(`coverage of "${provision}" names the unknown clause "${id}"`);
  }
  for (const rule of rules)
    for (const id of rule.requires) if (!provisions.has(id)) problems.push(`rule "${rule.id}" requires the unknown provision "${id}"`);

  if (problems.length) throw new LibraryError(problems);
  return { clauses, templates, glossary, provisions, coverage, rules };
}

function checkGlossary(glossary: GlossaryEntry[], templates: Map<DocumentKind, Template>, clauses: Map<string, Clause>, problems: string[]) {
  const clausesServing = (kind: DocumentKind) => new Set([...clauses.values()].filter((c) => c.kinds.includes(kind)).map((c) => c.id));
  const seen = new Set<string>();
  for (const g of glossary) {
    for (const kind of g.kinds) {
      const key = `${kind}:${g.term}`;
      if (seen.has(key)) problems.push(`the term "${g.term}" is defined twice for ${kind}`);
      seen.add(key);
      const vars = new Set(templates.get(kind)?.variables.map((v) => v.name) ?? []);
      for (const t of tokenize(g.definition)) {
        if (t.type === 'var' && !vars.has(t.name)) problems.push(`the definition of "${g.term}" uses {{${t.name}}}, which the ${kind} template does not declare`);
        if (t.type === 'xref' && !clausesServing(kind).has(t.id)) problems.push(`the definition of "${g.term}" cross-refers to {@${t.id}}, which is no ${kind} clause or annex`);
      }
    }
  }
}

function checkVariables(owner: string, variables: Variable[], problems: string[]) {
  const names = new Set<string>();
  for (const v of variables) {
    if (names.has(v.name)) problems.push(`${owner} declares the variable "${v.name}" twice`);
    names.add(v.name);
    if (v.default !== undefined && v.type !== 'party') {
      const r = checkValue(v, v.default);
      if (!r.ok) problems.push(`${owner}: the default of "${v.name}" ${r.message}`);
    }
  }
}

function checkClause(clause: Clause, clauses: Map<string, Clause>, templates: Map<DocumentKind, Template>, problems: string[]) {
  const owner = `clause "${clause.id}"`;
  checkVariables(owner, clause.variables, problems);
  const own = new Set(clause.variables.map((v) => v.name));
  const alternativeIds = new Set<string>();
  for (const alt of clause.alternatives) {
    if (alternativeIds.has(alt.id)) problems.push(`${owner} has two alternatives "${alt.id}"`);
    alternativeIds.add(alt.id);
    for (const text of blockTexts(alt.body))
      for (const bad of malformedMarkup(text)) problems.push(`${owner}, alternative "${alt.id}": malformed markup "${bad}"`);
    if (clause.role === 'clause' && alt.body.some((b) => typeof b === 'object' && ('table' in b || 'h' in b)))
      problems.push(`${owner}, alternative "${alt.id}": tables and headings belong in annexes`);
    for (const t of tokensOf(alt.body)) {
      if (t.type === 'var' && !own.has(t.name)) {
        const missingIn = clause.kinds.filter((k) => !templates.get(k)?.variables.some((v) => v.name === t.name));
        if (missingIn.length) problems.push(`${owner}, alternative "${alt.id}": {{${t.name}}} is neither a clause variable nor a document variable of ${missingIn.join(', ')}`);
      }
      if (t.type === 'xref') {
        const target = clauses.get(t.id);
        if (!target) problems.push(`${owner}, alternative "${alt.id}": cross-reference {@${t.id}} names no clause or annex`);
        else if (t.paragraph && (target.role === 'annex' || target.alternatives.some((a) => paragraphCount(a.body) < t.paragraph!)))
          problems.push(`${owner}, alternative "${alt.id}": {@${t.id}#${t.paragraph}} names a paragraph that ${target.role === 'annex' ? 'an annex does not number' : 'not every position of that clause has'}`);
        else if (!clause.kinds.some((k) => target.kinds.includes(k))) problems.push(`${owner}: cross-reference {@${t.id}} names a clause of another kind of document`);
      }
    }
  }
}

function checkTemplate(t: Template, clauses: Map<string, Clause>, problems: string[]) {
  const owner = `template "${t.id}"`;
  checkVariables(owner, t.variables, problems);
  const placed = new Set<string>();
  const place = (id: string, role: 'clause' | 'annex', where: string) => {
    const c = clauses.get(id);
    if (!c) problems.push(`${owner}: ${where} names the unknown clause "${id}"`);
    else {
      if (c.role !== role) problems.push(`${owner}: "${id}" is ${c.role === 'annex' ? 'an annex' : 'a clause'} but is placed as ${role === 'annex' ? 'an annex' : 'a clause'}`);
      if (!c.kinds.includes(t.kind)) problems.push(`${owner}: "${id}" does not serve ${t.kind}`);
    }
    if (placed.has(id)) problems.push(`${owner}: "${id}" is placed twice`);
    placed.add(id);
  };
  const articleIds = new Set<string>();
  for (const a of t.articles) {
    if (articleIds.has(a.id)) problems.push(`${owner}: two articles "${a.id}"`);
    articleIds.add(a.id);
    for (const s of a.slots) place(s.clause, 'clause', `article "${a.id}"`);
  }
  for (const s of t.annexes) place(s.clause, 'annex', 'the annexes');
  if (t.articles.filter((a) => a.definitions).length !== 1) problems.push(`${owner}: exactly one article must be the definitions article`);
  const vars = new Set(t.variables.map((v) => v.name));
  for (const text of t.recitals)
    for (const tok of tokenize(text)) if (tok.type === 'var' && !vars.has(tok.name)) problems.push(`${owner}: a recital uses {{${tok.name}}}, which is not declared`);
}

let cached: Library | undefined;

/**
 * The library shipped with Mandate, parsed and checked once: at build time in the bundles (the
 * snapshot), at first use from the sources. Throws LibraryError on any problem.
 */
export function loadLibrary(): Library {
  cached ??= shippedLibrary.snapshot ? fromSnapshot(shippedLibrary.snapshot) : buildLibrary(shippedLibrary.source!);
  return cached;
}

export function templateFor(kind: DocumentKind, library: Library = loadLibrary()): Template {
  const t = library.templates.get(kind);
  if (!t) throw new Error(`No template for ${kind}`);
  return t;
}

export function clauseById(id: string, library: Library = loadLibrary()): Clause | undefined {
  return library.clauses.get(id);
}
