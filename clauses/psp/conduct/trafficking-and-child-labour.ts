// Runtime: any (pure data). PSP conduct group: trafficking in persons and child labour, in
// the Provider's own workforce, its Subcontractors and its recruitment chain.
import type { ClauseInput } from '../../schema.ts';

export const humanTrafficking: ClauseInput = {
  id: 'human-trafficking',
  version: 1,
  title: 'Trafficking in persons',
  topic: 'Conduct',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶39' },
    { standard: 'DCAF Contract Guidance Tool', ref: '§4.1.3' },
    { standard: 'good practice', note: 'reimbursement of recruitment fees paid by workers (employer-pays principle)' },
  ],
  guidance:
    'ICoC ¶39 requires providers not to engage in trafficking in persons, to stay alert to it and to report what they discover to the Competent Authorities; the Code\'s definition covers commercial sex induced by force, fraud or coercion or involving a person under 18, and labour obtained by force, fraud or coercion for servitude, debt bondage or slavery. The definition below is our own wording of the same scope. ' +
    'Security providers recruiting migrant guards through agencies are the main risk: recruitment fees charged to workers create debt bondage. The ban on such fees sits in the personnel welfare clause; this clause adds the reimbursement remedy, which is good practice rather than Code text. ' +
    'There is no fallback: the prohibition is absolute. Reporting deadlines and recipients are in the incident reporting clause.',
  variables: [],
  alternatives: [
    {
      id: 'absolute-prohibition',
      label: 'Absolute prohibition, vigilance and reimbursement of recruitment fees',
      rationale: 'States ICoC ¶39 as concrete duties, including in the recruitment chain.',
      body: [
        'The Provider shall ensure that its Personnel and Subcontractors, and any person that recruits Personnel for it, do not engage in Trafficking in Persons.',
        'If the Provider discovers that a member of Personnel has paid any fee, deposit or cost, directly or through a recruiter, to obtain or keep employment for the Services, the Provider shall reimburse the full amount to that member within 30 calendar days after discovering it.',
        'The Provider shall instruct its Personnel to watch for signs of Trafficking in Persons at and around the Site and in the Provider\'s recruitment chain, and shall report any instance discovered as required by {@incident-reporting}.',
      ],
    },
  ],
};

export const labourAndChildLabour: ClauseInput = {
  id: 'labour-and-child-labour',
  version: 1,
  title: 'Child labour',
  topic: 'Conduct',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶41', note: 'worst forms of child labour; paragraph content unverified' },
    { standard: 'DCAF Contract Guidance Tool', ref: '§4.1.3', note: 'child labour as a reportable incident' },
    { standard: 'Convention on the Rights of the Child', ref: 'art. 32' },
    { standard: 'good practice', note: 'remediation where a child is found working' },
  ],
  guidance:
    'The Contract Guidance Tool lists child labour by the provider, its personnel or subcontractors among the incidents to report, and the ICoC (¶41) prohibits the worst forms of child labour; article 32 of the Convention on the Rights of the Child protects children from hazardous work. ' +
    'This clause covers every role connected with the Services (cooks, cleaners, drivers, messengers at guard posts), not only security posts, which the minimum-age clause covers. ' +
    'Local providers sometimes employ 16- and 17-year-olds as apprentices in office roles. The fallback allows that for administrative work away from any post, which is consistent with international labour standards if the work is not hazardous; never allow it at guard posts or at night. ' +
    'Dismissing a child found working can push the child into worse work: the remediation sub-clause asks the Provider to keep the child\'s welfare in view.',
  variables: [
    { name: 'minimumAdministrativeAge', type: 'integer', label: 'Minimum age for administrative work away from posts (fallback)', min: 15, max: 17, unit: 'years', default: 16 },
  ],
  alternatives: [
    {
      id: 'no-one-under-18',
      label: 'No one under 18 in any role',
      rationale: 'The simplest rule to check, and the safest in a security setting.',
      body: [
        'In addition to {@minimum-age}, which governs the Personnel, the Provider shall not employ or engage any person under the age of 18 years in any other role connected with the Services, such as cooking, cleaning, driving or carrying messages, and shall ensure that its Subcontractors do not do so.',
        'If a person under the age of 18 years is found working in connection with the Services, the Provider shall immediately remove that person from the work, report the matter as required by {@incident-reporting}, pay that person any wages owed, and agree with the Company, within 10 Business Days, the steps to be taken for that person\'s welfare, such as a return to schooling.',
      ],
    },
    {
      id: 'administrative-work-from-minimum-age',
      label: 'Administrative work allowed from a lower age',
      rationale: 'For local Providers with apprenticeship schemes; limited to non-hazardous office work away from any post.',
      body: [
        'The Provider shall not employ or engage any person under the age of 18 years in connection with the Services, and shall ensure that its Subcontractors do not do so, except that a person aged {{minimumAdministrativeAge}} years or more may perform administrative work at the Provider\'s offices during daytime hours, away from any guard post, where the Applicable Law allows it and the work is not hazardous.',
        'If a person is found working in breach of {@labour-and-child-labour}, the Provider shall immediately remove that person from the work, report the matter as required by {@incident-reporting}, pay that person any wages owed, and agree with the Company, within 10 Business Days, the steps to be taken for that person\'s welfare, such as a return to schooling.',
      ],
    },
  ],
};
