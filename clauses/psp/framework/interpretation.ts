// Runtime: any (pure data). Interpretation and the term of the Agreement: the opening
// mechanics a reviewing lawyer reads first.
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

const commonRules = [
  'headings are for convenience only and do not affect interpretation;',
  '"including" and similar words introduce examples and do not limit the words that precede them;',
  'the singular includes the plural and the plural includes the singular;',
  '"person" includes an individual, a company, a partnership, a public authority and any other body, whether or not it has separate legal personality;',
  'a reference to a law includes that law as amended or replaced and every instrument made under it;',
  '"day" means a calendar day, unless this Agreement refers to a Business Day;',
  'a period that runs from a day or an event excludes that day or the day of that event;',
  '"in writing" includes email but excludes any other form of electronic messaging;',
  'where the Provider must ensure that its Personnel or Subcontractors act or refrain from acting, the obligation is one of result: a failure of any of them is a breach by the Provider; and',
];

export const interpretationClauses: ClauseInput[] = [
  {
    id: 'interpretation',
    version: 1,
    title: 'Interpretation',
    topic: 'definitions and interpretation',
    kinds,
    sources: [
      { standard: 'ICoC', ref: '§B (Definitions)', note: 'definitions section exists; its text is unverified, so the terms are drafted from good practice' },
      { standard: 'good practice', note: 'standard interpretation rules of international commercial agreements' },
    ],
    guidance:
      'Covers the parties-and-definitions provision (standards.md §2.1) together with the definitions the engine prints above it. Two rules matter most here. First, the "obligation of result" rule makes the Provider answer for every act of its Personnel and Subcontractors, which is the premise of every human-rights duty in the Agreement; providers sometimes ask to limit it to "reasonable steps", which would turn the ICoC duties into efforts obligations and should be refused. Second, references to the ICoC, the Voluntary Principles and the Montreux Document: the preferred position follows later amendments (the ICoC was amended in 2021), so the Agreement does not freeze an outdated standard. The fallback fixes the versions at the Effective Date, which providers request for pricing certainty; it is acceptable for short terms (up to 2 years) but leaves the Company behind the standard over a longer term.',
    alternatives: [
      {
        id: 'current-standards',
        label: 'Standards as amended from time to time',
        rationale: 'Keeps the Agreement aligned with the standards as they develop over the Term.',
        body: [
          {
            p: 'In this Agreement:',
            items: [
              ...commonRules,
              'a reference to the ICoC, the Voluntary Principles or the Montreux Document is to that instrument as amended or replaced from time to time, and an amendment binds the Provider from the 90th day after its publication.',
            ],
          },
        ],
      },
      {
        id: 'fixed-standards',
        label: 'Standards fixed at the Effective Date',
        rationale: 'Gives the Provider pricing certainty; acceptable for short terms, since later amendments then need an agreed change.',
        body: [
          {
            p: 'In this Agreement:',
            items: [
              ...commonRules,
              'a reference to the ICoC, the Voluntary Principles or the Montreux Document is to the version of that instrument in force on the Effective Date; the Parties shall discuss in good faith any amendment published during the Term and record any agreed change under {@amendment}.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'term-and-effective-date',
    version: 1,
    title: 'Term',
    topic: 'term and renewal',
    kinds,
    variables: [
      { name: 'initialTerm', label: 'Initial term', type: 'duration', units: ['months', 'years'], min: 1, default: { amount: 2, unit: 'years' } },
      { name: 'extensionPeriod', label: 'Length of each extension', type: 'duration', units: ['months', 'years'], min: 1, default: { amount: 1, unit: 'years' } },
      { name: 'maxExtensions', label: 'Maximum number of extensions', type: 'integer', min: 0, max: 10, default: 2 },
      {
        name: 'renewalNotice',
        label: 'Notice of extension or non-renewal',
        type: 'duration',
        units: ['calendar days', 'months'],
        min: 1,
        default: { amount: 90, unit: 'calendar days' },
      },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Requests for proposals and selection of potential contractors', note: 'duration is part of the mandate definition' },
      { standard: 'Montreux Document', ref: 'GP 5', note: 'price and duration of the contract' },
    ],
    guidance:
      'Effective date and duration (standards.md §2.3). The preferred position gives the Company, not the Provider, the option to extend, and ties that option to a performance review under the monitoring clause, so that a Provider with an open human-rights finding is not rolled over automatically. Providers usually ask for automatic renewal to secure their workforce investment; the automatic-renewal fallback is acceptable provided the Company keeps its non-renewal right. A fixed term without extension suits pilots or short emergency deployments.',
    alternatives: [
      {
        id: 'company-option',
        label: 'Company option to extend',
        rationale: 'Lets the Company extend only a Provider whose performance and human-rights record it has reviewed.',
        body: [
          'This Agreement takes effect on the Effective Date and continues for an initial term of {{initialTerm}}, unless terminated earlier in accordance with its terms.',
          'The Company may extend the Term by {{extensionPeriod}} at a time, on not more than {{maxExtensions}} occasions, by notice to the Provider given at least {{renewalNotice}} before the Term would otherwise expire.',
          'Before giving notice of an extension, the Company shall review the Provider\'s performance under {@monitoring-audit-access}, including every open Incident and Grievance, and may make the extension conditional on the Provider completing corrective actions within a stated period.',
        ],
      },
      {
        id: 'automatic-renewal',
        label: 'Automatic renewal unless either Party gives notice',
        rationale: 'Common where the Provider has invested in recruiting and training a local workforce for the Site.',
        body: [
          'This Agreement takes effect on the Effective Date and continues for an initial term of {{initialTerm}}, unless terminated earlier in accordance with its terms.',
          'At the end of the initial term, and of each extension, the Term extends automatically by {{extensionPeriod}}, on not more than {{maxExtensions}} occasions, unless either Party gives the other notice of non-renewal at least {{renewalNotice}} before the Term would otherwise expire.',
        ],
      },
      {
        id: 'fixed-term',
        label: 'Fixed term without extension',
        rationale: 'Suits a pilot or a short deployment that the Company will re-tender.',
        body: [
          'This Agreement takes effect on the Effective Date and continues for a fixed term of {{initialTerm}}, unless terminated earlier in accordance with its terms. Any extension requires an amendment under {@amendment}.',
        ],
      },
    ],
  },
];
