// Runtime: node. The psp/conduct clause group, checked the way a reviewing lawyer would: every
// provision it owns is covered, conditional clauses switch on with the facts that require them,
// international humanitarian law appears only where the Site is in armed conflict, fallbacks are
// justified and flagged, the text keeps to the house style, and a document assembled from the
// group has no dangling reference, undefined term or unexplained gap.
//
// The engine checks run against a stand-in PSP template that places only this group's clauses,
// so the group can be judged on its own while the other groups and the real template are drafted;
// the last test checks the real template once the whole library loads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { group } from '../../clauses/psp/conduct/index.ts';
import { clauseTopicsFor, planTopicsFor } from '../../clauses/psp/conduct/training-topics.ts';
import { ClauseSchema, type Clause } from '../../clauses/schema.ts';
import { blockTexts, tokensOf } from '../../clauses/markup.ts';
import { defaultFacts, factKeys, type EngagementFacts, type PartialFacts } from '../../clauses/facts.ts';
import { provisions, houseProvisions } from '../../clauses/provisions.ts';
import { requirementRules } from '../../clauses/requirement-rules.ts';
import type { TemplateInput } from '../../templates/schema.ts';
import { buildLibrary, loadLibrary, type Library } from '../../engine/library.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { assemble } from '../../engine/assemble.ts';
import { validate } from '../../engine/validate.ts';
import { holds } from '../../engine/rules.ts';
import { runsText, type DocumentTree } from '../../engine/document.ts';
import type { Matter } from '../../engine/matter.ts';

const clauses: Clause[] = group.clauses.map((c) => ClauseSchema.parse(c));
const byId = new Map(clauses.map((c) => [c.id, c]));
const bodyClauses = clauses.filter((c) => c.role === 'clause');
const annexes = clauses.filter((c) => c.role === 'annex');

const owned = [
  'minimum-age', 'vetting-personnel', 'vetting-armed-personnel', 'personnel-and-property-records', 'identification-of-personnel',
  'general-conduct-prohibitions', 'sexual-exploitation-gbv', 'human-trafficking', 'training-programme', 'training-minimum-content',
  'incident-reporting', 'medical-aid', 'investigation-and-discipline', 'grievance-mechanism', 'community-communication',
  'labour-and-child-labour', 'vulnerable-groups-safeguards', 'local-workforce-and-community-relations',
];
const ownedAnnexes = ['annex-training-plan', 'annex-code-of-conduct-card', 'annex-incident-report-form'];

/** The PSP document variables and a template placing this group alone, as the real one will. */
const standIn: TemplateInput = {
  id: 'psp-security-services-agreement',
  version: 1,
  kind: 'psp-contract',
  title: 'Security Services Agreement',
  shortTitle: 'SSA',
  parties: [
    { role: 'company', term: 'Company', label: 'Company' },
    { role: 'provider', term: 'Provider', label: 'Provider' },
  ],
  variables: [
    { name: 'siteName', type: 'text', label: 'Site name' },
    { name: 'siteLocation', type: 'text', label: 'Site location' },
    { name: 'territorialState', type: 'text', label: 'Territorial State' },
    { name: 'effectiveDate', type: 'date', label: 'Effective date' },
  ],
  recitals: ['The Company operates {{siteName}} at {{siteLocation}}, {{territorialState}}.'],
  operativeWords: 'The Parties agree as follows:',
  articles: [
    { id: 'definitions', title: 'Definitions', definitions: true, slots: [] },
    { id: 'conduct', title: 'Personnel and conduct', slots: bodyClauses.map((c) => ({ clause: c.id })) },
  ],
  annexes: annexes.map((c) => ({ clause: c.id })),
  signature: { intro: 'Signed by the Parties.', witness: true },
};
const library: Library = buildLibrary({ groups: [group], templates: [standIn] });

const facts = (over: Partial<EngagementFacts> = {}): EngagementFacts => ({ ...defaultFacts, ...over });
const allFactsTrue = facts(Object.fromEntries(factKeys.filter((k) => typeof defaultFacts[k] === 'boolean').map((k) => [k, true])));
const allTexts = (c: Clause) => c.alternatives.flatMap((a) => blockTexts(a.body));

