// Runtime: any (pure data). PSP conduct group: the Provider and the people around the Site —
// communication with communities, safeguards for women and vulnerable groups, and the
// particular duties of a local Provider recruiting from those communities.
import type { Block, ClauseInput } from '../../schema.ts';

const communityTopics: Block = {
  p: 'The Provider shall, together with the Company, inform the communities around the Site of:',
  items: [
    'what Personnel are allowed to do and what they are forbidden to do, as summarised in {@annex-code-of-conduct-card};',
    'the main points of the Rules for the Use of Force;',
    'how to identify Personnel and tell them apart from the Public Security Forces; and',
    'how to raise a Grievance, including anonymously, and the protection given to those who raise one.',
  ],
};

const coordination =
  'The Provider shall coordinate all its communication with communities about the Services with the Company, and shall tell the Company of any concern about the Services raised by a member of a community within 2 Business Days after it is raised.';

export const communityCommunication: ClauseInput = {
  id: 'community-communication',
  version: 1,
  title: 'Communication with communities',
  topic: 'Communities',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Important issues for community communication and consultation' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C', note: 'rules communicated to local communities' },
  ],
  guidance:
    'Communities can only hold guards to their rules, and use the grievance mechanism, if they know them: the Toolkit asks companies to share the applicable codes and rules, the rights and duties of security personnel and the complaint channels with the communities around a site (Important issues for community communication and consultation; Relationship between public and private security, C). ' +
    'The Company normally leads community engagement; the Provider supplies content and attends. The fallback limits the Provider to written material and notices, which is acceptable where the Company runs a strong engagement programme of its own. ' +
    'Name every language spoken around the Site: the grievance and local-workforce clauses refer to this list.',
  variables: [
    { name: 'communityLanguages', type: 'list', label: 'Languages of the communities around the Site', help: 'Every language spoken around the Site, e.g. English, Twi and Ewe.', minItems: 1 },
    { name: 'communityMeetingMonths', type: 'integer', label: 'Interval between community meetings', min: 1, max: 12, unit: 'months', default: 6 },
  ],
  alternatives: [
    {
      id: 'provider-attends-meetings',
      label: 'Provider takes part in community meetings',
      rationale: 'Communities meet the people responsible for the guards and can put questions to them directly.',
      body: [
        communityTopics,
        'The Provider shall give this information in {{communityLanguages}}, in writing and orally, at community meetings organised by the Company at least once every {{communityMeetingMonths}} months, and shall send to each meeting a senior representative able to answer questions about the Services.',
        'The Provider shall display the information described in {@community-communication} at each entrance to the Site and at each post open to the public, in {{communityLanguages}}.',
        coordination,
      ],
    },
    {
      id: 'written-material-only',
      label: 'Provider supplies written material; the Company holds the meetings',
      rationale: 'Where the Company runs its own community engagement programme and prefers to speak for the Site.',
      body: [
        communityTopics,
        'The Provider shall give the Company this information in writing, in {{communityLanguages}}, for use at the community meetings the Company holds at least once every {{communityMeetingMonths}} months, and shall display it at each entrance to the Site and at each post open to the public.',
        coordination,
      ],
    },
  ],
};

const vulnerableGroupsCommon: Block[] = [
  'The Provider shall ensure that its Personnel treat any person who appears to be under the age of 18 years as a child, do not question a child about any suspected offence, and contact the child\'s parent or guardian, or the child-protection authority, as soon as possible whenever a child is involved in an Incident.',
  'The Provider shall give the Company, within {{riskAssessmentDays}} calendar days after the Effective Date and then at least once every 12 months, a written assessment of the risks that the Services pose to women, children, older persons, persons with disabilities and indigenous peoples living or working near the Site, with the measures it will take to reduce each risk, and shall take those measures.',
  'The Provider shall ensure that its Personnel do not enter places of cultural or religious importance to indigenous peoples that the Company has identified to it, except to protect life in an emergency.',
];

