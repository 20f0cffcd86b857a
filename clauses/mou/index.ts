// Runtime: any (pure data). Clause group: the public-security MoU. Merges the topic files, the
// glossary and the coverage of standards.md §3 (provision id → the clauses that satisfy it).
import type { ClauseGroup } from '../group.ts';
import { frameworkClauses } from './framework.ts';
import { deploymentClauses } from './deployment.ts';
import { conductClauses } from './conduct.ts';
import { supportClauses } from './support.ts';
import { oversightClauses } from './oversight.ts';
import { finalClauses } from './final.ts';
import { annexClauses } from './annexes.ts';
import { glossary } from './glossary.ts';

/** Every provision of standards.md §3 is satisfied by the clause of the same id. */
const provisionIds = [
  'mou-parties-and-authority',
  'mou-legal-basis',
  'mou-purpose-and-roles',
  'mou-standards-adherence',
  'mou-company-policies',
  'mou-vetting',
  'mou-deployment-size-and-competence',
  'mou-scaling-mechanism',
  'mou-mandate-and-withdrawal',
  'mou-use-of-force',
  'mou-medical-aid',
  'mou-force-incident-reporting',
  'mou-communication-and-reporting',
  'mou-abuse-allegations-investigation',
  'mou-training',
  'mou-equipment-transfer-protocol',
  'mou-equipment-safeguards',
  'mou-company-contributions',
  'mou-funds-for-equipment',
  'mou-less-lethal-capability',
  'mou-payments-lawful-accounted',
  'mou-transparency',
  'mou-community-consultation',
  'mou-coordination-with-psp',
  'mou-contingency',
  'mou-gender-and-vulnerable-groups',
  'mou-monitoring-review',
  'mou-suspension-termination',
  'mou-governing-language-and-signature',
] as const;

// One clause per provision. The annexes and the Joint Security Committee carry provisions out but
// do not satisfy them alone, so they are not listed here: the template requires them by slot.
const coverage: ClauseGroup['coverage'] = Object.fromEntries(provisionIds.map((id) => [id, [id]]));

export const group: ClauseGroup = {
  name: 'mou',
  clauses: [...frameworkClauses, ...deploymentClauses, ...conductClauses, ...supportClauses, ...oversightClauses, ...finalClauses, ...annexClauses],
  glossary,
  coverage,
};
