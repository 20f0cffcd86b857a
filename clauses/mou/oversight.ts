// Runtime: any (pure data). MoU oversight: liaison and reporting lines, the Joint Security
// Committee, monitoring and review, transparency and confidentiality, community consultation,
// and suspension of support on Credible Allegations.
import type { Block, ClauseInput } from '../schema.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

const confidentialInformation =
  'Each Party shall keep confidential operational information received under this Memorandum whose disclosure would endanger any person, including patrol patterns, the numbers and positions of the Assigned Forces and the identity of complainants and witnesses, and shall not disclose it except to a Competent Authority or as the law requires.';
const explainToCommunities =
  'The Company shall explain to communities near the Site, in their languages, the parts of this Memorandum that concern them, including the role of the Assigned Forces, the rules on the use of force and how to make a complaint.';
const encourageHostState =
  'The Company shall encourage the Host State, through the Command and other relevant authorities, to make its security arrangements for the Site transparent and accessible to the public, subject to overriding safety and security concerns.';
const monitoringBase: Block[] = [
  'The Company shall monitor compliance with this Memorandum through the Incident register, the reports it receives under this Memorandum, the Grievance Mechanism and regular discussion of the security arrangements with communities near the Site.',
  'The Company shall ensure that the Grievance Mechanism receives complaints about the conduct of the Assigned Forces, including anonymous complaints, and shall inform communities near the Site that it does so.',
  'The Parties shall review the operation of this Memorandum as a whole in the Joint Security Committee at least once a year and record in the minutes the changes they agree, if any.',
];
const suspensionResumption =
  'The suspension continues until the Joint Security Committee records that the Command has withdrawn the members concerned from the Site pending the outcome, referred the allegation to the Competent Authority and taken any other measure the Company and the Command agree.';
const terminationGrounds: Block = {
  p: 'The Company may terminate this Memorandum by notice with immediate effect if:',
  items: [
    'the Command fails to investigate a Credible Allegation, or to inform the Company, as required by {@mou-abuse-allegations-investigation};',
    'an investigation or a court establishes that members of the Assigned Forces committed a Human Rights Abuse and the Command takes no disciplinary or criminal measure; or',
    'a suspension under {@mou-suspension-termination} has lasted more than {{maxSuspensionMonths}} months.',
  ],
};
const dutiesUnaffected =
  'Suspension of support, or termination of this Memorandum by the Company, does not relieve the Command of its duties under the law of the Host State. The Company shall inform the authority of the Host State responsible for the Command of the reasons for any suspension or termination.';

