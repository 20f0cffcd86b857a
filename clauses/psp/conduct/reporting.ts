// Runtime: any (pure data). PSP conduct group: what happens after an Incident — reporting,
// medical aid, investigation and discipline. Every reporting duty of the conduct clauses points
// here, so deadlines and recipients are stated once.
import type { Block, ClauseInput } from '../../schema.ts';

const reportableEvents: Block = {
  p: 'The Provider shall report to the Company each of the following Incidents connected with the Services:',
  items: [
    'any use of a weapon, including less-lethal equipment and security dogs, other than in training authorised by the Company;',
    'any use of physical force against a person, and any use of force that escalated beyond what was first used or that did not comply with the Rules for the Use of Force;',
    'any death or injury of any person, and any damage to property;',
    'any apprehension or restraint of a person;',
    'any traffic accident involving Personnel or a vehicle used for the Services;',
    'any confrontation or clash with the Public Security Forces, an armed force or another security provider;',
    'any loss or theft of a weapon, ammunition or other equipment issued for the Services;',
    'any act of torture or other cruel, inhuman or degrading treatment, sexual exploitation or abuse, gender-based violence, Trafficking in Persons or child labour, committed or reasonably suspected to have been committed by the Provider, its Personnel or its Subcontractors; and',
    'any other breach of {@general-conduct-prohibitions}, {@sexual-exploitation-gbv}, {@human-trafficking} or {@labour-and-child-labour}.',
  ],
};

const reportingTimes: Block = {
  p: 'The Provider shall:',
  items: [
    'notify the Company\'s security manager of each Incident by the quickest available means as soon as possible, and in any case within {{initialNoticeHours}} hours after any member of Personnel becomes aware of it;',
    'give the Company a written Incident Report, in the form set out in {@annex-incident-report-form}, within {{incidentReportHours}} hours after the Incident; and',
    'give the Company a final report on the Incident, stating its causes, the investigation made under {@investigation-and-discipline} and the measures taken, within {{finalReportDays}} calendar days after the Incident.',
  ],
};

export const incidentReporting: ClauseInput = {
  id: 'incident-reporting',
  version: 1,
  title: 'Incident reporting',
  topic: 'Reporting',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF Contract Guidance Tool', ref: '§4.1.3' },
    { standard: 'ICoC', ref: '¶37' },
    { standard: 'ICoC', ref: '¶39' },
    { standard: 'ICoC', ref: '¶63', note: 'incident reporting; paragraph content unverified' },
    { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'use-of-force incidents reported and investigated, as summarised by ghanavps.org' },
    { standard: 'good practice', note: 'reporting deadlines; IFC sample incident report template' },
  ],
  guidance:
    'The Contract Guidance Tool (§4.1.3) lists the minimum reportable incidents: weapon use other than authorised training, breaches or escalation of force, damage or injury, traffic accidents, incidents with other forces, and child labour, sexual exploitation, torture or trafficking by the provider, its personnel or subcontractors. ICoC ¶37 requires a provider to report known or reasonably suspected torture to the client and to at least one authority with jurisdiction; ¶39 requires trafficking to be reported to the Competent Authorities. ' +
    'No standard fixes the hours: 1 to 2 hours for a first notice and 24 hours for the written report are common. Remote Sites may justify up to 72 hours for the written report, never for the first notice. ' +
    'Companies sometimes want to control external reports to protect their reputation. The fallback lets the Company make the external report first, but the Provider must still report if the Company has not done so in time; it is flagged below ICoC ¶37 because the Code puts the duty on the provider itself and any delay weakens it.',
  variables: [
    { name: 'initialNoticeHours', type: 'integer', label: 'First notice to the Company', min: 1, max: 12, unit: 'hours', default: 2 },
    { name: 'incidentReportHours', type: 'integer', label: 'Written Incident Report', min: 6, max: 72, unit: 'hours', default: 24 },
    { name: 'finalReportDays', type: 'integer', label: 'Final report', min: 5, max: 60, unit: 'calendar days', default: 14 },
    { name: 'externalReportHours', type: 'integer', label: 'External report of torture or trafficking', min: 12, max: 72, unit: 'hours', default: 24 },
    { name: 'companyFirstHours', type: 'integer', label: 'Time the Company has to make the external report itself (fallback)', min: 12, max: 48, unit: 'hours', default: 24 },
  ],
  alternatives: [
    {
      id: 'provider-reports-externally',
      label: 'Provider reports to the authorities itself',
      rationale: 'ICoC ¶37 and ¶39 as written: the Provider reports serious abuses to the authorities and tells the Company.',
      body: [
        reportableEvents,
        reportingTimes,
        {
          p: 'In addition, within {{externalReportHours}} hours after becoming aware of it, the Provider shall report:',
          items: [
            'any act of torture or other cruel, inhuman or degrading treatment, known or reasonably suspected, to a public authority with jurisdiction over the act in at least one of the following: the country where the act took place, the country of nationality of the victim or the country of nationality of the alleged perpetrator; and',
            'any instance of Trafficking in Persons it discovers to the Competent Authority.',
          ],
          then: 'The Provider shall make these reports whether or not the Company agrees, and shall tell the Company when and to whom each report was made.',
        },
        'The Provider shall keep a register of all Incidents and Incident Reports, stating for each Incident its type and the status of its investigation.',
      ],
    },
    {
      id: 'company-reports-externally-first',
      label: 'Company may make the external report first',
      rationale: 'For Companies that want to coordinate external reports; the Provider still reports if the Company has not done so in time.',
      belowStandard: {
        standard: 'ICoC ¶37',
        risk: 'The Code places the reporting duty on the provider; waiting for the Company delays the report to the authorities and may look like concealment.',
      },
      body: [
        reportableEvents,
        reportingTimes,
        {
          p: 'Where an Incident involves torture or other cruel, inhuman or degrading treatment, known or reasonably suspected, or Trafficking in Persons, the Company may report it, within {{companyFirstHours}} hours after receiving the Provider\'s notice:',
          items: [
            'in the case of torture or other cruel, inhuman or degrading treatment, to a public authority with jurisdiction over the act in at least one of the following: the country where the act took place, the country of nationality of the victim or the country of nationality of the alleged perpetrator; and',
            'in the case of Trafficking in Persons, to the Competent Authority.',
          ],
          then: 'If the Company has not confirmed to the Provider within that time that it has made the report, the Provider shall make it within a further {{externalReportHours}} hours.',
        },
        'The Provider shall keep a register of all Incidents and Incident Reports, stating for each Incident its type and the status of its investigation.',
      ],
    },
  ],
};

