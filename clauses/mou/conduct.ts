// Runtime: any (pure data). MoU conduct: use of force, less-lethal means, medical aid, reporting of
// force and Incidents, allegations of Human Rights Abuses, training of the Assigned Forces.
import type { Block, ClauseInput } from '../schema.ts';
import { crowdControlRisk, trainingRequired } from './rules.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

const forceLastResort =
  'The Command shall ensure that the Assigned Forces apply non-violent means before resorting to force, and use force only when strictly necessary and only to the extent proportionate to the threat.';
const assemblies: Block = {
  p: 'The Command shall ensure that the Assigned Forces respect the freedoms of expression, association and peaceful assembly of workers and communities, and in particular that they:',
  items: [
    'do not disperse an assembly that is lawful and peaceful; and',
    'when dispersing an assembly that is unlawful but non-violent, avoid the use of force or, where that is not practicable, restrict it to the minimum necessary.',
  ],
};
const noCompanyInstigation =
  'The Company shall not request, encourage or reward any use of force by the Assigned Forces beyond what this Memorandum permits.';
const companyIncidentReport =
  'The Company shall report to the Command, within the same periods, every Incident involving its own security personnel or a Private Security Provider, and shall record every Incident in a register that it makes available to the Joint Security Committee.';
const recordAndPassOn =
  'The Company shall record every allegation of a Human Rights Abuse by the Assigned Forces that it receives, including through the Grievance Mechanism, and shall pass each Credible Allegation to the Command and to the Competent Authority within {{allegationReportDays}} Business Days after receiving it. The Company shall withhold the identity of the complainant where the complainant asks it to or where disclosure would put the complainant at risk.';
const noRetaliation = 'Each Party shall take the measures within its authority to protect complainants and witnesses from retaliation.';

const trainingTopics: Block = {
  p: 'The Command shall ensure that the programme covers at least:',
  items: [
    'the law of the Host State and the powers and ethics of the Assigned Forces at the Site;',
    'human rights, the Voluntary Principles, the Basic Principles and the Code of Conduct for Law Enforcement Officials;',
    'international humanitarian law, where it applies;',
    'the use of force, graduated response and de-escalation, crowd management and public order;',
    'the safe storage, handling and use of firearms and less-lethal means;',
    'sexual and gender-based violence and the treatment of women, children and other vulnerable groups;',
    'coordination with the Company\'s security personnel and any Private Security Provider;',
    'community policing and the Grievance Mechanism; and',
    'the reporting of Incidents under {@mou-force-incident-reporting}.',
  ],
};
const trainingRecords: Block = {
  p: 'The Command shall:',
  items: [
    'ensure that each member of the Assigned Forces passes a baseline aptitude test at the end of the programme;',
    'keep attendance and test records for each member; and',
    'give the Company a summary of those records for each rotation.',
  ],
};

