// Runtime: any (pure data). MoU support from the Company: Contributions, lawful and accounted
// payments, payments used for equipment, transfers in kind, and the safeguards on Equipment.
import type { Block, ClauseInput } from '../schema.ts';
import { anySupport, equipmentSupport, financialSupport, inKindOrEquipment } from './rules.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

const contributionsListed = 'The Company shall provide the Contributions described in {@annex-mou-contributions} and shall not provide any other Contribution.';
const contributionPurpose =
  'The Command shall use each Contribution only for the purpose stated for it in {@annex-mou-contributions} and only in support of the duties of the Assigned Forces at and around the Site.';
const noPersonalBenefit =
  'The Company shall not make any Contribution to, or for the personal benefit of, an individual officer of the Command or of the Host State.';
const equipmentFundsUse =
  'The Command shall use funds received for equipment only to buy items listed in {@annex-mou-contributions}, and shall not use them to buy firearms, ammunition or other lethal equipment.';
const equipmentFundsReport =
  'The Command shall give the Company a list of the items bought with those funds, with copies of the invoices, within {{purchaseReportDays}} calendar days after each purchase.';
const monitoring: Block = {
  p: 'The Company may monitor the use of Equipment by any of the following means, and the Command shall give the Company access to the Equipment for that purpose at least every {{monitoringMonths}} months:',
  items: [
    'tracking devices fitted to vehicles and other mobile Equipment;',
    'periodic reports from the Command on the use of the Equipment;',
    'accompanying the Assigned Forces when they use the Equipment; and',
    'checks by an independent third party.',
  ],
};

/** The prohibition of lethal equipment, and the protocol and register every other transfer follows. */
const noLethalEquipment: Block = {
  p: 'The Company shall not transfer, lend or fund firearms, ammunition or other lethal equipment for the Command or the Assigned Forces. For every other transfer of Equipment:',
  items: [
    'the Company and the Command shall follow the protocol in Part A of {@annex-mou-equipment-transfer}; and',
    'the Company shall keep the register in Part B of that Annex.',
  ],
};

