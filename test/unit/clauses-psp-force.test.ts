// Runtime: node. The psp/force clause group, checked the way a reviewing lawyer would: every
// provision it owns is covered, conditional clauses switch on with the facts that require them,
// cross-references never point at a clause the same facts leave out, fallbacks are justified and
// flagged, and the text keeps to the house drafting style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { group } from '../../clauses/psp/force/index.ts';
import { ClauseSchema, GlossaryEntrySchema, type Clause } from '../../clauses/schema.ts';
import { blockTexts, tokensOf } from '../../clauses/markup.ts';
import { defaultFacts, type EngagementFacts, type FactKey } from '../../clauses/facts.ts';
import { provisions, houseProvisions } from '../../clauses/provisions.ts';
import { requirementRules } from '../../clauses/requirement-rules.ts';
import { holds } from '../../engine/rules.ts';
import { newMatter, startingSelection } from '../../engine/new-matter.ts';
import { validate } from '../../engine/validate.ts';
import { assemble } from '../../engine/assemble.ts';
import { runsText } from '../../engine/document.ts';

const clauses: Clause[] = group.clauses.map((c) => ClauseSchema.parse(c));
const byId = new Map(clauses.map((c) => [c.id, c]));
const documentVariables = new Set(['siteName', 'siteLocation', 'territorialState', 'effectiveDate']);
/** the clauses of other groups this group may cite (each always present in a PSP agreement) */
const conductReferences = new Set(['incident-reporting', 'medical-aid', 'training-programme', 'annex-incident-report-form', 'identification-of-personnel']);

const owned = [
  'rules-for-use-of-force', 'use-of-force-standard', 'firearms-use-limits', 'law-enforcement-assistance',
  'weapons-authorisation-and-equipment', 'weapons-management-procedures', 'weapons-training', 'apprehension-of-persons',
  'temporary-holding-safeguards', 'detention-services-restriction', 'public-security-coordination', 'first-responder-limits',
  'joint-drills', 'off-duty-public-officers', 'armed-conflict-ihl', 'crowd-control-limits',
];
const annexes = ['annex-rules-for-use-of-force', 'annex-weapons-register', 'annex-apprehension-record'];

const facts = (over: Partial<EngagementFacts> = {}): EngagementFacts => ({ ...defaultFacts, ...over });
const applies = (c: Clause, f: EngagementFacts) => !c.appliesWhen || holds(c.appliesWhen, f);
const allTexts = (c: Clause) => c.alternatives.flatMap((a) => blockTexts(a.body));

test('every provision the group owns is covered by the clause of the same id, and the provision exists', () => {
  const catalogue = new Map([...provisions, ...houseProvisions].map((p) => [p.id, p]));
  assert.deepEqual(Object.keys(group.coverage).sort(), [...owned].sort());
  for (const [provision, ids] of Object.entries(group.coverage)) {
    assert.ok(catalogue.get(provision)?.kind === 'psp-contract', `${provision} is not a PSP provision of the catalogue`);
    assert.equal(ids[0], provision, `${provision} should be satisfied first by the clause of the same id`);
    for (const id of ids) assert.ok(byId.has(id), `coverage of ${provision} names the missing clause ${id}`);
  }
});

test('the three annexes exist, are annexes, and every annex is cited from a body clause', () => {
  for (const id of annexes) {
    assert.equal(byId.get(id)?.role, 'annex', `${id} should be an annex`);
    assert.ok(!/\bannex\b/i.test(byId.get(id)!.title), `${id}: annex titles leave "Annex" to the engine`);
    const citedBy = clauses.filter((c) => c.role === 'clause' && c.alternatives.some((a) => tokensOf(a.body).some((t) => t.type === 'xref' && t.id === id)));
    assert.ok(citedBy.length > 0, `no body clause refers to ${id}`);
  }
});

test('each conditional clause applies under every requirement rule that calls for it, and not without one', () => {
  const mine = new Set(owned);
  for (const rule of requirementRules) {
    const trigger = facts(Object.fromEntries(factsThatSatisfy(rule.when)) as Partial<EngagementFacts>);
    for (const provision of rule.requires.filter((p) => mine.has(p))) {
      const c = byId.get(provision)!;
      assert.ok(applies(c, trigger), `${c.id} does not apply when rule ${rule.id} requires it`);
      assert.ok(!c.conflictsWhen || !holds(c.conflictsWhen, trigger), `${c.id} conflicts with the facts of rule ${rule.id}`);
      assert.ok(c.alternatives.some((a) => !a.conflictsWhen || !holds(a.conflictsWhen, trigger)), `${c.id} has no position these facts allow`);
    }
  }
  // With every question answered "no", only the unconditional clauses apply.
  const quiet = facts();
  const applying = clauses.filter((c) => applies(c, quiet)).map((c) => c.id).sort();
  assert.deepEqual(applying, ['annex-rules-for-use-of-force', 'detention-services-restriction', 'rules-for-use-of-force', 'use-of-force-standard', 'weapons-authorisation-and-equipment']);
});

