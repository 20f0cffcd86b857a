// Runtime: any (pure data). Commercial terms: price and compliance incentives, fees and payment,
// financial capacity and insurance, liability and indemnity.
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

/** The price the tender scored, as a ceiling: only indexation and changes the Company orders lift it. */
const feeCap =
  'The Provider shall not invoice, for any period of 12 months starting on the Effective Date or an anniversary of it, Fees exceeding {{annualFees}} in total, except for the annual adjustment by the price index and for changes in posts that the Company orders under {@personnel-numbers-and-posts#3}.';

const priceBasis = [
  'The Parties acknowledge that the Company selected the Provider on the basis of the quality of its proposal, its ability to meet the standards of this Agreement and its price, and that price was not the only criterion.',
  'The Fees include every cost of complying with this Agreement, including vetting, training, equipment, insurance and wages at or above the rates required by Applicable Law. The Provider shall not reduce any of those measures to offset an increase in its costs. ' + feeCap,
];

const serviceCredits =
  'For each calendar month in which the Provider fails to meet a service level under {@services-and-service-levels}, the Fees for that month are reduced by {{serviceCreditShare}} for each service level missed, up to a total reduction of {{serviceCreditCap}} of the Fees for that month. Service credits are a price adjustment for the reduced value of the Services and do not limit any other right of the Company.';

const invoicing = [
  'In consideration of the Services, the Company shall pay the Fees. The Provider shall invoice the Fees for each calendar month within 10 Business Days after the end of that month, together with the monthly report under {@services-and-service-levels} and a record of the post-hours staffed.',
  'If the Company disputes an invoice in good faith, it shall notify the Provider of the disputed amount and its reasons within 10 Business Days after receiving the invoice and shall pay the undisputed amount when due; the Parties shall settle the disputed amount under {@dispute-resolution}.',
];

const payment = (when: string) =>
  `The Company shall pay each valid invoice ${when}, by bank transfer to the account in the name of the Provider stated in the invoice. The Company shall not make any payment in cash or to any person other than the Provider.`;

const adjustment =
  'The rates in {@annex-posts-and-rates} are fixed for the first 12 months after the Effective Date. The Provider may then request an adjustment once in each year of the Term, not exceeding the change in {{priceIndex}} over the preceding 12 months. The Fees exclude value added tax and similar taxes, which the Company shall pay in addition on a valid tax invoice.';

const insuranceList = {
  p: 'The Provider shall maintain throughout the Term, with reputable insurers, at least the following insurance:',
  items: [
    'public and third-party liability insurance of at least {{publicLiabilityCover}} for each occurrence, which covers liability arising from the use of force and from any equipment or firearm the Personnel carry under this Agreement;',
    'employer\'s liability insurance, or the workers\' compensation cover Applicable Law requires, of at least {{employersLiabilityCover}} for each occurrence;',
    'medical, accident and emergency evacuation cover for each member of the Personnel of at least {{personnelMedicalCover}} for each individual, which covers work-related injury and illness; and',
    'motor third-party insurance for every vehicle used in the Services, as Applicable Law requires.',
  ],
};

const insuranceEvidence = [
  'The Provider shall have the Company named as an additional insured under the public and third-party liability insurance, shall give the Company certificates of all insurance before the Effective Date and on each renewal, and shall notify the Company at least 30 calendar days before any cancellation, non-renewal or material reduction of cover. The Provider shall not deploy Personnel at the Site while any insurance required by {@financial-capacity-liability-insurance} is not in force.',
];

const capacity =
  'The Provider represents that it has, and shall maintain throughout the Term, the financial capacity to meet the liabilities it may incur under this Agreement, including liabilities for death, personal injury and damage to property. The Provider shall give the Company its audited annual accounts within 6 months after the end of each financial year.';

