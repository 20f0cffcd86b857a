// Runtime: any (pure data). Use of force: the rules themselves (ICoC ¶29), the general standard
// (¶30), the firearms limits (¶31) and force used while assisting law enforcement (¶32).
// The guard-level wording lives in the RUF annex (ruf-annex.ts); these clauses bind the Provider.
import type { Block, ClauseInput } from '../../schema.ts';

const armed = { fact: 'armedPersonnel', is: true } as const;

// Blocks both positions of a clause share, written once.
const complyWithRules: Block =
  'The Provider shall ensure that its Personnel comply with the Rules for the Use of Force set out in {@annex-rules-for-use-of-force} at all times while performing the Services.';

const beforeDeployment: Block = {
  p: 'Before any member of its Personnel is first deployed at the Site, the Provider shall:',
  items: [
    'give that person a copy of the Rules for the Use of Force in a language that person reads and understands;',
    'verify, through the training under {@training-programme}, that the person understands them; and',
    "obtain the person's signed acknowledgement of receipt, and keep it for the Term.",
  ],
};

const lawEnforcementForce: Block[] = [
  {
    p: 'If the Provider is formally authorised to assist a law-enforcement authority, the Provider shall ensure that any force its Personnel use in giving that assistance complies with:',
    items: [
      'the obligations that bind the law-enforcement officials of the Territorial State; and',
      'as a minimum, the UN Basic Principles on the Use of Force and Firearms by Law Enforcement Officials (1990).',
    ],
  },
  'An authorisation to assist law enforcement does not relieve the Provider of {@use-of-force-standard} or the Rules for the Use of Force. Where they differ from the rules that apply to law-enforcement officials, the Provider shall ensure that its Personnel follow the more restrictive rule.',
];

const dischargeIsIncident: Block =
  'Every discharge of a firearm by Personnel, other than in authorised training, is an Incident to be reported in accordance with {@incident-reporting}.';

export const rulesForUseOfForce: ClauseInput = {
  id: 'rules-for-use-of-force',
  version: 1,
  title: 'Rules for the Use of Force',
  topic: 'Use of force',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶29' },
    { standard: 'DCAF Contract Guidance Tool', ref: '§2.4', note: 'equipment used only in accordance with the use-of-force policy' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Security equipment and use of force, A' },
    { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'policies on conduct and local use of force' },
  ],
  guidance:
    'ICoC ¶29 expects a provider to adopt rules for the use of force consistent with applicable law; the Toolkit and the DCAF Contract Guidance Tool (§2.4) tie every item of equipment to those rules. The preferred position annexes the Company\'s own rules, so that every guard on the Site works to one text the Company has read. Providers that are ICoCA members often have certified rules of their own and resist replacing them: the fallback lets them keep their policy, provided the Company confirms in writing that it is at least as restrictive and the annex still prevails on any difference. Do not accept a fallback under which the Provider\'s policy prevails: the Company would then have no control over the standard its contractors apply. Review after every use-of-force Incident is what auditors look for first.',
  variables: [
    {
      name: 'rufReviewMonths',
      label: 'Scheduled review of the Rules for the Use of Force (months)',
      type: 'integer',
      unit: 'months',
      min: 3,
      max: 24,
      default: 12,
      help: 'How often the Parties review the rules even when no Incident has occurred. 12 months is usual.',
    },
  ],
  alternatives: [
    {
      id: 'company-rules-annexed',
      label: 'Company rules annexed',
      rationale: 'One text for every guard on the Site, written and controlled by the Company.',
      body: [
        complyWithRules,
        beforeDeployment,
        'The Provider shall not issue any instruction, policy or rule of engagement to its Personnel that permits force beyond the Rules for the Use of Force. Where any Provider policy differs from the Rules for the Use of Force, the more restrictive rule applies.',
        'The Parties shall review the Rules for the Use of Force within 10 Business Days after any Incident in which Personnel used force, and in any case at least once every {{rufReviewMonths}} months. Any change takes effect only when both Parties have agreed it in writing.',
      ],
    },
    {
      id: 'provider-policy-approved',
      label: 'Provider policy, approved by the Company',
      rationale: 'Lets an established provider keep its own certified rules, with the annex as the floor.',
      body: [
        complyWithRules,
        'The Provider may apply its own use-of-force policy in addition, if the Company has confirmed in writing, before the Provider\'s Personnel are deployed, that the policy is at least as restrictive as the Rules for the Use of Force. Where the two differ, the Rules for the Use of Force prevail.',
        beforeDeployment,
        'The Parties shall review the Rules for the Use of Force, and any Provider policy approved under this clause, within 10 Business Days after any Incident in which Personnel used force, and in any case at least once every {{rufReviewMonths}} months.',
      ],
    },
  ],
};

