// Runtime: any (pure data). MoU deployment: size and competence of the Assigned Forces, screening,
// scaling, ad hoc requests and withdrawal, contingency, coordination with private security,
// women and vulnerable groups.
import type { ClauseInput } from '../schema.ts';
import { adHocDeployment, privateSecurityAlongside, relianceOnPublicResponse } from './rules.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

const screeningList = {
  p: 'The Command shall not assign to the Site any person who:',
  items: [
    'has been convicted of an offence involving a Human Rights Abuse;',
    'is the subject of pending criminal or disciplinary proceedings for a Human Rights Abuse; or',
    'is the subject of a Credible Allegation of a Human Rights Abuse that an investigation has not yet found to be unfounded.',
  ],
};
const screeningConfirmation =
  'Before each deployment or rotation, the Command shall confirm to the Company in writing that it has checked every member of the Assigned Forces against its personnel and disciplinary records for the matters listed in {@mou-vetting}.';
const informationToCommand =
  'The Company shall pass to the Command any information it receives that a member of the Assigned Forces falls within {@mou-vetting}.';

export const deploymentClauses: ClauseInput[] = [
  {
    id: 'mou-deployment-size-and-competence',
    version: 1,
    title: 'Deployment',
    topic: 'Deployment',
    kinds,
    variables: [
      { name: 'assignedForcesStrength', type: 'integer', label: 'Expected number of officers at the Effective Date', min: 1, max: 2000 },
    ],
    sources: [
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Deployment and conduct' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Security arrangements (public security)' },
    ],
    guidance:
      'Why: the Voluntary Principles say the type and number of public security forces deployed should be competent, appropriate and proportional to the threat, and that their primary role is to maintain the rule of law, including safeguarding human rights. The Toolkit adds that where the military is deployed, adequate training and equipment must be stressed, and that permanent deployment is justified only where lawlessness is high or response times too long. The Company cannot decide the deployment; it shares the Risk Assessment findings so the Command can size it. Record the expected strength as a statement, not a promise: a fixed number invites the Company to be seen as "buying" officers. Commands may resist sharing the primacy statement; it is a VPs point and should stay.',
    alternatives: [
      {
        id: 'proportionate-deployment',
        label: 'Proportionate deployment based on the Risk Assessment',
        rationale: 'Ties the size and type of deployment to the assessed threat.',
        body: [
          'The Company shall share with the Command the findings of the Risk Assessment that concern public security, before the Effective Date and after each update.',
          'The Command shall deploy Assigned Forces whose type, number and equipment are competent for, appropriate to and proportionate to the threat described in those findings. At the Effective Date the Parties expect the Assigned Forces to number {{assignedForcesStrength}} officers.',
          'Where military units form part of the Assigned Forces, the Command shall ensure that they are trained and equipped for law-enforcement tasks before they deploy to the Site.',
          'The Parties acknowledge that the primary role of the Assigned Forces is to maintain the rule of law, including by safeguarding human rights, and that the protection of the Company\'s property does not take precedence over that role.',
        ],
      },
    ],
  },
  {
    id: 'mou-vetting',
    version: 1,
    title: 'Screening of the Assigned Forces',
    topic: 'Deployment',
    kinds,
    variables: [
      { name: 'vettingWithdrawalDays', type: 'integer', label: 'Days for the Command to withdraw a member pending review', min: 1, max: 30, default: 7 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Memorandum of understanding, (c)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Human rights violations (public security)' },
      { standard: 'Voluntary Principles', ref: 'Interaction between companies and public security, Deployment and conduct' },
    ],
    guidance:
      'Why: the Toolkit (Memorandum of understanding, (c)) and the Voluntary Principles expect that no one credibly implicated in human-rights or IHL abuses (convicted, facing proceedings, or credibly alleged) provides security to the Company. The Company cannot vet officers itself; it relies on the Command\'s records and written confirmation, and passes on what it learns from communities and its Grievance Mechanism. Pushback: commands object to withdrawing an officer on company information, calling it a presumption of guilt; the preferred text frames it as a temporary withdrawal from the Site pending review, not a sanction. Fallback: the Command only considers the information and reports the action taken; acceptable, since the exclusion rule itself remains, but record the reason.',
    alternatives: [
      {
        id: 'withdraw-pending-review',
        label: 'Withdrawal from the Site pending review',
        rationale: 'Removes a credibly implicated officer quickly without prejudging the outcome.',
        body: [
          screeningList,
          screeningConfirmation,
          informationToCommand,
          'The Command shall withdraw that member from the Site within {{vettingWithdrawalDays}} calendar days after receiving the information, pending its review, and shall inform the Company of the outcome of that review.',
        ],
      },
      {
        id: 'consider-and-report',
        label: 'Command considers the information and reports',
        rationale: 'For a Command that will not withdraw an officer on information from the Company alone.',
        body: [
          screeningList,
          screeningConfirmation,
          informationToCommand,
          'The Command shall review the information within {{vettingWithdrawalDays}} calendar days after receiving it and shall inform the Company of the action it has taken.',
        ],
      },
    ],
  },
  {
    id: 'mou-scaling-mechanism',
    version: 1,
    title: 'Scaling the deployment',
    topic: 'Deployment',
    kinds,
    variables: [
      { name: 'scalingResponseHours', type: 'integer', label: 'Hours for the Command to answer a scaling proposal', min: 4, max: 168, default: 48 },
      { name: 'emergencyIncreaseHours', type: 'integer', label: 'Hours to notify an emergency increase', min: 1, max: 48, default: 24 },
    ],
    sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' }],
    guidance:
      'Why: the Toolkit advises agreeing with the chain of command on mechanisms and procedures for scaling the deployment up or down as the environment changes (Relationship between public and private security, B). A deployment sized for a crisis that is never reduced is a standing human-rights risk and an unjustified cost. The text keeps the decision with the Command, gives the Company a right to propose and a prompt answer, and makes every increase temporary unless the Joint Security Committee confirms it. Commands may ask for a longer answer period; 72 hours is acceptable.',
    alternatives: [
      {
        id: 'propose-and-review',
        label: 'Proposal, answer and review of increases',
        rationale: 'Keeps the deployment proportionate over time without taking the decision from the Command.',
        body: [
          {
            p: 'The Company or the Command may propose an increase or a reduction of the Assigned Forces when:',
            items: [
              'the Risk Assessment changes;',
              'an Incident or a series of Incidents shows that the deployment is no longer proportionate to the threat; or',
              'the Company\'s operations at the Site change in scale or location.',
            ],
          },
          'The Command shall answer a proposal from the Company in writing within {{scalingResponseHours}} hours, stating whether and when it will change the deployment.',
          'The Command may increase the Assigned Forces without prior consultation where an immediate threat to life requires it, and shall inform the Company\'s Liaison Officer within {{emergencyIncreaseHours}} hours after doing so.',
          'The Joint Security Committee shall review each increase at its next meeting and record whether the reason for it persists; the Command shall reduce the Assigned Forces to their previous level once the Joint Security Committee records that it does not.',
        ],
      },
    ],
  },
  {
    id: 'mou-mandate-and-withdrawal',
    version: 1,
    title: 'Requests for deployment',
    topic: 'Deployment',
    kinds,
    appliesWhen: adHocDeployment,
    variables: [
      { name: 'requestConfirmationHours', type: 'integer', label: 'Hours to confirm an oral request in writing', min: 1, max: 48, default: 24 },
      { name: 'maxDeploymentDays', type: 'integer', label: 'Longest deployment per request (days)', min: 1, max: 60, default: 7 },
      { name: 'withdrawalHours', type: 'integer', label: 'Hours to withdraw once the need ends', min: 1, max: 72, default: 24 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Use of force (public security)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
    ],
    guidance:
      'Why: where public forces are called in for specific needs rather than stationed at the Site, the Toolkit advises requesting them only for urgent, specific needs and defining their mandate and a time limit for withdrawal (Toolkit, Use of force (public security)). Open-ended "temporary" deployments are a common source of abuses and community conflict. Pushback: commands dislike written requests in emergencies; the text allows an oral request confirmed in writing. A longer maximum (up to 14 calendar days) is acceptable for remote sites; beyond that, negotiate a standing deployment under the deployment clause instead.',
    alternatives: [
      {
        id: 'written-request-with-limits',
        label: 'Written request with mandate and time limit',
        rationale: 'Each call-out has a stated need, mandate and end date.',
        body: [
          'The Company shall request the deployment of Assigned Forces only for an urgent and specific need that its own security arrangements cannot meet. The Company shall make each request in writing to the Command\'s Liaison Officer or, where urgency prevents this, orally, confirmed in writing within {{requestConfirmationHours}} hours.',
          {
            p: 'The Company shall state in each request, and the Command shall confirm in its acceptance:',
            items: [
              'the need and the threat to which it responds;',
              'the tasks of the Assigned Forces and the area in which they will deploy;',
              'the number of officers and their equipment; and',
              'the date and time by which the Assigned Forces will withdraw, no later than {{maxDeploymentDays}} calendar days after they deploy unless the Company and the Command extend that period in writing.',
            ],
          },
          'The Command shall withdraw the Assigned Forces from the Site within {{withdrawalHours}} hours after the need ends or the agreed period expires, whichever is earlier.',
        ],
      },
    ],
  },
  {
    id: 'mou-contingency',
    version: 1,
    title: 'Contingency plan',
    topic: 'Deployment',
    kinds,
    appliesWhen: relianceOnPublicResponse,
    variables: [
      { name: 'contingencyPlanDays', type: 'integer', label: 'Days after the Effective Date to prepare the plan', min: 7, max: 120, default: 30 },
      { name: 'unavailabilityNoticeHours', type: 'integer', label: 'Hours of notice of a planned unavailability', min: 1, max: 168, default: 48 },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
    ],
    guidance:
      'Why: where the Company relies on a public response that may be slow or absent, the Toolkit advises a contingency plan for when assigned forces become unavailable or do not respond, measuring average response times, and keeping private responders to a narrow role that ends when public security arrives (Relationship between public and private security, B and C). The limit on private personnel mirrors the PSP contract\'s first-responder clause; keep them consistent. The Command\'s only duty is to warn of unavailability; commands usually accept it.',
    alternatives: [
      {
        id: 'company-plan-command-warning',
        label: 'Company plan, Command warning',
        rationale: 'The Company plans for the gap; the Command warns when it will occur.',
        body: [
          'The Company shall prepare, within {{contingencyPlanDays}} calendar days after the Effective Date, a contingency plan for the case where the Assigned Forces become unavailable or do not respond to a call for assistance, and shall share it with the Command.',
          {
            p: 'In the contingency plan, the Company shall:',
            items: [
              'record the average time the Assigned Forces take to reach the Site, as measured by the Company from Incidents and drills;',
              'name the other units or authorities of the Host State to be called, and how to call them;',
              'limit the role of the Company\'s security personnel and any Private Security Provider to protecting life, containing the situation and reporting, without exercising law-enforcement powers; and',
              'provide for the withdrawal of those personnel as soon as the Assigned Forces or another public force deploy.',
            ],
          },
          'The Command shall inform the Company\'s Liaison Officer of any planned period in which the Assigned Forces will be unavailable at least {{unavailabilityNoticeHours}} hours before it begins, and of any unplanned unavailability as soon as it arises.',
        ],
      },
    ],
  },
  {
    id: 'mou-coordination-with-psp',
    version: 1,
    title: 'Coordination with private security',
    topic: 'Deployment',
    kinds,
    appliesWhen: privateSecurityAlongside,
    variables: [{ name: 'jointDrillMonths', type: 'integer', label: 'Months between joint drills', min: 1, max: 24, default: 6 }],
    sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, B' }],
    guidance:
      'Why: where a Private Security Provider works at the Site or public and private security operate jointly, the Toolkit calls for clear rules of interaction, a focal point at the provider, information on what each side is equipped with, and joint drills that rehearse the phases of an incident response (Relationship between public and private security, B). The uniform and no-law-enforcement points mirror the PSP contract; the MoU records them so that the Command knows what to expect. The Command\'s duty not to give orders to private personnel prevents a blurred chain of command. Commands sometimes ask for yearly drills; 12 months is the longest acceptable interval.',
    alternatives: [
      {
        id: 'focal-point-and-drills',
        label: 'Information, separation of roles and joint drills',
        rationale: 'Implements the Toolkit\'s coordination practices in full.',
        body: [
          'The Company shall give the Command, for each Private Security Provider at the Site, its name, a description of its services, whether its personnel are armed and with what, and the name of the focal point it designates to liaise with the Command.',
          {
            p: 'The Company shall ensure, through its contract with each Private Security Provider, that the personnel of the Private Security Provider:',
            items: [
              'wear uniforms clearly distinguishable from those of the Assigned Forces;',
              'exercise no law-enforcement powers; and',
              'hand over any person they apprehend to the Assigned Forces or another Competent Authority at the earliest opportunity.',
            ],
          },
          'The Command shall not give orders to the personnel of a Private Security Provider except where an immediate threat to life requires it.',
          'The Company and the Command shall hold a joint drill with each Private Security Provider at least every {{jointDrillMonths}} months that rehearses the phases of a response to an Incident: review of the rules for the use of force, alert, deployment, designation of the on-site team leader, actions on contact, resolution, medical aid and evacuation, lessons learned, and final reporting.',
        ],
      },
    ],
  },
  {
    id: 'mou-gender-and-vulnerable-groups',
    version: 1,
    title: 'Women, children and vulnerable groups',
    topic: 'Deployment',
    kinds,
    variables: [{ name: 'femaleOfficersMin', type: 'integer', label: 'Minimum women officers on each shift', min: 1, max: 50, default: 1 }],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Use of force (public security)' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Security arrangements (public security)' },
    ],
    guidance:
      'Why: the Toolkit asks that risk assessment consider the particular risks to women, children, older persons and indigenous peoples (Use of force (public security)), and suggests asking for a share of women officers (Security arrangements). Searches of women by men and the questioning of children without a guardian are recurrent grievances. Pushback: many forces have few women officers; the fallback makes their presence conditional on availability, which is acceptable where the Command shows the shortage, but then the Company should plan for searches to be done by its own female staff.',
    alternatives: [
      {
        id: 'women-officers-required',
        label: 'Women officers on every shift',
        rationale: 'Ensures searches and apprehensions of women are carried out by women.',
        body: [
          'The Company shall assess, as part of the Risk Assessment, the particular risks that the security arrangements pose to women, children, older persons, indigenous peoples and other groups at heightened risk near the Site, and shall share the findings with the Command.',
          {
            p: 'The Command shall ensure that:',
            items: ['the number of women officers serving in the Assigned Forces on each shift is at least {{femaleOfficersMin}}; and', 'any search of a woman is carried out by a woman officer.'],
          },
          'The Command shall ensure that the Assigned Forces inform a parent, guardian or the child-protection authority of the Host State without delay whenever they apprehend a child.',
          'The Company shall ensure that women and children can make a complaint through the Grievance Mechanism to a woman member of its staff and in the local languages.',
        ],
      },
      {
        id: 'women-officers-where-available',
        label: 'Women officers where available',
        rationale: 'For a force with few women officers; searches of women still by women.',
        body: [
          'The Company shall assess, as part of the Risk Assessment, the particular risks that the security arrangements pose to women, children, older persons, indigenous peoples and other groups at heightened risk near the Site, and shall share the findings with the Command.',
          {
            p: 'The Command shall ensure that:',
            items: ['the number of women officers serving in the Assigned Forces on each shift is at least {{femaleOfficersMin}}, wherever the Command has that number of women officers available; and', 'any search of a woman is carried out by a woman officer.'],
          },
          'The Command shall ensure that the Assigned Forces inform a parent, guardian or the child-protection authority of the Host State without delay whenever they apprehend a child.',
          'The Company shall ensure that women and children can make a complaint through the Grievance Mechanism to a woman member of its staff and in the local languages.',
        ],
      },
    ],
  },
];
