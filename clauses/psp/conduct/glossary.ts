// Runtime: any (pure data). Terms introduced by the conduct clauses. Core terms (Provider,
// Personnel, Incident, Grievance …) belong to the framework group; "Training Plan" is defined
// inline where the Parties agree it.
import type { ClauseGroup } from '../../group.ts';

export const glossary: ClauseGroup['glossary'] = [
  {
    term: 'Incident Report',
    forms: ['Incident Reports'],
    kinds: ['psp-contract'],
    definition: 'means a written report of an Incident that the Provider gives the Company, in the form set out in {@annex-incident-report-form}.',
  },
  {
    term: 'Grievance Mechanism',
    kinds: ['psp-contract'],
    definition: 'means the procedure through which the Provider receives, investigates and resolves Grievances about the Services.',
    source: { standard: 'ICoC', ref: '¶66' },
  },
  {
    term: 'Trafficking in Persons',
    kinds: ['psp-contract'],
    definition:
      'means recruiting, harbouring, transporting, providing or obtaining a person (a) for a commercial sex act induced by force, fraud or coercion, or in which the person performing the act is under the age of 18 years, or (b) for labour or services, by force, fraud or coercion, for the purpose of subjecting that person to involuntary servitude, debt bondage or slavery.',
    source: { standard: 'ICoC', ref: '¶39' },
  },
];
