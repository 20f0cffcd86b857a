// Runtime: any (pure data). Who performs the Services: subcontracting (permitted with flow-down,
// or prohibited) and the welfare and employment terms of the Personnel.
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

const flowDown = [
  {
    p: 'Before requesting consent, the Provider shall give the Company written evidence that the proposed Subcontractor:',
    items: [
      'holds every registration, licence and authorisation that Applicable Law requires for the subcontracted services;',
      'vets, trains and equips its Personnel to the standards that this Agreement requires of the Provider;',
      'has adopted a written human rights policy and states its status with the ICoCA;',
      'has no record that would make any representation in {@company-past-conduct-warranty} untrue if given by the Subcontractor; and',
      'holds insurance appropriate to the subcontracted services.',
    ],
  },
  'The Provider shall include in each subcontract obligations that are equivalent to its obligations under this Agreement concerning human rights, conduct, the use of force, vetting, training, records, Incidents, Grievances and reparation, together with rights of access and audit for the Company equivalent to those in {@monitoring-audit-access}.',
  'The Provider remains responsible for the performance of the subcontracted services and is liable for every act and omission of each Subcontractor and its Personnel as if they were its own. The Company may require the Provider to remove a Subcontractor from the Services, by notice stating the reasons, where the Subcontractor has committed a Compliance Breach.',
];