export const useOfForceStandard: ClauseInput = {
  id: 'use-of-force-standard',
  version: 1,
  title: 'Standard for any use of force',
  topic: 'Use of force',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶30' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
  ],
  guidance:
    'ICoC ¶30 sets the test every use of force is judged by: all reasonable steps to avoid force, and any force lawful, strictly necessary, proportionate and appropriate. "All reasonable steps" is the Code\'s own wording; the rest is absolute and should not be softened. The clause also closes the "superior orders" gap: an instruction from the Company, a supervisor or a public official never widens what a guard may do (compare ICoC ¶36 on torture). Counterparties rarely push back on the standard itself; they sometimes ask to delete the refusal duty, which should be kept because it is what protects a guard who refuses an unlawful order. No fallback is offered.',
  alternatives: [
    {
      id: 'standard',
      label: 'ICoC standard',
      rationale: 'The Code\'s minimum; it is not negotiated.',
      body: [
        'The Provider shall ensure that its Personnel take all reasonable steps to avoid the use of force.',
        {
          p: 'If Personnel use force, the Provider shall ensure that the force is:',
          items: [
            'lawful under Applicable Law;',
            'no more than is strictly necessary to meet the threat;',
            'proportionate to the threat; and',
            'appropriate to the situation.',
          ],
        },
        {
          p: 'The Provider shall ensure that, whenever they use force, its Personnel:',
          items: [
            'stop using force as soon as the threat has ended;',
            'give or obtain medical aid for anyone injured, in accordance with {@medical-aid}; and',
            'report the use of force in accordance with {@incident-reporting}.',
          ],
        },
        {
          p: 'An instruction from the Company, from a supervisor of the Provider or from a public official does not justify any force that this Agreement does not permit. The Provider shall:',
          items: [
            "ensure that its Personnel refuse any such instruction and report it to the Provider's site manager and to the Company within 24 hours; and",
            'not discipline or otherwise penalise any member of its Personnel for refusing it.',
          ],
        },
      ],
    },
  ],
};