export const conductClauses: ClauseInput[] = [
  {
    id: 'mou-use-of-force',
    version: 1,
    title: 'Use of force',
    topic: 'Conduct',
    kinds,
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Deployment and conduct', note: 'as quoted in Toolkit, Use of force (public security)' },
      { standard: 'BPUFF', ref: 'Principles 4, 9, 13 and 14' },
      { standard: 'CCLEO', ref: 'Article 3' },
    ],
    guidance:
      'Why: the Voluntary Principles expect force to be used only when strictly necessary and to an extent proportional to the threat, and the rights of association and peaceful assembly to be respected; the Basic Principles (Principle 9) limit firearms to self-defence or defence of others against imminent threat of death or serious injury, to prevent a particularly serious crime involving grave threat to life, or to arrest or stop the escape of a person presenting such a danger, and only when less extreme means are insufficient; Code of Conduct art. 3 allows force only when strictly necessary. The Company\'s own undertaking not to request or reward force is what protects it from complicity claims. Pushback: commands object to a company document restating their rules on firearms. Fallback: incorporation by reference to the Basic Principles and the Code of Conduct; acceptable, because the same rules apply, but it is less useful for briefing officers.',
    alternatives: [
      {
        id: 'rules-stated',
        label: 'Rules on force and firearms stated in full',
        rationale: 'Officers and communities can read the limits in the Memorandum itself.',
        body: [
          forceLastResort,
          {
            p: 'The Command shall ensure that the Assigned Forces use firearms against persons only where less extreme means are insufficient, and only:',
            items: [
              'in self-defence or in defence of others against an imminent threat of death or serious injury;',
              'to prevent a particularly serious crime that involves a grave threat to life; or',
              'to arrest a person who presents such a danger and resists their authority, or to prevent that person\'s escape.',
            ],
            then: 'The intentional lethal use of a firearm is permitted only when it is strictly unavoidable to protect life.',
          },
          assemblies,
          noCompanyInstigation,
        ],
      },
      {
        id: 'by-reference',
        label: 'Rules on firearms by reference to the Basic Principles',
        rationale: 'For a Command that will not restate its firearms rules in an instrument with a company.',
        body: [
          forceLastResort,
          'The Command shall ensure that the Assigned Forces use firearms only in the circumstances, and subject to the conditions, that the Basic Principles and the Code of Conduct for Law Enforcement Officials allow.',
          assemblies,
          noCompanyInstigation,
        ],
      },
    ],
  },
  {
    id: 'mou-less-lethal-capability',
    version: 1,
    title: 'Less-lethal means',
    topic: 'Conduct',
    kinds,
    appliesWhen: crowdControlRisk,
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Equipment (public security)' },
      { standard: 'BPUFF', ref: 'Principle 2' },
    ],
    guidance:
      'Why: where protests, road blocks or crowds are foreseeable, the Toolkit (Equipment (public security), citing the Basic Principles) expects public forces to be equipped with less-lethal means and protective equipment so that they can apply force in a differentiated way instead of resorting to firearms. The Company does not supply weapons here: any support for equipment goes through the support clauses and the equipment safeguards. Planning discussion of foreseeable assemblies in the Joint Security Committee is the practical lever. Commands rarely object; some refuse to discuss operational plans with a company, in which case keep the first two paragraphs.',
    alternatives: [
      {
        id: 'equip-train-plan',
        label: 'Equipped, trained and planned',
        rationale: 'Gives the Assigned Forces alternatives to firearms at assemblies and plans for them in advance.',
        body: [
          'The Command shall equip the Assigned Forces that may deal with assemblies, protests or road blocks at or near the Site with less-lethal means and protective equipment that allow a differentiated use of force.',
          'The Command shall ensure that only officers trained in the use of those means, and in public order and crowd management, carry them or are deployed to an assembly at or near the Site.',
          'The Company and the Command shall review in the Joint Security Committee the assemblies and protests foreseeable at or near the Site and the Command\'s plan to manage them, including the means it will deploy.',
        ],
      },
    ],
  },
  {
    id: 'mou-medical-aid',
    version: 1,
    title: 'Medical aid',
    topic: 'Conduct',
    kinds,
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Deployment and conduct', note: 'as quoted in Toolkit, Use of force (public security)' },
      { standard: 'BPUFF', ref: 'Principle 5(c), (d)' },
    ],
    guidance:
      'Why: the Voluntary Principles (via Toolkit, Use of force (public security)) and the Basic Principles (Principle 5) expect medical aid for anyone injured when force is used, including suspected offenders, and notification of relatives. The Company\'s offer of its clinic and evacuation arrangements, free of charge, is often the only timely aid at a remote site and is a strong community-relations measure. Rarely negotiated; some companies limit evacuation to cases their medical staff judge life-threatening, which is acceptable.',
    alternatives: [
      {
        id: 'aid-and-company-facilities',
        label: 'Aid by the Assigned Forces and the Company\'s facilities',
        rationale: 'Makes timely aid available to anyone injured, including offenders.',
        body: [
          'The Command shall ensure that the Assigned Forces give or arrange medical aid at the earliest possible moment to any person injured in an Incident, including a suspected offender.',
          'The Company shall make the medical facilities and medical evacuation arrangements of the Site available, free of charge, to any person injured in an Incident, including a suspected offender.',
          'The Command shall ensure that a relative or close friend of any person injured or apprehended in an Incident is informed at the earliest possible moment.',
        ],
      },
    ],
  },
  {
    id: 'mou-force-incident-reporting',
    version: 1,
    title: 'Reporting of force and Incidents',
    topic: 'Conduct',
    kinds,
    variables: [
      { name: 'initialReportHours', type: 'integer', label: 'Hours for the first report of an Incident', min: 1, max: 72, default: 24 },
      { name: 'writtenReportDays', type: 'integer', label: 'Days for the written report of force', min: 1, max: 30, default: 7 },
    ],
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Deployment and conduct', note: 'as quoted in Toolkit, Use of force (public security)' },
      { standard: 'BPUFF', ref: 'Principles 6 and 22' },
    ],
    guidance:
      'Why: the Voluntary Principles expect every use of physical force by public security to be reported to the appropriate authorities and to the company (Toolkit, Use of force (public security)); Basic Principles 6 and 22 require reporting and review of injury or death caused by force. Prompt reports let the Company give medical aid, answer community grievances and decide on suspension of support. Pushback: commands treat operational reports as confidential; the text asks only for facts the Company needs, and the transparency clause protects operational detail. Fallback: summary on request only; this falls below the Voluntary Principles.',
    alternatives: [
      {
        id: 'prompt-reports',
        label: 'Prompt first report and written report',
        rationale: 'Meets the VPs expectation that force is reported to the company.',
        body: [
          'The Command shall ensure that every use of physical force or of a weapon by the Assigned Forces at or near the Site is reported through its chain of command and to the Competent Authority as the law of the Host State requires.',
          'The Command shall inform the Company\'s Liaison Officer of every Incident involving the Assigned Forces within {{initialReportHours}} hours after it occurs, stating what happened, where, who was injured and what medical aid was given.',
          'The Command shall give the Company a written report of each Incident in which the Assigned Forces used force within {{writtenReportDays}} calendar days after it occurs.',
          companyIncidentReport,
        ],
      },
      {
        id: 'summary-on-request',
        label: 'Summary on request',
        rationale: 'For a Command that treats all operational reports as confidential.',
        belowStandard: {
          standard: 'Voluntary Principles (use of force reported to the company)',
          risk: 'Without prompt reports the Company cannot give medical aid, answer grievances or decide whether to suspend support.',
        },
        body: [
          'The Command shall ensure that every use of physical force or of a weapon by the Assigned Forces at or near the Site is reported through its chain of command and to the Competent Authority as the law of the Host State requires.',
          'The Command shall give the Company, on request, a summary of any Incident involving the Assigned Forces, within {{writtenReportDays}} calendar days after the request.',
          'The Company shall report to the Command every Incident involving its own security personnel or a Private Security Provider within {{initialReportHours}} hours after it occurs, and shall record every Incident in a register that it makes available to the Joint Security Committee.',
        ],
      },
    ],
  },
  {
    id: 'mou-abuse-allegations-investigation',
    version: 1,
    title: 'Allegations of Human Rights Abuses',
    topic: 'Conduct',
    kinds,
    variables: [
      { name: 'allegationReportDays', type: 'integer', label: 'Business Days to pass on a Credible Allegation', min: 1, max: 10, default: 2 },
      { name: 'investigationUpdateDays', type: 'integer', label: 'Days for the Command\'s first written update', min: 7, max: 90, default: 30 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Responses to human rights abuses', note: 'per ghanavps summary; original wording unverified' },
    ],
    guidance:
      'Why: the Toolkit calls for an agreed process to investigate human-rights abuses (Relationship between public and private security, B), and the Voluntary Principles expect companies to record and report credible allegations to the authorities. The Company cannot investigate officers; it records, passes on, protects complainants and follows up. Independence of the investigator (no one involved in the conduct) is the point commands resist most; do not give it up lightly. Fallback: the Command uses its internal disciplinary procedure and only says whether an investigation was opened; this falls below the Toolkit practice because the Company never learns the outcome and cannot decide on suspension.',
    alternatives: [
      {
        id: 'agreed-process',
        label: 'Agreed investigation process with follow-up',
        rationale: 'Implements the Toolkit\'s agreed investigation process and keeps the Company informed.',
        body: [
          recordAndPassOn,
          'The Command shall investigate each Credible Allegation promptly and impartially, through officers who were not involved in the conduct alleged, and shall cooperate with any investigation by a Competent Authority.',
          'The Command shall inform the Company in writing of the steps taken and of the outcome, including any disciplinary or criminal measures, within {{investigationUpdateDays}} calendar days after receiving a Credible Allegation and then at each meeting of the Joint Security Committee until the matter is closed.',
          noRetaliation,
        ],
      },
      {
        id: 'internal-procedure',
        label: 'Command\'s internal procedure only',
        rationale: 'For a Command that will not share investigation results with a company.',
        belowStandard: {
          standard: 'DCAF/ICRC Toolkit, Relationship between public and private security, B',
          risk: 'No agreed process and no outcome: the Company cannot show that abuses are addressed or decide whether to suspend support.',
        },
        body: [
          recordAndPassOn,
          'The Command shall deal with each Credible Allegation under its internal disciplinary procedures and shall inform the Company, within {{investigationUpdateDays}} calendar days after receiving it, whether it has opened an investigation.',
          noRetaliation,
        ],
      },
    ],
  },
  {
    id: 'mou-training',
    version: 1,
    title: 'Training of the Assigned Forces',
    topic: 'Conduct',
    kinds,
    appliesWhen: trainingRequired,
    variables: [
      { name: 'trainingHours', type: 'integer', label: 'Minimum hours of the training programme', min: 4, max: 120, default: 16 },
      { name: 'refresherMonths', type: 'integer', label: 'Months between refresher sessions', min: 3, max: 24, default: 12 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (d)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Training (public security)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Privatisation of public security' },
    ],
    guidance:
      'Why: where the Company supports the Assigned Forces or crowd control is foreseeable, the Toolkit expects a training programme agreed with the authorities (Memorandum of understanding, (d); Training (public security); Privatisation of public security): legal framework and powers, human rights and IHL, sexual violence, use of force and crowd control, weapons handling, coordination, community policing; a baseline aptitude test; and monitoring across rotations. Training hours are not fixed by any source: 16 hours is a practical minimum for a pre-deployment module; do not go below 8. Preferred: a joint programme funded by the Company with a qualified third-party trainer. Fallback: the Command trains with its own instructors on the same topics and the Company provides materials and may observe; acceptable if the topics and the aptitude test stay.',
    alternatives: [
      {
        id: 'joint-programme',
        label: 'Joint programme funded by the Company',
        rationale: 'Quality and content of training under joint control, with independent trainers where useful.',
        body: [
          'The Command shall ensure that every member of the Assigned Forces, before first deploying to the Site, completes a training programme agreed by the Company and the Command of at least {{trainingHours}} hours, and attends a refresher session at least every {{refresherMonths}} months.',
          trainingTopics,
          'The Company shall fund the programme. The Joint Security Committee shall decide who delivers each part, which may include a qualified third-party trainer.',
          trainingRecords,
        ],
      },
      {
        id: 'command-delivers',
        label: 'Command delivers, Company supports',
        rationale: 'For a Command that trains only with its own instructors.',
        body: [
          'The Command shall ensure that every member of the Assigned Forces, before first deploying to the Site, completes a training programme of at least {{trainingHours}} hours delivered by its own instructors, and attends a refresher session at least every {{refresherMonths}} months.',
          trainingTopics,
          'The Company shall provide training materials on the Voluntary Principles and the Security Policies and may send an observer to any session.',
          trainingRecords,
        ],
      },
    ],
  },
];
