// Runtime: any (pure data). Apprehension and hand-over (ICoC ¶34), the safeguards while a person
// waits for the Competent Authority (Toolkit, Relationship between public and private security,
// C), and the bar on detention services (ICoC ¶33).
import type { Block, ClauseInput } from '../../schema.ts';

const apprehensionPossible = { fact: 'apprehensionPossible', is: true } as const;

const whenApprehensionAllowed: Block = {
  p: 'The Provider shall ensure that its Personnel do not take or hold any person, except to apprehend a person:',
  items: [
    'to defend themselves or others against an imminent threat of violence; or',
    'following an attack or crime committed by that person against Personnel, against the Company or its employees, or against property that the Provider protects under this Agreement,',
  ],
  then: 'and in either case only in accordance with Applicable Law and only pending hand-over of the Apprehended Person to the Competent Authority.',
};

const humaneTreatment: Block = {
  p: 'The Provider shall ensure that its Personnel treat every Apprehended Person humanely and consistently with that person\'s status and protections under applicable human rights law and international humanitarian law, and in particular that they:',
  items: [
    'do not subject the person to torture or any other cruel, inhuman or degrading treatment or punishment;',
    'use restraints only while necessary to prevent violence or self-harm, and never as punishment;',
    'search the person only for weapons and only by a member of Personnel of the same sex;',
    'give the person water, access to a toilet and, where needed, medical aid in accordance with {@medical-aid}; and',
    'do not question the person beyond establishing identity and any immediate threat to safety.',
  ],
};

const recordAndReport: Block =
  'The Provider shall report each apprehension to the Company without delay, as an Incident under {@incident-reporting}, and shall give the Company the completed record in {@annex-apprehension-record} within {{recordHours}} hours after the hand-over or release.';

const handOverOrRelease: Block =
  'The Provider shall hand each Apprehended Person over to the Competent Authority at the earliest opportunity and in any case within {{handoverHours}} hours after the apprehension. If the Competent Authority has not taken custody within that time, the Provider shall release the person and record the release.';