export const supportClauses: ClauseInput[] = [
  {
    id: 'mou-company-contributions',
    version: 1,
    title: 'Company Contributions',
    topic: 'Support',
    kinds,
    appliesWhen: anySupport,
    variables: [{ name: 'contributionCap', type: 'money', label: 'Maximum value of Contributions in any 12 months', min: 0 }],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (f)' },
      { standard: 'VPI Model Clauses', note: 'purpose and scope only; clause texts unverified' },
    ],
    guidance:
      'Why: where the Company gives financial or in-kind support, the Toolkit expects the MoU to define the nature, details and limits of that support (Memorandum of understanding, (f)); undefined support is how companies end up paying allowances to individual officers or funding operations they would never approve. The schedule in the Annex lists each Contribution; this clause closes the list, sets an annual cap and forbids personal benefits. Pushback: commands ask for open-ended "logistical support"; resist and add items to the schedule instead. Fallback: no aggregate cap, each Contribution approved by the Joint Security Committee; acceptable where support varies widely, but keep the closed list.',
    alternatives: [
      {
        id: 'closed-list-with-cap',
        label: 'Closed list with an annual cap',
        rationale: 'Limits the nature and the total value of support in advance.',
        body: [
          contributionsListed,
          'The Company shall not provide Contributions whose total value, in any period of 12 months starting on the Effective Date or an anniversary of it, exceeds {{contributionCap}}.',
          contributionPurpose,
          noPersonalBenefit,
        ],
      },
      {
        id: 'closed-list-committee-approval',
        label: 'Closed list, each item approved by the Joint Security Committee',
        rationale: 'Where the value of support varies too much for a fixed cap.',
        body: [
          contributionsListed,
          'The Company shall add a Contribution to {@annex-mou-contributions} only after the Joint Security Committee has approved its nature, value and purpose.',
          contributionPurpose,
          noPersonalBenefit,
        ],
      },
    ],
  },
  {
    id: 'mou-payments-lawful-accounted',
    version: 1,
    title: 'Lawful and accounted support',
    topic: 'Support',
    kinds,
    appliesWhen: anySupport,
    variables: [
      { name: 'receiptDays', type: 'integer', label: 'Days for the Command to issue a receipt', min: 1, max: 30, default: 10 },
      { name: 'accountingMonths', type: 'integer', label: 'Months between statements of use', min: 1, max: 12, default: 6 },
    ],
    sources: [
      { standard: 'Voluntary Principles', note: 'per ghanavps summary; original wording unverified' },
      { standard: 'VPI Model Clauses', note: 'transparency with external stakeholders; clause texts unverified' },
      { standard: 'good practice', note: 'anti-corruption controls on payments to public officials' },
    ],
    guidance:
      'Why: the Voluntary Principles (as summarised by the Ghana VPs working group; original wording unverified) expect payments and transfers to public security to be lawful, properly accounted for and their use monitored. Cash and payments to individuals are the main corruption and complicity risk; bank transfer to an official account, official receipts and statements of use are standard anti-corruption controls. Annual publication of the total support implements the transparency expected by the VPI Model Clauses. Commands sometimes ask for payment of allowances in cash at remote sites; refuse, or route through the Command\'s payroll.',
    alternatives: [
      {
        id: 'bank-receipts-statements',
        label: 'Bank transfer, receipts, statements and publication',
        rationale: 'Standard anti-corruption controls with public disclosure of totals.',
        body: [
          'The Company shall make every payment under this Memorandum by bank transfer to an official account of the Host State or of the Command notified in writing by the Command, and shall not make any payment in cash.',
          {
            p: 'The Company shall:',
            items: [
              'make a Contribution only where it is lawful under the law of the Host State and under the anti-corruption laws that apply to the Company; and',
              'record each Contribution made in the register in {@annex-mou-contributions}.',
            ],
          },
          {
            p: 'The Command shall:',
            items: [
              'issue an official receipt for each Contribution within {{receiptDays}} calendar days after receiving it; and',
              'give the Company, every {{accountingMonths}} months, a statement of how the Contributions received were used.',
            ],
          },
          'The Company may verify the use of any Contribution, including by inspecting the goods and services it funded. The Company shall publish, at least once a year, the total value and the nature of the Contributions made under this Memorandum.',
        ],
      },
    ],
  },
  {
    id: 'mou-funds-for-equipment',
    version: 1,
    title: 'Payments used for equipment',
    topic: 'Support',
    kinds,
    appliesWhen: financialSupport,
    variables: [
      { name: 'localShare', type: 'percentage', label: 'Share paid to the Command for the Assigned Forces', min: 0, max: 100, default: 50 },
      { name: 'purchaseReportDays', type: 'integer', label: 'Days to report purchases', min: 7, max: 90, default: 30 },
    ],
    sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Equipment (public security)', note: 'citing MIGA' }],
    guidance:
      'Why: where the Company\'s payments may fund equipment for public forces, the Toolkit (Equipment (public security), citing MIGA) suggests that the host government use part of the payments to equip the forces and that payments be split between the central government and the forces assigned locally, so that the local unit is actually equipped and the central budget stays accountable. The purchase list and the ban on lethal purchases follow the Company\'s equipment safeguards. Fallback: a single payment to the central account where the Host State requires all revenue to go through the treasury; acceptable if the purchase list and reports remain.',
    alternatives: [
      {
        id: 'split-payment',
        label: 'Split payment between the Host State and the Command',
        rationale: 'Ensures the local unit is equipped while keeping the central budget accountable.',
        body: [
          'Where a payment by the Company is to be used in part to equip the Assigned Forces, the Company shall pay {{localShare}} of that payment to the official account of the Command for the Assigned Forces and the remainder to the central account that the Host State designates.',
          equipmentFundsUse,
          equipmentFundsReport,
        ],
      },
      {
        id: 'single-payment',
        label: 'Single payment to the central account',
        rationale: 'Where the law of the Host State requires all payments to go through the treasury.',
        body: [
          'Where a payment by the Company is to be used in part to equip the Assigned Forces, the Company shall make it to the central account that the Host State designates, and the Joint Security Committee shall record the part allocated to the Assigned Forces.',
          equipmentFundsUse,
          equipmentFundsReport,
        ],
      },
    ],
  },
  {
    id: 'mou-equipment-transfer-protocol',
    version: 1,
    title: 'Support in kind',
    topic: 'Support',
    kinds,
    appliesWhen: inKindOrEquipment,
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (e)' },
      { standard: 'Voluntary Principles', ref: 'Risk assessment, Equipment transfers' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Misuse of unmonitored equipment transfers', note: 'IFC 2017' },
    ],
    guidance:
      'Why: the Toolkit expects a protocol to manage transfers in line with the Voluntary Principles (Memorandum of understanding, (e)); the VPs risk assessment asks companies to consider the risk that transferred items are misused or diverted and to put controls in place. The IFC examples are concrete: containers used to detain people, night-vision goggles used for raids, vehicles with the company logo used in abusive operations. This clause applies to every transfer in kind (fuel, food, accommodation, vehicles); the equipment safeguards add the stricter rules for Equipment. Commands rarely object to the written request; they do object to the ban on onward transfer, which should stay.',
    alternatives: [
      {
        id: 'assess-request-record',
        label: 'Assessment, written request and record before each transfer',
        rationale: 'Every transfer in kind is assessed, requested and traceable.',
        body: [
          {
            p: 'Before it provides any Contribution in kind, the Company shall:',
            items: [
              'assess, as part of the Risk Assessment, whether the item could be used to commit or facilitate a Human Rights Abuse, including the detention of persons, raids, or the association of the Company with operations of the Assigned Forces;',
              'confirm that the transfer is lawful under the law of the Host State;',
              'consider whether training or another form of support would meet the need with less risk; and',
              'obtain a written request from the Command stating the need, the intended use and the unit that will use the item.',
            ],
          },
          // Recording and receipt of every Contribution are in mou-payments-lawful-accounted, which
          // applies to every kind of support; they are not repeated here.
          'The Command shall use each Contribution in kind only for the use stated in its written request and shall not pass it to another unit or person without the Company\'s prior written consent.',
          'The Company shall remove its name and logo from any vehicle or other item before transferring it.',
        ],
      },
    ],
  },
  {
    id: 'mou-equipment-safeguards',
    version: 1,
    title: 'Equipment safeguards',
    topic: 'Support',
    kinds,
    appliesWhen: equipmentSupport,
    variables: [
      { name: 'monitoringMonths', type: 'integer', label: 'Months between monitoring checks', min: 1, max: 12, default: 3 },
      { name: 'returnDays', type: 'integer', label: 'Days to return Equipment on request', min: 1, max: 60, default: 14 },
    ],
    sources: [
      { standard: 'good practice', note: 'Anglo American Social Way, Task 9: procedure for equipment transfers (company practice)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Misuse of unmonitored equipment transfers', note: 'IFC 2017' },
      { standard: 'Voluntary Principles', ref: 'Risk assessment, Equipment transfers' },
    ],
    guidance:
      'Why: where the Company transfers Equipment, established company practice (Anglo American Social Way, Task 9) and the IFC misuse cases call for: no lethal equipment, transfer conditional on respect for human rights and IHL, monitoring of use (tracking, reports, accompaniment, third-party checks) and a right to take the Equipment back. The procedure and the register are in the Annex. Pushback: under some national laws transferred property becomes state property and cannot be recalled. Fallback: no recall, but no further transfers while a suspension lasts and the Equipment stays registered and monitored; this falls below good practice because Equipment used in an abuse stays with the unit.',
    alternatives: [
      {
        id: 'conditional-with-return',
        label: 'Conditional transfer with monitoring and return',
        rationale: 'The Company can monitor and recover Equipment that is misused.',
        body: [
          noLethalEquipment,
          'The Company transfers Equipment on the condition that the Assigned Forces use it only in accordance with {@mou-standards-adherence} and {@mou-use-of-force}.',
          monitoring,
          'If Equipment is used in a Human Rights Abuse, or if the Company suspends support under {@mou-suspension-termination}, the Command shall return the Equipment named by the Company within {{returnDays}} calendar days after the Company\'s request. This obligation survives the termination of this Memorandum.',
        ],
      },
      {
        id: 'conditional-without-return',
        label: 'Conditional transfer, no recall',
        rationale: 'Where the law of the Host State makes transferred Equipment state property that cannot be recalled.',
        belowStandard: {
          standard: 'good practice (equipment transfer procedures)',
          risk: 'Equipment used in an abuse stays with the unit; the Company can only stop further transfers.',
        },
        body: [
          noLethalEquipment,
          'The Company transfers Equipment on the condition that the Assigned Forces use it only in accordance with {@mou-standards-adherence} and {@mou-use-of-force}.',
          monitoring,
          'If Equipment is used in a Human Rights Abuse, the Company shall make no further transfer of Equipment until the Joint Security Committee records the measures the Command has taken.',
        ],
      },
    ],
  },
];