/** The smallest set of yes/no answers that makes a simple rule hold (rules here are facts or any-of facts). */
function factsThatSatisfy(rule: (typeof requirementRules)[number]['when']): [FactKey, unknown][] {
  if ('fact' in rule) return [[rule.fact, 'is' in rule ? rule.is : rule.in[0]]];
  if ('any' in rule) return factsThatSatisfy(rule.any[0]!);
  if ('all' in rule) return rule.all.flatMap(factsThatSatisfy);
  return [];
}

test('the weapons clause offers exactly one position for armed and one for unarmed guarding', () => {
  const weapons = byId.get('weapons-authorisation-and-equipment')!;
  const allowed = (f: EngagementFacts) => weapons.alternatives.filter((a) => !a.conflictsWhen || !holds(a.conflictsWhen, f)).map((a) => a.id);
  assert.deepEqual(allowed(facts({ armedPersonnel: true })), ['authorised-firearms']);
  assert.deepEqual(allowed(facts({ armedPersonnel: false, lessLethalEquipment: true })), ['no-firearms']);
  assert.equal(startingSelection(weapons, { armedPersonnel: true }).alternative, 'authorised-firearms');
  assert.equal(startingSelection(weapons, {}).alternative, 'no-firearms');
  // Both positions ban weapons the Company has not authorised, including personal and public-issue ones.
  for (const alt of weapons.alternatives) {
    const text = blockTexts(alt.body).join(' ');
    assert.match(text, /personally owned weapon/, alt.id);
    assert.match(text, /issued to that person by the Public Security Forces/, alt.id);
    assert.ok(text.includes('{{lessLethalEquipment}}') && text.includes('{{securityDogs}}'), `${alt.id} lists less-lethal equipment and dogs`);
  }
  assert.ok(holds(byId.get('firearms-use-limits')!.conflictsWhen!, facts({ armedPersonnel: false })), 'the firearms clause conflicts with unarmed guarding');
});

test('hand-over to the Competent Authority is bounded in hours, short by default, and reported without delay', () => {
  const c = byId.get('apprehension-of-persons')!;
  const v = c.variables.find((x) => x.name === 'handoverHours');
  assert.ok(v && v.type === 'integer' && v.min! >= 1 && v.max! <= 48 && v.default! <= 24, 'handoverHours: integer, 1..48, short default');
  const preferred = blockTexts(c.alternatives[0]!.body).join(' ');
  assert.match(preferred, /earliest opportunity and in any case within \{\{handoverHours\}\} hours/);
  assert.match(preferred, /without delay/);
  assert.match(preferred, /humanely/);
  const holding = blockTexts(byId.get('temporary-holding-safeguards')!.alternatives[0]!.body).join(' ');
  for (const safeguard of [/no firearm is present in the room/, /do not use force to prevent an Apprehended Person from escaping/, /female member of its Personnel/, /communities around the Site and to the local command of the Public Security Forces/])
    assert.match(holding, safeguard);
});

test('a cross-reference never points at a clause that the same facts leave out', () => {
  // Every combination of the facts the group's rules read (2^10 engagements).
  const keys: FactKey[] = ['armedPersonnel', 'lessLethalEquipment', 'apprehensionPossible', 'assistsLawEnforcement', 'armedConflict', 'publicSecurityPresent', 'jointOperations', 'pspFirstResponder', 'offDutyPublicSecurityPersonnel', 'crowdControlRisk'];
  const problems = new Set<string>();
  for (let mask = 0; mask < 1 << keys.length; mask++) {
    const f = facts(Object.fromEntries(keys.map((k, i) => [k, Boolean(mask & (1 << i))])));
    for (const c of clauses.filter((x) => applies(x, f) && !(x.conflictsWhen && holds(x.conflictsWhen, f))))
      for (const alt of c.alternatives.filter((a) => !a.conflictsWhen || !holds(a.conflictsWhen, f)))
        for (const t of tokensOf(alt.body)) {
          if (t.type !== 'xref') continue;
          if (conductReferences.has(t.id)) continue;
          const target = byId.get(t.id);
          if (!target) problems.add(`${c.id}/${alt.id} refers to ${t.id}, which is neither in this group nor an allowed conduct clause`);
          else if (!applies(target, f)) problems.add(`${c.id}/${alt.id} refers to ${t.id}, which does not apply when ${keys.filter((_, i) => mask & (1 << i)).join(', ') || 'no fact'} holds`);
        }
  }
  assert.deepEqual([...problems], []);
});