export const firearmsUseLimits: ClauseInput = {
  id: 'firearms-use-limits',
  version: 1,
  title: 'Use of firearms',
  topic: 'Use of force',
  kinds: ['psp-contract'],
  appliesWhen: armed,
  conflictsWhen: { fact: 'armedPersonnel', is: false },
  sources: [
    { standard: 'ICoC', ref: '¶31' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C', note: 'citing the ASIS formulation' },
    { standard: 'good practice', note: 'warning before firing and prohibited firing situations, modelled on law-enforcement practice (UN Basic Principles on the Use of Force and Firearms, 1990)' },
  ],
  guidance:
    'Only where Personnel are armed. ICoC ¶31 limits the use of firearms against persons to self-defence or defence of others against an imminent threat of death or serious injury, or preventing a particularly serious crime involving a grave threat to life. The preferred position adds the last-resort test, the warning and the list of prohibited firing situations, which are established good practice and what a court or an NGO will measure an incident against. Providers sometimes object that a warning is impractical; the text already excuses it where it would put anyone at risk. The fallback keeps only the ICoC ¶31 limit and still meets the Code, but leaves warning shots and firing at fleeing persons to the Provider\'s own rules: choose it only where the Provider\'s approved rules for the use of force already cover those points. Selecting this clause while Personnel are unarmed contradicts the weapons clause.',
  alternatives: [
    {
      id: 'icoc-plus-good-practice',
      label: 'ICoC limit with warning and prohibited situations',
      rationale: 'The Code\'s limit plus the safeguards an incident review will expect.',
      body: [
        {
          p: 'The Provider shall ensure that its Personnel do not use a firearm against any person except:',
          items: [
            'in self-defence, or in defence of others, against an imminent threat of death or serious injury; or',
            'to prevent a particularly serious crime that involves a grave threat to life,',
          ],
          then: 'and in either case only when less extreme means are insufficient to remove the threat.',
        },
        'The Provider shall ensure that, before firing, its Personnel identify themselves as security personnel and give a clear warning of their intent to fire, with time for the warning to be obeyed, unless a warning would expose any person to an imminent risk of death or serious injury or would be clearly pointless in the circumstances.',
        {
          p: 'The Provider shall ensure that its Personnel do not:',
          items: [
            'fire warning shots;',
            'fire at a person who is running away, unless that person presents an imminent threat of death or serious injury to others;',
            'fire at or from a moving vehicle, unless the conditions of {@firearms-use-limits} are met and no other means can stop the threat; or',
            'fire into a crowd.',
          ],
        },
        dischargeIsIncident,
      ],
    },
    {
      id: 'icoc-limit-only',
      label: 'ICoC limit only',
      rationale: 'Meets ICoC ¶31 where the Provider\'s approved rules already regulate warnings and firing situations.',
      body: [
        {
          p: 'The Provider shall ensure that its Personnel do not use a firearm against any person except:',
          items: [
            'in self-defence, or in defence of others, against an imminent threat of death or serious injury; or',
            'to prevent a particularly serious crime that involves a grave threat to life.',
          ],
        },
        dischargeIsIncident,
      ],
    },
  ],
};

export const lawEnforcementAssistance: ClauseInput = {
  id: 'law-enforcement-assistance',
  version: 1,
  title: 'Assistance to law enforcement',
  topic: 'Use of force',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'assistsLawEnforcement', is: true },
  sources: [
    { standard: 'ICoC', ref: '¶32' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A', note: 'differences between public and private mandates' },
  ],
  guidance:
    'Only where the Provider will be formally authorised to assist a law-enforcement authority of the Territorial State. ICoC ¶32 then requires that its use of force meets the obligations of that State\'s law-enforcement officials and, as a minimum, the UN Basic Principles on the Use of Force and Firearms by Law Enforcement Officials (1990). The Company\'s real risk is being drawn into policing through its contractor: the preferred position requires its prior written consent to any such authorisation. Providers operating where the law obliges them to assist on demand ask to notify instead; the fallback accepts that and still meets ¶32, but the Company loses the chance to refuse before its contractor takes on a public role.',
  variables: [
    {
      name: 'authorisationNoticeDays',
      label: 'Notice of a law-enforcement authorisation (Business Days)',
      type: 'integer',
      unit: 'business days',
      min: 1,
      max: 10,
      default: 2,
      help: 'Fallback only: how soon the Provider tells the Company that it has received an authorisation.',
    },
  ],
  alternatives: [
    {
      id: 'consent-required',
      label: 'Company consent required',
      rationale: 'Keeps the Company in control of whether its contractor takes on a public role.',
      body: [
        'The Provider shall not accept any authorisation to assist a law-enforcement authority of the Territorial State in connection with the Site or the Services without the Company\'s prior written consent.',
        ...lawEnforcementForce,
      ],
    },
    {
      id: 'notice-only',
      label: 'Notice to the Company',
      rationale: 'For jurisdictions where the law obliges providers to assist the authorities on demand.',
      body: [
        'The Provider shall give the Company written notice of any authorisation to assist a law-enforcement authority of the Territorial State in connection with the Site or the Services within {{authorisationNoticeDays}} Business Days after receiving it, with a copy of the authorisation.',
        ...lawEnforcementForce,
      ],
    },
  ],
};

export const useOfForceClauses: ClauseInput[] = [rulesForUseOfForce, useOfForceStandard, firearmsUseLimits, lawEnforcementAssistance];