const indemnity = {
  p: 'The Provider shall indemnify the Company and its employees against every loss, liability and cost, including reasonable legal costs, arising from any claim by a third party or by any member of the Personnel that results from:',
  items: [
    'death, personal injury or damage to property caused by an act or omission of the Provider, its Personnel or a Subcontractor;',
    'a Compliance Breach;',
    'the employment or engagement of any member of the Personnel; or',
    'a breach of {@data-protection} by the Provider, its Personnel or a Subcontractor.',
  ],
};
const companyIndemnity =
  'The Company shall indemnify the Provider against every loss, liability and cost, including reasonable legal costs, arising from any claim by a third party for death, personal injury or damage to property caused by the negligence of the Company or its employees.';
const exclusions = 'Neither Party is liable to the other for loss of profit, revenue or goodwill, or for any indirect or consequential loss.';
const uncapped =
  'No limitation or exclusion in this paragraph applies to liability for death or personal injury caused by negligence, for fraud or wilful misconduct, under either Party\'s indemnity against third-party claims, for reparation under {@reparation}, or for breach of {@confidentiality} or {@data-protection}.';

export const commercialClauses: ClauseInput[] = [
  {
    id: 'price-and-incentives',
    version: 1,
    title: 'Price and compliance incentives',
    topic: 'commercial',
    kinds,
    variables: [
      { name: 'annualFees', label: 'Maximum Fees for any 12 months', help: 'The annual price the Provider bid; the cap holds the Fees to what was scored in the tender.', type: 'money', min: 0 },
      { name: 'serviceCreditShare', label: 'Service credit for each service level missed', type: 'percentage', min: 0, max: 10, default: 2 },
      { name: 'serviceCreditCap', label: 'Maximum monthly service credits', type: 'percentage', min: 0, max: 30, default: 10 },
      { name: 'incentiveShare', label: 'Performance payment for each compliant 6-month period', type: 'percentage', min: 0, max: 10, default: 2 },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 5', note: 'lowest price should not be the only criterion' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Requests for proposals and selection of potential contractors', note: 'lowest-price selection harms standards' },
      { standard: 'good practice', note: 'pricing as a compliance incentive (Montreux GP 17 content unverified)' },
    ],
    guidance:
      'Standards.md §2.45. Lowest-price contracting is the recognised driver of under-paid, under-trained guards. The clause records that price was not the only award criterion, prices the full cost of compliance into the Fees, and forbids the Provider to recover margin by cutting vetting, training or wages. The preferred position adds both a stick (service credits) and a carrot (a performance payment for 6-month periods without a Compliance Breach). Providers often reject the credits; the fixed-price fallback is acceptable for small local providers whose margins cannot absorb credits, because the sanctions clause still applies.',
    alternatives: [
      {
        id: 'credits-and-incentive',
        label: 'Service credits and performance payment',
        rationale: 'Rewards sustained compliance and prices in the cost of missed service levels.',
        body: [
          ...priceBasis,
          serviceCredits,
          'For each period of 6 months from the Effective Date in which the Provider meets every service level and no Compliance Breach occurs, the Company shall pay the Provider a performance payment of {{incentiveShare}} of the Fees for that period, with the Fees for the last month of the period.',
        ],
      },
      {
        id: 'credits-only',
        label: 'Service credits only',
        rationale: 'Keeps the price fixed while reflecting missed service levels in the Fees.',
        body: [...priceBasis, serviceCredits],
      },
      {
        id: 'fixed-price',
        label: 'Fixed price without credits',
        rationale: 'For a small local Provider whose margins cannot absorb service credits.',
        body: priceBasis,
      },
    ],
  },
  {
    id: 'fees-and-payment',
    version: 1,
    title: 'Fees and payment',
    topic: 'commercial',
    kinds,
    variables: [
      { name: 'paymentDays', label: 'Payment period after receipt of a valid invoice', type: 'integer', min: 7, max: 90, unit: 'calendar days', default: 30 },
      { name: 'priceIndex', label: 'Price index for annual adjustment', type: 'text', maxLength: 200, default: 'the consumer price index published by the national statistics office of the Territorial State' },
    ],
    sources: [{ standard: 'good practice', note: 'payment terms of international services agreements' }],
    guidance:
      'Payment in arrears against a monthly report ties the Fees to what was delivered and to the Incident and Grievance record. Payment only to the Provider\'s own bank account closes the route for informal payments to officials or middlemen. Local providers often need payment in advance to meet payroll; the fallback accepts monthly payment in advance, with the invoice reconciled the following month, which is acceptable where wages have been paid late before (late wages are themselves a welfare risk). Payment periods above 45 days squeeze small providers and should be avoided.',
    alternatives: [
      {
        id: 'monthly-in-arrears',
        label: 'Monthly in arrears',
        rationale: 'The Company pays for Services already delivered and reported.',
        body: [
          ...invoicing,
          payment('within {{paymentDays}} calendar days after receiving it'),
          adjustment,
        ],
      },
      {
        id: 'monthly-in-advance',
        label: 'Monthly in advance with reconciliation',
        rationale: 'For a local Provider that needs cash in hand to pay wages on time.',
        body: [
          'In consideration of the Services, the Company shall pay the Fees. The Provider may invoice the Fees for each calendar month, calculated on the rostered post-hours, on the first Business Day of that month. With the invoice for each following month, the Provider shall deliver the monthly report under {@services-and-service-levels} and a record of the post-hours staffed, and shall credit any Fees for post-hours not staffed and any service credits.',
          'If the Company disputes an invoice in good faith, it shall notify the Provider of the disputed amount and its reasons within 10 Business Days after receiving the invoice and shall pay the undisputed amount when due; the Parties shall settle the disputed amount under {@dispute-resolution}.',
          payment('within {{paymentDays}} calendar days after receiving it'),
          adjustment,
        ],
      },
    ],
  },
  {
    id: 'financial-capacity-liability-insurance',
    version: 1,
    title: 'Financial capacity and insurance',
    topic: 'liability and insurance',
    kinds,
    variables: [
      { name: 'publicLiabilityCover', label: 'Public and third-party liability cover (each occurrence)', type: 'money', min: 0, default: { amount: 5000000, currency: 'USD' } },
      { name: 'employersLiabilityCover', label: 'Employer\'s liability cover (each occurrence)', type: 'money', min: 0, default: { amount: 2000000, currency: 'USD' } },
      { name: 'personnelMedicalCover', label: 'Medical, accident and evacuation cover (each individual)', type: 'money', min: 0, default: { amount: 50000, currency: 'USD' } },
      { name: 'guaranteeAmount', label: 'Bank guarantee in place of liability insurance', type: 'money', min: 0, default: { amount: 1000000, currency: 'USD' } },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 7', note: 'financial and economic capacity, including to meet liabilities' },
      { standard: 'Montreux Document', ref: 'GP 14(b)' },
      { standard: 'ICoC', ref: '¶69', note: 'meeting liabilities (paragraph title; text unverified)' },
    ],
    guidance:
      'Standards.md §2.9, with the insurance terms of the Agreement folded in so that no insurance duty appears twice. Montreux GP 7 asks whether a provider can meet the liabilities it may incur; for a security provider those are mainly death and injury claims after a use of force. The public liability cover must not exclude the use of force or firearms, a common exclusion in local policies; check the wording, not only the certificate. The amounts are defaults for a medium-risk Site; raise them for armed Services. Where the local market cannot insure at these levels, the bank-guarantee fallback gives comparable security. A Provider insured only as the law requires (often minimal) falls below GP 7: people harmed by Personnel may go uncompensated and look to the Company.',
    alternatives: [
      {
        id: 'insurance-required',
        label: 'Financial capacity and stated insurance',
        rationale: 'Secures the Provider\'s ability to pay claims for harm caused by the Services.',
        body: [capacity, insuranceList, ...insuranceEvidence],
      },
      {
        id: 'guarantee-in-place-of-liability-cover',
        label: 'Bank guarantee where cover is unavailable locally',
        rationale: 'For Territorial States whose insurance market cannot provide liability cover at the stated level.',
        body: [
          capacity,
          insuranceList,
          'To the extent the Provider shows that public and third-party liability insurance at the level stated above is not available in the Territorial State on reasonable terms, the Provider shall instead deliver to the Company, before the Effective Date, an irrevocable guarantee of {{guaranteeAmount}} from a bank acceptable to the Company, payable on first demand to meet liabilities of the Provider to third parties, and shall keep it in force until 6 months after the end of the Term.',
          ...insuranceEvidence,
        ],
      },
      {
        id: 'statutory-insurance-only',
        label: 'Insurance required by law only',
        rationale: 'Sought by Providers in markets with low statutory minimums; not recommended.',
        belowStandard: {
          standard: 'Montreux Document (GP 7, GP 14(b))',
          risk: 'The Provider may be unable to pay claims for death or injury caused by its Personnel, leaving the people harmed, and in practice the Company, to bear them.',
        },
        body: [
          capacity,
          'The Provider shall maintain throughout the Term the insurance Applicable Law requires for the Services and shall give the Company certificates of that insurance before the Effective Date and on each renewal.',
        ],
      },
    ],
  },
  {
    id: 'liability-and-indemnity',
    version: 1,
    title: 'Liability and indemnity',
    topic: 'liability and insurance',
    kinds,
    variables: [
      { name: 'capMultiple', label: 'Cap on liability, as a multiple of the Fees for the year', type: 'integer', min: 1, max: 10, unit: 'times', default: 2 },
      { name: 'liabilityCapAmount', label: 'Fixed cap on liability for each year of the Term', type: 'money', min: 0 },
    ],
    sources: [
      { standard: 'Montreux Document', ref: 'GP 14', note: 'last paragraph: reparation to those harmed' },
      { standard: 'good practice', note: 'allocation of risk in international services agreements' },
    ],
    guidance:
      'The Provider answers to third parties and to its own Personnel for harm caused by the Services; the Company answers for its own negligence. The cap is expressed as a multiple of the annual Fees. Human-rights exposure stays outside the cap in the preferred position: death and injury caused by negligence, the indemnities (which include claims arising from a Compliance Breach), reparation, confidentiality and data protection. Providers push hardest to bring the indemnities within the cap; the fixed-amount fallback is acceptable provided those carve-outs remain. Bringing third-party human-rights claims within the cap falls below Montreux GP 14: once the cap is used up, the people harmed, and in practice the Company, carry the loss.',
    alternatives: [
      {
        id: 'multiple-of-fees',
        label: 'Cap as a multiple of annual Fees; human-rights exposure uncapped',
        rationale: 'Balanced cap that keeps harm to people outside the limit.',
        body: [
          indemnity,
          companyIndemnity,
          `Each Party's total liability to the other under or in connection with this Agreement in each year of the Term is limited to {{capMultiple}} times the Fees paid or payable for that year. ${exclusions} ${uncapped}`,
        ],
      },
      {
        id: 'fixed-amount',
        label: 'Fixed-amount cap; human-rights exposure uncapped',
        rationale: 'For low-value contracts where a multiple of the Fees would be too small to matter.',
        body: [
          indemnity,
          companyIndemnity,
          `Each Party's total liability to the other under or in connection with this Agreement in each year of the Term is limited to {{liabilityCapAmount}}. ${exclusions} ${uncapped}`,
        ],
      },
      {
        id: 'all-within-cap',
        label: 'Indemnities within the cap',
        rationale: 'Sought by Providers to limit total exposure; not recommended.',
        belowStandard: {
          standard: 'Montreux Document (GP 14)',
          risk: 'Claims by people harmed by Personnel count toward the cap; once it is reached, reparation and third-party claims fall on the Company.',
        },
        body: [
          indemnity,
          companyIndemnity,
          `Each Party's total liability to the other under or in connection with this Agreement, including under either Party's indemnity against third-party claims, in each year of the Term is limited to {{capMultiple}} times the Fees paid or payable for that year. ${exclusions} No limitation or exclusion in this paragraph applies to liability for death or personal injury caused by negligence, or for fraud.`,
        ],
      },
    ],
  },
];