test('every placeholder is declared, and every declared variable is used by some position', () => {
  for (const c of clauses) {
    const declared = new Set(c.variables.map((v) => v.name));
    const used = new Set(c.alternatives.flatMap((a) => tokensOf(a.body)).filter((t) => t.type === 'var').map((t) => (t as { name: string }).name));
    for (const name of used) assert.ok(declared.has(name) || documentVariables.has(name), `${c.id}: {{${name}}} is not declared`);
    for (const name of declared) assert.ok(used.has(name), `${c.id}: the variable ${name} is never used`);
  }
});

test('positions: the preferred one meets the standards, fallbacks are distinct and flagged where they fall below', () => {
  for (const c of clauses) {
    assert.equal(c.alternatives[0]!.belowStandard, undefined, `${c.id}: the preferred position must meet the standards`);
    const bodies = c.alternatives.map((a) => JSON.stringify(a.body));
    assert.equal(new Set(bodies).size, bodies.length, `${c.id}: two positions have the same text`);
    for (const alt of c.alternatives.slice(1)) {
      if (alt.belowStandard) assert.ok(c.guidance.includes('fallback') || c.guidance.includes('Fallback'), `${c.id}: the guidance should explain the fallback ${alt.id}`);
    }
  }
  const flagged = clauses.flatMap((c) => c.alternatives.filter((a) => a.belowStandard).map((a) => `${c.id}/${a.id}`)).sort();
  assert.deepEqual(flagged, [
    'apprehension-of-persons/escort-to-authority',
    'crowd-control-limits/perimeter-defence',
    'off-duty-public-officers/provider-representation',
    'public-security-coordination/company-led-liaison',
    'temporary-holding-safeguards/female-guard-on-call',
  ]);
});

test('body clauses keep to 1–4 numbered paragraphs and never repeat their own title as a heading', () => {
  for (const c of clauses.filter((x) => x.role === 'clause'))
    for (const alt of c.alternatives) {
      assert.ok(alt.body.length >= 1 && alt.body.length <= 4, `${c.id}/${alt.id} has ${alt.body.length} paragraphs`);
      const first = typeof alt.body[0] === 'string' ? alt.body[0] : (alt.body[0] as { p: string }).p;
      assert.ok(!first.startsWith(`${c.title}.`), `${c.id}/${alt.id}: the engine prints the title; the text should not repeat it`);
    }
});

test('the text keeps to the house drafting style', () => {
  const banned: [RegExp, string][] = [
    [/\bhereinafter\b|\bwitnesseth\b|\baforesaid\b|\bsaid (?:person|Provider|Company|clause)/i, 'archaic words'],
    [/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety|hundred)[a-z-]* \(\d+\)/i, 'a number doublet like "forty-eight (48)"'],
    [/best endeavours|reasonable efforts/i, 'a soft standard'],
    [/\b(?:Contractor|Client|PSP|Signatory Compan)/, 'a synonym for a defined party term'],
    [/\bmay not\b/, '"may not" (use "shall not")'],
    [/\bshall be (?:governed|deemed)\b/, '"shall" for a statement of fact'],
  ];
  for (const c of clauses)
    for (const text of allTexts(c))
      for (const [re, what] of banned) assert.ok(!re.test(text), `${c.id}: ${what} in "${text.slice(0, 80)}…"`);
});