const firstAidGiven: Block = 'The Provider shall ensure that its Personnel give first aid, as soon as it is safe to do so, to any person injured in connection with the Services, including any person against whom force was used and any person apprehended, without distinction of any kind.';

const firstAidersOnDuty: Block = 'The Provider shall ensure that, during each shift, the number of Personnel on duty at each post who are trained in first aid is at least {{firstAidersPerShift}}, and that each post has a complete first-aid kit.';

export const medicalAid: ClauseInput = {
  id: 'medical-aid',
  version: 1,
  title: 'Medical aid',
  topic: 'Reporting',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B', note: 'medical attention and evacuation in incident response' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C', note: 'first-aid training of response teams' },
    { standard: 'Voluntary Principles', ref: 'Deployment and conduct (public security)', note: 'medical aid to injured persons, including offenders; applied here by analogy' },
    { standard: 'good practice', note: 'no ICoC paragraph on medical aid could be verified' },
  ],
  guidance:
    'Injured people, including the person a guard has just used force against, must get help at once: the Voluntary Principles require this of public security, and the Toolkit builds medical attention and evacuation into incident response for private security (Relationship between public and private security, B and C). No ICoC paragraph on it could be verified, so the clause rests on good practice. ' +
    'Large Sites often have a Company clinic; the fallback routes casualties to it, with Personnel giving first aid meanwhile. That is not below any standard, provided the clinic treats third parties as well as employees.',
  variables: [
    { name: 'firstAidersPerShift', type: 'integer', label: 'First-aid-trained Personnel on each shift at each post', min: 1, max: 10, default: 1 },
    { name: 'evacuationPlanDays', type: 'integer', label: 'Time to agree the medical evacuation plan after the Effective Date', min: 5, max: 60, unit: 'calendar days', default: 14 },
  ],
  alternatives: [
    {
      id: 'provider-arranges-medical-aid',
      label: 'Provider gives first aid and arranges evacuation',
      rationale: 'Puts the whole chain of care on the Provider, for Sites without medical facilities of their own.',
      body: [
        firstAidGiven,
        'The Provider shall call the emergency medical services, or arrange the evacuation of the injured person to the nearest suitable medical facility, whenever the injury needs more than first aid, and shall record in the Incident Report the aid given and the time it was given.',
        firstAidersOnDuty,
        'The Provider shall agree with the Company, within {{evacuationPlanDays}} calendar days after the Effective Date, a written medical evacuation plan naming the medical facilities to be used and the means of transport.',
      ],
    },
    {
      id: 'company-clinic',
      label: 'Company clinic responds; Personnel give first aid',
      rationale: 'For Sites with a Company clinic open to third parties; avoids a parallel evacuation chain.',
      body: [
        firstAidGiven,
        'The Provider shall ensure that its Personnel alert the Company\'s medical service immediately whenever an injury needs more than first aid, and follow its instructions until it takes charge of the injured person. The Provider shall record in the Incident Report the aid given and the time it was given.',
        firstAidersOnDuty,
      ],
    },
  ],
};
