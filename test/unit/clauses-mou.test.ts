// Runtime: node. The public-security MoU group: coverage of standards.md §3, conditional clauses in
// step with the requirement rules, drafting-style checks on every text, and complete MoUs for each
// kind of Company support that assemble and validate clean. The library is built from the MoU
// group and template alone, so that another group's work in progress cannot mask a fault here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLibrary, type Library } from '../../engine/library.ts';
import { newMatter } from '../../engine/new-matter.ts';
import { validate } from '../../engine/validate.ts';
import { assemble } from '../../engine/assemble.ts';
import { requirements } from '../../engine/requirements.ts';
import { holds, completeFacts } from '../../engine/rules.ts';
import { runsText, type DocumentTree, type Run } from '../../engine/document.ts';
import { blockTexts, tokensOf } from '../../clauses/markup.ts';
import { supportKinds, type PartialFacts } from '../../clauses/facts.ts';
import { provisions } from '../../clauses/provisions.ts';
import type { Variable } from '../../clauses/schema.ts';
import type { Matter, PartyInput } from '../../engine/matter.ts';
import { group } from '../../clauses/mou/index.ts';
import { publicSecurityMouTemplate } from '../../templates/public-security-mou.ts';

const kind = 'public-security-mou' as const;
const library: Library = buildLibrary({ groups: [group], templates: [publicSecurityMouTemplate] });
const mouProvisions = provisions.filter((p) => p.kind === kind);
const mouClauses = [...library.clauses.values()];
const templateSlots = [...publicSecurityMouTemplate.articles.flatMap((a) => a.slots), ...publicSecurityMouTemplate.annexes];

/** Every combination of the facts the MoU rules read (4 support kinds × 2^6 booleans). */
const boolFacts = ['crowdControlRisk', 'adHocDeployment', 'privateSecurityOnSite', 'pspFirstResponder', 'jointOperations', 'vulnerableGroupsPresent'] as const;
const allFactCombinations: PartialFacts[] = supportKinds.flatMap((support) =>
  Array.from({ length: 2 ** boolFacts.length }, (_, mask) => ({
    supportToPublicSecurity: support,
    ...Object.fromEntries(boolFacts.map((f, i) => [f, Boolean(mask & (1 << i))])),
  })),
);

test('the MoU library and template load without a single problem', () => {
  assert.equal(library.templates.get(kind)?.id, 'public-security-mou');
  assert.ok(mouClauses.length >= 29, `only ${mouClauses.length} clauses`);
});

test('coverage: every provision of standards.md §3 maps to an existing clause placed in the MoU template (29/29)', () => {
  assert.equal(mouProvisions.length, 29);
  const placed = new Set(templateSlots.map((s) => s.clause));
  const uncovered = mouProvisions.filter((p) => {
    const ids = group.coverage[p.id] ?? [];
    return ids.length === 0 || ids.some((id) => !library.clauses.has(id) || !placed.has(id));
  });
  assert.deepEqual(uncovered.map((p) => p.id), []);
  for (const id of Object.keys(group.coverage)) assert.ok(mouProvisions.some((p) => p.id === id), `coverage names ${id}, not a §3 provision`);
});

test('every MoU requirement rule switches on at least one clause of the MoU template', () => {
  for (const rule of library.rules) {
    const mouIds = rule.requires.filter((id) => mouProvisions.some((p) => p.id === id));
    for (const id of mouIds) assert.ok((library.coverage.get(id) ?? []).length > 0, `rule ${rule.id} requires ${id}, which no clause covers`);
  }
});

test('conditional clauses apply exactly when a requirement rule calls for their provision; mandatory ones always', () => {
  for (const p of mouProvisions) {
    const clause = library.clauses.get(group.coverage[p.id]![0]!)!;
    if (p.mandatory) {
      assert.equal(clause.appliesWhen, undefined, `${clause.id} satisfies a mandatory provision but carries appliesWhen`);
      continue;
    }
    assert.ok(clause.appliesWhen, `${clause.id} is conditional (${p.id}) but has no appliesWhen`);
    for (const facts of allFactCombinations) {
      const required = requirements(facts, kind, library).some((r) => r.provision.id === p.id);
      assert.equal(holds(clause.appliesWhen!, completeFacts(facts)), required, `${clause.id}: appliesWhen disagrees with the rules for ${JSON.stringify(facts)}`);
    }
  }
});

