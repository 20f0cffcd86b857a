// Runtime: any (pure data). Information the Services touch: confidentiality (with the carve-outs
// that keep abuse reportable) and personal data (CCTV, access logs, identity checks).
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

const reportingCarveOut =
  'Nothing in this Agreement prevents or restricts any Party, any member of the Personnel or any other person from reporting an Incident, a Grievance, a crime or a human rights abuse to a Competent Authority or to the ICoCA, from using the Grievance Mechanism, or from giving evidence in any investigation or proceedings, and the Provider shall not discipline or otherwise penalise any member of its Personnel for doing so in good faith.';

const disclosureExceptions = {
  p: 'A Party may disclose Confidential Information:',
  items: [
    'to its employees, advisers, insurers and auditors who need it for this Agreement and are bound by duties of confidentiality no less strict than this clause;',
    'to the extent Applicable Law, a Competent Authority or the rules of a stock exchange require, after notifying the other Party where the law permits; or',
    'to the extent it is already public other than through a breach of this Agreement.',
  ],
};

export const informationClauses: ClauseInput[] = [
  {
    id: 'confidentiality',
    version: 1,
    title: 'Confidentiality',
    topic: 'information',
    kinds,
    variables: [
      { name: 'confidentialityYears', label: 'Confidentiality continues after the Term for', type: 'integer', min: 1, max: 10, unit: 'years', default: 5 },
    ],
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'information gathered by security personnel kept confidential where disclosure would harm others (original wording unverified)' },
      { standard: 'ICoC', ref: '¶37', note: 'reporting of torture and other cruel, inhuman or degrading treatment to competent authorities' },
    ],
    guidance:
      'Standards.md §2.46. Guards learn a great deal about workers, visitors and neighbouring communities; the Voluntary Principles expect that information to be kept confidential where disclosure could harm others, for example a protest organiser\'s identity passed to the Public Security Forces. The clause is mutual for commercial information and adds a specific duty for information about individuals. The reporting carve-out is essential and must never be traded away: a confidentiality clause that deters reporting of abuse would breach ICoC ¶37 and turn the Agreement into a gagging instrument. The one-way fallback protects only the Company\'s information; acceptable where the Provider discloses nothing sensitive.',
    alternatives: [
      {
        id: 'mutual',
        label: 'Mutual confidentiality',
        rationale: 'Protects both Parties\' information and the people the Services observe.',
        body: [
          'Each Party shall keep confidential, and use only for the purposes of this Agreement, all information it receives from the other Party in connection with this Agreement, and all information about any individual that the Provider or its Personnel obtain in performing the Services ({def:Confidential Information}). This duty continues for {{confidentialityYears}} years after the end of the Term and, for information about individuals, without limit of time.',
          'The Provider shall ensure that its Personnel and Subcontractors do not disclose any information about workers, visitors or members of communities near the Site that they obtain in performing the Services to any person, including the Public Security Forces, where the disclosure could expose any individual to harm, except as Applicable Law requires or the Company instructs in writing.',
          disclosureExceptions,
          reportingCarveOut,
        ],
      },
      {
        id: 'one-way',
        label: 'Company information only',
        rationale: 'For engagements where the Provider discloses no sensitive information of its own.',
        body: [
          'The Provider shall keep confidential, and use only for the purposes of this Agreement, all information it receives from the Company in connection with this Agreement, and all information about any individual that the Provider or its Personnel obtain in performing the Services ({def:Confidential Information}). This duty continues for {{confidentialityYears}} years after the end of the Term and, for information about individuals, without limit of time.',
          'The Provider shall ensure that its Personnel and Subcontractors do not disclose any information about workers, visitors or members of communities near the Site that they obtain in performing the Services to any person, including the Public Security Forces, where the disclosure could expose any individual to harm, except as Applicable Law requires or the Company instructs in writing.',
          disclosureExceptions,
          reportingCarveOut,
        ],
      },
    ],
  },
  {
    id: 'data-protection',
    version: 1,
    title: 'Personal data',
    topic: 'information',
    kinds,
    variables: [
      { name: 'cctvRetentionDays', label: 'Retention of CCTV recordings', type: 'integer', min: 1, max: 90, unit: 'calendar days', default: 30 },
      { name: 'breachNoticeHours', label: 'Notice of a personal data breach', type: 'integer', min: 1, max: 72, unit: 'hours', default: 24 },
    ],
    sources: [{ standard: 'good practice', note: 'data processing terms (controller and processor model) as used under modern data protection laws' }],
    guidance:
      'Guards see and record personal data every day: CCTV, access logs, identity and vehicle checks, visitor registers, Incident reports naming victims and witnesses. The preferred position makes the Company the controller and the Provider its processor, acting only on the Company\'s instructions; this keeps footage and logs within the Company\'s control when a Grievance or investigation needs them, and stops informal sharing with the Public Security Forces. Retention of CCTV is short by default, with a hold for footage relevant to an Incident or a Grievance, which is the evidence a complainant needs. Some Providers run their own control rooms and insist on being independent controllers; the fallback accepts that, with the same sharing and retention limits. Check the data protection law of the Territorial State: some require registration or local storage.',
    alternatives: [
      {
        id: 'provider-as-processor',
        label: 'Provider processes personal data for the Company',
        rationale: 'Keeps recordings and logs under the Company\'s control.',
        body: [
          'The Provider shall process personal data obtained in performing the Services, including recordings of closed-circuit television, access logs, identity and vehicle checks, visitor registers and Incident Reports, only on the Company\'s documented instructions and only for the Services, and shall comply with the data protection law that applies to that processing.',
          {
            p: 'The Provider shall:',
            items: [
              'protect the personal data by appropriate technical and organisational measures, and allow access to it only to Personnel who need it for the Services;',
              'delete recordings of closed-circuit television after {{cctvRetentionDays}} calendar days, except recordings relevant to an Incident, a Grievance or an investigation, which it shall keep until the Company authorises deletion;',
              'not disclose personal data to any third party, including the Public Security Forces, except as Applicable Law requires or the Company instructs in writing, and keep a record of every disclosure;',
              'notify the Company within {{breachNoticeHours}} hours after becoming aware of any loss of, or unauthorised access to, the personal data;',
              'assist the Company in answering requests from individuals to see or correct their personal data; and',
              'at the end of the Term, return all personal data to the Company and delete its copies, unless Applicable Law requires it to keep them.',
            ],
          },
        ],
      },
      {
        id: 'independent-controllers',
        label: 'Each Party an independent controller',
        rationale: 'For a Provider that runs its own control room and systems and decides how they are used.',
        body: [
          'Each Party is responsible, as an independent controller, for the personal data it processes in connection with the Services, including recordings of closed-circuit television, access logs, identity and vehicle checks, visitor registers and Incident Reports, and shall comply with the data protection law that applies to that processing.',
          {
            p: 'The Provider shall:',
            items: [
              'protect the personal data by appropriate technical and organisational measures, and allow access to it only to Personnel who need it for the Services;',
              'delete recordings of closed-circuit television after {{cctvRetentionDays}} calendar days, except recordings relevant to an Incident, a Grievance or an investigation, which it shall keep until the Company agrees to their deletion;',
              'not disclose personal data obtained at the Site to any third party, including the Public Security Forces, except as Applicable Law requires or the Company agrees in writing, and keep a record of every disclosure;',
              'notify the Company within {{breachNoticeHours}} hours after becoming aware of any loss of, or unauthorised access to, personal data obtained at the Site; and',
              'give the Company, within 5 Business Days after a request, a copy of any personal data the Company needs to deal with an Incident, a Grievance or an investigation.',
            ],
          },
        ],
      },
    ],
  },
];
