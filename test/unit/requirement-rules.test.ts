// Every conditional rule of standards.md §4 is data; each gets a test: with its fact the rule's
// provisions are required (with the rule's reason), without it they are not (unless always
// required). Run against the real provisions and rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLibrary } from '../../engine/library.ts';
import { requirements, ruleFindings } from '../../engine/requirements.ts';
import { requirementRules } from '../../clauses/requirement-rules.ts';
import { provisions, houseProvisions } from '../../clauses/provisions.ts';
import { defaultFacts, type EngagementFacts, type FactsRule } from '../../clauses/facts.ts';
import { holds } from '../../engine/rules.ts';
import { miniTemplate } from '../fixtures/mini-library.ts';

const library = buildLibrary({
  groups: [],
  templates: [
    { ...miniTemplate, articles: [{ id: 'definitions', title: 'Definitions', definitions: true, slots: [] }], annexes: [] },
    { ...miniTemplate, id: 'mou', kind: 'public-security-mou', parties: [{ role: 'company', term: 'Company', label: 'Company' }, { role: 'public-security', term: 'Command', label: 'Command' }], articles: [{ id: 'definitions', title: 'Definitions', definitions: true, slots: [] }], annexes: [] },
  ],
});
const kinds = ['psp-contract', 'public-security-mou'] as const;

/** The smallest facts that make a rule hold: the first satisfying branch of each combinator. */
function factsFor(rule: FactsRule): Partial<EngagementFacts> {
  if ('all' in rule) return Object.assign({}, ...rule.all.map(factsFor));
  if ('any' in rule) return factsFor(rule.any[0]!);
  if ('not' in rule) return {};
  return { [rule.fact]: 'is' in rule ? rule.is : rule.in[0] };
}

test('the catalogue has the 49 PSP and 29 MoU provisions of standards.md', () => {
  assert.equal(provisions.filter((p) => p.kind === 'psp-contract').length, 49);
  assert.equal(provisions.filter((p) => p.kind === 'public-security-mou').length, 29);
});

test('every conditional provision is switched on by at least one rule, and every rule switches something on', () => {
  const switched = new Set(requirementRules.flatMap((r) => r.requires));
  for (const p of [...provisions, ...houseProvisions]) if (!p.mandatory) assert.ok(switched.has(p.id), `${p.id} is conditional but no rule requires it`);
  for (const r of requirementRules) assert.ok(r.requires.length > 0 || r.finding, `rule ${r.id} switches on nothing`);
});

for (const rule of requirementRules) {
  test(`rule ${rule.id}: ${rule.reason}`, () => {
    const facts = factsFor(rule.when);
    assert.ok(holds(rule.when, { ...defaultFacts, ...facts }), 'the test facts satisfy the rule');
    for (const kind of kinds) {
      const on = requirements(facts, kind, library);
      const off = requirements({}, kind, library);
      for (const id of rule.requires) {
        const p = library.provisions.get(id)!;
        if (p.kind !== kind) continue;
        const req = on.find((r) => r.provision.id === id);
        assert.ok(req, `${id} required when ${rule.id} holds`);
        assert.ok(req.reasons.includes(rule.reason), `${id} gives the reason "${rule.reason}"`);
        assert.ok(req.ruleIds.includes(rule.id));
        if (!p.mandatory) assert.ok(!off.some((r) => r.provision.id === id), `${id} is not required without the fact`);
      }
    }
    if (rule.finding) {
      for (const kind of rule.finding.kinds) assert.equal(ruleFindings(facts, kind, library).some((f) => f.rule.id === rule.id), true);
      assert.equal(ruleFindings({}, rule.finding.kinds[0]!, library).some((f) => f.rule.id === rule.id), false);
    }
  });
}

test('with no facts, exactly the always-required provisions are required, each with its source', () => {
  for (const kind of kinds) {
    const reqs = requirements({}, kind, library);
    assert.deepEqual(reqs.map((r) => r.provision.id).sort(), provisions.filter((p) => p.kind === kind && p.mandatory).map((p) => p.id).sort());
    for (const r of reqs) assert.ok(r.source.length > 0);
  }
});

test('an armed, apprehension-possible engagement next to public security requires the ICoC ¶34 hand-over and the firearms limits', () => {
  const ids = requirements({ armedPersonnel: true, apprehensionPossible: true, publicSecurityPresent: true }, 'psp-contract', library).map((r) => r.provision.id);
  for (const id of ['apprehension-of-persons', 'temporary-holding-safeguards', 'firearms-use-limits', 'vetting-armed-personnel', 'weapons-training', 'public-security-coordination']) assert.ok(ids.includes(id), id);
  assert.ok(!ids.includes('detention-services-restriction'));
});
