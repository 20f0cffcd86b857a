// Runtime: any (pure data). The conditional rules of standards.md §4, one row each: when the
// engagement facts hold, these provisions become required. The engine evaluates them
// (engine/requirements.ts); nothing else in the code branches on a fact.
import type { RequirementRule } from './provision-schema.ts';

const yes = (fact: Parameters<typeof f>[0]) => f(fact, true);
function f(fact: import('./facts.ts').FactKey, is: boolean | string) {
  return { fact, is };
}
const anySupport = { fact: 'supportToPublicSecurity' as const, in: ['financial', 'in-kind', 'equipment'] };

export const requirementRules: RequirementRule[] = [
  {
    id: 'armed-personnel',
    when: yes('armedPersonnel'),
    reason: 'Personnel will carry firearms',
    requires: [
      'vetting-armed-personnel',
      'firearms-use-limits',
      'weapons-authorisation-and-equipment',
      'weapons-management-procedures',
      'weapons-training',
      'incident-reporting',
    ],
    source: 'ICoC ¶31, ¶48, ¶56–59; DCAF Contract Guidance Tool §2.4, §4.1.3; Toolkit, Security equipment and use of force',
  },
  {
    id: 'less-lethal-equipment',
    when: yes('lessLethalEquipment'),
    reason: 'Personnel will carry less-lethal equipment or use security dogs',
    requires: ['weapons-authorisation-and-equipment', 'weapons-management-procedures'],
    source: 'DCAF Contract Guidance Tool §2.4 (Toolkit, Example contract clause on equipment use)',
  },
  {
    id: 'apprehension-possible',
    when: yes('apprehensionPossible'),
    reason: 'Personnel may apprehend persons (guarding of people or property, access control, response to theft)',
    requires: ['apprehension-of-persons', 'temporary-holding-safeguards', 'training-minimum-content'],
    source: 'ICoC ¶34; Toolkit, Relationship between public and private security, C; Toolkit, Training',
  },
  {
    id: 'detention-services',
    when: yes('detentionServicesRequested'),
    reason: 'The services as described include guarding, transporting or questioning detainees',
    requires: ['detention-services-restriction'],
    source: 'ICoC ¶33',
    finding: {
      kinds: ['psp-contract'],
      severity: 'blocking',
      code: 'detention-services-for-company',
      message:
        'The engagement asks the Provider to guard, transport or question detainees. Under ICoC ¶33 a provider may do this only when a State has specifically contracted it and its personnel are trained in the applicable law; a company client cannot lawfully buy these services.',
      fix: 'Remove detention services from the scope (answer "No" to the detention question) and rely on apprehension and hand-over to the Competent Authority instead.',
    },
  },
  {
    id: 'assists-law-enforcement',
    when: yes('assistsLawEnforcement'),
    reason: 'The Provider will be formally authorised to assist a state law-enforcement authority',
    requires: ['law-enforcement-assistance'],
    source: 'ICoC ¶32',
  },
  {
    id: 'armed-conflict',
    when: yes('armedConflict'),
    reason: 'The Site is in an area of armed conflict, where international humanitarian law applies',
    requires: ['armed-conflict-ihl', 'training-minimum-content'],
    source: 'Montreux Document (scope; Part Two); Toolkit, Training',
  },
  {
    id: 'public-security-present',
    when: yes('publicSecurityPresent'),
    reason: 'Public security forces are deployed at or near the Site',
    requires: ['public-security-coordination'],
    source: 'Toolkit, Relationship between public and private security, B',
    finding: {
      kinds: ['psp-contract'],
      severity: 'info',
      code: 'mou-recommended',
      message:
        'Public security forces operate at or near the Site. Good practice is a memorandum of understanding with their command that sets out roles, use of force and reporting, or substitute measures where no MoU is possible.',
      fix: 'Start a public-security MoU matter for the same Site (File > New MoU).',
    },
  },
  {
    id: 'joint-operations',
    when: yes('jointOperations'),
    reason: 'Public and private security will operate jointly',
    requires: ['joint-drills', 'mou-coordination-with-psp'],
    source: 'Toolkit, Relationship between public and private security, B',
  },
  {
    id: 'psp-first-responder',
    when: yes('pspFirstResponder'),
    reason: 'The Provider may have to respond first because public security may be slow or absent',
    requires: ['first-responder-limits', 'mou-contingency'],
    source: 'Toolkit, Relationship between public and private security, C',
  },
  {
    id: 'off-duty-public-officers',
    when: yes('offDutyPublicSecurityPersonnel'),
    reason: 'The Provider will employ off-duty police or military personnel',
    requires: ['off-duty-public-officers'],
    source: 'Toolkit, Relationship between public and private security, A',
  },
  {
    id: 'support-to-public-security',
    when: anySupport,
    reason: 'The Company will give financial or in-kind support to public security forces',
    requires: ['mou-company-contributions', 'mou-payments-lawful-accounted', 'mou-training'],
    source: 'Toolkit, Memorandum of understanding (e), (f); VPI Model Clauses; Voluntary Principles (public security)',
  },
  {
    id: 'in-kind-or-equipment-support',
    when: { fact: 'supportToPublicSecurity', in: ['in-kind', 'equipment'] },
    reason: 'The Company will give equipment or other in-kind support to public security forces',
    requires: ['mou-equipment-transfer-protocol'],
    source: 'Toolkit, Memorandum of understanding (e); Voluntary Principles, risk assessment (equipment transfers)',
  },
  {
    id: 'equipment-transfer',
    when: f('supportToPublicSecurity', 'equipment'),
    reason: 'The Company will transfer equipment to public security forces',
    requires: ['mou-equipment-transfer-protocol', 'mou-equipment-safeguards'],
    source: 'Toolkit, Misuse of unmonitored equipment transfers (IFC 2017); Anglo American Social Way, task 9',
  },
  {
    id: 'financial-support',
    when: f('supportToPublicSecurity', 'financial'),
    reason: 'The Company will make payments that may fund public security equipment',
    requires: ['mou-funds-for-equipment'],
    source: 'Toolkit, Equipment (public security)',
  },
  {
    id: 'subcontracting-permitted',
    when: yes('subcontractingPermitted'),
    reason: 'The Provider may subcontract part of the Services',
    requires: ['subcontracting'],
    source: 'Montreux Document GP 15, GP 31; ICoC ¶50–51',
  },
  {
    id: 'local-provider',
    when: yes('localProvider'),
    reason: 'The Provider is a local company recruiting from the surrounding communities',
    requires: ['local-workforce-and-community-relations'],
    source: 'Toolkit, Local procurement',
  },
  {
    id: 'crowd-control-risk',
    when: yes('crowdControlRisk'),
    reason: 'Protests, road blocks or crowds at the Site are foreseeable',
    requires: ['crowd-control-limits', 'mou-less-lethal-capability', 'mou-training'],
    source: 'Toolkit, Relationship between public and private security, C; Toolkit, Equipment; Toolkit, Use of force',
  },
  {
    id: 'vulnerable-groups-present',
    when: yes('vulnerableGroupsPresent'),
    reason: 'Women, children, indigenous peoples or other vulnerable groups live or work near the Site',
    requires: ['vulnerable-groups-safeguards', 'mou-gender-and-vulnerable-groups'],
    source: 'Toolkit, Training; Toolkit, Relationship between public and private security, C; Toolkit, Use of force',
  },
  {
    id: 'ad-hoc-deployment',
    when: yes('adHocDeployment'),
    reason: 'Public forces will be called in for specific needs rather than stationed at the Site',
    requires: ['mou-mandate-and-withdrawal', 'mou-contingency'],
    source: 'Toolkit, Use of force (public security); Toolkit, Relationship between public and private security, C',
  },
  {
    id: 'private-security-on-site',
    when: yes('privateSecurityOnSite'),
    reason: 'A private security provider also works at the Site',
    requires: ['mou-coordination-with-psp'],
    source: 'Toolkit, Relationship between public and private security, B',
  },
];
