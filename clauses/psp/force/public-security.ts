// Runtime: any (pure data). The Provider alongside public security: roles and liaison, acting as
// first responder, joint drills and off-duty officers (Toolkit, Relationship between public and
// private security, A–C).
import type { Block, ClauseInput } from '../../schema.ts';

const toolkit = (section: 'A' | 'B' | 'C') => ({ standard: 'DCAF/ICRC Toolkit', ref: `Relationship between public and private security, ${section}` });

const rolesAndArrangements: Block =
  "The Parties acknowledge that law enforcement and public order at and around the Site are the responsibility of the Public Security Forces, and that the role of the Provider is limited to the Services. Before the Provider's Personnel are first deployed, and within 5 Business Days after any change, the Company shall give the Provider a written summary of the public-security arrangements at the Site, including any agreement with the command of the Public Security Forces, to the extent the Company may lawfully disclose it.";

const personnelConduct: Block = {
  p: 'The Provider shall ensure that its Personnel:',
  items: [
    "take instructions only from the Provider's own chain of command, unless Applicable Law obliges them to obey a public official;",
    'report at once to the focal point every request or instruction they receive from a member of the Public Security Forces;',
    'do not lend, give or share any Authorised Equipment with the Public Security Forces; and',
    'do not use any vehicle, weapon or other equipment belonging to the Public Security Forces.',
  ],
};

const focalPointAvailability: Block =
  'The Provider shall ensure that the focal point, or a named deputy, can be reached at all times, and shall inform the Company of every request or instruction reported to the focal point within {{instructionReportHours}} hours after it was made.';

export const publicSecurityCoordination: ClauseInput = {
  id: 'public-security-coordination',
  version: 1,
  title: 'Coordination with Public Security Forces',
  topic: 'Public security',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'publicSecurityPresent', is: true },
  sources: [toolkit('B'), { standard: 'Voluntary Principles', ref: 'Interactions between companies and public security' }],
  guidance:
    'Applies where Public Security Forces are deployed at or near the Site. The Toolkit (B) lists what goes wrong when public and private security share a site: several chains of command, poor communication and abuses no one can investigate. The clause answers with defined roles, a named focal point and a rule that guards take orders only from their own chain of command. The Company\'s own duty (to share the public-security arrangements) is deliberate: the Provider cannot coordinate with arrangements it has not seen. Some companies prefer to keep all contact with public security in their own hands; the fallback does that, but the Provider then cannot liaise directly in an emergency, which the Toolkit advises against.',
  variables: [
    {
      name: 'focalPointDays',
      label: 'Appointment of the focal point (Business Days after the Effective Date)',
      type: 'integer',
      unit: 'business days',
      min: 1,
      max: 20,
      default: 5,
    },
    {
      name: 'instructionReportHours',
      label: 'Report of a request from the Public Security Forces (hours)',
      type: 'integer',
      unit: 'hours',
      min: 1,
      max: 48,
      default: 12,
    },
  ],
  alternatives: [
    {
      id: 'provider-focal-point',
      label: 'Provider focal point liaises with both',
      rationale: 'The Toolkit practice: one named Provider contact for the Company and for public security.',
      body: [
        rolesAndArrangements,
        "Within {{focalPointDays}} Business Days after the Effective Date, the Provider shall appoint a senior member of its Personnel as focal point to liaise with the Company's security department and with the points of contact of the Public Security Forces, and shall notify the Company of the focal point's name and contact details.",
        personnelConduct,
        focalPointAvailability,
      ],
    },
    {
      id: 'company-led-liaison',
      label: 'Company leads all liaison',
      rationale: 'For companies that keep every contact with public security in their own security department.',
      belowStandard: {
        standard: 'DCAF/ICRC Toolkit, Relationship between public and private security, B',
        risk: 'The Toolkit asks for a Provider focal point who liaises with public security directly; routing every contact through the Company slows the response in an Incident.',
      },
      body: [
        rolesAndArrangements,
        "The Company's security department conducts all liaison with the Public Security Forces. Within {{focalPointDays}} Business Days after the Effective Date, the Provider shall appoint a senior member of its Personnel as focal point for the Company's security department, and shall notify the Company of the focal point's name and contact details.",
        personnelConduct,
        focalPointAvailability,
      ],
    },
  ],
};

