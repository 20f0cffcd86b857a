// Runtime: any. Builds the largest document the library can produce for a kind: every fact that
// switches clauses on is true (except detention services, which ICoC ¶33 forbids), every slot of
// the template is selected unless it contradicts those facts, and every value is filled. Used by
// the benchmarks and by the structural tests of the whole library (numbering, references, terms).
import type { DocumentKind, Variable } from '../clauses/schema.ts';
import type { EngagementFacts } from '../clauses/facts.ts';
import { loadLibrary, type Library } from '../engine/library.ts';
import { newMatter, startingSelection } from '../engine/new-matter.ts';
import type { Matter } from '../engine/matter.ts';
import { completeFacts, holds } from '../engine/rules.ts';
import { checkValue } from '../engine/values.ts';

export const fullFacts: Record<DocumentKind, EngagementFacts> = {
  'psp-contract': {
    ...completeFacts({}),
    armedPersonnel: true,
    lessLethalEquipment: true,
    apprehensionPossible: true,
    assistsLawEnforcement: true,
    armedConflict: true,
    publicSecurityPresent: true,
    jointOperations: true,
    pspFirstResponder: true,
    offDutyPublicSecurityPersonnel: true,
    subcontractingPermitted: true,
    localProvider: true,
    crowdControlRisk: true,
    vulnerableGroupsPresent: true,
  },
  'public-security-mou': {
    ...completeFacts({}),
    armedConflict: true,
    jointOperations: true,
    pspFirstResponder: true,
    supportToPublicSecurity: 'equipment',
    crowdControlRisk: true,
    vulnerableGroupsPresent: true,
    adHocDeployment: true,
    privateSecurityOnSite: true,
  },
};

/** A valid value for any variable: its default, else a plausible sample of its type. */
export function sampleValue(v: Variable, partyRoles: string[]): unknown {
  if (v.default !== undefined && checkValue(v, v.default).ok) return v.default;
  switch (v.type) {
    case 'text':
      return `${v.label} (sample)`;
    case 'integer':
      return v.min ?? Math.min(v.max ?? 10, 10);
    case 'date':
      return '2027-01-15';
    case 'enum':
      return v.options[0]!.value;
    case 'money':
      return { amount: Math.max(v.min ?? 0, 1_000_000), currency: v.currency ?? 'USD' };
    case 'duration':
      return { amount: v.min && v.min > 0 ? v.min : Math.min(v.max ?? 30, 30), unit: v.units[0] };
    case 'percentage':
      return v.min ?? 50;
    case 'party':
      return partyRoles[0];
    case 'list':
      return Array.from({ length: Math.max(v.minItems ?? 1, 2) }, (_, i) => `${v.label} item ${i + 1}`);
  }
}

export function fullMatter(kind: DocumentKind, library: Library = loadLibrary()): Matter {
  const facts = fullFacts[kind];
  const matter = newMatter({ kind, id: `full-${kind}`, now: '2026-11-27T09:00:00.000Z', facts }, library);
  const template = library.templates.get(kind)!;
  const roles = template.parties.map((p) => p.role);
  for (const id of [...template.articles.flatMap((a) => a.slots.map((s) => s.clause)), ...template.annexes.map((s) => s.clause)]) {
    const clause = library.clauses.get(id)!;
    if (clause.conflictsWhen && holds(clause.conflictsWhen, facts)) continue;
    matter.clauses[id] ??= startingSelection(clause, facts);
  }
  for (const [id, sel] of Object.entries(matter.clauses))
    for (const v of library.clauses.get(id)!.variables) if (!checkValue(v, sel.values[v.name]).ok) sel.values[v.name] = sampleValue(v, roles);
  for (const v of template.variables) if (!checkValue(v, matter.values[v.name]).ok) matter.values[v.name] = sampleValue(v, roles);
  matter.parties = template.parties.map((p, i) => ({
    role: p.role,
    legalName: ['Kivu Gold Mining SA', 'Sentinel Protective Services Ltd', 'Government of the Republic'][i] ?? `${p.label} (sample)`,
    type: 'a company incorporated under the laws of the Democratic Republic of the Congo',
    registration: `CD/KIN/RCCM/${14 + i}-B-0${i}123`,
    address: 'Avenue de la Paix 12, Bunia, Ituri',
    signatory: { name: ['Amani Mbeki', 'Joseph Okello', 'Col. Marie Kabila'][i] ?? 'Sample Signatory', title: ['Managing Director', 'Chief Executive Officer', 'Commander'][i] ?? 'Director' },
    witness: false,
    ...(p.role === 'provider' ? { icocaStatus: 'certified-member' as const } : {}),
  }));
  matter.documentDate = '2026-12-01';
  return matter;
}