export const oversightClauses: ClauseInput[] = [
  {
    id: 'mou-communication-and-reporting',
    version: 1,
    title: 'Liaison and reporting lines',
    topic: 'Oversight',
    kinds,
    variables: [
      { name: 'liaisonDesignationDays', type: 'integer', label: 'Days after the Effective Date to designate Liaison Officers', min: 1, max: 30, default: 7 },
      { name: 'liaisonMeetingDays', type: 'integer', label: 'Days between site-level liaison meetings', min: 1, max: 31, default: 14 },
      { name: 'operationsChangeDays', type: 'integer', label: 'Days of notice of a change in the Company\'s operations', min: 1, max: 60, default: 7 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Human rights violations (public security)' },
    ],
    guidance:
      'Why: the Toolkit calls for formal and consistent reporting and communication mechanisms between public security, the company and its private security providers, and for regular meetings with public security at different levels (Relationship between public and private security, B; Human rights violations). This clause sets the site level (Liaison Officers, frequent meetings); the Joint Security Committee is the senior level. The last paragraph maps every report to the clause that governs it, so that nobody has to guess where an Incident or an allegation goes. Rarely negotiated; commands may ask for monthly meetings, which is acceptable for quiet sites.',
    alternatives: [
      {
        id: 'liaison-officers',
        label: 'Liaison Officers and site meetings',
        rationale: 'A named contact on each side and a regular site-level meeting.',
        body: [
          'Each Party shall designate a Liaison Officer and a deputy within {{liaisonDesignationDays}} calendar days after the Effective Date, and shall notify the other Parties in writing of their names and contact details and of any change to them.',
          'The Company and the Command shall each ensure that its Liaison Officer or deputy can be reached at all times, and that the Liaison Officers meet at the Site at least every {{liaisonMeetingDays}} calendar days to review the security situation, Incidents, planned operations and community concerns.',
          'The Company shall inform the Command\'s Liaison Officer of any change in its operations or security arrangements that may affect the Assigned Forces at least {{operationsChangeDays}} calendar days before the change takes effect.',
          'Incidents are reported under {@mou-force-incident-reporting}, allegations of Human Rights Abuses are dealt with under {@mou-abuse-allegations-investigation}, and matters of policy are raised in the Joint Security Committee under {@mou-review-meetings}.',
        ],
      },
    ],
  },
  {
    id: 'mou-review-meetings',
    version: 1,
    title: 'Joint Security Committee',
    topic: 'Oversight',
    kinds,
    variables: [
      { name: 'reviewMeetingMonths', type: 'integer', label: 'Months between meetings of the Joint Security Committee', min: 1, max: 12, default: 3 },
      { name: 'extraordinaryMeetingDays', type: 'integer', label: 'Days to meet after a serious Incident', min: 1, max: 30, default: 7 },
      { name: 'minutesDays', type: 'integer', label: 'Days to circulate minutes', min: 1, max: 30, default: 10 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Human rights violations (public security)' },
      { standard: 'good practice', note: 'joint review body; no source fixes its composition or frequency' },
    ],
    guidance:
      'Why: the Toolkit recommends regular meetings with public-security management at different levels; no readable source fixes a review body or a frequency, so this follows established practice: a joint committee at senior level meeting quarterly, with an extra meeting after a serious Incident. Minutes kept by the Company are the record that the suspension and review clauses rely on. Commands sometimes want six-monthly meetings; acceptable where the site is quiet and the liaison meetings run well, but not where crowd-control risk is high.',
    alternatives: [
      {
        id: 'quarterly-committee',
        label: 'Committee at senior level',
        rationale: 'A standing joint body that reviews implementation and takes decisions on the record.',
        body: [
          'The Parties establish the Joint Security Committee, composed of a senior representative of the Company, the officer commanding the Assigned Forces and a representative of any other public authority that signs this Memorandum, together with the Liaison Officers.',
          'The Joint Security Committee shall meet at least every {{reviewMeetingMonths}} months, and within {{extraordinaryMeetingDays}} calendar days after any Party asks for a meeting following a serious Incident.',
          {
            p: 'At each meeting the Joint Security Committee shall review:',
            items: [
              'the Incidents and Credible Allegations since its last meeting and the follow-up given to them;',
              'the size and deployment of the Assigned Forces;',
              'the training of the Assigned Forces and any support given by the Company;',
              'the concerns raised by communities through the Grievance Mechanism or in consultations; and',
              'any proposal to amend this Memorandum or to update its Annexes.',
            ],
          },
          'The Company shall keep the minutes of each meeting, recording the decisions taken and the actions assigned with their deadlines, and shall circulate them to the members within {{minutesDays}} calendar days after the meeting.',
        ],
      },
    ],
  },
  {
    id: 'mou-monitoring-review',
    version: 1,
    title: 'Monitoring and review',
    topic: 'Oversight',
    kinds,
    variables: [{ name: 'independentReviewMonths', type: 'integer', label: 'Months between independent assessments', min: 12, max: 60, default: 24 }],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Factsheet: Memorandums of understanding' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Privatisation of public security' },
      { standard: 'good practice', note: 'independent assessment of implementation' },
    ],
    guidance:
      'Why: the Toolkit factsheet stresses that monitoring compliance with an MoU is essential; the Toolkit (Privatisation of public security) advises discussing security arrangements regularly with communities as a way to monitor public-security conduct and giving communities a channel, including anonymous, to report abuses by security providers. An annual review in the Joint Security Committee keeps the MoU current. Preferred: an independent assessment every 2 years, which gives the Company evidence for its VPs reporting. Fallback: internal monitoring and annual review only, for a Command that refuses outside assessors; acceptable, since no verified standard requires an independent assessor.',
    alternatives: [
      {
        id: 'with-independent-assessment',
        label: 'Monitoring, annual review and independent assessment',
        rationale: 'Independent evidence of implementation.',
        body: [
          ...monitoringBase,
          'The Company may appoint an independent assessor, whose appointment the Command shall not refuse without stating its reasons, to assess the implementation of this Memorandum every {{independentReviewMonths}} months. The Command shall give the assessor access to the information and officers needed for the assessment, subject to the law of the Host State.',
        ],
      },
      {
        id: 'internal-only',
        label: 'Monitoring and annual review only',
        rationale: 'For a Command that will not admit outside assessors.',
        body: monitoringBase,
      },
    ],
  },
  {
    id: 'mou-transparency',
    version: 1,
    title: 'Transparency and confidentiality',
    topic: 'Oversight',
    kinds,
    variables: [{ name: 'publicationDays', type: 'integer', label: 'Days after the Effective Date to publish', min: 1, max: 90, default: 30 }],
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Security arrangements' },
      { standard: 'VPI Model Clauses', note: 'transparency with external stakeholders' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Important issues for community communication and consultation' },
      { standard: 'IFC Performance Standard 4', note: 'security personnel' },
    ],
    guidance:
      'Why: the Voluntary Principles encourage host governments to make security arrangements transparent and accessible to the public, subject to overriding safety and security concerns; VPI MoUs are meant to allow transparency with communities; the Toolkit expects the relevant rules to be explained to communities. Confidentiality is limited to operational information that would endanger people. Preferred: publish the full text, with safety redactions. Fallback 1: an agreed summary covering parties, roles, standards, support and complaints; acceptable. Fallback 2: a confidential MoU disclosed only on request; this falls below the Voluntary Principles and leaves communities unable to hold anyone to the commitments; use it only where the Host State classifies security agreements, and record why.',
    alternatives: [
      {
        id: 'publish-full-text',
        label: 'Publication of the full text',
        rationale: 'Maximum transparency; safety redactions only.',
        body: [
          'The Company shall publish this Memorandum on its website within {{publicationDays}} calendar days after the Effective Date, omitting only the information that the Company and the Command agree must be withheld for overriding safety or security reasons.',
          encourageHostState,
          explainToCommunities,
          confidentialInformation,
        ],
      },
      {
        id: 'publish-summary',
        label: 'Publication of an agreed summary',
        rationale: 'For a Command that objects to publication of the full text.',
        body: [
          'The Company shall publish on its website, within {{publicationDays}} calendar days after the Effective Date, a summary of this Memorandum agreed with the Command that describes at least the Parties, the role of the Assigned Forces, the standards they apply, the nature of any support from the Company and how to make a complaint.',
          encourageHostState,
          explainToCommunities,
          confidentialInformation,
        ],
      },
      {
        id: 'confidential',
        label: 'Confidential, disclosed on request',
        rationale: 'Only where the law of the Host State classifies agreements on security.',
        belowStandard: {
          standard: 'Voluntary Principles (transparency of security arrangements)',
          risk: 'Communities cannot see the commitments made for their protection, which undermines trust and the Grievance Mechanism.',
        },
        body: [
          'The Parties shall keep the text of this Memorandum confidential. The Company may disclose that it exists, and may disclose its text to a Competent Authority, to a national human rights institution or as the law requires.',
          explainToCommunities,
          confidentialInformation,
        ],
      },
    ],
  },
  {
    id: 'mou-community-consultation',
    version: 1,
    title: 'Consultation with communities',
    topic: 'Oversight',
    kinds,
    variables: [{ name: 'consultationMonths', type: 'integer', label: 'Months between community consultations', min: 1, max: 12, default: 6 }],
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Security arrangements' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Important issues for community communication and consultation' },
    ],
    guidance:
      'Why: the Voluntary Principles expect companies to consult regularly with host governments and local communities about the impact of their security arrangements on those communities. Consultation only counts if women, young people and indigenous peoples are heard and if people learn what happened to their concerns; the text requires both. The Command\'s participation is on invitation and is often the most valuable part; commands rarely refuse if the Company organises it.',
    alternatives: [
      {
        id: 'regular-consultation',
        label: 'Regular consultation with feedback',
        rationale: 'Consultation that reaches all groups and reports back.',
        body: [
          'The Company shall consult communities near the Site, including women, young people and indigenous peoples where present, at least every {{consultationMonths}} months on the impact of the security arrangements.',
          'The Command shall send an officer of suitable rank to take part in those consultations whenever the Company invites it.',
          'The Company shall record the concerns raised and the response to each, report back to the communities at the next consultation, and present a summary to the Joint Security Committee.',
        ],
      },
    ],
  },
  {
    id: 'mou-suspension-termination',
    version: 1,
    title: 'Suspension of support',
    topic: 'Oversight',
    kinds,
    variables: [
      { name: 'investigationOpeningDays', type: 'integer', label: 'Days for the Command to open an investigation before suspension (fallback)', min: 7, max: 90, default: 30 },
      { name: 'maxSuspensionMonths', type: 'integer', label: 'Months of suspension after which the Company may terminate', min: 1, max: 24, default: 6 },
    ],
    sources: [
      { standard: 'good practice', note: 'suspension of support on abuses: not found in the readable sources, commonly expected' },
    ],
    guidance:
      'Why: continuing to support a unit credibly implicated in abuses exposes the Company to complicity claims and community conflict. No readable source gives a model clause; this follows established practice: a right to suspend support at once on a Credible Allegation, resumption tied to concrete measures recorded by the Joint Security Committee, and a right to terminate if the Command does not investigate or act. "Support" includes use of Company facilities, so the clause works even where no Contributions are made. Pushback: commands see immediate suspension as a presumption of guilt. Fallback: suspension only if the Command has not opened an investigation within a set period; this falls below good practice because support continues to the unit while the allegation stands.',
    alternatives: [
      {
        id: 'suspend-on-credible-allegation',
        label: 'Immediate suspension on a Credible Allegation',
        rationale: 'Stops support at once to a unit credibly implicated in a serious abuse.',
        body: [
          'If the Company receives a Credible Allegation that members of the Assigned Forces committed a serious Human Rights Abuse, the Company may suspend all or part of its support under this Memorandum, including payments, supplies and the use of Company facilities, with immediate effect by notice to the Command stating the reasons.',
          suspensionResumption,
          terminationGrounds,
          dutiesUnaffected,
        ],
      },
      {
        id: 'suspend-if-no-investigation',
        label: 'Suspension if no investigation is opened',
        rationale: 'For a Command that will not accept suspension before it has had time to investigate.',
        belowStandard: {
          standard: 'good practice (suspension of support on abuses)',
          risk: 'Support continues to a unit credibly implicated in a serious abuse while the allegation stands, exposing the Company to complicity claims.',
        },
        body: [
          'If the Company notifies the Command of a Credible Allegation that members of the Assigned Forces committed a serious Human Rights Abuse and the Command has not opened an investigation within {{investigationOpeningDays}} calendar days after the notice, the Company may suspend all or part of its support under this Memorandum, including payments, supplies and the use of Company facilities, by notice to the Command stating the reasons.',
          suspensionResumption,
          terminationGrounds,
          dutiesUnaffected,
        ],
      },
    ],
  },
];
