// Runtime: node. The psp/framework group, its core glossary and the Security Services Agreement
// template, checked the way a reviewing lawyer would: every provision the group owns is covered,
// the template places every PSP clause of the library, the conditional clauses follow the facts,
// fallbacks are justified and flagged, a completed agreement validates clean, and the text keeps to
// the house drafting style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { group } from '../../clauses/psp/framework/index.ts';
import { ClauseSchema, type Clause, type Variable } from '../../clauses/schema.ts';
import { blockTexts, tokenize } from '../../clauses/markup.ts';
import { defaultFacts, factKeys, type EngagementFacts, type PartialFacts } from '../../clauses/facts.ts';
import { provisions } from '../../clauses/provisions.ts';
import { pspContractTemplate } from '../../templates/psp-contract.ts';
import { TemplateSchema } from '../../templates/schema.ts';
import { loadLibrary } from '../../engine/library.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { validate } from '../../engine/validate.ts';
import type { Matter } from '../../engine/matter.ts';
import { assemble } from '../../engine/assemble.ts';
import { runsText } from '../../engine/document.ts';

const library = loadLibrary();
const clauses: Clause[] = group.clauses.map((c) => ClauseSchema.parse(c));
const ownIds = new Set(clauses.map((c) => c.id));
const template = TemplateSchema.parse(pspContractTemplate);
const allTexts = (c: Clause) => c.alternatives.flatMap((a) => blockTexts(a.body));

const ownedProvisions = [
  'parties-and-definitions', 'mandate-scope-of-services', 'term-and-effective-date', 'compliance-with-law-and-standards',
  'human-rights-policy-commitment', 'icoc-vps-adherence', 'company-policies-and-code-of-conduct', 'licences-and-authorisations',
  'financial-capacity-liability-insurance', 'company-past-conduct-warranty', 'subcontracting', 'personnel-welfare-and-contracts',
  'monitoring-audit-access', 'reparation', 'termination-for-non-compliance', 'price-and-incentives', 'confidentiality',
  'dispute-resolution-governing-law',
];
const commercialClauses = [
  'services-and-service-levels', 'personnel-numbers-and-posts', 'fees-and-payment', 'liability-and-indemnity', 'data-protection',
  'force-majeure', 'suspension', 'termination-and-hand-over', 'notices', 'assignment', 'entire-agreement', 'amendment',
  'governing-law', 'dispute-resolution', 'counterparts', 'language-and-precedence',
];
const coreTerms = [
  'Agreement', 'Company', 'Provider', 'Party', 'Personnel', 'Subcontractor', 'Site', 'Services', 'Competent Authority',
  'Public Security Forces', 'Territorial State', 'Rules for the Use of Force', 'Incident', 'Grievance', 'ICoC', 'ICoCA',
  'Voluntary Principles', 'Effective Date', 'Term', 'Business Day', 'Applicable Law',
];
/** clauses whose terms are routinely negotiated: each needs a fallback position */
const negotiated = [
  'liability-and-indemnity', 'fees-and-payment', 'termination-and-hand-over', 'monitoring-audit-access', 'term-and-effective-date',
  'financial-capacity-liability-insurance', 'termination-for-non-compliance', 'reparation', 'icoc-vps-adherence', 'dispute-resolution',
  'price-and-incentives', 'confidentiality', 'data-protection', 'suspension', 'assignment', 'subcontracting',
];

test('every provision the group owns is covered by existing framework clauses, each placed in the template', () => {
  const catalogue = new Set(provisions.filter((p) => p.kind === 'psp-contract').map((p) => p.id));
  assert.deepEqual(Object.keys(group.coverage).sort(), [...ownedProvisions].sort());
  const placed = new Set(template.articles.flatMap((a) => a.slots.map((s) => s.clause)));
  for (const [provision, ids] of Object.entries(group.coverage)) {
    assert.ok(catalogue.has(provision), `${provision} is not a PSP provision of standards.md`);
    for (const id of ids) {
      assert.ok(ownIds.has(id), `${provision} maps to ${id}, which is not a framework clause`);
      assert.ok(placed.has(id), `${id} (covering ${provision}) is not placed in the template`);
    }
  }
  for (const id of commercialClauses) assert.ok(ownIds.has(id), `the commercial clause ${id} is missing`);
});

test('the core PSP glossary defines every term the other groups rely on, once, for PSP contracts only', () => {
  const terms = group.glossary.map((g) => g.term);
  for (const t of coreTerms) assert.ok(terms.includes(t), `the glossary lacks "${t}"`);
  assert.equal(new Set(terms).size, terms.length, 'a term is defined twice');
  for (const g of group.glossary) {
    assert.deepEqual(g.kinds, ['psp-contract'], `${g.term} should serve PSP contracts only`);
    assert.match(g.definition, /^means /, `${g.term}: definitions read on from the term ("means …")`);
  }
  const parties = new Map(template.parties.map((p) => [p.role, p.term]));
  assert.equal(parties.get('company'), 'Company');
  assert.equal(parties.get('provider'), 'Provider');
});

