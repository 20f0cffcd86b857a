// Runtime: any (pure data). PSP conduct group: investigation and discipline after an Incident
// or allegation, and the Provider's Grievance Mechanism for Personnel and third parties.
import type { Block, ClauseInput } from '../../schema.ts';

const investigationDuties: Block = {
  p: 'For each investigation, the Provider shall:',
  items: [
    'appoint an investigator who is not in the chain of command of any person whose conduct is investigated and who has no other conflict of interest;',
    'preserve all evidence, including weapons, equipment, recordings, logs and the names of witnesses, and ensure that its Personnel do not alter or destroy any of it;',
    'remove any member of Personnel whose conduct is investigated from duties involving contact with the public where the allegation concerns force, ill-treatment, sexual exploitation or abuse, or any other serious harm to a person, until the investigation is complete;',
    'protect complainants, victims and witnesses against retaliation; and',
    'where the matter may involve a criminal offence, refer it to the Competent Authority, cooperate fully with any investigation by a public authority, and not let its own investigation obstruct or delay one.',
  ],
};

const discipline: Block =
  'Where an investigation finds that a member of Personnel has breached this Agreement, the ICoC or the Applicable Law, the Provider shall take disciplinary measures proportionate to the breach, up to and including dismissal, and shall ensure that a person dismissed for such a breach performs no further part of the Services, whether for the Provider or for a Subcontractor.';

const investigationScope: Block = 'The Provider shall investigate every Incident described in {@incident-reporting}, every Grievance alleging misconduct by its Personnel or Subcontractors, and every other allegation of a breach of this Agreement by any of them. The Provider shall start each investigation within {{investigationStartHours}} hours after becoming aware of the matter and shall complete it within {{investigationDays}} calendar days, unless the Company agrees in writing to a longer period.';

export const investigationAndDiscipline: ClauseInput = {
  id: 'investigation-and-discipline',
  version: 1,
  title: 'Investigation and discipline',
  topic: 'Remedies',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'Montreux Document', ref: 'GP 6(a)', note: 'remedy of past misconduct, discipline and cooperation with authorities as quality indicators' },
    { standard: 'Montreux Document', ref: 'GP 12', note: 'internal organisation, regulation and accountability' },
    { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'allegations investigated, as summarised by ghanavps.org' },
    { standard: 'good practice', note: 'independence of the investigator, evidence preservation, investigation deadlines' },
  ],
  guidance:
    'Montreux GP 6(a) and GP 12 look for providers that investigate misconduct, discipline those responsible, cooperate with the authorities and provide remedy; the Voluntary Principles expect credible allegations to be investigated. Deadlines, investigator independence and evidence preservation are good practice rather than standard text. ' +
    'The preferred position gives the Company the full investigation report and a right to join the investigation. Providers often resist sharing full reports (labour law, privilege, witness confidentiality): the fallback gives a summary of findings and measures, which is acceptable if the Company keeps its audit rights elsewhere in the Agreement. ' +
    'Do not accept an investigation period over 60 days without a written interim report, and never an investigation run by the supervisor of the person accused. Reparation to those harmed is dealt with in its own clause.',
  variables: [
    { name: 'investigationStartHours', type: 'integer', label: 'Time to start an investigation', min: 1, max: 72, unit: 'hours', default: 24 },
    { name: 'investigationDays', type: 'integer', label: 'Time to complete an investigation', min: 7, max: 90, unit: 'calendar days', default: 30 },
  ],
  alternatives: [
    {
      id: 'full-report-company-may-join',
      label: 'Full report; the Company may take part',
      rationale: 'Gives the Company the evidence it needs to answer communities, authorities and its own lenders.',
      body: [
        investigationScope,
        investigationDuties,
        'The Company may take part in any investigation, or appoint an independent investigator to take part, and the Provider shall give them access to the evidence, to the Site records and to its Personnel. The Provider shall give the Company the investigation report, with its findings, the evidence relied on and the measures taken, as part of the final report required by {@incident-reporting}.',
        discipline,
      ],
    },
    {
      id: 'summary-of-findings',
      label: 'Summary of findings and measures',
      rationale: 'For Providers that cannot share full reports under their labour or privacy law; the Company still sees findings and measures.',
      body: [
        investigationScope,
        investigationDuties,
        'The Provider shall give the Company a written summary of each investigation, stating the facts found, the conclusions and the measures taken, as part of the final report required by {@incident-reporting}, and shall answer the Company\'s reasonable questions about it.',
        discipline,
      ],
    },
  ],
};

