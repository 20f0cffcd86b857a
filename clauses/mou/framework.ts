// Runtime: any (pure data). MoU framework: interpretation, parties and authority, legal basis,
// purpose and roles, status of the Memorandum, the standards the Parties apply, company policies.
import type { ClauseInput } from '../schema.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

export const frameworkClauses: ClauseInput[] = [
  {
    id: 'mou-interpretation',
    version: 1,
    title: 'Interpretation',
    topic: 'Framework',
    kinds,
    sources: [{ standard: 'good practice' }],
    guidance:
      'Standard interpretation rules. They matter more than usual in an MoU because it is read by officers, community liaison staff and translators, not only lawyers: the rule on calendar and business days and on when a period starts removes most disputes about reporting deadlines. Rarely negotiated.',
    alternatives: [
      {
        id: 'standard',
        label: 'Standard rules',
        rationale: 'Plain interpretation rules suited to a bilingual, multi-reader instrument.',
        body: [
          {
            p: 'In this Memorandum:',
            items: [
              'headings are for convenience only and do not affect its interpretation;',
              '"including" and similar words do not limit the words that precede them;',
              'a reference to a law of the Host State is to that law as amended or replaced from time to time;',
              'a period expressed in days means calendar days unless it is expressed in Business Days, and a period that runs from an event starts on the day after that event; and',
              'a reference to a clause or an Annex is to a clause or an annex of this Memorandum.',
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'mou-parties-and-authority',
    version: 1,
    title: 'Parties and authority',
    topic: 'Framework',
    kinds,
    variables: [
      {
        name: 'commandLevel',
        type: 'text',
        label: 'Level of the chain of command that signs',
        help: 'The command level identified by stakeholder mapping, e.g. "the Regional Police Command of the Western Region". Never an individual officer.',
        maxLength: 200,
      },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding (stakeholder mapping)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Security arrangements (public security)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Privatisation of public security' },
    ],
    guidance:
      'Why: the Toolkit advises agreeing deployment arrangements with the local management or chain of command of the public security force, never with individual officers, so that officers keep their public status and do not become private guards paid by the Company (Toolkit, Privatisation of public security; Relationship between public and private security, B). No source fixes one signatory level: choose it from the stakeholder mapping and put it in "commandLevel". First position: the Command signs alone, which is what the Toolkit describes and gives a complete document with two parties. Where the responsible ministry will co-sign, choose the second position AND add the Ministry as a party of the matter: co-signature ties the arrangements to national oversight and outlasts changes of local commander. The two positions differ only in the Ministry paragraph; neither falls below a standard. The Command cannot be bound like a commercial party; the representation of authority is still worth having because it makes the signatory confirm the instrument has been cleared internally.',
    alternatives: [
      {
        id: 'command-only',
        label: 'Command only',
        rationale: 'The chain of command the Toolkit names as the counterparty; complete without a ministry.',
        body: [
          'The Company enters into this Memorandum as the operator of the Site.',
          'The Command enters into this Memorandum through its chain of command, at the level of {{commandLevel}}. Its commitments are those of the Command as an institution and are not personal undertakings of the officer who signs or of any member of the Assigned Forces.',
          'The Company shall not make any arrangement for security at the Site directly with an individual member of the Assigned Forces. Each Party represents that its signatory holds the authority, under the law or internal rules that govern that Party, to sign this Memorandum on its behalf.',
        ],
      },
      {
        id: 'command-and-ministry',
        label: 'Command, with the Ministry co-signing',
        rationale: 'Where stakeholder mapping supports it: ministerial co-signature anchors the arrangements in national oversight.',
        requiresParty: 'government',
        body: [
          'The Company enters into this Memorandum as the operator of the Site.',
          'The Command enters into this Memorandum through its chain of command, at the level of {{commandLevel}}. Its commitments are those of the Command as an institution and are not personal undertakings of the officer who signs or of any member of the Assigned Forces.',
          'The Ministry signs this Memorandum to confirm that the arrangements it records are consistent with the policy of the Host State and to support their implementation by the Command.',
          'The Company shall not make any arrangement for security at the Site directly with an individual member of the Assigned Forces. Each Party represents that its signatory holds the authority, under the law or internal rules that govern that Party, to sign this Memorandum on its behalf.',
        ],
      },
    ],
  },
  {
    id: 'mou-legal-basis',
    version: 1,
    title: 'Legal basis',
    topic: 'Framework',
    kinds,
    variables: [
      {
        name: 'legalInstruments',
        type: 'list',
        label: 'Laws of the Host State under which the Command deploys',
        help: 'e.g. the police or armed forces act and any regulation on the protection of strategic installations.',
        minItems: 1,
      },
      { name: 'conflictMeetingDays', type: 'integer', label: 'Days to meet after a conflict with national law is identified', min: 5, max: 60, default: 30 },
    ],
    sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding' }],
    guidance:
      'Why: the Toolkit advises basing the MoU on national law so that the host state owns it (local ownership) and the Command is not asked to do anything its law does not allow. Naming the statutes also tests early whether the Command has power to enter into the arrangements at all. The second paragraph protects both sides: the Company does not acquire public powers (a frequent community grievance and a source of liability), and the Command keeps its legal duties. Counterparties rarely object; if the Command will not list the statutes, list the general police or defence act and flag the gap in the risk register.',
    alternatives: [
      {
        id: 'national-law-prevails',
        label: 'Grounded in national law',
        rationale: 'Anchors the MoU in the Host State law that already governs the Command.',
        body: [
          'The Command deploys the Assigned Forces under {{legalInstruments}} and the other laws of the Host State that govern the Command, and this Memorandum is to be read consistently with those laws.',
          'Nothing in this Memorandum transfers any public power to the Company, places the Assigned Forces under the command or control of the Company, or alters the duties of the Command under the law of the Host State.',
          'If a provision of this Memorandum conflicts with the law of the Host State, that law prevails, and the Parties shall meet within {{conflictMeetingDays}} calendar days after any Party identifies the conflict to agree an amendment that respects both that law and the Voluntary Principles.',
        ],
      },
    ],
  },
  {
    id: 'mou-purpose-and-roles',
    version: 1,
    title: 'Purpose and roles',
    topic: 'Framework',
    kinds,
    variables: [
      {
        name: 'deploymentAreas',
        type: 'text',
        label: 'Areas and tasks of the Assigned Forces',
        help: 'e.g. "the checkpoint on the main access road and the perimeter of the processing plant, for patrols and response to calls".',
        maxLength: 1000,
      },
      { name: 'deploymentChangeHours', type: 'integer', label: 'Hours to notify an emergency change of deployment', min: 1, max: 72, default: 24 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
      { standard: 'VPs Participants Statement on MoUs', ref: '2014' },
    ],
    guidance:
      'Why: confusion between the roles of public forces, in-house security and private providers is the root of many incidents at extractive sites (Toolkit, Relationship between public and private security, B). The VPs participants describe MoUs as the place to set out the respective duties of each side. The division in clause text reflects the core distinction: law enforcement (arrest, detention, crowd control) belongs to public forces; private security protects people and property and hands persons over. The rules of deployment around the Company\'s facilities go in "deploymentAreas". Pushback: commands resist any duty to consult the Company on deployment; the text only requires notice, never consent, which should be acceptable.',
    alternatives: [
      {
        id: 'division-of-roles',
        label: 'Division of roles with deployment areas',
        rationale: 'States who does what and where, and keeps the Company informed of changes without giving it control.',
        body: [
          'This Memorandum records how the Parties will work together so that the security of the Site is maintained with respect for human rights and the rule of law.',
          {
            p: 'The Parties agree the following division of roles:',
            items: [
              'the Assigned Forces are responsible for law enforcement and public order at and around the Site, including the arrest and detention of persons, the management of crowds and assemblies, and the response to armed threats;',
              'the Company\'s in-house security personnel and any Private Security Provider protect the Company\'s people and property within the Site, including by access control and patrols, and exercise no law-enforcement powers; and',
              'the Company provides the support, communication and reporting set out in this Memorandum.',
            ],
          },
          'The Command shall deploy the Assigned Forces within the following areas and for the following tasks: {{deploymentAreas}}. The Command shall notify the Company\'s Liaison Officer before it changes those areas or tasks or, where an immediate threat to life prevents prior notice, within {{deploymentChangeHours}} hours after the change.',
        ],
      },
    ],
  },
  {
    id: 'mou-status-of-memorandum',
    version: 1,
    title: 'Status of this Memorandum',
    topic: 'Framework',
    kinds,
    variables: [{ name: 'escalationDays', type: 'integer', label: 'Days before an unresolved difference is escalated', min: 7, max: 90, default: 30 }],
    sources: [{ standard: 'good practice' }],
    guidance:
      'Why: a public security force often cannot sign a legally binding contract with a company without legislative or treasury approval, and a court claim against a security force is rarely a useful remedy. The real levers are the Company\'s right to suspend support (mou-suspension-termination) and transparency. Preferred: commitments binding as far as the law of the Host State allows, with no damages claims, so that the Command cannot treat the MoU as a mere statement while the Company\'s support is. Fallback: a statement of intent with good-faith application; acceptable, because the suspension right is expressly preserved. Disputes go to the Joint Security Committee and then to the heads of the Parties; international arbitration against a state body is unrealistic and politically harmful.',
    alternatives: [
      {
        id: 'binding-as-far-as-law-allows',
        label: 'Binding as far as the law allows',
        rationale: 'Gives the commitments the strongest effect a public body can lawfully accept.',
        body: [
          'The Parties intend the commitments in this Memorandum to bind them to the extent that the law of the Host State allows each public authority that signs it to give them. This Memorandum does not give any Party a right to claim damages from another Party.',
          'Any Party may raise a difference about the interpretation or implementation of this Memorandum in the Joint Security Committee. If the Joint Security Committee does not resolve it within {{escalationDays}} calendar days, the Parties shall refer it to the head of the Command and the most senior representative of the Company in the Host State, and the Command and the Company shall each ensure that its representative meets the other at the earliest date both can attend, to settle it.',
        ],
      },
      {
        id: 'statement-of-intent',
        label: 'Statement of intent',
        rationale: 'For a Command that cannot sign a binding instrument without legislative or treasury approval.',
        body: [
          'This Memorandum records the shared commitments of the Parties. It does not create obligations enforceable in a court, but each Party shall apply it in good faith, and the rights of the Company under {@mou-suspension-termination} are not affected.',
          'Any Party may raise a difference about the interpretation or implementation of this Memorandum in the Joint Security Committee. If the Joint Security Committee does not resolve it within {{escalationDays}} calendar days, the Parties shall refer it to the head of the Command and the most senior representative of the Company in the Host State, and the Command and the Company shall each ensure that its representative meets the other at the earliest date both can attend, to settle it.',
        ],
      },
    ],
  },
  {
    id: 'mou-standards-adherence',
    version: 1,
    title: 'International standards',
    topic: 'Standards',
    kinds,
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (a)' },
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Deployment and conduct' },
      { standard: 'CCLEO' },
      { standard: 'BPUFF' },
    ],
    guidance:
      'Why: the Toolkit lists adherence to the Voluntary Principles, the UN Code of Conduct for Law Enforcement Officials and the UN Basic Principles as the first item of an MoU (Toolkit, Memorandum of understanding, (a)). The Command is already bound by national law and the Host State\'s treaty obligations; the clause records that the Assigned Forces apply these instruments at the Site. The Company\'s own commitment is limited to its sphere (its own arrangements and its contracts with private providers). Commands sometimes resist the Voluntary Principles as a "company initiative"; the text applies them only "as they apply to public security". Do not drop the Basic Principles: the use-of-force clause relies on them.',
    alternatives: [
      {
        id: 'all-instruments',
        label: 'National law, human rights law and the three instruments',
        rationale: 'The standard list of the Toolkit.',
        body: [
          {
            p: 'The Command shall ensure that the Assigned Forces act in accordance with:',
            items: [
              'the law of the Host State;',
              'the international human rights law and, where it applies, the international humanitarian law binding on the Host State;',
              'the Code of Conduct for Law Enforcement Officials;',
              'the Basic Principles; and',
              'the Voluntary Principles, as they apply to public security.',
            ],
          },
          'The Company shall apply the Voluntary Principles in its own security arrangements at the Site and shall require each Private Security Provider, by its contract, to do the same.',
          'The Parties acknowledge that the cooperation of the Company under this Memorandum rests on the observance of these standards by the Assigned Forces.',
        ],
      },
    ],
  },
  {
    id: 'mou-company-policies',
    version: 1,
    title: 'Company policies',
    topic: 'Standards',
    kinds,
    variables: [
      { name: 'policyUpdateDays', type: 'integer', label: 'Days to send changed policies to the Command', min: 1, max: 60, default: 14 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (b)' },
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Security arrangements' },
    ],
    guidance:
      'Why: the Toolkit expects public security to respect the Company\'s security policies and procedures, and the Voluntary Principles expect the Company to communicate its ethics and human-rights policies to the forces that protect it (Toolkit, Memorandum of understanding, (b)). The briefing duty makes the policies reach the officer on the gate, not only the commander. Pushback: commands refuse to be "bound by company rules"; the preferred text already yields to national law and lawful orders. Fallback: the Command only takes note and circulates the policies; this falls below the Toolkit item (b) because nothing obliges the Assigned Forces to respect access, reporting and conduct rules at the Site.',
    alternatives: [
      {
        id: 'respect-and-brief',
        label: 'Command respects and briefs on the policies',
        rationale: 'Makes the Security Policies reach every officer deployed to the Site.',
        body: [
          'The Company shall give the Command a copy of the Security Policies before the Effective Date and a copy of any change within {{policyUpdateDays}} calendar days after it is made.',
          'The Command shall brief every member of the Assigned Forces on the Security Policies that concern them, including access rules, the use of Company facilities and the reporting of Incidents, before that member first deploys to the Site.',
          'The Command shall ensure that the Assigned Forces respect the Security Policies at the Site. Where a Security Policy conflicts with the law of the Host State or with an order lawfully given under it, that law or order prevails and the Command shall inform the Company\'s Liaison Officer of the conflict.',
        ],
      },
      {
        id: 'take-note',
        label: 'Command takes note of the policies',
        rationale: 'For a Command that will not accept any duty framed by company rules.',
        belowStandard: {
          standard: 'DCAF/ICRC Toolkit, Memorandum of understanding, (b)',
          risk: 'Nothing obliges the Assigned Forces to respect the Company\'s access, conduct and reporting rules at the Site.',
        },
        body: [
          'The Company shall give the Command a copy of the Security Policies before the Effective Date and a copy of any change within {{policyUpdateDays}} calendar days after it is made.',
          'The Command shall circulate the Security Policies to the officers commanding the Assigned Forces.',
        ],
      },
    ],
  },
];
