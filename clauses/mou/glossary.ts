// Runtime: any (pure data). The defined terms of the public-security MoU. Each is defined once for
// the MoU kind; the engine prints those the document uses in the definitions article. The PSP
// contract defines its own terms (some with the same word) for its own kind.
import type { ClauseGroup } from '../group.ts';

const kinds: ['public-security-mou'] = ['public-security-mou'];

export const glossary: ClauseGroup['glossary'] = [
  {
    term: 'Memorandum',
    kinds,
    definition: 'means this memorandum of understanding, including its Annexes, as amended from time to time.',
  },
  {
    term: 'Company',
    kinds,
    definition: 'means the company named as the Company at the head of this Memorandum, which operates at the Site.',
  },
  {
    term: 'Command',
    kinds,
    definition:
      'means the public security force named as the Command at the head of this Memorandum, acting through its chain of command, together with the units under its authority that deploy to the Site.',
    source: { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
  },
  {
    term: 'Ministry',
    kinds,
    definition: 'means the ministry of the Host State responsible for the Command, where it signs this Memorandum.',
  },
  {
    term: 'Party',
    forms: ['Parties'],
    kinds,
    definition: 'means each signatory of this Memorandum, and "Parties" means all of them.',
  },
  {
    term: 'Assigned Forces',
    kinds,
    definition:
      'means the officers and units of the Command deployed to the Site, or called to it, under this Memorandum, including reinforcements and relief rotations.',
  },
  {
    term: 'Site',
    kinds,
    definition:
      'means {{siteName}}, located at {{siteLocation}}, including its access roads, camps and facilities operated by the Company.',
  },
  {
    term: 'Host State',
    kinds,
    definition: 'means {{hostState}}, the State in whose territory the Site lies.',
  },
  {
    term: 'Effective Date',
    kinds,
    definition: 'means {{effectiveDate}}.',
  },
  {
    term: 'Voluntary Principles',
    kinds,
    definition: 'means the Voluntary Principles on Security and Human Rights (2000).',
    source: { standard: 'Voluntary Principles' },
  },
  {
    term: 'Basic Principles',
    kinds,
    definition: 'means the United Nations Basic Principles on the Use of Force and Firearms by Law Enforcement Officials (1990).',
    source: { standard: 'BPUFF' },
  },
  {
    term: 'Code of Conduct for Law Enforcement Officials',
    kinds,
    definition:
      'means the United Nations Code of Conduct for Law Enforcement Officials adopted by General Assembly resolution 34/169 of 17 December 1979.',
    source: { standard: 'CCLEO' },
  },
  {
    term: 'Private Security Provider',
    forms: ['Private Security Providers'],
    kinds,
    definition: 'means any company that the Company engages to provide security services at the Site.',
  },
  {
    term: 'Contribution',
    forms: ['Contributions'],
    kinds,
    definition:
      'means any payment, Equipment or other support in kind (such as fuel, food, accommodation, transport or training) that the Company provides to the Host State, the Command or the Assigned Forces under this Memorandum.',
    source: { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (f)' },
  },
  {
    term: 'Equipment',
    kinds,
    definition:
      'means any vehicle, communications device, protective gear or other item that the Company transfers, lends or makes available to the Command or the Assigned Forces under this Memorandum.',
  },
  {
    term: 'Incident',
    forms: ['Incidents'],
    kinds,
    definition:
      'means any event at or near the Site in which a member of the Assigned Forces uses physical force or a weapon, in which any person is killed, injured or apprehended in connection with the security of the Site, or which gives rise to an allegation of a Human Rights Abuse.',
  },
  {
    term: 'Human Rights Abuse',
    forms: ['Human Rights Abuses'],
    kinds,
    definition:
      'means any conduct that violates international human rights law or international humanitarian law, including unlawful killing, torture or other cruel, inhuman or degrading treatment, sexual violence, arbitrary arrest or detention, and the unnecessary or disproportionate use of force.',
  },
  {
    term: 'Credible Allegation',
    forms: ['Credible Allegations'],
    kinds,
    definition:
      'means an allegation of a Human Rights Abuse, from any source and including an anonymous one, supported by information that a reasonable person would consider sufficient to warrant an investigation.',
    source: { standard: 'DCAF/ICRC Toolkit', ref: 'Human rights violations (public security)' },
  },
  {
    term: 'Competent Authority',
    forms: ['Competent Authorities'],
    kinds,
    definition:
      'means any authority of the Host State empowered by its law to receive complaints about, investigate or prosecute an offence or a Human Rights Abuse.',
  },
  {
    term: 'Risk Assessment',
    kinds,
    definition:
      'means the Company\'s assessment of the security and human rights risks at and around the Site, prepared in line with the Voluntary Principles and updated under this Memorandum.',
    source: { standard: 'Voluntary Principles', ref: 'Risk assessment' },
  },
  {
    term: 'Security Policies',
    kinds,
    definition:
      'means the Company\'s security, ethics and human rights policies and procedures that apply at the Site, as given to the Command under {@mou-company-policies}.',
  },
  {
    term: 'Grievance Mechanism',
    kinds,
    definition:
      'means the Company\'s mechanism for receiving and resolving complaints from communities and other persons affected by its operations, described in {@mou-monitoring-review}.',
    source: { standard: 'DCAF/ICRC Toolkit', ref: 'Privatisation of public security' },
  },
  {
    term: 'Liaison Officer',
    forms: ['Liaison Officers'],
    kinds,
    definition: 'means the officer that a Party designates under {@mou-communication-and-reporting} as its day-to-day contact for this Memorandum.',
    source: { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
  },
  {
    term: 'Joint Security Committee',
    kinds,
    definition: 'means the committee of the Parties established under {@mou-review-meetings}.',
  },
  {
    term: 'Business Day',
    forms: ['Business Days'],
    kinds,
    definition: 'means a day other than a Saturday, a Sunday or a public holiday in the Host State.',
  },
];