test('annexes are switched on by the same support facts as the clauses that refer to them', () => {
  for (const slot of publicSecurityMouTemplate.annexes) {
    const annex = library.clauses.get(slot.clause)!;
    assert.equal(annex.role, 'annex');
    const referrers = mouClauses.filter((c) => c.role === 'clause' && c.alternatives.some((a) => tokensOf(a.body).some((t) => t.type === 'xref' && t.id === annex.id)));
    for (const facts of allFactCombinations) {
      const all = completeFacts(facts);
      const annexOn = slot.required === undefined ? true : holds(slot.required as never, all);
      for (const c of referrers)
        if (c.appliesWhen && holds(c.appliesWhen, all)) assert.ok(annexOn, `${c.id} applies but refers to ${annex.id}, which is off for ${JSON.stringify(facts)}`);
    }
  }
});

test('every fallback has a rationale, and every below-standard fallback is explained in the guidance', () => {
  for (const c of mouClauses) {
    for (const alt of c.alternatives) {
      assert.ok(alt.rationale.length > 20 && !alt.rationale.includes('\n'), `${c.id}/${alt.id}: rationale must be one real line`);
      if (alt.belowStandard) {
        assert.notEqual(alt, c.alternatives[0], `${c.id}: the preferred position may not be below standard`);
        assert.match(c.guidance, /falls? below/i, `${c.id}: guidance must say when the fallback falls below a standard`);
      }
    }
    assert.ok(c.sources.length >= 1 && c.guidance.length > 150, `${c.id}: needs sources and real guidance`);
  }
});

const banned: [RegExp, string][] = [
  [/\bhereinafter\b|\bwitnesseth\b|\baforesaid\b|\bsaid (?:Party|Company|Command|Memorandum)\b/i, 'archaic word'],
  [/\bbest endeavours\b|\breasonable (?:efforts|endeavours)\b/i, 'soft obligation'],
  [/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety|hundred)(?:-[a-z]+)? \(\d+\)/i, 'number written twice, e.g. "seven (7)"'],
  [/\bshall be governed\b|\bshall be deemed\b/i, '"shall" for a statement of fact'],
  [/\bmay not\b/i, 'ambiguous "may not": use "shall not"'],
  [/\b(?:Contractor|Public Security Forces|Government Security Forces|Security Provider(?!s?\b))\b/, 'a synonym for a defined term'],
];

test('clause text follows the house drafting style', () => {
  const problems: string[] = [];
  for (const c of mouClauses)
    for (const alt of c.alternatives)
      for (const text of blockTexts(alt.body)) for (const [re, why] of banned) if (re.test(text)) problems.push(`${c.id}/${alt.id}: ${why}: "${text.slice(0, 80)}…"`);
  for (const g of group.glossary) for (const [re, why] of banned) if (re.test(g.definition)) problems.push(`glossary ${g.term}: ${why}`);
  assert.deepEqual(problems, []);
});

test('every glossary term is used by some MoU clause, and none is also defined inline', () => {
  const texts = mouClauses.flatMap((c) => c.alternatives.flatMap((a) => blockTexts(a.body)));
  const inline = new Set(mouClauses.flatMap((c) => c.alternatives.flatMap((a) => tokensOf(a.body).flatMap((t) => (t.type === 'def' ? [t.term] : [])))));
  for (const g of group.glossary) {
    const forms = [g.term, ...(g.forms ?? [])];
    assert.ok(texts.some((t) => forms.some((f) => new RegExp(`(?<![\\p{L}])${f}(?![\\p{L}])`, 'u').test(t))), `glossary term ${g.term} is never used`);
    assert.ok(!inline.has(g.term), `${g.term} is defined twice`);
  }
});

// ---- complete examples ---------------------------------------------------------------------

const sample: Record<string, unknown> = {
  commandLevel: 'the Regional Police Command of the Western Region',
  legalInstruments: ['the Police Service Act 1970', 'the Public Order Act 1994'],
  deploymentAreas: 'the checkpoint on the main access road and the perimeter of the processing plant, for patrols and response to calls',
  assignedForcesStrength: 24,
  contributionCap: { amount: 250000, currency: 'USD' },
  translationLanguages: ['Twi', 'Fante'],
  secondLanguage: 'French',
  siteName: 'the Akoma Gold Mine',
  siteLocation: 'Tarkwa District, Western Region',
  hostState: 'the Republic of Ghana',
  effectiveDate: '2026-03-01',
};