test('the template places every PSP clause and annex of the library exactly once, definitions first', () => {
  const placed = [...template.articles.flatMap((a) => a.slots.map((s) => s.clause)), ...template.annexes.map((s) => s.clause)];
  const psp = [...library.clauses.values()].filter((c) => c.kinds.includes('psp-contract')).map((c) => c.id);
  assert.deepEqual([...placed].sort(), [...psp].sort());
  assert.equal(template.articles[0]!.definitions, true, 'the first article is definitions and interpretation');
  assert.equal(template.id, 'psp-security-services-agreement');
  assert.equal(template.title, 'Security Services Agreement');
  assert.equal(template.signature.witness, true);
  const docVars = template.variables.map((v) => v.name);
  for (const v of ['siteName', 'siteLocation', 'territorialState', 'effectiveDate']) assert.ok(docVars.includes(v), `document variable ${v} missing`);
  // last article: general provisions; annexes start with the schedule the body relies on
  assert.equal(template.articles.at(-1)!.id, 'general');
  assert.equal(template.annexes[0]!.clause, 'annex-posts-and-rates');
});

test('subcontracting follows the facts: permitted brings the flow-down clause, otherwise the prohibition', () => {
  for (const permitted of [true, false]) {
    const m = starter({ subcontractingPermitted: permitted });
    assert.equal('subcontracting' in m.clauses, permitted);
    assert.equal('no-subcontracting' in m.clauses, !permitted);
    const codes = validate(m).map((f) => f.code);
    assert.ok(!codes.includes('incompatible-clause') && !codes.includes('clause-not-needed'), `permitted=${permitted}: ${codes.join(', ')}`);
  }
  const both = starter({ subcontractingPermitted: false });
  both.clauses['subcontracting'] = { alternative: 'consent-for-each', values: {} };
  assert.ok(validate(both).some((f) => f.code === 'incompatible-clause' && f.where.clauseId === 'subcontracting'));
});

test('the scope states armed or unarmed services consistently with the facts', () => {
  assert.equal(starter({ armedPersonnel: true }).clauses['mandate-scope-of-services']!.alternative, 'armed');
  const unarmed = starter({ armedPersonnel: false });
  assert.equal(unarmed.clauses['mandate-scope-of-services']!.alternative, 'unarmed');
  unarmed.clauses['mandate-scope-of-services']!.alternative = 'armed';
  assert.ok(validate(unarmed).some((f) => f.code === 'incompatible-alternative' && f.where.clauseId === 'mandate-scope-of-services'));
});

test('fallbacks: negotiated clauses have one, the preferred position is never below standard, flagged fallbacks warn', () => {
  for (const id of negotiated) assert.ok(clauses.find((c) => c.id === id)!.alternatives.length >= 2, `${id} has no fallback`);
  for (const c of clauses) {
    assert.equal(c.alternatives[0]!.belowStandard, undefined, `${c.id}: the preferred position cannot be below standard`);
    for (const a of c.alternatives) assert.ok(a.rationale.length >= 20 && a.rationale !== a.label, `${c.id}/${a.id}: rationale missing`);
  }
  const flagged = clauses.flatMap((c) => c.alternatives.filter((a) => a.belowStandard).map((a) => `${c.id}/${a.id}`));
  for (const expected of ['termination-for-non-compliance/cure-period-for-all', 'reparation/judgment-only', 'liability-and-indemnity/all-within-cap'])
    assert.ok(flagged.includes(expected), `${expected} should be flagged below standard`);
  const m = starter({});
  m.clauses['reparation']!.alternative = 'judgment-only';
  assert.ok(validate(m).some((f) => f.code === 'below-standard' && f.where.clauseId === 'reparation'));
});

test('a completed agreement is signature-ready, with every defined term used and every reference resolved', () => {
  const scenarios: PartialFacts[] = [{}, ...factKeys.filter((k) => typeof defaultFacts[k] === 'boolean').map((k) => ({ [k]: true }))];
  scenarios.push({ armedPersonnel: true, apprehensionPossible: true, publicSecurityPresent: true, subcontractingPermitted: true });
  for (const facts of scenarios) {
    if (facts.detentionServicesRequested) continue; // blocking by design (ICoC ¶33)
    const m = complete(starter(facts));
    const findings = validate(m);
    const ours = findings.filter(
      (f) => (f.where.clauseId && ownIds.has(f.where.clauseId)) || f.code === 'term-unused' || f.code === 'term-undefined' || f.where.field?.startsWith('values.'),
    );
    assert.deepEqual(ours.map((f) => `${f.severity} ${f.code}: ${f.message}`), [], `facts ${JSON.stringify(facts)}`);
  }
});