/** The deal values a lawyer fills in before signature: parties, document values, and clause values without a default. */
function completed(m: Matter): Matter {
  const filled = structuredClone(m);
  filled.parties = filled.parties.map((p) => ({ ...p, legalName: `${p.role} Ltd`, address: '1 Main Street', signatory: { name: 'A. Signer', title: 'Director' }, icocaStatus: p.role === 'provider' ? 'certified-member' : undefined }));
  filled.values = { siteName: 'North Mine', siteLocation: 'Obuasi', territorialState: 'Ghana', effectiveDate: '2027-01-01' };
  filled.documentDate = '2027-01-01';
  for (const [id, sel] of Object.entries(filled.clauses))
    for (const v of byId.get(id)!.variables)
      if (sel.values[v.name] === undefined) sel.values[v.name] = v.type === 'list' ? ['English', 'Twi'] : v.type === 'text' ? '+233 555 0100' : undefined;
  return filled;
}

const matterFor = (f: PartialFacts) => completed(newMatter({ kind: 'psp-contract', id: 'm1', now: '2027-01-01T00:00:00Z', facts: f }, library));
const documentText = (tree: DocumentTree) =>
  tree.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => ('runs' in b ? [runsText(b.runs)] : b.type === 'table' ? [...b.header, ...b.rows.flat().map(runsText)] : b.type === 'heading' ? [b.text] : []))
    .join('\n');

test('every provision the group owns is covered, first by the clause of the same id', () => {
  const catalogue = new Map([...provisions, ...houseProvisions].map((p) => [p.id, p]));
  assert.deepEqual(Object.keys(group.coverage).sort(), [...owned].sort());
  for (const [provision, ids] of Object.entries(group.coverage)) {
    assert.equal(catalogue.get(provision)?.kind, 'psp-contract', `${provision} is not a PSP provision of the catalogue`);
    assert.equal(ids[0], provision, `${provision} should be satisfied first by the clause of the same id`);
    for (const id of ids) assert.ok(byId.has(id), `coverage of ${provision} names the missing clause ${id}`);
  }
  assert.deepEqual(annexes.map((a) => a.id).sort(), [...ownedAnnexes].sort());
});

test('each annex is cited from a body clause, and annex titles leave "Annex" to the engine', () => {
  for (const a of annexes) {
    assert.ok(!/\bannex\b/i.test(a.title), `${a.id}: title "${a.title}"`);
    const citedBy = bodyClauses.filter((c) => c.alternatives.every((alt) => tokensOf(alt.body).some((t) => t.type === 'xref' && t.id === a.id)));
    assert.ok(citedBy.length > 0, `no body clause cites ${a.id} in every alternative`);
  }
});

test('conditional clauses switch on exactly with the requirement rules that call for them', () => {
  const conditional = owned.filter((id) => ![...provisions, ...houseProvisions].find((p) => p.id === id)!.mandatory);
  for (const id of conditional) {
    const c = byId.get(id)!;
    assert.ok(c.appliesWhen, `${id} is conditional but has no appliesWhen`);
    const rules = requirementRules.filter((r) => r.requires.includes(id));
    assert.ok(rules.length > 0, `no requirement rule switches on ${id}`);
    for (const r of rules) assert.deepEqual(c.appliesWhen, r.when, `${id} should apply exactly when rule ${r.id} holds`);
  }
  assert.deepEqual(byId.get('vetting-armed-personnel')!.conflictsWhen, { fact: 'armedPersonnel', is: false });
  for (const id of owned.filter((x) => !conditional.includes(x))) assert.equal(byId.get(id)!.appliesWhen, undefined, `${id} is mandatory and must always apply`);
});