function fill(values: Record<string, unknown>, variables: Variable[]) {
  for (const v of variables) if (values[v.name] === undefined && sample[v.name] !== undefined) values[v.name] = sample[v.name];
}

/** A complete MoU for these facts: every clause and annex placed in the template, every value filled. */
const ministryParty: PartyInput = { role: 'government', legalName: 'Ministry of the Interior', address: 'Accra', signatory: { name: 'E. Boateng', title: 'Chief Director' } };

function completeMou(facts: PartialFacts, alternatives: Record<string, string> = {}, extraParties: PartyInput[] = []): Matter {
  const m = newMatter(
    {
      kind,
      id: 'mou-example',
      now: '2026-01-15T09:00:00.000Z',
      facts,
      parties: [
        { role: 'company', legalName: 'Akoma Mining Limited', address: '12 Harbour Road, Takoradi', signatory: { name: 'A. Mensah', title: 'Managing Director' } },
        { role: 'public-security', legalName: 'Ghana Police Service, Western Regional Command', address: 'Regional Police Headquarters, Sekondi', signatory: { name: 'K. Owusu', title: 'Regional Commander' } },
        ...extraParties,
      ],
    },
    library,
  );
  const all = completeFacts(facts);
  for (const slot of templateSlots) {
    const c = library.clauses.get(slot.clause)!;
    if (!m.clauses[c.id] && (!c.appliesWhen || holds(c.appliesWhen, all))) m.clauses[c.id] = { alternative: c.alternatives[0]!.id, values: {} };
  }
  for (const [id, alt] of Object.entries(alternatives)) if (m.clauses[id]) m.clauses[id]!.alternative = alt;
  for (const [id, sel] of Object.entries(m.clauses)) fill(sel.values, library.clauses.get(id)!.variables);
  fill(m.values, publicSecurityMouTemplate.variables as Variable[]);
  m.documentDate = '2026-02-20';
  return m;
}

const allRuns = (tree: DocumentTree): Run[] =>
  tree.sections.flatMap((s) =>
    s.blocks.flatMap((b) =>
      b.type === 'clause' || b.type === 'item' || b.type === 'paragraph' || b.type === 'definition'
        ? b.runs
        : b.type === 'table'
          ? b.rows.flat(2)
          : [],
    ),
  );

