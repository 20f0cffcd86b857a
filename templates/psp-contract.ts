// Runtime: any (pure data). The Security Services Agreement between a Company and a private
// security provider. Articles follow the order a careful law firm would use: definitions, the
// Services and Term, the standards, Personnel and conduct, force and weapons, apprehension,
// public security, training, incidents and remedies, records and audit, the commercial terms,
// termination and general provisions.
//
// Slot semantics (templates/schema.ts, engine/selection.ts): `required: true` for the commercial
// and general clauses every signed contract needs; no `required` on clauses that satisfy a
// standards provision, because the engine requires the first slot covering each provision that
// requirements(facts) returns, so conditional clauses switch on with their facts.
import type { TemplateInput } from './schema.ts';

type Slot = TemplateInput['articles'][number]['slots'][number];
const always = (clause: string): Slot => ({ clause, required: true });
const byProvision = (clause: string): Slot => ({ clause });

export const pspContractTemplate: TemplateInput = {
  id: 'psp-security-services-agreement',
  version: 1,
  kind: 'psp-contract',
  title: 'Security Services Agreement',
  shortTitle: 'Security Services Agreement',
  parties: [
    { role: 'company', term: 'Company', label: 'Company (client)' },
    { role: 'provider', term: 'Provider', label: 'Private security provider' },
  ],
  variables: [
    { name: 'siteName', label: 'Name of the Site', type: 'text', maxLength: 200, help: 'e.g. "the Kanoma gold mine"' },
    { name: 'siteLocation', label: 'Location of the Site', type: 'text', maxLength: 300, help: 'district, region or coordinates precise enough to identify the area' },
    { name: 'territorialState', label: 'Territorial State (country of the Site)', type: 'text', maxLength: 100 },
    { name: 'effectiveDate', label: 'Effective Date', type: 'date' },
    { name: 'governingLaw', label: 'Governing law', type: 'text', maxLength: 100, default: 'England and Wales' },
    { name: 'seatOfArbitration', label: 'Seat of arbitration', type: 'text', maxLength: 100, default: 'London, United Kingdom' },
  ],
  recitals: [
    'The Company operates {{siteName}} at {{siteLocation}}, in {{territorialState}}, and requires security services to protect the people who work at or visit it and its property.',
    'The Provider is a provider of private security services that is licensed to operate in {{territorialState}}.',
    'The Company is committed to the Voluntary Principles and requires every security provider it engages to respect human rights in line with the ICoC and the good practices of the Montreux Document.',
    'The Company selected the Provider after a tender in which it assessed the Provider\'s ability to meet those standards, and the Parties wish to record the terms on which the Provider will provide the Services.',
  ],
  operativeWords: 'The Parties agree as follows:',
  articles: [
    { id: 'definitions', title: 'Definitions and interpretation', definitions: true, slots: [byProvision('interpretation')] },
    {
      id: 'services',
      title: 'The Services',
      slots: [byProvision('mandate-scope-of-services'), always('services-and-service-levels'), always('personnel-numbers-and-posts')],
    },
    { id: 'term', title: 'Term', slots: [byProvision('term-and-effective-date')] },
    {
      id: 'standards',
      title: 'Standards and compliance',
      slots: [
        byProvision('compliance-with-law-and-standards'),
        byProvision('human-rights-policy-commitment'),
        byProvision('icoc-vps-adherence'),
        byProvision('company-policies-and-code-of-conduct'),
        byProvision('licences-and-authorisations'),
        byProvision('company-past-conduct-warranty'),
        byProvision('armed-conflict-ihl'),
      ],
    },
    {
      id: 'personnel',
      title: 'Personnel',
      slots: [
        byProvision('minimum-age'),
        byProvision('vetting-personnel'),
        byProvision('vetting-armed-personnel'),
        byProvision('off-duty-public-officers'),
        byProvision('identification-of-personnel'),
        byProvision('personnel-welfare-and-contracts'),
        byProvision('labour-and-child-labour'),
        byProvision('local-workforce-and-community-relations'),
      ],
    },
    {
      id: 'subcontracting',
      title: 'Subcontracting',
      slots: [byProvision('subcontracting'), { clause: 'no-subcontracting', required: { fact: 'subcontractingPermitted', is: false } }],
    },
    {
      id: 'conduct',
      title: 'Conduct of Personnel',
      slots: [
        byProvision('general-conduct-prohibitions'),
        byProvision('sexual-exploitation-gbv'),
        byProvision('human-trafficking'),
        byProvision('vulnerable-groups-safeguards'),
        byProvision('community-communication'),
      ],
    },
    {
      id: 'force-and-weapons',
      title: 'Use of force, weapons and equipment',
      slots: [
        byProvision('rules-for-use-of-force'),
        byProvision('use-of-force-standard'),
        byProvision('firearms-use-limits'),
        byProvision('law-enforcement-assistance'),
        byProvision('crowd-control-limits'),
        byProvision('weapons-authorisation-and-equipment'),
        byProvision('weapons-management-procedures'),
        byProvision('weapons-training'),
      ],
    },
    {
      id: 'apprehension',
      title: 'Apprehension and detention',
      // ICoC ¶33 binds every provider working for a company, whatever the facts: the exclusion of
      // detention services is in every agreement (the requirement rule still blocks a request for them).
      slots: [byProvision('apprehension-of-persons'), byProvision('temporary-holding-safeguards'), always('detention-services-restriction')],
    },
    {
      id: 'public-security',
      title: 'Public Security Forces',
      slots: [byProvision('public-security-coordination'), byProvision('first-responder-limits'), byProvision('joint-drills')],
    },
    { id: 'training', title: 'Training', slots: [byProvision('training-programme'), byProvision('training-minimum-content')] },
    {
      id: 'incidents-and-remedies',
      title: 'Incidents, grievances and remedies',
      slots: [
        byProvision('incident-reporting'),
        byProvision('medical-aid'),
        byProvision('investigation-and-discipline'),
        byProvision('grievance-mechanism'),
        byProvision('reparation'),
      ],
    },
    {
      id: 'records-and-audit',
      title: 'Records, monitoring and audit',
      slots: [byProvision('personnel-and-property-records'), byProvision('monitoring-audit-access')],
    },
    { id: 'fees', title: 'Fees and payment', slots: [byProvision('price-and-incentives'), always('fees-and-payment')] },
    {
      id: 'liability-and-insurance',
      title: 'Liability and insurance',
      slots: [always('liability-and-indemnity'), byProvision('financial-capacity-liability-insurance')],
    },
    { id: 'information', title: 'Confidentiality and personal data', slots: [byProvision('confidentiality'), always('data-protection')] },
    { id: 'force-majeure-and-suspension', title: 'Force majeure and suspension', slots: [always('force-majeure'), always('suspension')] },
    {
      id: 'termination',
      title: 'Sanctions and termination',
      slots: [byProvision('termination-for-non-compliance'), always('termination-and-hand-over')],
    },
    {
      id: 'disputes',
      title: 'Governing law and disputes',
      // Both clauses cover §2.49; the engine requires only the first slot of a provision, so
      // dispute resolution is marked required in its own right.
      slots: [byProvision('governing-law'), always('dispute-resolution')],
    },
    {
      id: 'general',
      title: 'General provisions',
      slots: [
        always('notices'),
        always('assignment'),
        always('relationship-of-parties'),
        always('amendment'),
        always('severance'),
        always('entire-agreement'),
        always('counterparts'),
        always('language-and-precedence'),
      ],
    },
  ],
  annexes: [
    always('annex-posts-and-rates'),
    byProvision('annex-rules-for-use-of-force'),
    byProvision('annex-weapons-register'),
    byProvision('annex-training-plan'),
    byProvision('annex-code-of-conduct-card'),
    byProvision('annex-incident-report-form'),
    byProvision('annex-apprehension-record'),
  ],
  signature: {
    intro: 'Signed by the authorised representatives of the Parties on the dates written below.',
    witness: true,
  },
};
