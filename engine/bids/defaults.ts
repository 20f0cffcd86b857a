// Runtime: any (pure data). The default criteria of a PSP tender, built from standards.md §5:
// the exclusion criteria the Montreux Document, the ICoC and the DCAF/ICRC toolkit support, and
// the award criteria they name. The sources support the criteria; the weights, the ICoCA points
// and the training-hours and response-time ranges are Mandate's starting values (no source
// gives figures), which the committee adjusts per tender before it opens the bids.
import { CriteriaSetSchema, type CriteriaSet, type CriteriaSetInput } from './model.ts';

const marks = (zero: string, three: string, five: string): string[] => [
  zero,
  'Mentioned without supporting evidence.',
  'Partly evidenced; material gaps.',
  three,
  'Fully evidenced; minor gaps.',
  five,
];

export const defaultCriteriaInput: CriteriaSetInput = {
  title: 'Evaluation of bids for private security services',
  currency: 'USD',
  criteria: [
    // Gates: a bid failing any of these is excluded whatever it scores.
    { id: 'attested-abuses', type: 'gate', passWhen: 'no', group: 'company', label: 'Reliably attested serious crime or human-rights or IHL abuses without remedy, or on the exclusion list of abusive providers', source: 'Montreux Document GP 6(a); DCAF/ICRC Toolkit (vetting of PSPs)', help: 'Answer "yes" if the bidder or its senior personnel are reliably attested to have been involved in such abuses that have not been remedied.' },
    { id: 'rejected-for-misconduct', type: 'gate', passWhen: 'no', group: 'company', label: 'Previously rejected from a contract for misconduct', source: 'Montreux Document GP 6(c)' },
    { id: 'licences', type: 'gate', passWhen: 'yes', group: 'company', label: 'Holds the required registrations and licences (or is obtaining them)', source: 'Montreux Document GP 8; DCAF/ICRC Toolkit', help: 'Business, weapons and equipment licences and training certificates checked against the issuing authority.' },
    { id: 'personnel-vetting', type: 'gate', passWhen: 'yes', group: 'personnel', label: 'Vets personnel, excludes anyone under 18 and checks fitness to carry weapons', source: 'ICoC ¶45–48' },
    { id: 'detention-services', type: 'gate', passWhen: 'no', group: 'service', label: 'Offers detention services to a non-state client', source: 'ICoC ¶33' },
    { id: 'human-rights-policy', type: 'gate', passWhen: 'yes', group: 'company', label: 'Commits in policy to respect human rights', source: 'DCAF/ICRC Toolkit ("at the very least")' },
    // Weighted award criteria.
    { id: 'icoca-status', type: 'icoca', weight: 10, group: 'company', commitment: 'icocaStatus', label: 'ICoCA status', source: 'DCAF/ICRC Toolkit (prefer certified members); ICoCA certification', help: 'certified member, transitional member, affiliate or none, as shown on the ICoCA website on the closing date.' },
    { id: 'certification', type: 'scale', weight: 7, group: 'company', label: 'Third-party certification (PSC.1, ISO 18788, ISO 28007)', source: 'ICoCA certification; DCAF/ICRC Toolkit; ANSI/ASIS PSC.1 §6.3', descriptors: marks('No certification.', 'Certification in progress with an accredited body.', 'Current certification by a body accredited by an IAF/MLA member and accepted by ICoCA.') },
    { id: 'past-performance', type: 'scale', weight: 7, group: 'company', label: 'Past performance, references, ownership and background checks', source: 'Montreux Document GP 2', descriptors: marks('No references.', 'Relevant references; ownership disclosed.', 'Verified references in comparable settings; ownership and senior personnel checked.') },
    { id: 'financial-capacity', type: 'scale', weight: 4, group: 'company', label: 'Financial capacity and insurance', source: 'Montreux Document GP 7', descriptors: marks('No evidence.', 'Accounts provided; insurance below the required cover.', 'Audited accounts; insurance covering the required liabilities.') },
    { id: 'vetting-quality', type: 'scale', weight: 6, group: 'personnel', label: 'Vetting system and records', source: 'Montreux Document GP 9; ISO 28007', descriptors: marks('No vetting system.', 'Identity, age and criminal checks documented.', 'Identity, age, employment, criminal, military, medical and firearms checks, repeated during employment, with records kept.') },
    { id: 'training-hours', type: 'linear', weight: 6, group: 'personnel', commitment: 'trainingHours', label: 'Initial training per guard', unit: 'hours', worst: 16, best: 80, source: 'Montreux Document GP 10; DCAF/ICRC Toolkit (training)', help: 'Hours of initial training each guard completes before deployment, including human rights and the use of force.' },
    { id: 'training-programme', type: 'scale', weight: 5, group: 'personnel', label: 'Training programme (content and trainers)', source: 'Montreux Document GP 10', descriptors: marks('No programme.', 'Programme covers human rights and the use of force.', 'Programme covers human rights, IHL, use of force, first aid and gender, delivered by qualified trainers with refreshers.') },
    { id: 'use-of-force', type: 'scale', weight: 8, group: 'weapons-equipment', label: 'Rules for the use of force and weapons management', source: 'Montreux Document GP 11; ICoC ¶29–32, ¶56–58', descriptors: marks('No rules.', 'Written rules consistent with the ICoC.', 'Written rules, weapons register and storage procedures, post-incident review.') },
    { id: 'accountability', type: 'scale', weight: 6, group: 'company', label: 'Discipline, incident reporting and grievance mechanism', source: 'Montreux Document GP 12; ICoC ¶63, ¶66–68', descriptors: marks('None.', 'Incident reporting and a grievance mechanism exist.', 'Independent grievance mechanism open to third parties, with reporting to the client and ICoCA.') },
    { id: 'welfare', type: 'scale', weight: 4, group: 'personnel', label: 'Welfare of personnel and labour practices', source: 'Montreux Document GP 13; ICoC ¶52–54, ¶64', descriptors: marks('No evidence.', 'Contracts, pay and hours comply with local law.', 'Fair pay, hours, insurance and health and safety evidenced.') },
    { id: 'local-factors', type: 'scale', weight: 4, group: 'service', label: 'Local knowledge, languages and community relations', source: 'DCAF/ICRC Toolkit (local providers)', descriptors: marks('None.', 'Local languages spoken by supervisors.', 'Local staff, languages and community-relations plan sensitive to local tensions.') },
    { id: 'incident-history', type: 'scale', weight: 4, group: 'company', label: 'Incident and complaints record', source: 'Montreux Document GP 4(c); DCAF/ICRC Toolkit', descriptors: marks('Record withheld.', 'Record disclosed; incidents handled.', 'Record disclosed, trends analysed and lessons applied.') },
    { id: 'response-time', type: 'linear', weight: 4, group: 'service', commitment: 'responseTimeMinutes', label: 'Response time of the reaction force', unit: 'minutes', worst: 60, best: 10, source: 'DCAF/ICRC Toolkit (RfP: mandate fit)' },
    { id: 'price', type: 'price', weight: 25, group: 'price', commitment: 'price', label: 'Annual price', source: 'Montreux Document GP 5 (price is not the sole criterion)', help: 'Total annual price in the evaluation currency, without the currency sign.' },
    // Recorded, not scored: what the bidder commits to, carried into the contract on award.
    { id: 'guards', type: 'record', valueType: 'number', unit: 'guards', group: 'service', commitment: 'guardNumbers', label: 'Guards deployed', source: 'DCAF/ICRC Toolkit (RfP: posts and staffing)' },
    { id: 'local-staff', type: 'record', valueType: 'number', unit: '%', group: 'service', commitment: 'localStaffPercent', label: 'Share of local staff', source: 'DCAF/ICRC Toolkit (RfP: % local staff)' },
  ],
};

/** A fresh copy of the default criteria, checked by the same schema as a user's criteria file. */
export function defaultCriteria(): CriteriaSet {
  return CriteriaSetSchema.parse(structuredClone(defaultCriteriaInput));
}
