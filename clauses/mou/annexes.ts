// Runtime: any (pure data). MoU annexes: the equipment transfer protocol and register, the schedule
// of Company Contributions, and the communication and reporting protocol. Annexes hold procedures
// and registers; the body of the Memorandum says who must follow them.
import type { ClauseInput } from '../schema.ts';
import { anySupport, equipmentSupport } from './rules.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

export const annexClauses: ClauseInput[] = [
  {
    id: 'annex-mou-equipment-transfer',
    version: 1,
    title: 'Equipment Transfer Protocol and Register',
    topic: 'Support',
    kinds,
    role: 'annex',
    appliesWhen: equipmentSupport,
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (e)' },
      { standard: 'good practice', note: 'Anglo American Social Way, Task 9: procedure for equipment transfers (company practice)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Misuse of unmonitored equipment transfers', note: 'IFC 2017' },
    ],
    guidance:
      'The protocol turns the equipment safeguards into steps a site team can follow: request, assessment, conditions, hand-over, monitoring, return. The register is the evidence that the Company knows where each item is; keep it current before each Joint Security Committee meeting. Fill the serial numbers at hand-over, never later.',
    alternatives: [
      {
        id: 'protocol-and-register',
        label: 'Protocol, register and hand-over receipt',
        rationale: 'A complete, auditable trail for each item of Equipment.',
        body: [
          { h: 'Part A: Protocol' },
          {
            p: 'Step 1: request. The Command submits a written request to the Company\'s Liaison Officer stating:',
            items: ['the item and the quantity requested;', 'the need it meets and the intended use;', 'the unit that will use it and where it will be kept; and', 'the officer responsible for it.'],
          },
          {
            p: 'Step 2: assessment. Before deciding, the Company records in writing:',
            items: [
              'the assessment of the risk that the item is used to commit or facilitate a Human Rights Abuse, including detention, raids or the association of the Company with operations of the Assigned Forces;',
              'the confirmation that the transfer is lawful under the law of the Host State;',
              'the alternatives considered, such as training or another form of support; and',
              'its decision and the conditions attached to it.',
            ],
          },
          {
            p: 'Step 3: conditions. Each transfer is made on the following conditions:',
            items: [
              'the item is used only for its recorded use and in accordance with the Memorandum;',
              'it is not passed to another unit or person, modified to serve as a weapon, or used to hold persons;',
              'it carries the Company\'s inventory number and no Company name or logo; and',
              'the Command makes it available for monitoring and returns it when the Memorandum requires.',
            ],
          },
          'Step 4: hand-over. The Liaison Officers of the Company and of the Command sign a hand-over receipt (Part C) for each item, with its serial number and condition, and the Company photographs the item.',
          'Step 5: monitoring. The Company checks the item, its log book (for vehicles) and the Command\'s reports on its use at the intervals set in the Memorandum, and records each check and its findings in the register (Part B).',
          'Step 6: return. When an item is returned, the Liaison Officers record its condition in the register and sign for it.',
          { h: 'Part B: Register of Equipment' },
          {
            table: {
              header: ['Number in this register', 'Item, serial number, quantity', 'Hand-over date, unit and officer', 'Recorded use of the item', 'Monitoring checks (date, findings)', 'Return (date, condition)'],
              rows: [],
              blankRows: 10,
            },
          },
          { h: 'Part C: Hand-over receipt' },
          {
            table: {
              header: ['Number in the register', 'Item and serial number', 'Condition at hand-over', 'For the Company (name, signature, date)', 'For the Command (name, rank, signature, date)'],
              rows: [],
              blankRows: 4,
            },
          },
        ],
      },
    ],
  },
  {
    id: 'annex-mou-contributions',
    version: 1,
    title: 'Schedule of Company Contributions',
    topic: 'Support',
    kinds,
    role: 'annex',
    appliesWhen: anySupport,
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (f)' },
      { standard: 'VPI Model Clauses', note: 'purpose and scope only; clause texts unverified' },
    ],
    guidance:
      'Part A is the closed list of what the Company may give: describe each Contribution precisely (item or service, quantity, recipient unit or account, purpose, limit). Part B is the running register of what was actually given, which feeds the statements of use, the annual publication and the Joint Security Committee review. Allowances to officers, if any, must appear here as payments to the Command\'s payroll account, never to individuals.',
    alternatives: [
      {
        id: 'schedule-and-register',
        label: 'Schedule and register',
        rationale: 'The agreed list and the record of delivery in one place.',
        body: [
          { note: 'Part A lists every Contribution (a payment, Equipment or other support in kind) the Company has agreed to make under {@mou-company-contributions}. Part B records each Contribution made and the Command\'s receipt, as required by {@mou-payments-lawful-accounted#2} and {@mou-payments-lawful-accounted#3}.' },
          { h: 'Part A: Agreed Contributions' },
          {
            table: {
              header: ['No. of item', 'Nature and description', 'Amount or quantity', 'Recipient unit or account', 'Purpose of the Contribution', 'Limit and period'],
              rows: [],
              blankRows: 6,
            },
          },
          { h: 'Part B: Register of Contributions made' },
          {
            table: {
              header: ['Date of delivery', 'No. of item in Part A', 'Description and value', 'Received by (unit, name, rank)', 'Receipt number', 'Statement of use received (date)'],
              rows: [],
              blankRows: 10,
            },
          },
        ],
      },
    ],
  },
  {
    id: 'annex-mou-communication-protocol',
    version: 1,
    title: 'Communication and Reporting Protocol',
    topic: 'Oversight',
    kinds,
    role: 'annex',
    sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' }],
    guidance:
      'Optional. A one-page sheet for the control room and the Command\'s post: who to call, and which report goes where within what time. The time limits are those of the body of the Memorandum; the sheet only points to them, so it never contradicts them. Update the contact table through the Joint Security Committee.',
    alternatives: [
      {
        id: 'contacts-and-matrix',
        label: 'Contact list and reporting matrix',
        rationale: 'Puts the reporting lines of the Memorandum on one page for the people who use them.',
        body: [
          { h: 'Part A: Contacts' },
          {
            table: {
              header: ['Role', 'Company (name, telephone, email)', 'Command (name, rank, telephone)'],
              rows: [
                ['Liaison Officer', '', ''],
                ['Deputy Liaison Officer', '', ''],
                ['Duty officer (24 hours)', '', ''],
                ['Member of the Joint Security Committee', '', ''],
              ],
            },
          },
          { h: 'Part B: Reporting matrix' },
          {
            table: {
              header: ['Event', 'Who reports', 'To whom', 'Time limit and form'],
              rows: [
                ['Incident involving the Assigned Forces', 'Command', 'Company Liaison Officer', 'As set in {@mou-force-incident-reporting}'],
                ['Incident involving Company security or a Private Security Provider', 'Company', 'Command Liaison Officer', 'As set in {@mou-force-incident-reporting}'],
                ['Allegation of a Human Rights Abuse', 'Company', 'Command and Competent Authority', 'As set in {@mou-abuse-allegations-investigation}'],
                ['Change of deployment areas or tasks', 'Command', 'Company Liaison Officer', 'As set in {@mou-purpose-and-roles#3}'],
                ['Change in the Company\'s operations', 'Company', 'Command Liaison Officer', 'As set in {@mou-communication-and-reporting#3}'],
              ],
            },
          },
        ],
      },
    ],
  },
];