export const personnelClauses: ClauseInput[] = [
  {
    id: 'subcontracting',
    version: 1,
    title: 'Subcontracting',
    topic: 'personnel',
    kinds,
    appliesWhen: { fact: 'subcontractingPermitted', is: true },
    conflictsWhen: { fact: 'subcontractingPermitted', is: false },
    sources: [
      { standard: 'Montreux Document', ref: 'GP 15', note: 'subcontracting: equivalent requirements, liability for subcontractors' },
      { standard: 'Montreux Document', ref: 'GP 31', note: 'Territorial-State analogue: subcontractor meets equivalent requirements, holds its own authorisation; contractor liable' },
      { standard: 'ICoC', ref: '¶50–51', note: 'selection of subcontractors (paragraph titles; text unverified)' },
    ],
    guidance:
      'Standards.md §2.40, required when the engagement permits subcontracting. Subcontracting is where the standards leak: a compliant provider hands night shifts or remote posts to an unvetted local firm. The preferred position requires consent for every Subcontractor, evidence of equivalent compliance before consent, a full flow-down of the human-rights terms and audit rights, and the Provider\'s liability for its Subcontractors as for itself (Montreux GP 15 and GP 31). The fallback relaxes consent for ancillary services that involve no guarding (alarm maintenance, vehicle hire): acceptable, because no Subcontractor staff exercise security functions. Never accept a fallback that removes the Provider\'s liability for Subcontractors.',
    alternatives: [
      {
        id: 'consent-for-each',
        label: 'Prior consent for every Subcontractor',
        rationale: 'The Company vets every Subcontractor before it starts work.',
        body: [
          'The Provider shall not subcontract any part of the Services, and shall ensure that no Subcontractor subcontracts further, without the Company\'s prior written consent for each Subcontractor.',
          ...flowDown,
        ],
      },
      {
        id: 'consent-for-security-functions',
        label: 'Consent for security functions only',
        rationale: 'Lets the Provider buy ancillary services freely while the Company controls anyone who performs security functions.',
        body: [
          'The Provider shall not subcontract any part of the Services in which the Subcontractor\'s Personnel guard, patrol, control access, search persons or carry weapons or other equipment of force, and shall ensure that no Subcontractor subcontracts such services further, without the Company\'s prior written consent for each Subcontractor. The Provider may subcontract other services after notice to the Company.',
          ...flowDown,
        ],
      },
    ],
  },
  {
    id: 'no-subcontracting',
    version: 1,
    title: 'No subcontracting',
    topic: 'personnel',
    kinds,
    appliesWhen: { fact: 'subcontractingPermitted', is: false },
    conflictsWhen: { fact: 'subcontractingPermitted', is: true },
    sources: [
      { standard: 'Montreux Document', ref: 'GP 15' },
      { standard: 'good practice', note: 'where the engagement does not permit subcontracting, the prohibition is stated expressly' },
    ],
    guidance:
      'Used when the engagement facts say subcontracting is not permitted. Without an express prohibition, many laws allow a service provider to subcontract freely, which would defeat the vetting and training the Company has assessed. The clause also closes the labour-broker route: Personnel supplied by an agency are in substance a subcontract. If the Provider needs a specific Subcontractor later, change the engagement facts and select the subcontracting clause instead, so that the flow-down terms apply.',
    alternatives: [
      {
        id: 'prohibited',
        label: 'Subcontracting prohibited',
        rationale: 'The Company has assessed the Provider alone and wants the Services performed only by its own employees.',
        body: [
          'The Provider shall not subcontract any part of the Services. The Provider shall perform the Services only through individuals it employs directly and shall not obtain Personnel through a labour agency, broker or other intermediary.',
        ],
      },
    ],
  },
  {
    id: 'personnel-welfare-and-contracts',
    version: 1,
    title: 'Terms of employment and welfare of Personnel',
    topic: 'personnel',
    kinds,
    variables: [
      { name: 'maxShiftHours', label: 'Maximum length of a shift', type: 'integer', min: 6, max: 12, unit: 'hours', default: 12 },
      { name: 'minRestHours', label: 'Minimum rest between shifts', type: 'integer', min: 8, max: 24, unit: 'hours', default: 12 },
      { name: 'wageDelayDays', label: 'Latest payment of wages after the end of each month', type: 'integer', min: 1, max: 15, unit: 'calendar days', default: 7 },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 13', note: 'welfare of personnel (title)' },
      { standard: 'Montreux Document', ref: 'GP 14(h)' },
      { standard: 'ICoC', ref: '¶52–54', note: 'company policies and personnel contracts (paragraph titles; text unverified)' },
      { standard: 'ICoC', ref: '¶64', note: 'safe and healthy working environment (paragraph title; text unverified)' },
      { standard: 'good practice', note: 'no retention of identity documents, working-time limits' },
    ],
    guidance:
      'Standards.md §2.41. Poorly paid, exhausted or indebted guards are the most common root cause of abuse, theft and collusion at a Site, so welfare is a security control, not only a labour matter. The clause states concrete conduct: a written contract in a language the individual understands, wages paid in full and on time, no retention of identity documents, shift and rest limits, and safe working conditions at each post. Providers sometimes ask for 12-hour shifts with less rest to cover shortages; keep the rest period at 12 hours or more and use the relief pool instead. Forced labour, child labour and recruitment fees are dealt with in the conduct clauses (general prohibitions, child labour, trafficking) and not repeated here.',
    alternatives: [
      {
        id: 'welfare-terms',
        label: 'Welfare terms',
        rationale: 'States the minimum conditions of work that the Company will audit.',
        body: [
          {
            p: 'The Provider shall ensure that each member of the Personnel:',
            items: [
              'receives, before first deployment, a written contract of employment in a language the individual understands, stating the individual\'s duties, pay, working hours, leave, and grounds and procedure for dismissal;',
              'is paid in full, directly, at least monthly and no later than {{wageDelayDays}} calendar days after the end of each month, at a rate not lower than the minimum wage that Applicable Law sets for the work;',
              'keeps their own identity and travel documents, which the Provider shall not retain or withhold;',
              'works no shift longer than {{maxShiftHours}} hours and has a rest period of at least {{minRestHours}} hours between shifts and at least 1 full rest day in every period of 7 calendar days; and',
              'is free to join or form a trade union or other workers\' organisation in accordance with Applicable Law.',
            ],
          },
          {
            p: 'The Provider shall provide a safe and healthy working environment for its Personnel, including:',
            items: [
              'a written assessment of the health and safety risks of each post, reviewed at least once a year and after any Incident causing injury;',
              'protective equipment suited to those risks, at no cost to the individual;',
              'drinking water, shelter, sanitation and means of communication at every post; and',
              'medical and accident cover for work-related injury and illness, as required by {@financial-capacity-liability-insurance}.',
            ],
          },
        ],
      },
    ],
  },
];
