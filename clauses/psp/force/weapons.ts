// Runtime: any (pure data). Weapons and equipment: what the Company authorises (DCAF Contract
// Guidance Tool §2.4), how the Provider manages it (the register annex), and who may carry a
// firearm (ICoC ¶59 training). The choice "no firearms" / "authorised firearms" is an
// alternative of one clause so that the two can never be selected together.
import type { Block, ClauseInput } from '../../schema.ts';

const armed = { fact: 'armedPersonnel', is: true } as const;
const armedOrLessLethal = { any: [armed, { fact: 'lessLethalEquipment', is: true }] } as const;

const lessLethalAndDogs: Block = {
  p: 'The Company authorises the following less-lethal equipment and security dogs, which Personnel may use only in accordance with the Rules for the Use of Force and only after training in their use:',
  items: ['less-lethal equipment: {{lessLethalEquipment}}; and', 'security dogs: {{securityDogs}}.'],
};

const prohibitedWeapons: Block =
  'The Provider shall ensure that its Personnel and Subcontractors do not carry or use in performing the Services any weapon, ammunition or equipment that is not Authorised Equipment, including a personally owned weapon and any weapon or equipment issued to that person by the Public Security Forces or any other public authority.';

const changesNeedConsent: Block =
  'The Provider shall not add to or substitute any item of Authorised Equipment without the Company\'s prior written consent. The Company may withdraw its authorisation of any item by written notice, with effect from the time the notice states.';

export const weaponsAuthorisation: ClauseInput = {
  id: 'weapons-authorisation-and-equipment',
  version: 1,
  title: 'Weapons and equipment',
  topic: 'Weapons and equipment',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF Contract Guidance Tool', ref: '§2.4' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Security equipment and use of force, A', note: 'authorise firearms only where they reduce the risk of violence; prohibit unauthorised weapons' },
    { standard: 'Montreux Document', ref: 'GP 14', note: 'specify the weapons required' },
  ],
  guidance:
    'Every PSP contract must say whether the guards are armed and list exactly what they may carry (DCAF Contract Guidance Tool §2.4; Montreux Document GP 14). Pick the position that matches the engagement: "No firearms" when guards are unarmed, "Authorised firearms" when they carry firearms; the other is blocked by the facts. The Toolkit asks the Company to authorise firearms only where they reduce the risk of violence, so the armed position records the risk-assessment finding that justifies them: a vague justification ("security environment") is the first thing a reviewer will query. List less-lethal equipment by item ("extendable baton", "OC spray", "handcuffs"), or write "none". The ban on personal and public-issue weapons matters most where guards are off-duty police or soldiers. Providers sometimes ask for a general authorisation "as required by the threat"; refuse it, because it empties the list of meaning.',
  variables: [
    {
      name: 'lessLethalEquipment',
      label: 'Authorised less-lethal equipment',
      type: 'list',
      minItems: 1,
      help: 'One entry per item, e.g. "extendable baton", "OC (pepper) spray", "handcuffs"; enter "none" if Personnel carry none.',
    },
    {
      name: 'securityDogs',
      label: 'Security dogs',
      type: 'enum',
      options: [
        { value: 'none', label: 'none' },
        { value: 'detection', label: 'detection dogs only, each with its trained handler and never used to apprehend or restrain a person' },
        { value: 'patrol', label: 'patrol dogs, each kept on a lead by its trained handler at all times' },
      ],
      default: 'none',
    },
    {
      name: 'authorisedFirearms',
      label: 'Authorised firearms and ammunition',
      type: 'list',
      minItems: 1,
      help: 'Armed position only. One entry per type, with calibre and ammunition, e.g. "9 mm semi-automatic pistols with standard ball ammunition".',
    },
    {
      name: 'firearmsJustification',
      label: 'Why firearms reduce the risk of violence',
      type: 'text',
      maxLength: 600,
      help: 'Armed position only. The risk-assessment finding, in one sentence, e.g. "armed robberies of the cash office in 2024 involved firearms".',
    },
    {
      name: 'maxArmedPosts',
      label: 'Maximum number of armed posts',
      type: 'integer',
      min: 1,
      max: 500,
      help: 'Armed position only. The number of posts at which Personnel may carry a firearm at any one time.',
    },
  ],
  alternatives: [
    {
      id: 'no-firearms',
      label: 'No firearms',
      rationale: 'Unarmed guarding: no firearm or ammunition on the Site in the Provider\'s hands.',
      conflictsWhen: armed,
      body: [
        'The Provider shall ensure that its Personnel and Subcontractors do not carry, store or use any firearm or ammunition at the Site or in performing the Services.',
        lessLethalAndDogs,
        prohibitedWeapons,
        changesNeedConsent,
      ],
    },
    {
      id: 'authorised-firearms',
      label: 'Authorised firearms',
      rationale: 'Armed guarding, limited to the firearms listed, at the posts agreed, for the reason recorded.',
      conflictsWhen: { fact: 'armedPersonnel', is: false },
      body: [
        'The Company authorises firearms because its risk assessment found that {{firearmsJustification}}. Personnel who meet the requirements of {@weapons-training} may carry the following firearms and ammunition, and no others, at no more than {{maxArmedPosts}} posts at any one time: {{authorisedFirearms}}.',
        lessLethalAndDogs,
        prohibitedWeapons,
        changesNeedConsent,
      ],
    },
  ],
};