test('house style: no archaic words, doublets, soft efforts duties, synonyms for defined terms, or unqualified days', () => {
  const banned: Array<[RegExp, string]> = [
    [/\bhereinafter\b|\bwitnesseth\b|\baforesaid\b|\bsaid (?:Party|Agreement|Provider|Company)\b/i, 'archaic wording'],
    [/\b[a-z-]+ \(\d+\)/i, 'number doublet'],
    [/best endeavours|reasonable efforts|best efforts/i, 'soft efforts duty'],
    [/\bContractor\b|\bClient\b|\bPSC\b/, 'synonym for a defined party term'],
    [/\bmay not\b/, 'ambiguous "may not"'],
    [/\bshall be governed\b|\bshall be deemed\b/, '"shall" for a statement of fact'],
    [/\b\d+ days\b/, 'days without calendar or business'],
  ];
  const texts = [
    ...clauses.flatMap((c) => allTexts(c).map((text) => ({ where: c.id, text }))),
    ...group.glossary.map((g) => ({ where: `definition of ${g.term}`, text: g.definition })),
    ...template.recitals.map((text) => ({ where: 'recitals', text })),
  ];
  for (const { where, text } of texts)
    for (const [re, why] of banned) assert.doesNotMatch(text, re, `${where}: ${why} in "${text.slice(0, 80)}…"`);
});

test('every integer variable with a unit is printed with that unit after it', () => {
  for (const c of clauses) {
    const units = new Map(c.variables.filter((v): v is Extract<Variable, { type: 'integer' }> => v.type === 'integer' && !!v.unit).map((v) => [v.name, v.unit!]));
    for (const text of allTexts(c))
      for (const [name, unit] of units) {
        const at = text.indexOf(`{{${name}}}`);
        if (at >= 0) assert.ok(text.slice(at + name.length + 4).startsWith(` ${unit}`), `${c.id}: {{${name}}} should read "… ${unit}"`);
      }
  }
});

test('text reads in paragraphs a clause can hold: 1 to 4 numbered paragraphs, no markup in guidance', () => {
  for (const c of clauses.filter((x) => x.role === 'clause')) {
    for (const a of c.alternatives) assert.ok(a.body.length >= 1 && a.body.length <= 4, `${c.id}/${a.id} has ${a.body.length} paragraphs`);
    assert.ok(tokenize(c.guidance).every((t) => t.type === 'text'), `${c.id}: guidance is never printed, so it carries no markup`);
    assert.ok(c.guidance.length > 200, `${c.id}: guidance too thin`);
  }
});

function starter(facts: Partial<EngagementFacts>): Matter {
  return newMatter({ kind: 'psp-contract', id: 'framework-test', now: '2026-01-01T00:00:00.000Z', facts });
}

/** A sample value a user could type for this variable. */
function sample(v: Variable): unknown {
  switch (v.type) {
    case 'text': return 'Sample text';
    case 'integer': return v.min ?? 1;
    case 'date': return '2026-03-01';
    case 'enum': return v.options[0]!.value;
    case 'money': return { amount: Math.max(v.min ?? 0, 1000), currency: v.currency ?? 'USD' };
    case 'duration': return { amount: Math.max(v.min ?? 1, 1), unit: v.units[0] };
    case 'percentage': return v.min ?? 50;
    case 'party': return 'company';
    case 'list': return ['First entry', 'Second entry'];
  }
}

/** Fills every empty value and the party details, as a user completing the matter would. */
function complete(m: Matter): Matter {
  for (const v of template.variables) m.values[v.name] ??= sample(v);
  for (const [id, sel] of Object.entries(m.clauses))
    for (const v of library.clauses.get(id)!.variables) sel.values[v.name] ??= sample(v);
  m.parties = m.parties.map((p) => ({
    ...p,
    legalName: `${p.role} Ltd`,
    type: 'a company incorporated under the laws of Ghana',
    registration: 'CS-1',
    address: '1 Main Street, Accra',
    signatory: { name: 'A. Signatory', title: 'Director' },
    witness: true,
    ...(p.role === 'provider' ? { icocaStatus: 'certified-member' as const } : {}),
  }));
  return m;
}

test('the ICoCA status is entered once, on the Provider, and printed from there unless the matter sets its own', () => {
  const variable = library.clauses.get('icoc-vps-adherence')!.variables.find((v) => v.name === 'icocaStatus')!;
  assert.deepEqual(variable.fromParty, { role: 'provider', field: 'icocaStatus' });
  const m = complete(starter({}));
  delete m.clauses['icoc-vps-adherence']!.values.icocaStatus;
  const provider = m.parties.find((p) => p.role === 'provider')!;
  provider.icocaStatus = 'transitional-member';
  const printed = (mm: Matter) => assemble(mm).sections.flatMap((s) => s.blocks).map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
  assert.match(printed(m), /it is a transitional member of the ICoCA\./);
  assert.deepEqual(validate(m).filter((f) => f.where.clauseId === 'icoc-vps-adherence'), []);
  m.clauses['icoc-vps-adherence']!.values.icocaStatus = 'affiliate';
  assert.match(printed(m), /it is an affiliate of the ICoCA\./);
});