const grievanceFeatures: Block = {
  p: 'The Provider shall ensure that the Grievance Mechanism:',
  items: [
    'is free of charge and open to any member of Personnel and to any other person, including members of the communities around the Site;',
    'accepts Grievances in person, by telephone, in writing and through a trusted intermediary, in each language named in {@community-communication};',
    'accepts anonymous Grievances, and keeps the identity of any complainant who gives it confidential unless the complainant agrees otherwise;',
    'is administered by persons who are not in the chain of command of the Personnel concerned; and',
    'does not prevent any person from seeking any other remedy, including before the courts or through the ICoCA.',
  ],
};

const grievanceTimes: Block = {
  p: 'For each Grievance, the Provider shall:',
  items: [
    'acknowledge receipt to the complainant, where the complainant can be contacted, within {{acknowledgeBusinessDays}} Business Days;',
    'investigate it as required by {@investigation-and-discipline} where it alleges misconduct;',
    'tell the complainant the outcome, the reasons for it and any remedy offered within {{grievanceResolutionDays}} calendar days after receipt, and tell the complainant of any other remedies open to them;',
    'notify the Company of any Grievance alleging a breach of {@general-conduct-prohibitions}, {@sexual-exploitation-gbv} or {@human-trafficking} within 24 hours after receipt; and',
    'record it in a register of Grievances, stating its type and status.',
  ],
};

const noRetaliation: Block = 'The Provider shall ensure that its Personnel and Subcontractors do not retaliate in any way against any person who raises a Grievance or gives information about one, and shall treat any retaliation as gross misconduct.';

export const grievanceMechanism: ClauseInput = {
  id: 'grievance-mechanism',
  version: 1,
  title: 'Grievance Mechanism',
  topic: 'Remedies',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶66' },
    { standard: 'ICoC', ref: '¶67', note: 'paragraph content partly unverified' },
    { standard: 'ICoC', ref: '¶68', note: 'paragraph content unverified' },
    { standard: 'ICoCA', ref: 'Guidance on company grievance mechanisms', note: 'fair and accessible mechanisms' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Privatisation of public security', note: 'anonymous reports of abuse by security providers' },
    { standard: 'IISD Model Contract Clauses', ref: 'cl. 46.4(c)' },
  ],
  guidance:
    'ICoC ¶66 to ¶68 require providers to run fair and accessible grievance procedures, offering effective remedies, for Personnel and third parties who allege a breach of the Code; ICoCA guidance adds accessibility, confidentiality and protection from retaliation, and the Toolkit stresses that anonymous reports of abuse must be possible. ' +
    'Response times are good practice (acknowledge within 5 Business Days, decide within 30 calendar days). ' +
    'Small local Providers sometimes ask to use only the Company\'s community grievance mechanism. The fallback allows that, but it is below ICoC ¶66 to ¶68, which require the provider\'s own procedures, and leaves Personnel without a channel for complaints against their employer; accept it only with a plan for the Provider to set up its own within the first year.',
  variables: [
    { name: 'acknowledgeBusinessDays', type: 'integer', label: 'Acknowledgement of a Grievance', min: 1, max: 10, unit: 'Business Days', default: 5 },
    { name: 'grievanceResolutionDays', type: 'integer', label: 'Outcome of a Grievance', min: 7, max: 90, unit: 'calendar days', default: 30 },
    { name: 'ownMechanismMonths', type: 'integer', label: 'Time for the Provider to set up its own mechanism (fallback)', min: 1, max: 12, unit: 'months', default: 6 },
  ],
  alternatives: [
    {
      id: 'provider-mechanism',
      label: 'Provider operates its own Grievance Mechanism',
      rationale: 'The ICoC position: the Provider answers for its own conduct and its Personnel have a channel against their employer.',
      body: [
        'The Provider shall operate, from the Effective Date until the end of the Term, a Grievance Mechanism for the Services, and shall publish how to use it at each entrance to the Site and in the places agreed under {@community-communication}.',
        grievanceFeatures,
        grievanceTimes,
        noRetaliation,
      ],
    },
    {
      id: 'company-mechanism-interim',
      label: 'Company mechanism used until the Provider sets up its own',
      rationale: 'For small local Providers without a mechanism; a time-limited bridge, not a permanent position.',
      belowStandard: {
        standard: 'ICoC ¶66 to ¶68',
        risk: 'Until the Provider has its own procedures, Personnel have no channel against their employer and the Provider does not own the remedy for its conduct.',
      },
      body: [
        'Until the Provider sets up its own Grievance Mechanism, which it shall do within {{ownMechanismMonths}} months after the Effective Date, Grievances about the Services are received through the Company\'s grievance procedure, and the Company shall pass each one concerning the Provider, its Personnel or its Subcontractors to the Provider within 2 Business Days after receipt.',
        grievanceFeatures,
        grievanceTimes,
        noRetaliation,
      ],
    },
  ],
};