export const vulnerableGroupsSafeguards: ClauseInput = {
  id: 'vulnerable-groups-safeguards',
  version: 1,
  title: 'Women, children and other vulnerable groups',
  topic: 'Communities',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'vulnerableGroupsPresent', is: true },
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Training (working with private security providers)', note: 'gender and sexual exploitation training' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C', note: 'female guard available' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Use of force (public security)', note: 'risk assessment by group: women, children, older persons, indigenous peoples' },
    { standard: 'good practice', note: 'searches of women by women; dealing with children' },
  ],
  guidance:
    'Where women, children, indigenous peoples or other vulnerable groups live or work near the Site, the Toolkit asks for female guards, gender and sexual-exploitation training and a risk assessment that looks at each group separately. Training content is in the training clauses; the presence of a female guard when a woman is apprehended is in the apprehension safeguards. ' +
    'Small contingents may not have a woman on every shift. The fallback (a female guard on call within a set time, and no search of a woman until she arrives) is acceptable for low-traffic Sites; it is weak where women pass through checkpoints daily.',
  variables: [
    { name: 'femaleGuardsPerShift', type: 'integer', label: 'Female Personnel on duty at the Site on each shift', min: 1, max: 20, default: 1 },
    { name: 'femaleGuardCallMinutes', type: 'integer', label: 'Time for a female guard to arrive when called (fallback)', min: 10, max: 120, unit: 'minutes', default: 30 },
    { name: 'riskAssessmentDays', type: 'integer', label: 'Time to deliver the risk assessment by group', min: 7, max: 90, unit: 'calendar days', default: 30 },
  ],
  alternatives: [
    {
      id: 'female-guards-on-every-shift',
      label: 'Female Personnel on every shift',
      rationale: 'A woman is always on duty to search, assist or receive complaints from women.',
      body: [
        'The Provider shall ensure that the number of female Personnel on duty at the Site during each shift is at least {{femaleGuardsPerShift}}, and that any search of a woman\'s person or clothing is carried out only by a female member of Personnel and out of public view.',
        ...vulnerableGroupsCommon,
      ],
    },
    {
      id: 'female-guard-on-call',
      label: 'Female Personnel on call',
      rationale: 'For small contingents where a woman cannot be rostered on every shift.',
      body: [
        'The Provider shall ensure that, during each shift, a female member of Personnel can reach any post at the Site within {{femaleGuardCallMinutes}} minutes after being called, and that any search of a woman\'s person or clothing is carried out only by a female member of Personnel, out of public view, and not before she arrives.',
        ...vulnerableGroupsCommon,
      ],
    },
  ],
};

const localWorkforceCommon: Block[] = [
  {
    p: 'The Provider shall ensure that:',
    items: [
      'each guard has at least {{guardEducation}};',
      'each supervisor has at least {{supervisorExperienceYears}} years\' experience in security work, including at least 1 year as a supervisor; and',
      'at each post, on each shift, at least 1 member of Personnel speaks one of the languages of the communities listed in {@community-communication}.',
    ],
  },
  'Before first deploying Personnel, and within 5 Business Days after any significant change, the Provider shall brief the Company in writing on relations between the communities around the Site, including any ethnic, clan, land or political tensions, and on the ties of its Personnel to those communities. The Provider shall not assign a member of Personnel to a post where that person\'s family or community ties create a conflict of interest or a risk of reprisals.',
  'The Provider shall recruit Personnel from the communities around the Site through a publicly advertised process, open to women and to every community group, and shall give the Company the criteria and results of each recruitment round on request.',
];

export const localWorkforceAndCommunityRelations: ClauseInput = {
  id: 'local-workforce-and-community-relations',
  version: 1,
  title: 'Local workforce and community relations',
  topic: 'Communities',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'localProvider', is: true },
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Local procurement, A' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Local procurement (3rd ed. 2016, §3.4)' },
  ],
  guidance:
    'A local Provider brings local languages and knowledge but also the community\'s tensions: guards may belong to one side of a land, clan or ethnic dispute. The Toolkit (Local procurement) asks companies to check education and experience for each post, local languages, knowledge of community relations and tensions, and whether the local entity itself holds ICoCA membership or certification. ' +
    'Set the education and experience levels to what the posts really need; too high a bar excludes local recruits and defeats the purpose of local procurement. ' +
    'The fallback accepts a local entity that is not yet covered by the ICoCA status of its group, if it applies within a set period; that is common for new branches but leaves the Site without ICoCA oversight meanwhile.',
  variables: [
    { name: 'guardEducation', type: 'text', label: 'Minimum education of guards', default: 'primary education, with the ability to read and write reports in a language of the Site' },
    { name: 'supervisorExperienceYears', type: 'integer', label: 'Minimum experience of supervisors', min: 1, max: 15, unit: 'years', default: 3 },
    { name: 'icocaApplicationMonths', type: 'integer', label: 'Time for the local entity to apply to the ICoCA (fallback)', min: 1, max: 12, unit: 'months', default: 6 },
  ],
  alternatives: [
    {
      id: 'local-entity-covered',
      label: 'Local entity already covered by the ICoCA status',
      rationale: 'The Site benefits from ICoCA oversight from the first day.',
      body: [
        ...localWorkforceCommon,
        'The Provider represents that the legal entity that employs the Personnel at the Site is itself covered by the ICoCA membership or certification that the Provider declared to the Company before signing this Agreement.',
      ],
    },
    {
      id: 'local-entity-to-apply',
      label: 'Local entity applies to the ICoCA within a set period',
      rationale: 'For a new local branch not yet covered by its group\'s ICoCA status.',
      body: [
        ...localWorkforceCommon,
        'The Provider shall ensure that the legal entity that employs the Personnel at the Site applies for ICoCA membership within {{icocaApplicationMonths}} months after the Effective Date, and shall give the Company a copy of the application and of every decision on it.',
      ],
    },
  ],
};