test('the group glossary is valid, defines each term once, and every term is used by the group', () => {
  const texts = clauses.flatMap(allTexts).join('\n');
  const terms = group.glossary.map((g) => GlossaryEntrySchema.parse(g).term);
  assert.equal(new Set(terms).size, terms.length);
  for (const g of group.glossary) {
    assert.ok(texts.includes(g.term), `the term ${g.term} is never used`);
    assert.doesNotMatch(g.definition, /the clause on/, `${g.term}: cross-refer with {@id} rather than describe the clause in words`);
    // a definition prints wherever the term is used, so it may refer only to a clause that every agreement carries
    for (const [, id] of g.definition.matchAll(/\{@([a-z0-9-]+)\}/g)) {
      const target = byId.get(id!);
      assert.ok(target && applies(target, facts()), `${g.term}: refers to ${id}, which not every agreement carries`);
    }
  }
});

test('every clause cites at least one source, and only good practice stands without a paragraph or a note', () => {
  for (const c of clauses)
    for (const s of c.sources) assert.ok(s.ref || s.note || s.standard === 'good practice', `${c.id}: ${s.standard} is cited without a paragraph or note`);
});

// In the real template, with the real library: every force clause the facts call for is
// selected, and once its own values are filled it assembles with no marker and no finding.
const everyForceFact: Partial<EngagementFacts> = {
  lessLethalEquipment: true, apprehensionPossible: true, assistsLawEnforcement: true, armedConflict: true, publicSecurityPresent: true,
  jointOperations: true, pspFirstResponder: true, offDutyPublicSecurityPersonnel: true, crowdControlRisk: true,
};
for (const armedPersonnel of [true, false]) {
  test(`${armedPersonnel ? 'armed' : 'unarmed'} engagement: the force clauses assemble clean in the PSP template`, () => {
    const m = newMatter({ kind: 'psp-contract', id: 'force', now: '2026-11-27T10:00:00.000Z', facts: { ...everyForceFact, armedPersonnel } });
    const selected = Object.keys(m.clauses).filter((id) => byId.has(id)).sort();
    const expected = clauses.map((c) => c.id).filter((id) => armedPersonnel || !['firearms-use-limits', 'weapons-training'].includes(id));
    assert.deepEqual(selected, expected.sort());
    const weapons = m.clauses['weapons-authorisation-and-equipment']!;
    assert.equal(weapons.alternative, armedPersonnel ? 'authorised-firearms' : 'no-firearms');
    Object.assign(weapons.values, {
      lessLethalEquipment: ['extendable baton', 'handcuffs'],
      ...(armedPersonnel ? { authorisedFirearms: ['9 mm semi-automatic pistols with standard ball ammunition'], maxArmedPosts: 4, firearmsJustification: 'armed robberies of the cash office in 2024 involved firearms' } : {}),
    });
    const findings = validate(m).filter((f) => f.where.clauseId && byId.has(f.where.clauseId));
    assert.deepEqual(findings.map((f) => `${f.code} ${f.where.clauseId} ${f.where.variable ?? ''}`), []);
    const tree = assemble(m);
    const lines = tree.sections.flatMap((sec) => sec.blocks).filter((b) => 'clauseId' in b && b.clauseId && byId.has(b.clauseId)).map((b) => runsText((b as { runs: Parameters<typeof runsText>[0] }).runs));
    assert.ok(lines.length > 50);
    assert.deepEqual(lines.filter((l) => /\[MISSING|\{\{|\{@/.test(l)), []);
    const text = lines.join('\n');
    assert.match(text, /within 4 hours after the apprehension/);
    assert.match(text, armedPersonnel ? /9 mm semi-automatic pistols/ : /do not carry, store or use any firearm or ammunition/);
    // An unarmed agreement carries no firearms rules, in the body or in the Rules for the Use of Force.
    assert.equal(/warning shots|You may fire at a person/.test(text), armedPersonnel);
    assert.equal(m.clauses['annex-rules-for-use-of-force']!.alternative, armedPersonnel ? 'armed' : 'unarmed');
  });
}

test('every PSP agreement excludes detention services (ICoC ¶33), and a request for them still blocks', () => {
  const quiet = newMatter({ kind: 'psp-contract', id: 'quiet', now: '2026-11-27T10:00:00.000Z', facts: {} });
  assert.ok(quiet.clauses['detention-services-restriction'], 'selected with no facts at all');
  const text = assemble(quiet, { draft: true }).sections.flatMap((s) => s.blocks).map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
  assert.match(text, /The Services exclude guarding, transporting or questioning any person who is detained/);
  const requested = newMatter({ kind: 'psp-contract', id: 'detention', now: '2026-11-27T10:00:00.000Z', facts: { detentionServicesRequested: true } });
  assert.ok(validate(requested).some((f) => f.severity === 'blocking' && f.code === 'detention-services-for-company'));
});
