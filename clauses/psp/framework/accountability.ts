// Runtime: any (pure data). How the Company holds the Provider to the standards: monitoring and
// audit, reparation to people harmed, and graduated sanctions up to termination (Montreux GP 20(a)).
import type { Block, ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

const meetings =
  'The Company\'s security manager and the Provider\'s site manager shall meet at least once a month to review the implementation of this Agreement, including performance against the service levels, Incidents, Grievances, training and corrective actions. The Company shall assess the Provider\'s performance in writing at least once every 6 months, and the Provider shall implement the corrective actions that assessment identifies within the periods it states.';

const cooperation =
  'The Provider shall give the Company and its auditors access to the Site areas under its control, to its Personnel and to its records relating to the Services, and shall allow them to interview any member of the Personnel in private. Each Party bears its own costs of an audit, except that the Provider shall reimburse the reasonable costs of an audit that reveals a Compliance Breach.';

const sanctions = {
  p: 'If a Compliance Breach occurs, the Company may, by notice to the Provider and in proportion to the seriousness of the breach, take one or more of the following measures:',
  items: [
    'require the Provider to deliver, within {{correctiveDays}}, a written corrective action plan acceptable to the Company, and to implement it;',
    'require the Provider to remove any individual involved from the performance of the Services with immediate effect and not to redeploy that individual on any contract with the Company;',
    'deduct from the Fees a sum of up to {{penaltyShare}} of the Fees for the month in which the breach occurred;',
    'suspend all or part of the Services under {@suspension}; or',
    'exclude the Provider from tenders of the Company for up to {{exclusionYears}} years after the breach.',
  ],
};

// Immediate termination for the breaches no cure can undo (Montreux GP 20(a)), else after a cure period.
const immediateTermination: Block = {
  p: 'The Company may terminate this Agreement, in whole or in part, with immediate effect by notice to the Provider if:',
  items: [
    'a Compliance Breach occurs that involves torture or other cruel, inhuman or degrading treatment, sexual exploitation or abuse, Trafficking in Persons, the use of a firearm or of lethal force outside the Rules for the Use of Force, the unlawful holding of any person, a failure to report an Incident, or obstruction of an investigation; or',
    'any other Compliance Breach is not remedied within {{complianceCurePeriod}} after the Company\'s notice requiring its remedy.',
  ],
};

export const accountabilityClauses: ClauseInput[] = [
  {
    id: 'monitoring-audit-access',
    version: 1,
    title: 'Monitoring and audit',
    topic: 'accountability',
    kinds,
    variables: [
      { name: 'auditsPerYear', label: 'Scheduled audits per year', type: 'integer', min: 1, max: 12, default: 2 },
      { name: 'auditNoticeDays', label: 'Notice of a scheduled audit', type: 'integer', min: 1, max: 20, unit: 'Business Days', default: 5 },
      { name: 'inspectionNoticeHours', label: 'Notice of a Site inspection (fallback)', type: 'integer', min: 1, max: 72, unit: 'hours', default: 24 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Local procurement', note: '2016 edition: meet regularly with the provider' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Oversight and accountability, A' },
      { standard: 'Montreux Document', ref: 'Part Two A.V', note: 'monitoring compliance and ensuring accountability' },
    ],
    guidance:
      'Standards.md §2.42. The Company cannot rely on the Provider\'s own reporting: unannounced inspections, private interviews with guards and access to records are how abuse and falsified rosters are found. Scheduled audits cover records and systems; inspections after an Incident or a Grievance alleging harm are always allowed. Providers push back on unannounced inspections and on interviews without a supervisor present. The fallback (announced inspections only) is common in mature relationships but falls below the Toolkit\'s oversight good practice, because misconduct can be hidden during the notice period; accept it only where an independent monitor also visits.',
    alternatives: [
      {
        id: 'unannounced-inspections',
        label: 'Unannounced inspections and scheduled audits',
        rationale: 'Lets the Company see the Services as they are performed, without warning.',
        body: [
          'The Company, and any independent monitor it appoints, may inspect the performance of the Services at any time without notice. The Company may audit the Provider\'s compliance with this Agreement up to {{auditsPerYear}} times in each year of the Term on {{auditNoticeDays}} Business Days\' notice, and at any time without limit after an Incident or a Grievance alleging harm to any person.',
          cooperation,
          meetings,
        ],
      },
      {
        id: 'announced-inspections',
        label: 'Announced inspections only',
        rationale: 'For a long-standing Provider with a clean record, where an independent monitor also visits the Site.',
        belowStandard: {
          standard: 'DCAF/ICRC Toolkit (Oversight and accountability, A)',
          risk: 'Inspections on notice allow misconduct to be concealed; the Company may not see how the Services are actually performed.',
        },
        body: [
          'The Company, and any independent monitor it appoints, may inspect the performance of the Services on {{inspectionNoticeHours}} hours\' notice. The Company may audit the Provider\'s compliance with this Agreement up to {{auditsPerYear}} times in each year of the Term on {{auditNoticeDays}} Business Days\' notice, and at any time after an Incident or a Grievance alleging harm to any person.',
          cooperation,
          meetings,
        ],
      },
    ],
  },
  {
    id: 'reparation',
    version: 1,
    title: 'Reparation',
    topic: 'accountability',
    kinds,
    variables: [
      { name: 'reparationStepInDays', label: 'Time for the Provider to provide reparation before the Company steps in', type: 'duration', units: ['calendar days'], min: 1, max: 90, default: { amount: 30, unit: 'calendar days' } },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 14', note: 'last paragraph: appropriate reparation to those harmed by misconduct' },
      { standard: 'ICoC', ref: '¶66–68', note: 'grievance procedures offering effective remedies' },
    ],
    guidance:
      'Standards.md §2.43. Montreux GP 14 calls for appropriate reparation to people harmed by the misconduct of a provider and its personnel. The clause makes reparation a direct duty of the Provider, not dependent on a criminal conviction, and lets the Company step in and recover the cost when the Provider delays, since communities hold the Company responsible. Providers resist uncapped reparation; the liability clause keeps reparation outside the cap in the preferred position. The shared-cost fallback is acceptable where the Company\'s own instructions contributed to the harm. Limiting reparation to final court judgments falls below GP 14: victims rarely litigate, and the remedy would come years late or never.',
    alternatives: [
      {
        id: 'provider-reparation-with-step-in',
        label: 'Provider provides reparation; Company may step in',
        rationale: 'People harmed receive a remedy promptly, and the Provider bears its cost.',
        body: [
          'The Provider shall provide appropriate reparation, which may include restitution, compensation, rehabilitation, an apology and measures to prevent repetition, to any person harmed by an act or omission of the Provider, its Personnel or a Subcontractor in breach of this Agreement, the ICoC or Applicable Law. The duty applies whether or not criminal or civil proceedings are brought, and the Provider shall not make reparation conditional on a waiver of any right to report a crime to a Competent Authority.',
          'The Provider shall agree the reparation with the person harmed through the Grievance Mechanism under {@grievance-mechanism}, or otherwise as the Company approves. If the Provider has not provided reparation within {{reparationStepInDays}} after the Company asks it to do so, the Company may provide it directly and recover its cost from the Provider as a debt.',
        ],
      },
      {
        id: 'shared-by-fault',
        label: 'Reparation shared in proportion to fault',
        rationale: 'For Sites where the Company directs operations closely and its instructions may contribute to harm.',
        body: [
          'The Provider shall provide appropriate reparation, which may include restitution, compensation, rehabilitation, an apology and measures to prevent repetition, to any person harmed by an act or omission of the Provider, its Personnel or a Subcontractor in breach of this Agreement, the ICoC or Applicable Law. The duty applies whether or not criminal or civil proceedings are brought, and the Provider shall not make reparation conditional on a waiver of any right to report a crime to a Competent Authority.',
          'The Provider shall agree the reparation with the person harmed through the Grievance Mechanism under {@grievance-mechanism}. Where an instruction of the Company contributed to the harm, the Parties shall share the cost of reparation in proportion to their contribution; if they cannot agree that proportion within {{reparationStepInDays}}, the Company shall provide the reparation and the proportion is settled under {@dispute-resolution}.',
        ],
      },
      {
        id: 'judgment-only',
        label: 'Reparation only after a final judgment',
        rationale: 'Sought by Providers to limit exposure; not recommended.',
        belowStandard: {
          standard: 'Montreux Document (GP 14)',
          risk: 'People harmed obtain a remedy only after litigation, usually years later or never; the Company bears the community and reputational consequences meanwhile.',
        },
        body: [
          'The Provider shall pay compensation to any person harmed by an act or omission of the Provider, its Personnel or a Subcontractor, in the amount awarded by a final judgment of a court of competent jurisdiction.',
        ],
      },
    ],
  },
  {
    id: 'termination-for-non-compliance',
    version: 1,
    title: 'Sanctions and termination for non-compliance',
    topic: 'accountability',
    kinds,
    variables: [
      { name: 'correctiveDays', label: 'Time to deliver a corrective action plan', type: 'duration', units: ['calendar days'], min: 1, max: 30, default: { amount: 10, unit: 'calendar days' } },
      { name: 'penaltyShare', label: 'Maximum deduction for a Compliance Breach', type: 'percentage', min: 1, max: 50, default: 10 },
      { name: 'exclusionYears', label: 'Maximum exclusion from future tenders', type: 'integer', min: 1, max: 10, unit: 'years', default: 3 },
      { name: 'complianceCurePeriod', label: 'Cure period for other Compliance Breaches', type: 'duration', units: ['calendar days'], min: 1, max: 60, default: { amount: 30, unit: 'calendar days' } },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 20(a)', note: 'sanctions commensurate to the misconduct: termination, financial penalties, exclusion, removal of individuals' },
      { standard: 'Montreux Document', ref: 'GP 14', note: 'last paragraph: termination for failure to comply with contractual provisions' },
    ],
    guidance:
      'Standards.md §2.44. Montreux GP 20(a) lists the sanctions a contracting party should be able to apply in proportion to the misconduct: immediate or graduated termination, financial penalties, exclusion from future contracts, and removal of individual wrongdoers. The preferred position gives the Company all of them and the right to terminate at once for the gravest breaches. Providers push back on immediate termination and on exclusion; the fallback without financial deductions is acceptable (GP 20(a) lists penalties as one option among several). A fallback that allows termination only after a cure period for every breach falls below GP 20(a) and GP 14: the Company would have to keep a provider in place after torture or a killing.',
    alternatives: [
      {
        id: 'graduated-with-immediate-termination',
        label: 'Graduated sanctions; immediate termination for serious breaches',
        rationale: 'Gives the Company the full range of Montreux GP 20(a) sanctions.',
        body: [
          sanctions,
          immediateTermination,
          'These measures are cumulative and do not limit any other right of the Company. On termination for a Compliance Breach, the Provider is entitled only to the Fees for Services properly performed up to the date of termination.',
        ],
      },
      {
        id: 'graduated-without-deductions',
        label: 'Graduated sanctions without financial deductions',
        rationale: 'For Providers that will not accept deductions; the other GP 20(a) sanctions remain.',
        body: [
          { p: sanctions.p, items: sanctions.items.filter((i) => !i.includes('{{penaltyShare}}')) },
          immediateTermination,
          'These measures are cumulative and do not limit any other right of the Company. On termination for a Compliance Breach, the Provider is entitled only to the Fees for Services properly performed up to the date of termination.',
        ],
      },
      {
        id: 'cure-period-for-all',
        label: 'Termination only after a cure period',
        rationale: 'Sought by Providers to avoid sudden loss of the contract; not recommended.',
        belowStandard: {
          standard: 'Montreux Document (GP 20(a), GP 14)',
          risk: 'The Company cannot end the engagement at once after torture, sexual abuse or an unlawful killing by Personnel.',
        },
        body: [
          sanctions,
          'The Company may terminate this Agreement by notice to the Provider if a Compliance Breach is not remedied within {{complianceCurePeriod}} after the Company\'s notice requiring its remedy.',
          'These measures are cumulative and do not limit any other right of the Company. On termination for a Compliance Breach, the Provider is entitled only to the Fees for Services properly performed up to the date of termination.',
        ],
      },
    ],
  },
];
