// Runtime: any (pure data). PSP conduct group: personnel and property records, and how
// Personnel are identified on duty.
import type { Block, ClauseInput } from '../../schema.ts';

const recordsKept: Block = {
  p: 'The Provider shall keep accurate and up-to-date records, updated within 2 Business Days after each change, of:',
  items: [
    'each member of Personnel who performs the Services: full name, date of birth, identification number displayed under {@identification-of-personnel}, post and shift pattern, dates of deployment, vetting results, licences held and training completed; and',
    'all equipment issued to Personnel for the Services, such as radios, vehicles and body-worn cameras and, where this Agreement authorises them, weapons, ammunition and less-lethal equipment, stating to whom and when each item was issued and returned.',
  ],
};

const recordsRetained: Block = 'The Provider shall keep the records for {{recordsRetentionYears}} years after the end of the Term and shall protect them against loss and unauthorised access.';

export const personnelAndPropertyRecords: ClauseInput = {
  id: 'personnel-and-property-records',
  version: 1,
  title: 'Personnel and property records',
  topic: 'Records',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'Montreux Document', ref: 'GP 9' },
    { standard: 'Montreux Document', ref: 'GP 14(d)' },
    { standard: 'good practice', note: 'weapons and ammunition in property records: Montreux GP 9 text could not be verified beyond its opening' },
  ],
  guidance:
    'Montreux GP 9 and GP 14(d) expect accurate, up-to-date records of personnel and property, available for inspection; without them no Incident can be traced to a person or an item. ' +
    'The records cover equipment of every kind; the detailed weapons register (where Personnel are armed or carry less-lethal equipment) sits in the force clauses and their annex. ' +
    'Providers push back on on-demand access to personnel files because of data protection and labour law. The fallback (inspection at the Provider\'s local office instead of copies) is acceptable; do not accept access only "on reasonable request" with no time limit, which makes the right unenforceable. ' +
    'Keep retention at 5 years or more after the Term: claims and investigations often start years after an Incident.',
  variables: [
    { name: 'recordsAccessBusinessDays', type: 'integer', label: 'Time to make records available after a request', min: 1, max: 20, unit: 'Business Days', default: 3 },
    { name: 'recordsRetentionYears', type: 'integer', label: 'Retention period after the Term ends', min: 3, max: 10, unit: 'years', default: 5 },
  ],
  alternatives: [
    {
      id: 'records-on-request',
      label: 'Records delivered to the Company on request',
      rationale: 'Lets the Company check deployment, training and equipment quickly after an Incident or a complaint.',
      body: [
        recordsKept,
        'The Provider shall give the Company a copy of any of these records, or access to them, within {{recordsAccessBusinessDays}} Business Days after the Company\'s request, and on the same day where the request follows an Incident.',
        recordsRetained,
      ],
    },
    {
      id: 'records-inspection-at-provider-office',
      label: 'Inspection at the Provider\'s local office',
      rationale: 'For Providers bound by strict labour or data-protection law; the Company inspects rather than receives copies.',
      body: [
        recordsKept,
        'The Provider shall allow the Company\'s representatives to inspect these records at the Provider\'s office nearest to the Site within {{recordsAccessBusinessDays}} Business Days after the Company\'s request, and to take notes of what they inspect.',
        recordsRetained,
      ],
    },
  ],
};

const onDutyIdentification: Block = {
  p: 'The Provider shall ensure that every member of Personnel, while on duty:',
  items: [
    'wears the Provider\'s uniform, which is clearly distinguishable from the uniforms of the Public Security Forces and of any armed force of {{territorialState}};',
    'displays {{identifierShown}} on the outer garment, legible from a distance of 2 metres;',
    'carries an identity card issued by the Provider, with a photograph, and shows it to any person who asks; and',
    'wears no insignia, badge or item of equipment of the Public Security Forces or of any armed force.',
  ],
};

const vehicleMarking: Block = 'The Provider shall ensure that vehicles used for the Services carry the Provider\'s name and a fleet number visible from outside the vehicle.';

export const identificationOfPersonnel: ClauseInput = {
  id: 'identification-of-personnel',
  version: 1,
  title: 'Identification of Personnel',
  topic: 'Personnel',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A' },
    { standard: 'Montreux Document', ref: 'GP 16' },
    { standard: 'ICoC', ref: '¶43', note: 'identification and registering; paragraph content unverified' },
  ],
  guidance:
    'A person harmed by a guard must be able to say who it was: Montreux GP 16 expects Personnel to be individually identifiable on duty, and the Toolkit (Relationship between public and private security, A) asks for a uniform clearly distinct from that of the Public Security Forces, so that communities can tell private from public security. ' +
    'A displayed number protects guards from reprisals better than a name and still allows identification; prefer it where community tensions are high. ' +
    'Providers may ask to remove visible identification for force protection. Montreux GP 16 allows this only where consistent with force protection, so the fallback limits it to a specific, documented threat approved by the Company; a general waiver is below the standard.',
  variables: [
    {
      name: 'identifierShown',
      type: 'enum',
      label: 'What Personnel display on their uniform',
      options: [
        { value: 'number', label: 'a unique identification number' },
        { value: 'name', label: 'the person\'s surname' },
        { value: 'name-and-number', label: 'the person\'s surname and a unique identification number' },
      ],
      default: 'number',
    },
  ],
  alternatives: [
    {
      id: 'always-identifiable',
      label: 'Always identifiable; distinct uniform',
      rationale: 'Every guard can be identified by anyone at any time; the standard position.',
      body: [
        onDutyIdentification,
        vehicleMarking,
      ],
    },
    {
      id: 'identifiable-with-documented-exception',
      label: 'Exception for a documented threat',
      rationale: 'Where a specific threat against guards makes visible identification dangerous, as Montreux GP 16 contemplates.',
      body: [
        onDutyIdentification,
        'The Company may, by written notice describing a specific threat to Personnel, allow Personnel at a named post to cover the identification required by {@identification-of-personnel} for no more than 30 calendar days at a time. During that period the Provider shall record which member of Personnel holds each post on each shift, so that any person on duty can be identified afterwards.',
        vehicleMarking,
      ],
    },
  ],
};
