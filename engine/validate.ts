// Runtime: any (pure). Matter → findings, each pointing at a clause or a field, saying why and
// citing the standard. Signature-ready means zero blocking findings. Fast enough to run on every
// keystroke: it works on the marked-up text, without assembling the document.
import type { Variable } from '../clauses/schema.ts';
import { tokenize, malformedMarkup, blockTexts, paragraphCount } from '../clauses/markup.ts';
import { factQuestions } from '../clauses/questions.ts';
import type { Finding } from './findings.ts';
import type { Matter } from './matter.ts';
import { loadLibrary, type Library } from './library.ts';
import { requirements, ruleFindings } from './requirements.ts';
import { includedClauses, requiredClauses, type IncludedClause } from './selection.ts';
import { completeFacts, describeRule, holds } from './rules.ts';
import { checkValue, effectiveValue, isValidIsoDate } from './values.ts';
import { termMatcher } from './terms.ts';
import { definedTerms } from './definitions.ts';
import { memo } from './memo.ts';

export { isSignatureReady } from './findings.ts';

const q = (s: string) => `“${s}”`;
/** Help text as a sentence: capitalised, with a full stop. */
const sentence = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}${/[.!?)"”]$/.test(s) ? '' : '.'}`;

export function validate(matter: Matter, library: Library = loadLibrary()): Finding[] {
  const findings: Finding[] = [];
  const template = library.templates.get(matter.kind);
  if (!template) return [{ severity: 'blocking', code: 'template-unknown', message: `There is no template for ${matter.kind}.`, where: { field: 'kind' }, fix: 'Choose psp-contract or public-security-mou.' }];
  const facts = completeFacts(matter.facts);
  const add = (f: Finding) => findings.push(f);

  if (matter.templateId !== template.id)
    add({ severity: 'blocking', code: 'template-unknown', message: `This matter names the template ${q(matter.templateId)}, but the ${matter.kind} template is ${q(template.id)}.`, where: { field: 'templateId' }, fix: `Set templateId to ${q(template.id)}.` });
  else if (matter.templateVersion !== template.version)
    add({ severity: 'warning', code: 'template-version', message: `This matter was drafted against version ${matter.templateVersion} of the template; the library now has version ${template.version}.`, where: { field: 'templateVersion' }, fix: 'Review the changed clauses, then update the template version.' });

  for (const { finding } of ruleFindings(matter.facts, matter.kind, library))
    add({ severity: finding.severity, code: finding.code, message: finding.message, where: { field: `facts` }, source: undefined, fix: finding.fix });

  const placed = new Set([...template.articles.flatMap((a) => a.slots.map((s) => s.clause)), ...template.annexes.map((s) => s.clause)]);
  for (const id of Object.keys(matter.clauses)) {
    if (!library.clauses.has(id)) add({ severity: 'blocking', code: 'clause-unknown', message: `The clause ${q(id)} is not in the clause library.`, where: { clauseId: id }, fix: 'Remove it from the matter, or pick a clause from the library.' });
    else if (!placed.has(id)) add({ severity: 'blocking', code: 'clause-not-in-template', message: `The clause ${q(library.clauses.get(id)!.title)} has no place in the ${template.title}.`, where: { clauseId: id }, fix: 'Remove it from the matter.' });
  }

  // Provisions the standards require for these facts.
  const selected = new Set(Object.keys(matter.clauses));
  for (const req of requirements(matter.facts, matter.kind, library)) {
    if (req.clauseIds.some((id) => selected.has(id))) continue;
    const first = req.clauseIds[0];
    add({
      severity: 'blocking',
      code: 'provision-missing',
      message: `A required provision is missing (standards catalogue ${req.provision.ref}): ${req.provision.summary}. Why it is required: ${req.reasons.join('; ')}.`,
      where: { provisionId: req.provision.id, ...(first ? { clauseId: first } : {}) },
      source: req.source,
      fix: first ? `Add the clause ${q(library.clauses.get(first)!.title)}.` : 'The library has no clause for this provision yet; draft one and have it reviewed.',
    });
  }
  for (const [id, reason] of requiredClauses(matter, template, library)) {
    if (selected.has(id)) continue;
    if (findings.some((f) => f.code === 'provision-missing' && f.where.clauseId === id)) continue;
    add({ severity: 'blocking', code: 'clause-missing', message: `The clause ${q(library.clauses.get(id)?.title ?? id)} is required (${reason}).`, where: { clauseId: id }, fix: `Add the clause ${q(library.clauses.get(id)?.title ?? id)}.` });
  }

  const included = includedClauses(matter, template, library);
  const includedIds = new Set(included.map((c) => c.id));
  const docVars = new Map(template.variables.map((v) => [v.name, v]));
  const docVarsUsed = new Set<string>();
  const partyLabel = (role: string) => template.parties.find((p) => p.role === role)?.label ?? role;
  const includedById = new Map(included.map((i) => [i.id, i]));
  for (const c of included) checkIncludedClause(c, { facts, add, includedIds, included: includedById, docVars, docVarsUsed, library, parties: matter.parties, partyLabel });

  // Document-level values used anywhere in the text (recitals and definitions included).
  for (const r of template.recitals) for (const t of tokenize(r)) if (t.type === 'var') docVarsUsed.add(t.name);
  for (const g of definedTerms(template, included, library))
    for (const t of tokenize(g.definition)) {
      if (t.type === 'var') docVarsUsed.add(t.name);
      if (t.type === 'xref' && !includedIds.has(t.id)) {
        const target = library.clauses.get(t.id)!;
        add({ severity: 'blocking', code: 'xref-unresolved', message: `The definition of ${q(g.term)} refers to ${q(target.title)}, which is not in this document.`, where: { clauseId: t.id }, fix: `Add ${q(target.title)}.` });
      }
    }
  for (const name of docVarsUsed) {
    const v = docVars.get(name);
    if (v) checkValueFinding(v, matter.values[name], undefined, add);
  }
  for (const v of template.variables) if (v.type === 'date') checkDateOrder(v, (n) => matter.values[n], (n) => docVars.get(n), undefined, add);
  if (isValidIsoDate(matter.documentDate) && typeof matter.values.effectiveDate === 'string' && isValidIsoDate(matter.values.effectiveDate) && matter.values.effectiveDate < matter.documentDate)
    add({ severity: 'warning', code: 'date-order', message: 'The effective date is earlier than the date of the document: the agreement would take effect retroactively.', where: { field: 'values.effectiveDate' }, fix: 'Check that backdating is intended, or move the effective date.' });
  for (const name of Object.keys(matter.values))
    if (!docVars.has(name)) add({ severity: 'warning', code: 'value-unknown', message: `The document value ${q(name)} is not used by the template (a typing error?).`, where: { field: `values.${name}` }, fix: 'Remove it, or correct its name.' });

  checkParties(matter, template, add);
  checkTerms(matter, included, library, add);
  return findings;
}

interface ClauseCheckContext {
  facts: ReturnType<typeof completeFacts>;
  add: (f: Finding) => void;
  includedIds: Set<string>;
  included: Map<string, IncludedClause>;
  docVars: Map<string, Variable>;
  docVarsUsed: Set<string>;
  library: Library;
  parties: Matter['parties'];
  partyLabel: (role: string) => string;
}

function checkIncludedClause(c: IncludedClause, x: ClauseCheckContext) {
  const { clause, selection } = c;
  const where = { clauseId: c.id };
  const src = memo(clause, 'sources', () => clause.sources.map((s) => `${s.standard}${s.ref ? ` ${s.ref}` : ''}`).join('; '));
  if (!clause.alternatives.some((a) => a.id === selection.alternative))
    x.add({ severity: 'blocking', code: 'alternative-unknown', message: `${q(clause.title)} has no alternative ${q(selection.alternative)}.`, where, fix: `Choose one of: ${clause.alternatives.map((a) => a.label).join('; ')}.` });
  if (clause.conflictsWhen && holds(clause.conflictsWhen, x.facts))
    x.add({ severity: 'blocking', code: 'incompatible-clause', message: `${q(clause.title)} contradicts the engagement facts (${describeRule(clause.conflictsWhen)}).`, where, source: src, fix: 'Remove the clause, or correct the engagement facts.' });
  else if (clause.appliesWhen && !holds(clause.appliesWhen, x.facts))
    x.add({ severity: 'warning', code: 'clause-not-needed', message: `${q(clause.title)} only applies when ${describeRule(clause.appliesWhen)}; these facts do not call for it.`, where, fix: 'Remove the clause unless the deal needs it for another reason.' });
  const alt = c.alternative;
  if (alt.conflictsWhen && holds(alt.conflictsWhen, x.facts))
    x.add({ severity: 'blocking', code: 'incompatible-alternative', message: `The position ${q(alt.label)} in ${q(clause.title)} contradicts the engagement facts (${describeRule(alt.conflictsWhen)}).`, where, source: src, fix: `Choose another position: ${clause.alternatives.filter((a) => a !== alt).map((a) => q(a.label)).join(', ')}.` });
  if (alt.requiresParty && !x.parties.some((p) => p.role === alt.requiresParty && p.legalName.trim()))
    x.add({ severity: 'blocking', code: 'party-missing', message: `The position ${q(alt.label)} in ${q(clause.title)} needs the ${x.partyLabel(alt.requiresParty)} as a party, and the matter has none.`, where: { ...where, field: 'parties' }, fix: `Add the ${x.partyLabel(alt.requiresParty)} to the parties, or choose another position.` });
  if (alt.belowStandard)
    x.add({ severity: 'warning', code: 'below-standard', message: `The fallback ${q(alt.label)} in ${q(clause.title)} falls below ${alt.belowStandard.standard}: ${alt.belowStandard.risk}`, where, source: alt.belowStandard.standard, fix: 'Return to the preferred position if the counterparty accepts it, or record why the fallback is justified.' });
  if (selection.edit) {
    if (!selection.edit.reviewed)
      x.add({ severity: 'warning', code: 'edit-unreviewed', message: `The text of ${q(clause.title)} was changed for this matter and has not been reviewed.`, where, fix: 'Review the redline against the library text and mark it reviewed.' });
    if (selection.edit.baseVersion < clause.version)
      x.add({ severity: 'warning', code: 'edit-outdated', message: `The edited text of ${q(clause.title)} was made against version ${selection.edit.baseVersion}; the library now has version ${clause.version}.`, where, fix: 'Compare the edit with the new library text.' });
    for (const text of blockTexts(c.body))
      for (const bad of malformedMarkup(text))
        x.add({ severity: 'blocking', code: 'markup-malformed', message: `The edited text of ${q(clause.title)} contains ${q(bad)}, which is neither a placeholder nor a reference.`, where, fix: 'Write placeholders as {{name}} and references as {@clause-id}, or remove the braces.' });
  }
  const own = memo(clause, 'variables', () => new Map(clause.variables.map((v) => [v.name, v])));
  const used = new Set<string>();
  for (const text of blockTexts(c.body))
    for (const t of tokenize(text)) {
      if (t.type === 'var') {
        if (own.has(t.name)) used.add(t.name);
        else if (x.docVars.has(t.name)) x.docVarsUsed.add(t.name);
        else x.add({ severity: 'blocking', code: 'placeholder-unresolved', message: `${q(clause.title)} uses the placeholder {{${t.name}}}, which names no value of this clause or document.`, where: { ...where, variable: t.name }, fix: 'Correct the placeholder or remove it from the edited text.' });
      }
      if (t.type === 'xref' && t.paragraph && x.includedIds.has(t.id)) {
        const target = x.included.get(t.id)!;
        if (paragraphCount(target.body) < t.paragraph)
          x.add({ severity: 'blocking', code: 'xref-unresolved', message: `${q(clause.title)} refers to paragraph ${t.paragraph} of ${q(target.clause.title)}, which has only ${paragraphCount(target.body)} in this document.`, where: { ...where, variable: `@${t.id}#${t.paragraph}` }, fix: 'Correct the reference, or restore the paragraph it points to.' });
      }
      if (t.type === 'xref' && !x.includedIds.has(t.id)) {
        const target = x.library.clauses.get(t.id);
        x.add({
          severity: 'blocking',
          code: 'xref-unresolved',
          message: target ? `${q(clause.title)} refers to ${q(target.title)}, which is not in this document.` : `${q(clause.title)} refers to ${q(t.id)}, which is not a clause of the library.`,
          where: { ...where, variable: `@${t.id}` },
          fix: target ? `Add ${q(target.title)}, or remove the reference.` : 'Remove or correct the reference.',
        });
      }
    }
  for (const name of used) checkValueFinding(own.get(name)!, effectiveValue(own.get(name)!, selection.values[name], x.parties), c, x.add);
  for (const v of clause.variables) if (v.type === 'date' && used.has(v.name)) checkDateOrder(v, (n) => selection.values[n], (n) => own.get(n), c, x.add);
  for (const name of Object.keys(selection.values))
    if (!own.has(name)) x.add({ severity: 'warning', code: 'value-unknown', message: `${q(clause.title)} has a value ${q(name)} that the clause does not use (a typing error?).`, where: { ...where, variable: name }, fix: 'Remove it, or correct its name.' });
}

function checkValueFinding(v: Variable, value: unknown, c: IncludedClause | undefined, add: (f: Finding) => void) {
  const r = checkValue(v, value);
  if (r.ok || (r.empty && v.optional)) return;
  const where = c ? { clauseId: c.id, variable: v.name } : { field: `values.${v.name}`, variable: v.name };
  const inClause = c ? ` in ${q(c.clause.title)}` : '';
  add(
    r.empty
      ? { severity: 'blocking', code: 'value-missing', message: `${v.label}${inClause} has no value yet.`, where, fix: `Fill in ${q(v.label)}.${v.help ? ` ${sentence(v.help)}` : ''}` }
      : { severity: 'blocking', code: 'value-invalid', message: `${v.label}${inClause} ${r.message}.`, where, fix: `Correct ${q(v.label)}: it ${r.message}.` },
  );
}

function checkDateOrder(v: Variable, valueOf: (n: string) => unknown, varOf: (n: string) => Variable | undefined, c: IncludedClause | undefined, add: (f: Finding) => void) {
  if (v.type !== 'date' || !v.notBefore) return;
  const a = valueOf(v.name);
  const b = valueOf(v.notBefore);
  if (typeof a !== 'string' || typeof b !== 'string' || !isValidIsoDate(a) || !isValidIsoDate(b) || a >= b) return;
  const other = varOf(v.notBefore)?.label ?? v.notBefore;
  add({ severity: 'blocking', code: 'date-order', message: `${v.label} (${a}) is earlier than ${other.charAt(0).toLowerCase()}${other.slice(1)} (${b}).`, where: c ? { clauseId: c.id, variable: v.name } : { field: `values.${v.name}`, variable: v.name }, fix: `Set ${v.label.charAt(0).toLowerCase()}${v.label.slice(1)} on or after ${b}.` });
}

function checkParties(matter: Matter, template: NonNullable<ReturnType<Library['templates']['get']>>, add: (f: Finding) => void) {
  const roles = new Map<string, number>();
  for (const p of matter.parties) roles.set(p.role, (roles.get(p.role) ?? 0) + 1);
  for (const [role, n] of roles) if (n > 1) add({ severity: 'blocking', code: 'party-duplicate', message: `The matter lists ${n} parties in the role ${q(role)}.`, where: { field: 'parties' }, fix: 'Keep one party per role.' });
  for (const tp of template.parties) {
    const i = matter.parties.findIndex((p) => p.role === tp.role);
    const p = matter.parties[i];
    if (!p || !p.legalName.trim()) {
      if (tp.required) add({ severity: 'blocking', code: 'party-missing', message: `The ${tp.label === tp.term ? tp.term : `${tp.label} (the ${q(tp.term)})`} has no legal name.`, where: { field: i >= 0 ? `parties[${i}].legalName` : 'parties' }, fix: `Enter the full legal name of the ${tp.term}.` });
      continue;
    }
    if (!p.signatory.name.trim() || !p.signatory.title.trim())
      add({ severity: 'blocking', code: 'signatory-missing', message: `The ${tp.term} (${p.legalName}) has no ${!p.signatory.name.trim() ? 'signatory name' : 'signatory title'}.`, where: { field: `parties[${i}].signatory.${!p.signatory.name.trim() ? 'name' : 'title'}` }, fix: `Enter the name and title of the person who signs for the ${tp.term}.` });
    if (!p.address.trim()) add({ severity: 'warning', code: 'party-address-missing', message: `The ${tp.term} has no address; notices need one.`, where: { field: `parties[${i}].address` }, fix: `Enter the registered address of the ${tp.term}.` });
    if (tp.role === 'provider' && !p.icocaStatus)
      add({ severity: 'warning', code: 'icoca-status-missing', message: 'The Provider’s status with the ICoC Association is not recorded.', where: { field: `parties[${i}].icocaStatus` }, source: 'DCAF/ICRC Toolkit, Oversight and accountability (prefer certified members)', fix: 'Record whether the Provider is a certified member, transitional member, affiliate, or none.' });
  }
}

/** Inline definitions ({def:Term}): used but defined only in a clause that is not included, or defined and never used. */
function checkTerms(matter: Matter, included: IncludedClause[], library: Library, add: (f: Finding) => void) {
  const { definedIn, matcher } = memo(library, `inline-terms:${matter.kind}`, () => {
    const definedIn = new Map<string, string>();
    for (const c of library.clauses.values())
      if (c.kinds.includes(matter.kind))
        for (const alt of c.alternatives) for (const text of blockTexts(alt.body)) for (const t of tokenize(text)) if (t.type === 'def' && !definedIn.has(t.term)) definedIn.set(t.term, c.id);
    const glossaryTerms = new Set(library.glossary.filter((g) => g.kinds.includes(matter.kind)).map((g) => g.term));
    const inlineOnly = [...definedIn.keys()].filter((t) => !glossaryTerms.has(t));
    return { definedIn, matcher: termMatcher(inlineOnly.map((term) => ({ term, forms: [`${term}s`], kinds: [matter.kind], definition: '-' }))) };
  });
  if (!definedIn.size) return;
  const here = new Map<string, string>();
  const plain: string[] = [];
  for (const c of included)
    for (const text of blockTexts(c.body)) {
      for (const t of tokenize(text)) if (t.type === 'def') here.set(t.term, c.id);
      plain.push(text.replace(/\{def:[^{}]+\}/g, ''));
    }
  const used = matcher.used(plain);
  for (const term of used)
    if (!here.has(term)) {
      const home = library.clauses.get(definedIn.get(term)!)!;
      add({ severity: 'warning', code: 'term-undefined', message: `The term ${q(term)} is used but not defined: its definition is in ${q(home.title)}, which is not in this document.`, where: { clauseId: home.id }, fix: `Add ${q(home.title)}, or define ${q(term)} where it is used.` });
    }
  for (const [term, clauseId] of here)
    if (!used.has(term)) add({ severity: 'warning', code: 'term-unused', message: `The term ${q(term)} is defined but never used elsewhere in the document.`, where: { clauseId }, fix: 'Remove the definition, or use the term.' });
}

/** The plain-language question behind a fact key, for messages and the questionnaire. */
export const questionFor = (key: string) => factQuestions.find((f) => f.key === key)?.question ?? key;