export const weaponsManagement: ClauseInput = {
  id: 'weapons-management-procedures',
  version: 1,
  title: 'Management of Authorised Equipment',
  topic: 'Weapons and equipment',
  kinds: ['psp-contract'],
  appliesWhen: armedOrLessLethal,
  sources: [
    { standard: 'DCAF Contract Guidance Tool', ref: '§2.4', note: 'maintenance, inspection and management procedures annexed to the contract' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Security equipment and use of force, A' },
    { standard: 'ICoC', ref: '¶56–58, ¶60–62', note: 'weapons management and materiel of war (paragraph titles; the text could not be verified, so the procedures follow good practice)' },
    { standard: 'good practice', note: 'armoury, issue-and-return and loss procedures (ICoCA indicators on weapons and ammunition management)' },
  ],
  guidance:
    'Applies where Personnel carry firearms, less-lethal equipment or work with dogs. Weapons that go missing from a private armoury end up in community violence; the register and the issue-and-return log are what let the Company prove that did not happen. The DCAF Contract Guidance Tool (§2.4) asks for the management procedures to be annexed; the register annex holds them, so this clause only binds the Provider to them and sets the times. Providers push back on monthly inspections of less-lethal kit and on reporting within hours: inspection up to every 90 calendar days remains defensible for batons and handcuffs, but a loss of a firearm or ammunition must be reported the same day. The Company\'s right to remove unregistered items is the practical sanction; termination sits in the general clauses.',
  variables: [
    {
      name: 'inspectionIntervalDays',
      label: 'Inspection of Authorised Equipment (calendar days)',
      type: 'integer',
      unit: 'calendar days',
      min: 7,
      max: 90,
      default: 30,
    },
    {
      name: 'lossReportHours',
      label: 'Report of loss or theft to the Competent Authority (hours)',
      type: 'integer',
      unit: 'hours',
      min: 1,
      max: 24,
      default: 6,
      help: 'Time from discovery of a loss or theft to the report to the Competent Authority; the report to the Company follows the incident-reporting clause.',
    },
  ],
  alternatives: [
    {
      id: 'annexed-procedures',
      label: 'Annexed procedures',
      rationale: 'The procedures and register the DCAF Contract Guidance Tool asks to be annexed.',
      body: [
        {
          p: 'The Provider shall:',
          items: [
            'comply with the law of the Territorial State on the acquisition, possession, carriage, storage, transport and disposal of the Authorised Equipment, and with the conditions of every licence or permit issued for it;',
            'follow the management procedures in {@annex-weapons-register} for issue and return, storage, transport, maintenance and disposal of the Authorised Equipment;',
            'keep the register in {@annex-weapons-register} complete and up to date at the Site, and make it available to the Company for inspection on request; and',
            'inspect every item of Authorised Equipment at least once every {{inspectionIntervalDays}} calendar days, repair or withdraw any defective item, and record each inspection in the register.',
          ],
        },
        'If any item of Authorised Equipment or any ammunition is lost or stolen, the Provider shall report the loss or theft to the Competent Authority within {{lossReportHours}} hours after discovering it. The loss or theft is also an Incident to be reported to the Company under {@incident-reporting}.',
        'The Company may require the Provider to remove from the Site, at once, any weapon, ammunition or equipment that is not entered in the register or has not been inspected within the required interval.',
      ],
    },
  ],
};

const qualificationCondition: Block = {
  p: 'The Provider shall ensure that no member of its Personnel carries a firearm in performing the Services unless that person has:',
  items: [
    'completed training specific to each type of firearm the person will carry, covering safe handling, storage, {@firearms-use-limits} and the Rules for the Use of Force;',
    'passed a practical qualification with that type of firearm, including live fire, assessed by an instructor qualified under the law of the Territorial State; and',
    'requalified in the same way within the previous {{requalificationMonths}} months.',
  ],
};

export const weaponsTraining: ClauseInput = {
  id: 'weapons-training',
  version: 1,
  title: 'Firearms qualification',
  topic: 'Weapons and equipment',
  kinds: ['psp-contract'],
  appliesWhen: armed,
  sources: [
    { standard: 'ICoC', ref: '¶59', note: 'weapons training (paragraph title; cited through the Toolkit)' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A', note: 'weapon-specific training for all personnel who are to carry a weapon' },
    { standard: 'DCAF Contract Guidance Tool', ref: '§2.4' },
    { standard: 'ISO 28007-1', note: 'live-fire competence and at least yearly refresher; maritime standard, used as an indicator' },
  ],
  guidance:
    'Only where Personnel are armed. The Toolkit requires weapon-specific training for everyone who carries a weapon, and the DCAF Contract Guidance Tool (§2.4) requires it before any weapon is used. The preferred position makes qualification a condition of carrying and requires requalification at least every 12 months, the benchmark ISO 28007-1 sets for maritime guards. Providers with certified in-house programmes may ask to confirm qualifications on request instead of before deployment; the fallback accepts that but keeps the condition itself, so it does not fall below the standard. General training content (human rights, de-escalation) is in the training-programme clause; do not repeat it here.',
  variables: [
    {
      name: 'requalificationMonths',
      label: 'Firearms requalification (months)',
      type: 'integer',
      unit: 'months',
      min: 3,
      max: 12,
      default: 12,
    },
  ],
  alternatives: [
    {
      id: 'qualification-before-deployment',
      label: 'Qualification confirmed before deployment',
      rationale: 'The Company sees each armed guard\'s qualification before that guard carries a firearm at the Site.',
      body: [
        qualificationCondition,
        'Before any member of its Personnel first carries a firearm at the Site, the Provider shall give the Company written confirmation of that person\'s name, the type of firearm for which the person has qualified and the date of qualification. The training itself forms part of the programme under {@training-programme}.',
      ],
    },
    {
      id: 'qualification-on-request',
      label: 'Qualification records on request',
      rationale: 'For providers with a certified training system; the condition stays, the prior confirmation goes.',
      body: [
        qualificationCondition,
        'The Provider shall keep a qualification record for each armed member of its Personnel and give the Company a copy within 5 Business Days after the Company requests it. The training itself forms part of the programme under {@training-programme}.',
      ],
    },
  ],
};

export const weaponsClauses: ClauseInput[] = [weaponsAuthorisation, weaponsManagement, weaponsTraining];
