// Runtime: any (pure data). The core glossary of the PSP security services agreement. The other
// PSP groups write these terms plainly and rely on the definitions here; a term is defined once
// per document kind across the whole library. Each definition reads on from the quoted term:
// '"Site" means …'.
import type { ClauseGroup } from '../../group.ts';

const psp = ['psp-contract'] as const;
const kinds = [...psp];

export const glossary: ClauseGroup['glossary'] = [
  {
    term: 'Agreement',
    kinds,
    definition: 'means this security services agreement, including its recitals and annexes, as amended from time to time.',
  },
  {
    term: 'Company',
    kinds,
    definition: 'means the party named as the Company at the head of this Agreement, and its successors and permitted assigns.',
  },
  {
    term: 'Provider',
    kinds,
    definition: 'means the party named as the Provider at the head of this Agreement, and its successors and permitted assigns.',
  },
  {
    term: 'Party',
    forms: ['Parties'],
    kinds,
    definition: 'means the Company or the Provider, and "Parties" means both of them.',
  },
  {
    term: 'Personnel',
    kinds,
    definition:
      'means every individual who performs any part of the Services, whether employed or otherwise engaged by the Provider or by a Subcontractor, including supervisors and managers.',
    source: { standard: 'good practice', note: 'ICoC §B definitions not readable; drafted to catch agency and subcontracted staff' },
  },
  {
    term: 'Subcontractor',
    forms: ['Subcontractors'],
    kinds,
    definition: 'means any person, other than an individual member of the Personnel, to whom the Provider subcontracts any part of the Services, at any tier.',
  },
  {
    term: 'Site',
    kinds,
    definition:
      'means {{siteName}} at {{siteLocation}}, together with its access roads and perimeter and any other area in which the Company instructs the Provider in writing to perform the Services.',
  },
  {
    term: 'Services',
    kinds,
    definition: 'means the security services described in {@mandate-scope-of-services} and in {@annex-posts-and-rates}, and every task incidental to them.',
  },
  {
    term: 'Territorial State',
    kinds,
    definition: 'means {{territorialState}}, the State in whose territory the Site is located and the Services are performed.',
    source: { standard: 'Montreux Document', note: 'term used throughout the Montreux Document for the State on whose territory PMSCs operate' },
  },
  {
    term: 'Competent Authority',
    forms: ['Competent Authorities'],
    kinds,
    definition:
      'means any court, police, prosecution service or other public authority of the Territorial State, or of any other State with jurisdiction, that has the legal power to take custody of persons, investigate offences or enforce the law in relation to the Site or the Services.',
    source: { standard: 'good practice', note: 'ICoC defines "Competent Authority"; its definition text is unverified' },
  },
  {
    term: 'Public Security Forces',
    kinds,
    definition:
      'means the police, military, gendarmerie and any other security forces of the Territorial State, including any unit deployed at or near the Site.',
  },
  {
    term: 'Rules for the Use of Force',
    kinds,
    definition: 'means the rules governing when and how Personnel may use force, set out in {@annex-rules-for-use-of-force} and binding on Personnel under {@rules-for-use-of-force}.',
    source: { standard: 'ICoC', ref: '¶29' },
  },
  {
    term: 'Incident',
    forms: ['Incidents'],
    kinds,
    definition: 'means any event that the Provider must report to the Company under {@incident-reporting}.',
  },
  {
    term: 'Grievance',
    forms: ['Grievances'],
    kinds,
    definition:
      'means a complaint by any person, including a member of the Personnel or of a community near the Site, alleging that the Provider, its Personnel or a Subcontractor has breached this Agreement, the ICoC or Applicable Law, or has otherwise caused harm.',
    source: { standard: 'ICoC', ref: '¶66–68' },
  },
  {
    term: 'ICoC',
    kinds,
    definition: 'means the International Code of Conduct for Private Security Service Providers of 9 November 2010, as amended from time to time.',
  },
  {
    term: 'ICoCA',
    kinds,
    definition: 'means the International Code of Conduct Association, the association established to oversee the implementation of the ICoC.',
  },
  {
    term: 'Voluntary Principles',
    kinds,
    definition: 'means the Voluntary Principles on Security and Human Rights of 2000.',
  },
  {
    term: 'Montreux Document',
    kinds,
    definition:
      'means the Montreux Document on pertinent international legal obligations and good practices for States related to operations of private military and security companies during armed conflict of 17 September 2008.',
  },
  {
    term: 'Effective Date',
    kinds,
    definition: 'means {{effectiveDate}}.',
  },
  {
    term: 'Term',
    kinds,
    definition: 'means the initial term of this Agreement and every extension of it.',
  },
  {
    term: 'Business Day',
    forms: ['Business Days'],
    kinds,
    definition: 'means a day, other than a Saturday, a Sunday or a public holiday, on which banks are open for general business in the Territorial State.',
  },
  {
    term: 'Compliance Breach',
    forms: ['Compliance Breaches'],
    kinds,
    definition:
      'means a failure of the Provider, its Personnel or a Subcontractor to comply with any obligation of this Agreement concerning compliance with law, human rights, the ICoC, the conduct of Personnel, the use of force, weapons and equipment, the apprehension of persons, vetting, training, records, Incidents, Grievances or reparation, or an untrue representation by the Provider about its past conduct.',
    source: { standard: 'Montreux Document', ref: 'GP 20(a)' },
  },
  {
    term: 'Fees',
    kinds,
    definition: 'means the amounts payable by the Company for the Services at the rates set out in {@annex-posts-and-rates}.',
  },
  {
    term: 'Applicable Law',
    kinds,
    definition:
      'means every law, regulation, decree, licence condition and binding order of a Competent Authority that applies to a Party, the Site or the Services, including the law of the Territorial State and the rules of international human rights law and, in a situation of armed conflict, international humanitarian law that apply to them.',
    source: { standard: 'Montreux Document', ref: 'GP 14' },
  },
];
