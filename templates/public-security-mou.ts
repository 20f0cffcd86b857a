// Runtime: any (pure data). The public-security MoU: a memorandum between the Company and the
// public security command (optionally co-signed by the responsible ministry) on security and
// human rights at one Site. Slots that satisfy a provision of standards.md §3 carry no
// `required`: the engine requires the first slot covering each provision the facts call for.
// Slots marked `true` are clauses every MoU needs beyond the catalogue; the annexes follow the
// support the Company gives.
import type { TemplateInput } from './schema.ts';
import { anySupport, equipmentSupport } from '../clauses/mou/rules.ts';

export const publicSecurityMouTemplate: TemplateInput = {
  id: 'public-security-mou',
  version: 1,
  kind: 'public-security-mou',
  title: 'Memorandum of Understanding on Security and Human Rights',
  shortTitle: 'Security and Human Rights MoU',
  // the word the engine prints in "This Memorandum is dated …" and "In this Memorandum, …"
  documentTerm: 'Memorandum',
  parties: [
    { role: 'company', term: 'Company', label: 'Company' },
    { role: 'public-security', term: 'Command', label: 'Public security command' },
    { role: 'government', term: 'Ministry', label: 'Responsible ministry (if it co-signs)', required: false },
  ],
  variables: [
    { name: 'siteName', type: 'text', label: 'Name of the Site', help: 'e.g. "the Akoma Gold Mine"', maxLength: 200 },
    { name: 'siteLocation', type: 'text', label: 'Location of the Site', help: 'District and region, e.g. "Tarkwa District, Western Region"', maxLength: 300 },
    { name: 'hostState', type: 'text', label: 'Host State', help: 'The State in whose territory the site lies, e.g. "the Republic of Ghana"', maxLength: 120 },
    { name: 'effectiveDate', type: 'date', label: 'Effective Date' },
  ],
  recitals: [
    'The Company operates {{siteName}}, located at {{siteLocation}}, in {{hostState}}.',
    'The Command is responsible under the law of {{hostState}} for law enforcement and public order in the area in which the Site lies, and deploys officers to protect persons and property at and around it.',
    'The Company has committed to conduct its security arrangements in line with the Voluntary Principles, and the Command applies the Code of Conduct for Law Enforcement Officials and the Basic Principles.',
    'The Parties wish to record their respective roles and commitments so that the security of the Site is maintained with respect for human rights, and to make those commitments known to the communities concerned.',
  ],
  operativeWords: 'The Parties therefore agree as follows:',
  articles: [
    { id: 'definitions', title: 'Definitions and interpretation', definitions: true, slots: [{ clause: 'mou-interpretation', required: true }] },
    {
      id: 'parties-and-purpose',
      title: 'Parties, purpose and legal basis',
      slots: [
        { clause: 'mou-parties-and-authority' },
        { clause: 'mou-legal-basis' },
        { clause: 'mou-purpose-and-roles' },
        { clause: 'mou-status-of-memorandum', required: true },
      ],
    },
    { id: 'standards', title: 'Standards and policies', slots: [{ clause: 'mou-standards-adherence' }, { clause: 'mou-company-policies' }] },
    {
      id: 'deployment',
      title: 'Deployment of the Assigned Forces',
      slots: [
        { clause: 'mou-deployment-size-and-competence' },
        { clause: 'mou-vetting' },
        { clause: 'mou-scaling-mechanism' },
        { clause: 'mou-mandate-and-withdrawal' },
        { clause: 'mou-contingency' },
        { clause: 'mou-coordination-with-psp' },
      ],
    },
    {
      id: 'conduct',
      title: 'Conduct of the Assigned Forces',
      slots: [
        { clause: 'mou-use-of-force' },
        { clause: 'mou-less-lethal-capability' },
        { clause: 'mou-medical-aid' },
        { clause: 'mou-gender-and-vulnerable-groups' },
        { clause: 'mou-training' },
      ],
    },
    {
      id: 'incidents',
      title: 'Incidents and allegations',
      slots: [{ clause: 'mou-force-incident-reporting' }, { clause: 'mou-abuse-allegations-investigation' }],
    },
    {
      id: 'support',
      title: 'Support from the Company',
      slots: [
        { clause: 'mou-company-contributions' },
        { clause: 'mou-payments-lawful-accounted' },
        { clause: 'mou-funds-for-equipment' },
        { clause: 'mou-equipment-transfer-protocol' },
        { clause: 'mou-equipment-safeguards' },
      ],
    },
    {
      id: 'communication',
      title: 'Communication, transparency and communities',
      slots: [{ clause: 'mou-communication-and-reporting' }, { clause: 'mou-transparency' }, { clause: 'mou-community-consultation' }],
    },
    {
      id: 'oversight',
      title: 'Joint Security Committee, monitoring and review',
      slots: [{ clause: 'mou-review-meetings', required: true }, { clause: 'mou-monitoring-review' }],
    },
    { id: 'suspension', title: 'Suspension and termination', slots: [{ clause: 'mou-suspension-termination' }] },
    {
      id: 'final',
      title: 'Duration and final provisions',
      slots: [
        { clause: 'mou-duration-and-renewal', required: true },
        { clause: 'mou-amendment', required: true },
        { clause: 'mou-notices', required: true },
        { clause: 'mou-governing-language-and-signature' },
      ],
    },
  ],
  annexes: [
    { clause: 'annex-mou-equipment-transfer', required: equipmentSupport },
    { clause: 'annex-mou-contributions', required: anySupport },
    { clause: 'annex-mou-communication-protocol' },
  ],
  signature: {
    intro: 'Signed by the authorised representatives of the Parties, each in an official capacity and not personally.',
    witness: false,
  },
};