export const apprehensionOfPersons: ClauseInput = {
  id: 'apprehension-of-persons',
  version: 1,
  title: 'Apprehension of persons',
  topic: 'Apprehension and detention',
  kinds: ['psp-contract'],
  appliesWhen: apprehensionPossible,
  sources: [
    { standard: 'ICoC', ref: '¶34' },
    { standard: 'ICoC', ref: '¶35', note: 'no torture or cruel, inhuman or degrading treatment' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
  ],
  guidance:
    'Applies wherever guards might hold someone: access control, guarding people or property, response to theft. ICoC ¶34 allows a provider to take or hold a person only to defend against an imminent threat of violence or after an attack or crime against its personnel, the client or protected property, pending hand-over to the Competent Authority at the earliest opportunity, with the apprehension reported to the client without delay and the person treated humanely. The preferred position turns "earliest opportunity" into an outside limit (hours, default 4) and requires release if the authority cannot take custody in time: holding beyond that becomes detention, which a company cannot buy (ICoC ¶33). Remote sites push back on both. The "escort to the authority" fallback lets Personnel take the person to the nearest police post when the police will not come; it is below ICoC ¶33/¶34 in spirit because it prolongs private custody and comes close to transporting a detainee, so use it only with a documented reason. Do not agree to report apprehensions later than the Incident notice: ICoC ¶34 requires the client to be told without delay, and the incident-reporting clause sets the time.',
  variables: [
    {
      name: 'handoverHours',
      label: 'Latest hand-over to the Competent Authority (hours)',
      type: 'integer',
      unit: 'hours',
      min: 1,
      max: 24,
      default: 4,
      help: 'The outside limit; the duty is hand-over at the earliest opportunity.',
    },
    {
      name: 'recordHours',
      label: 'Delivery of the apprehension record (hours)',
      type: 'integer',
      unit: 'hours',
      min: 1,
      max: 72,
      default: 24,
    },
  ],
  alternatives: [
    {
      id: 'handover-or-release',
      label: 'Hand-over within a time limit, otherwise release',
      rationale: 'Meets ICoC ¶34 with a measurable limit and no drift into detention.',
      body: [
        whenApprehensionAllowed,
        handOverOrRelease,
        humaneTreatment,
        recordAndReport,
      ],
    },
    {
      id: 'escort-to-authority',
      label: 'Escort to the nearest Competent Authority',
      rationale: 'For remote sites where the police will not attend: Personnel take the person to them.',
      belowStandard: {
        standard: 'ICoC ¶33–34',
        risk: 'Moving an Apprehended Person prolongs private custody and comes close to transporting a detainee, which ICoC ¶33 reserves to providers contracted by a State; abuse in transit is hard to monitor.',
      },
      body: [
        whenApprehensionAllowed,
        'The Provider shall hand each Apprehended Person over to the Competent Authority at the earliest opportunity and in any case within {{handoverHours}} hours after the apprehension. If the Competent Authority will not attend the Site, the Provider may escort the person by the most direct route to the nearest post of the Competent Authority, in a vehicle carrying at least 2 members of Personnel and no firearm in the passenger compartment, and shall record the departure and arrival times. If hand-over is not possible within that time, the Provider shall release the person and record the release.',
        humaneTreatment,
        recordAndReport,
      ],
    },
  ],
};

const holdingConditions: Block[] = [
  {
    p: 'While an Apprehended Person awaits hand-over or release, the Provider shall ensure that:',
    items: [
      'the person is held only in a place at the Site that the Company has approved in writing for that purpose;',
      'no firearm is present in the room or enclosed space where the person is held;',
      'the person is never left unattended; and',
      'the times at which the person is checked are recorded in {@annex-apprehension-record}.',
    ],
  },
  'The Provider shall ensure that its Personnel do not use force to prevent an Apprehended Person from escaping. If the person escapes, the Provider shall record a description of the person and report the escape to the Competent Authority and the Company.',
];

const explainTheRules: Block =
  'Within {{holdingRulesNoticeDays}} calendar days after the Effective Date, the Provider shall explain the rules on apprehension and holding in {@apprehension-of-persons} and {@temporary-holding-safeguards} to the communities around the Site and to the local command of the Public Security Forces, in a form agreed with the Company.';

export const temporaryHoldingSafeguards: ClauseInput = {
  id: 'temporary-holding-safeguards',
  version: 1,
  title: 'Safeguards while a person is held',
  topic: 'Apprehension and detention',
  kinds: ['psp-contract'],
  appliesWhen: apprehensionPossible,
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
    { standard: 'ICoC', ref: '¶34' },
  ],
  guidance:
    'Applies with the apprehension clause. The Toolkit (Relationship between public and private security, C) asks for four safeguards: no firearms in the room where anyone is held, no force to prevent escape, a female guard to aid in apprehending women, and the rule made known to communities and public security. The first two are absolute and should not be negotiated: a firearm in a holding room and force against a fleeing person are how apprehensions turn fatal. Providers with few women on the roster resist a female guard at every apprehension; the fallback allows a female guard to arrive within a short time, with no search or move of a woman or girl until she does. How many women are rostered per shift is set by the vulnerable-groups clause where it applies. That fallback falls below the Toolkit practice and should be accepted only with a plan to recruit women.',
  variables: [
    {
      name: 'holdingRulesNoticeDays',
      label: 'Communication of the holding rules (calendar days after the Effective Date)',
      type: 'integer',
      unit: 'calendar days',
      min: 7,
      max: 90,
      default: 30,
    },
    {
      name: 'femaleGuardMinutes',
      label: 'Arrival of the female guard on call (minutes)',
      type: 'integer',
      unit: 'minutes',
      min: 10,
      max: 120,
      default: 30,
      help: 'Fallback only.',
    },
  ],
  alternatives: [
    {
      id: 'female-guard-present',
      label: 'Female guard present',
      rationale: 'The Toolkit practice: a woman is present to aid in apprehending a woman.',
      body: [
        ...holdingConditions,
        'The Provider shall ensure that a female member of its Personnel is present to aid in the apprehension of any woman or girl, and remains present while that woman or girl is held.',
        explainTheRules,
      ],
    },
    {
      id: 'female-guard-on-call',
      label: 'Female guard on call',
      rationale: 'For small rosters: a woman attends within a set time and no search happens before she does.',
      belowStandard: {
        standard: 'DCAF/ICRC Toolkit, Relationship between public and private security, C',
        risk: 'The Toolkit asks for a female guard present to aid in apprehending women; until she arrives a woman or girl is held by men only.',
      },
      body: [
        ...holdingConditions,
        'If no female member of its Personnel is present when a woman or girl is apprehended, the Provider shall ensure that one arrives within {{femaleGuardMinutes}} minutes and remains present while that woman or girl is held, and that the woman or girl is not searched or moved before she arrives, except to remove an immediate threat to life.',
        explainTheRules,
      ],
    },
  ],
};

export const detentionServicesRestriction: ClauseInput = {
  id: 'detention-services-restriction',
  version: 1,
  title: 'No detention services',
  topic: 'Apprehension and detention',
  kinds: ['psp-contract'],
  sources: [{ standard: 'ICoC', ref: '¶33' }],
  guidance:
    'ICoC ¶33 allows a provider to guard, transport or question detainees only when a State has specifically contracted it to do so and its personnel are trained in the applicable law. A company cannot lawfully buy these services, so the clause excludes them outright and says what the Provider does when a public authority asks for them. There is no acceptable fallback: if the engagement facts say detention services were requested, remove them from the scope. The clause does not touch apprehension and hand-over, which the apprehension clause governs.',
  alternatives: [
    {
      id: 'excluded',
      label: 'Detention services excluded',
      rationale: 'ICoC ¶33: a company client cannot contract detention services.',
      body: [
        'The Services exclude guarding, transporting or questioning any person who is detained by a State authority or held on its behalf. The Provider shall not provide any such service in connection with the Site or this Agreement.',
        'Holding or escorting an Apprehended Person pending hand-over to the Competent Authority, where this Agreement permits it, is not a detention service for the purposes of this clause.',
        'If any public authority asks the Provider or its Personnel to guard, transport or question a detained person, the Provider shall decline and shall notify the Company in writing within 24 hours after the request.',
      ],
    },
  ],
};

export const apprehensionClauses: ClauseInput[] = [apprehensionOfPersons, temporaryHoldingSafeguards, detentionServicesRestriction];