test('fallbacks carry a one-line rationale, and below-standard flags name a standard the clause cites', () => {
  for (const c of clauses)
    for (const alt of c.alternatives) {
      assert.ok(!alt.rationale.includes('\n') && alt.rationale.length <= 160, `${c.id}/${alt.id}: rationale should be one line`);
      if (alt.belowStandard) {
        const cited = c.sources.map((s) => s.standard);
        assert.ok(cited.some((s) => alt.belowStandard!.standard.startsWith(s)), `${c.id}/${alt.id}: flags ${alt.belowStandard.standard}, which the clause does not cite`);
        assert.ok(c.guidance.includes('below'), `${c.id}: guidance should say when the fallback falls below the standard`);
      }
    }
  const flagged = clauses.flatMap((c) => c.alternatives.filter((a) => a.belowStandard).map((a) => `${c.id}/${a.id}`));
  assert.ok(flagged.length >= 3, `expected the known below-standard fallbacks to be flagged, got ${flagged.join(', ')}`);
});

test('each body clause has 1 to 4 numbered paragraphs in every alternative', () => {
  for (const c of bodyClauses)
    for (const alt of c.alternatives) {
      const paragraphs = alt.body.filter((b) => typeof b === 'string' || 'p' in b).length;
      assert.ok(paragraphs >= 1 && paragraphs <= 4, `${c.id}/${alt.id} has ${paragraphs} paragraphs`);
    }
});

test('clause text keeps to the house drafting style', () => {
  const banned: [RegExp, string][] = [
    [/\bhereinafter\b|\bwitnesseth\b|\baforesaid\b|\bsaid (?:Provider|Company|Personnel|Agreement)\b/i, 'archaic wording'],
    [/\bbest endeavou?rs\b|\breasonable (?:efforts|endeavou?rs)\b/i, 'soft obligation'],
    [/\b[a-z]+(?:-[a-z]+)? \(\d+\)/i, 'number written in words and figures'],
    [/\bmay not\b/i, 'ambiguous "may not" (use "shall not")'],
    [/\b(?:Contractor|Client|PSP|Supplier)\b/, 'synonym of a defined party term'],
    [/\bshall be (?:governed|deemed)\b/i, '"shall" used for a statement of fact'],
  ];
  for (const c of clauses)
    for (const text of allTexts(c)) {
      for (const [re, why] of banned) assert.ok(!re.test(text), `${c.id}: ${why}: "${text}"`);
      // Every period in days says which days.
      for (const m of text.matchAll(/\b(\w+) days\b/g)) assert.ok(['calendar', 'Business'].includes(m[1]!) || /\}\}$/.test(m[1]!), `${c.id}: say calendar or Business days: "${text}"`);
    }
});

test('international humanitarian law is printed only where the Site is in an area of armed conflict', () => {
  const peace = assemble(matterFor({}), { library });
  const conflict = assemble(matterFor({ armedConflict: true }), { library });
  assert.doesNotMatch(documentText(peace), /humanitarian law/i);
  const conflictText = documentText(conflict);
  assert.match(conflictText, /international humanitarian law as it applies to the Services/);
  assert.match(conflictText, /International humanitarian law/, 'the Training Plan should list the topic');
});

test('the Training Plan lists every topic of the training clause, plus weapon training only where Personnel carry equipment', () => {
  for (const f of [{}, { armedConflict: true }, { armedPersonnel: true }, { lessLethalEquipment: true, armedConflict: true }] as PartialFacts[]) {
    const full = facts(f);
    const situation = { armedConflict: full.armedConflict, equipment: full.armedPersonnel || full.lessLethalEquipment };
    const tree = assemble(matterFor(f), { library });
    const plan = tree.sections.find((s) => s.kind === 'annex' && s.title.includes('Training Plan'))!;
    const table = plan.blocks.find((b) => b.type === 'table')!;
    assert.ok(table.type === 'table');
    const planTopics = table.rows.map((r) => runsText(r[0]!));
    const clauseItems = tree.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'item' && b.clauseId === 'training-minimum-content');
    assert.equal(clauseItems.length, clauseTopicsFor(situation).length, `${JSON.stringify(f)}: clause topics`);
    assert.deepEqual(planTopics, planTopicsFor(situation).map((t) => t.annexLabel), `${JSON.stringify(f)}: plan topics`);
    assert.equal(planTopics.some((t) => t.startsWith('Authorised Equipment')), situation.equipment, `${JSON.stringify(f)}: weapon training row`);
    assert.ok(clauseTopicsFor(situation).every((t) => planTopics.includes(t.annexLabel)), 'every clause topic has a row in the plan');
    for (const row of table.rows) {
      const [, trainer, hours] = row.map(runsText);
      assert.match(trainer!, /^(Provider|Company|Independent trainer agreed by the Parties)$/);
      assert.match(hours!, /^\d+$/);
    }
  }
});

