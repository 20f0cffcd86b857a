// Runtime: any (pure data). The engagement questions in plain language, with help text drawn
// from the standards. The questionnaire, the CLI and the requirement reasons all read these.
import type { FactQuestion } from './facts.ts';

const both: FactQuestion['kinds'] = ['psp-contract', 'public-security-mou'];
const psp: FactQuestion['kinds'] = ['psp-contract'];
const mou: FactQuestion['kinds'] = ['public-security-mou'];

export const factQuestions: FactQuestion[] = [
  {
    key: 'armedPersonnel',
    kinds: psp,
    question: 'Will any guard carry a firearm?',
    help: 'Authorise firearms only where they reduce the risk of violence. Armed guards bring weapons-suitability vetting, limits on firearm use, a weapons register and weapon-specific training into the contract.',
    sources: ['ICoC ¶31, ¶48, ¶56–59', 'DCAF Contract Guidance Tool §2.4', 'Toolkit: Security equipment and use of force'],
  },
  {
    key: 'lessLethalEquipment',
    kinds: psp,
    question: 'Will guards carry less-lethal equipment (batons, pepper spray) or use security dogs?',
    help: 'Less-lethal equipment and dogs must be listed in the contract, maintained and inspected, and used only under the Rules for the Use of Force.',
    sources: ['DCAF Contract Guidance Tool §2.4'],
  },
  {
    key: 'apprehensionPossible',
    kinds: psp,
    question: 'Could a guard ever stop and hold a person (access control, theft, intrusion)?',
    help: 'Answer yes for almost any guarding of people or property. The contract must then limit apprehension to self-defence or an attack or crime just committed, require hand-over to the Competent Authority at the earliest opportunity, and set safeguards for anyone held.',
    sources: ['ICoC ¶34', 'Toolkit: Relationship between public and private security, C'],
  },
  {
    key: 'detentionServicesRequested',
    kinds: psp,
    question: 'Do the services include guarding, transporting or questioning detainees?',
    help: 'A provider may do this only when a State has specifically contracted it. A company client cannot buy these services; Mandate blocks the contract while the answer is yes.',
    sources: ['ICoC ¶33'],
  },
  {
    key: 'assistsLawEnforcement',
    kinds: psp,
    question: 'Will the provider be formally authorised to assist a state law-enforcement authority?',
    help: 'If so, its use of force must meet the obligations of that State’s law-enforcement officials and, at a minimum, the UN Basic Principles on the Use of Force and Firearms.',
    sources: ['ICoC ¶32'],
  },
  {
    key: 'armedConflict',
    kinds: both,
    question: 'Is the site in an area of armed conflict?',
    help: 'Where international humanitarian law applies, the contract must require compliance with it, exclude services that could amount to direct participation in hostilities, and add IHL to training.',
    sources: ['Montreux Document', 'Toolkit: Training'],
  },
  {
    key: 'publicSecurityPresent',
    kinds: psp,
    question: 'Are police or military deployed at or near the site?',
    help: 'Roles, a liaison focal point and reporting lines between the provider and public security must be set out; a memorandum of understanding with their command is good practice.',
    sources: ['Toolkit: Relationship between public and private security, B'],
  },
  {
    key: 'jointOperations',
    kinds: both,
    question: 'Will private guards and public forces ever operate together?',
    help: 'Joint operations need agreed rules and joint drills: alert, deployment, on-site leader, actions on contact, medical aid and reporting.',
    sources: ['Toolkit: Relationship between public and private security, B'],
  },
  {
    key: 'pspFirstResponder',
    kinds: both,
    question: 'Might private guards have to respond first because police are slow or absent?',
    help: 'Then the contract needs response guidelines, withdrawal once public security deploys, first aid, and a contingency plan.',
    sources: ['Toolkit: Relationship between public and private security, C'],
  },
  {
    key: 'offDutyPublicSecurityPersonnel',
    kinds: psp,
    question: 'Will the provider employ off-duty police officers or soldiers?',
    help: 'Check that national law allows it; they must not use police powers while guarding, need training on the difference in mandates, and wear a distinct uniform.',
    sources: ['Toolkit: Relationship between public and private security, A'],
  },
  {
    key: 'supportToPublicSecurity',
    kinds: mou,
    question: 'What support will the company give public security forces?',
    help: 'Any payment or in-kind support needs a written agreement setting its nature, details and limits; equipment needs a transfer protocol with safeguards against misuse.',
    sources: ['Toolkit: Memorandum of understanding (e), (f)', 'Toolkit: Equipment', 'Voluntary Principles'],
    options: [
      { value: 'none', label: 'None' },
      { value: 'financial', label: 'Financial (payments, allowances)' },
      { value: 'in-kind', label: 'In kind (food, lodging, fuel, transport)' },
      { value: 'equipment', label: 'Equipment (vehicles, radios, other gear)' },
    ],
  },
  {
    key: 'subcontractingPermitted',
    kinds: psp,
    question: 'May the provider subcontract part of the services?',
    help: 'If so, every obligation must flow down, subcontractors must meet the same standards, and the provider stays liable for them.',
    sources: ['Montreux Document GP 15', 'ICoC ¶50–51'],
  },
  {
    key: 'localProvider',
    kinds: psp,
    question: 'Is the provider a local company recruiting from nearby communities?',
    help: 'Local recruitment brings local knowledge and languages but also community tensions; the contract should address education, experience and relations with communities.',
    sources: ['Toolkit: Local procurement'],
  },
  {
    key: 'crowdControlRisk',
    kinds: both,
    question: 'Are protests, road blocks or large crowds at the site foreseeable?',
    help: 'Crowd control is primarily a public-security task. Private guards contain and report; public forces need less-lethal means and training in public order.',
    sources: ['Toolkit: Relationship between public and private security, C', 'Toolkit: Equipment'],
  },
  {
    key: 'vulnerableGroupsPresent',
    kinds: both,
    question: 'Do women, children, indigenous peoples or other vulnerable groups live or work near the site?',
    help: 'Female guards, gender and sexual-exploitation training, and risk assessment by group become necessary.',
    sources: ['Toolkit: Training', 'Toolkit: Use of force'],
  },
  {
    key: 'adHocDeployment',
    kinds: mou,
    question: 'Will public forces be called in only for specific needs, rather than stationed at the site?',
    help: 'Request public forces only for urgent, specific needs; define their mandate and when they withdraw, and plan for when they do not come.',
    sources: ['Toolkit: Use of force (public security)'],
  },
  {
    key: 'privateSecurityOnSite',
    kinds: mou,
    question: 'Does the company also use a private security provider at the site?',
    help: 'Then the MoU must set rules for interaction with the private provider, its focal point and joint drills.',
    sources: ['Toolkit: Relationship between public and private security, B'],
  },
];
