// Runtime: any (pure data). Clause group psp/framework: the frame of the PSP security services
// agreement (interpretation, services, term, standards, accountability), its commercial terms and
// general provisions, and the core PSP glossary the other PSP groups rely on.
import type { ClauseGroup } from '../../group.ts';
import { glossary } from './glossary.ts';
import { interpretationClauses } from './interpretation.ts';
import { servicesClauses } from './services.ts';
import { standardsClauses } from './standards.ts';
import { personnelClauses } from './personnel.ts';
import { accountabilityClauses } from './accountability.ts';
import { commercialClauses } from './commercial.ts';
import { informationClauses } from './information.ts';
import { terminationClauses } from './termination.ts';
import { boilerplateClauses } from './boilerplate.ts';

export const group: ClauseGroup = {
  name: 'psp/framework',
  clauses: [
    ...interpretationClauses,
    ...servicesClauses,
    ...standardsClauses,
    ...personnelClauses,
    ...accountabilityClauses,
    ...commercialClauses,
    ...informationClauses,
    ...terminationClauses,
    ...boilerplateClauses,
  ],
  glossary,
  /** standards.md §2 provisions this group satisfies; the first clause listed is the one the engine selects */
  coverage: {
    'parties-and-definitions': ['interpretation'],
    'mandate-scope-of-services': ['mandate-scope-of-services'],
    'term-and-effective-date': ['term-and-effective-date'],
    'compliance-with-law-and-standards': ['compliance-with-law-and-standards'],
    'human-rights-policy-commitment': ['human-rights-policy-commitment'],
    'icoc-vps-adherence': ['icoc-vps-adherence'],
    'company-policies-and-code-of-conduct': ['company-policies-and-code-of-conduct'],
    'licences-and-authorisations': ['licences-and-authorisations'],
    'financial-capacity-liability-insurance': ['financial-capacity-liability-insurance'],
    'company-past-conduct-warranty': ['company-past-conduct-warranty'],
    subcontracting: ['subcontracting'],
    'personnel-welfare-and-contracts': ['personnel-welfare-and-contracts'],
    'monitoring-audit-access': ['monitoring-audit-access'],
    reparation: ['reparation'],
    'termination-for-non-compliance': ['termination-for-non-compliance'],
    'price-and-incentives': ['price-and-incentives'],
    confidentiality: ['confidentiality'],
    'dispute-resolution-governing-law': ['governing-law', 'dispute-resolution'],
  },
};