test('exactly one alternative of each situation-dependent clause fits any set of facts', () => {
  const combos = [false, true].flatMap((armedConflict) => [false, true].flatMap((armedPersonnel) => [false, true].map((lessLethalEquipment) => facts({ armedConflict, armedPersonnel, lessLethalEquipment }))));
  for (const id of ['training-minimum-content', 'annex-training-plan'])
    for (const f of combos) {
      const fitting = byId.get(id)!.alternatives.filter((a) => !a.conflictsWhen || !holds(a.conflictsWhen, f));
      assert.equal(fitting.length, 1, `${id}: ${fitting.length} alternatives fit ${JSON.stringify(f)}`);
    }
});

for (const [label, f] of [
  ['the default facts', {}],
  ['every fact true', allFactsTrue],
  ['armed guards in armed conflict', { armedPersonnel: true, armedConflict: true }],
] as const) {
  test(`a new matter with ${label} selects the applicable conduct clauses and validates clean once deal values are filled`, () => {
    const m = matterFor(f);
    const full = facts(f);
    for (const c of clauses.filter((x) => x.role === 'clause'))
      assert.equal(c.id in m.clauses, !c.appliesWhen || holds(c.appliesWhen, full), `${c.id} selected: ${c.id in m.clauses}`);
    for (const a of ownedAnnexes) assert.ok(a in m.clauses, `${a} should be brought in by the clause that cites it`);
    const findings = validate(m, library).filter((x) => x.where.clauseId && byId.has(x.where.clauseId));
    assert.deepEqual(findings.filter((x) => x.severity !== 'info').map((x) => `${x.code}: ${x.message}`), []);
    const text = documentText(assemble(m, { library }));
    assert.doesNotMatch(text, /\[MISSING/);
    assert.doesNotMatch(text, /\{\{|\{@|\{def:/);
  });
}

test('an unfilled matter names each missing deal value of the group, and nothing else', () => {
  const m = newMatter({ kind: 'psp-contract', id: 'm2', now: '2027-01-01T00:00:00Z', facts: {} }, library);
  const missing = validate(m, library).filter((x) => x.code === 'value-missing' && x.where.clauseId).map((x) => `${x.where.clauseId}.${x.where.variable}`).sort();
  const expected = Object.entries(m.clauses)
    .flatMap(([id, sel]) => {
      const c = byId.get(id)!;
      const used = new Set(tokensOf(c.alternatives.find((a) => a.id === sel.alternative)!.body).flatMap((t) => (t.type === 'var' ? [t.name] : [])));
      return c.variables.filter((v) => v.default === undefined && used.has(v.name)).map((v) => `${id}.${v.name}`);
    })
    .sort();
  assert.ok(expected.length > 0);
  assert.deepEqual(missing, expected);
});

test('choosing a below-standard fallback gives a warning that names the standard', () => {
  const m = matterFor({});
  m.clauses['incident-reporting']!.alternative = 'company-reports-externally-first';
  m.clauses['incident-reporting']!.values.companyFirstHours = 24;
  const warning = validate(m, library).find((x) => x.code === 'below-standard' && x.where.clauseId === 'incident-reporting');
  assert.ok(warning, 'expected a below-standard warning');
  assert.match(warning.message, /ICoC ¶37/);
});

test('the real PSP template places every conduct clause and annex', () => {
  const real = loadLibrary();
  const t = real.templates.get('psp-contract')!;
  const placed = new Set([...t.articles.flatMap((a) => a.slots.map((s) => s.clause)), ...t.annexes.map((s) => s.clause)]);
  for (const id of [...owned, ...ownedAnnexes]) assert.ok(placed.has(id), `the PSP template does not place ${id}`);
});