function checkComplete(m: Matter, label: string) {
  const blocking = validate(m, library).filter((f) => f.severity !== 'info');
  assert.deepEqual(blocking.map((f) => `${f.code}: ${f.message}`), [], `${label}: findings`);
  const tree = assemble(m, { library });
  const runs = allRuns(tree);
  assert.deepEqual(runs.filter((r) => r.missing).map((r) => r.missing!.variable), [], `${label}: missing values`);
  const text = runs.map((r) => r.text).join('\n');
  assert.doesNotMatch(text, /\{\{|\{@|\{def:|\[MISSING/, `${label}: unresolved markup`);
  for (const s of tree.sections.filter((x) => x.kind === 'article')) {
    const numbers = s.blocks.flatMap((b) => (b.type === 'clause' ? [b.number] : []));
    numbers.forEach((n, i) => assert.equal(n, `${s.number}.${i + 1}`, `${label}: clause numbering in article ${s.number}`));
  }
  assert.doesNotMatch(text, /\bAgreement\b|\bContractor\b|\bProvider\b(?<!Security Provider)/, `${label}: the MoU calls itself a Memorandum and has no Provider`);
  const articles = tree.sections.filter((x) => x.kind === 'article').map((x) => x.number);
  articles.forEach((n, i) => assert.equal(n, String(i + 1), `${label}: article numbering`));
  return { tree, text };
}

for (const support of supportKinds) {
  test(`a complete MoU with ${support} support validates clean and prints every value, reference and term`, () => {
    const facts: PartialFacts = { supportToPublicSecurity: support, crowdControlRisk: true, adHocDeployment: true, privateSecurityOnSite: true, pspFirstResponder: true, jointOperations: true, vulnerableGroupsPresent: true };
    const { tree, text } = checkComplete(completeMou(facts), support);
    const defined = tree.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'definition' ? [b.term] : [])));
    const partiesText = tree.sections.filter((x) => x.kind === 'parties').flatMap((x) => x.blocks.flatMap((b) => ('runs' in b ? [runsText(b.runs)] : []))).join(' ');
    for (const term of ['Company', 'Command']) assert.match(partiesText, new RegExp(`the .${term}.`), `${support}: party term ${term} is not defined in the parties block`);
    for (const term of ['Assigned Forces', 'Host State', 'Voluntary Principles', 'Basic Principles', 'Credible Allegation'])
      assert.ok(defined.includes(term), `${support}: "${term}" is used but not defined`);
    assert.equal(defined.includes('Contribution'), support !== 'none', `${support}: "Contribution" defined only when support is given`);
    const annexes = tree.sections.filter((x) => x.kind === 'annex').map((x) => x.title);
    assert.equal(annexes.includes('Equipment Transfer Protocol and Register'), support === 'equipment', `${support}: annexes ${annexes}`);
    assert.equal(annexes.includes('Schedule of Company Contributions'), support !== 'none', `${support}: annexes ${annexes}`);
    assert.match(text, /The Republic of Ghana|the Republic of Ghana/);
  });
}

test('a minimal MoU (no support, no conditional facts) leaves out the support clauses and annexes and still validates', () => {
  const m = completeMou({});
  for (const id of ['mou-company-contributions', 'mou-training', 'mou-equipment-safeguards', 'annex-mou-contributions', 'mou-coordination-with-psp'])
    assert.equal(m.clauses[id], undefined, `${id} should not be in a minimal MoU`);
  const { text } = checkComplete(m, 'minimal');
  assert.doesNotMatch(text, /\bContribution/);
});

test('every alternative of every clause assembles cleanly in a full MoU', () => {
  const facts: PartialFacts = { supportToPublicSecurity: 'equipment', crowdControlRisk: true, adHocDeployment: true, privateSecurityOnSite: true, pspFirstResponder: true };
  for (const c of mouClauses)
    for (const alt of c.alternatives.slice(1)) {
      const extra: PartyInput[] = alt.requiresParty === 'government' ? [ministryParty] : [];
      const m = completeMou(facts, { [c.id]: alt.id }, extra);
      const findings = validate(m, library).filter((f) => f.severity === 'blocking');
      assert.deepEqual(findings.map((f) => f.message), [], `${c.id}/${alt.id}`);
      const warnings = validate(m, library).filter((f) => f.code === 'below-standard');
      assert.equal(warnings.length, alt.belowStandard ? 1 : 0, `${c.id}/${alt.id}: below-standard warnings`);
    }
});

test('the Ministry co-signing position is blocked until the Ministry is a party of the matter', () => {
  const alt = library.clauses.get('mou-parties-and-authority')!.alternatives.find((a) => a.id === 'command-and-ministry')!;
  assert.equal(alt.requiresParty, 'government');
  const without = validate(completeMou({}, { 'mou-parties-and-authority': 'command-and-ministry' }), library);
  assert.ok(without.some((f) => f.severity === 'blocking' && f.code === 'party-missing' && f.where.clauseId === 'mou-parties-and-authority'));
  const withMinistry = validate(completeMou({}, { 'mou-parties-and-authority': 'command-and-ministry' }, [ministryParty]), library);
  assert.ok(!withMinistry.some((f) => f.code === 'party-missing'));
});

test('the Ministry alternative, with the Ministry added as a party, prints a three-party MoU', () => {
  const ministry = publicSecurityMouTemplate.parties.find((p) => p.role === 'government');
  assert.equal(ministry?.term, 'Ministry');
  assert.equal(ministry?.required, false);
  assert.equal(library.clauses.get('mou-parties-and-authority')!.alternatives[0]!.id, 'command-only', 'the default text must not name a party the matter lacks');
  const m = completeMou({}, { 'mou-parties-and-authority': 'command-and-ministry' }, [ministryParty]);
  const { tree, text } = checkComplete(m, 'with ministry');
  assert.match(text, /The Ministry signs this Memorandum/);
  const signatures = tree.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'signatures' ? b.blocks.map((x) => x.term) : [])));
  assert.deepEqual(signatures, ['Company', 'Command', 'Ministry']);
});