export const firstResponderLimits: ClauseInput = {
  id: 'first-responder-limits',
  version: 1,
  title: 'Response before Public Security Forces arrive',
  topic: 'Public security',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'pspFirstResponder', is: true },
  sources: [toolkit('C')],
  guidance:
    'Applies where the Provider may have to respond first because public security is slow or absent. The Toolkit (C) asks for response guidelines, a response team trained in them and in first aid, coordination with public security, withdrawal as soon as public security deploys, and a contingency plan if it does not come. The withdrawal rule is the core: a private team that stays in charge of an incident after the police arrive takes on a public role without public accountability. Providers sometimes ask for a longer period to deliver the guidelines; up to 60 calendar days is workable if an interim briefing is given, but not deployment without any guidelines.',
  variables: [
    {
      name: 'responsePlanDays',
      label: 'Delivery of response guidelines and contingency plan (calendar days after the Effective Date)',
      type: 'integer',
      unit: 'calendar days',
      min: 7,
      max: 60,
      default: 30,
    },
  ],
  alternatives: [
    {
      id: 'standard',
      label: 'Contain, hand over, withdraw',
      rationale: 'The Toolkit practice for gaps in the public-security response.',
      body: [
        {
          p: 'Within {{responsePlanDays}} calendar days after the Effective Date, the Provider shall deliver to the Company for approval:',
          items: [
            'written response guidelines for its response team, consistent with the Rules for the Use of Force, covering the use of force, weapons, and the restraint and apprehension of persons; and',
            'a contingency plan for periods when the Public Security Forces are unavailable or do not respond, stating their measured response times, other sources of help, and medical evacuation arrangements.',
          ],
        },
        {
          p: 'If an Incident calls for a response that is normally the task of the Public Security Forces and they are not present, the Provider shall ensure that its response team:',
          items: [
            'alerts the Public Security Forces at once through the contacts in the contingency plan;',
            'acts only to protect life and to contain the Incident, within the Rules for the Use of Force;',
            'coordinates with the Public Security Forces as they arrive; and',
            'withdraws as soon as the Public Security Forces are deployed on the Site, after briefing their commander.',
          ],
        },
        'The Provider shall ensure that every member of its response team has completed training in the response guidelines and holds a current first-aid certificate, and that the response team gives medical aid in accordance with {@medical-aid}.',
      ],
    },
  ],
};

const drillContentAndReport: Block[] = [
  {
    p: 'The Provider shall ensure that each joint drill rehearses the following phases of Incident response:',
    items: [
      'preparation, including review of the Rules for the Use of Force;',
      'alert;',
      'deployment;',
      'designation of the on-site team leader;',
      'actions on contact;',
      'resolution of the Incident;',
      'medical attention and evacuation;',
      'review of lessons learned; and',
      'final reporting and follow-up.',
    ],
  },
  'Within {{drillReportDays}} Business Days after each drill, the Provider shall give the Company a written report of the lessons learned and of the changes it will make to its procedures, with a date for each. The Company may invite representatives of the local communities to observe a drill.',
];

export const jointDrills: ClauseInput = {
  id: 'joint-drills',
  version: 1,
  title: 'Joint drills',
  topic: 'Public security',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'jointOperations', is: true },
  sources: [toolkit('B'), toolkit('A')],
  guidance:
    'Applies where public and private security will operate jointly. The Toolkit (B) lists the phases a joint drill should rehearse, from reviewing the rules for the use of force to final reporting; rehearsing them is how each side learns where its role stops. Twice a year is a common rhythm; cost is the usual objection. The fallback allows every other drill to be a tabletop exercise, which still covers every phase and does not fall below the Toolkit, but field drills remain necessary for actions on contact and evacuation.',
  variables: [
    {
      name: 'drillIntervalMonths',
      label: 'Interval between joint drills (months)',
      type: 'integer',
      unit: 'months',
      min: 1,
      max: 12,
      default: 6,
    },
    {
      name: 'drillReportDays',
      label: 'Report after each drill (Business Days)',
      type: 'integer',
      unit: 'business days',
      min: 1,
      max: 20,
      default: 10,
    },
  ],
  alternatives: [
    {
      id: 'field-drills',
      label: 'Field drills',
      rationale: 'Every drill rehearsed on the ground, with the Public Security Forces where they agree.',
      body: [
        'The Provider shall take part in a joint drill with the Company and, where they agree to take part, the Public Security Forces, before the Provider\'s Personnel first take part in joint operations and afterwards at least once every {{drillIntervalMonths}} months.',
        ...drillContentAndReport,
      ],
    },
    {
      id: 'field-and-tabletop',
      label: 'Field and tabletop drills alternating',
      rationale: 'Halves the cost; every phase is still rehearsed at each drill.',
      body: [
        'The Provider shall take part in a joint drill with the Company and, where they agree to take part, the Public Security Forces, before the Provider\'s Personnel first take part in joint operations and afterwards at least once every {{drillIntervalMonths}} months. The Provider shall ensure that the first drill is a field drill; after it, every other drill may be a tabletop exercise.',
        ...drillContentAndReport,
      ],
    },
  ],
};

export const publicSecurityClauses: ClauseInput[] = [publicSecurityCoordination, firstResponderLimits, jointDrills];
