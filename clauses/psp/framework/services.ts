// Runtime: any (pure data). What the Provider is engaged to do: the mandate (armed or unarmed,
// posts, local staff), the standard of performance and service levels, and the staffing of posts.
// The schedule of posts and rates is the annex these clauses point to.
import type { ClauseInput } from '../../schema.ts';

const kinds: ClauseInput['kinds'] = ['psp-contract'];

const scopeVariables: ClauseInput['variables'] = [
  {
    name: 'serviceTasks',
    label: 'Security tasks included in the Services',
    type: 'list',
    minItems: 1,
    default: [
      'static guarding of the Site perimeter and facilities',
      'access control at Site entrances with identity and vehicle checks',
      'mobile patrols within the Site',
      'monitoring of alarms and closed-circuit television',
      'escort of Company staff and visitors within the Site',
    ],
  },
  { name: 'numberOfPosts', label: 'Number of security posts', type: 'integer', min: 1, max: 500 },
  {
    name: 'localStaffShare',
    label: 'Minimum share of Personnel recruited from the Territorial State',
    type: 'percentage',
    min: 0,
    max: 100,
    help: 'Agree this figure from the local-procurement assessment; the share is measured by headcount at the end of each calendar quarter.',
  },
  {
    name: 'operatingContext',
    label: 'Operating context at the Site',
    type: 'text',
    maxLength: 800,
    help: 'One or two sentences from the security and human-rights risk assessment: the setting, known tensions, the presence of communities and of Public Security Forces.',
  },
];

const scopeOpening = [
  'The Provider shall provide the Services at the Site from the Effective Date. The Services comprise {{serviceTasks}}, at the {{numberOfPosts}} posts listed in {@annex-posts-and-rates}.',
  'The Parties record that the Services are performed in the following operating context, which the Provider has reviewed before entering into this Agreement: {{operatingContext}}',
];

const localShare =
  'The Provider shall ensure that at least {{localStaffShare}} of the Personnel, measured by headcount at the end of each calendar quarter, are nationals or permanent residents of the Territorial State.';

export const servicesClauses: ClauseInput[] = [
  {
    id: 'mandate-scope-of-services',
    version: 1,
    title: 'Scope of the Services',
    topic: 'services',
    kinds,
    variables: scopeVariables,
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Requests for proposals and selection of potential contractors', note: 'definition of the mandate: services, armed or unarmed, posts, share of local staff' },
      { standard: 'Montreux Document', ref: 'Part Two A.I', note: 'determination of services' },
      { standard: 'DCAF/ICRC Toolkit', ref: 'Security equipment and use of force, A' },
    ],
    guidance:
      'The mandate (standards.md §2.2). Every later clause depends on it: the armed or unarmed statement decides whether the firearms, weapons-management and weapons-training clauses apply, and a mismatch with the engagement facts is a blocking finding. The Toolkit advises authorising firearms only where they reduce the risk of violence, so the unarmed position is preferred; choose the armed alternative only when the risk assessment supports it, and then only at posts designated as armed in the schedule. Describe the operating context from the risk assessment: it records what the Provider knew when it priced the Services and rebuts a later claim that unrest or community protest was unforeseeable. Providers sometimes resist a local-staff share; agree a realistic figure rather than dropping it, since local recruitment is also a community-relations measure.',
    alternatives: [
      {
        id: 'unarmed',
        label: 'Unarmed services',
        rationale: 'Preferred: firearms are authorised only where the risk assessment shows they reduce the risk of violence.',
        conflictsWhen: { fact: 'armedPersonnel', is: true },
        body: [
          ...scopeOpening,
          'The Services are unarmed. The Provider shall perform them without firearms; the equipment Personnel may carry is limited to that authorised under {@weapons-authorisation-and-equipment}.',
          localShare,
        ],
      },
      {
        id: 'armed',
        label: 'Armed services at designated posts',
        rationale: 'For Sites where the risk assessment shows that armed protection reduces the risk of violence.',
        conflictsWhen: { fact: 'armedPersonnel', is: false },
        body: [
          ...scopeOpening,
          'The Services include armed guarding. The Provider shall deploy armed Personnel only at the posts designated as armed in {@annex-posts-and-rates}, and only with the firearms and ammunition authorised under {@weapons-authorisation-and-equipment}; all other posts are unarmed.',
          localShare,
        ],
      },
    ],
  },
  {
    id: 'services-and-service-levels',
    version: 1,
    title: 'Standard of performance and service levels',
    topic: 'services',
    kinds,
    variables: [
      { name: 'alarmResponseMinutes', label: 'Response time to an alarm within the Site', type: 'integer', min: 1, max: 120, unit: 'minutes', default: 10 },
      { name: 'postCoverage', label: 'Minimum share of rostered post-hours staffed each month', type: 'percentage', min: 80, max: 100, default: 99 },
      { name: 'reportBusinessDays', label: 'Monthly report due after month end', type: 'integer', min: 1, max: 20, unit: 'Business Days', default: 5 },
      { name: 'remediationBusinessDays', label: 'Remediation plan due after notice of a failure', type: 'integer', min: 1, max: 30, unit: 'Business Days', default: 10 },
    ],
    sources: [{ standard: 'good practice', note: 'service levels of international facility and security services agreements' }],
    guidance:
      'Commercial core of the Agreement. Service levels should measure what protects people as well as property: post coverage and alarm response, but also on-time Incident reports and Grievance handling, which the monthly report shows. Providers push back on alarm-response times at large Sites; set the figure per zone in the schedule of posts rather than dropping it. Financial consequences of a missed service level sit in the price-and-incentives clause, not here, so that the two do not overlap. The fallback drops the numeric service levels in favour of a performance plan agreed after mobilisation: acceptable only for a short mobilisation period.',
    alternatives: [
      {
        id: 'numeric-service-levels',
        label: 'Numeric service levels from the Effective Date',
        rationale: 'Gives both Parties measurable targets from the first day.',
        body: [
          'The Provider shall perform the Services with the skill, care and diligence of a competent and experienced provider of security services operating in comparable conditions, and in accordance with this Agreement.',
          {
            p: 'The Provider shall meet the following service levels in each calendar month:',
            items: [
              'post coverage: at least {{postCoverage}} of the rostered post-hours set out in {@annex-posts-and-rates} staffed;',
              'alarm response: Personnel in attendance at every alarm within the Site within {{alarmResponseMinutes}} minutes after the alarm is raised; and',
              'reporting: every Incident Report delivered within the time required by {@incident-reporting}.',
            ],
          },
          'The Provider shall deliver to the Company, within {{reportBusinessDays}} Business Days after the end of each calendar month, a written report on its performance against each service level, a summary of the registers of Incidents and of Grievances kept under {@incident-reporting} and {@grievance-mechanism}, stating the number, types and status of the entries without naming any complainant who asked for confidentiality, and the status of every corrective action.',
          'If the Provider fails to meet a service level, it shall deliver to the Company, within {{remediationBusinessDays}} Business Days after the Company\'s notice of the failure, a written remediation plan stating the cause, the measures it will take and the date by which it will meet the service level again, and shall implement that plan.',
        ],
      },
      {
        id: 'agreed-after-mobilisation',
        label: 'Service levels agreed after mobilisation',
        rationale: 'For a new Site without operating history; the targets are fixed once real conditions are known.',
        body: [
          'The Provider shall perform the Services with the skill, care and diligence of a competent and experienced provider of security services operating in comparable conditions, and in accordance with this Agreement.',
          'Within 60 calendar days after the Effective Date, the Parties shall agree in writing numeric service levels for post coverage, alarm response and reporting, which then form part of {@annex-posts-and-rates}. Until then, the Provider shall staff every rostered post-hour and have Personnel attend every alarm within {{alarmResponseMinutes}} minutes.',
          'The Provider shall deliver to the Company, within {{reportBusinessDays}} Business Days after the end of each calendar month, a written report on its performance, a summary of the registers of Incidents and of Grievances kept under {@incident-reporting} and {@grievance-mechanism}, stating the number, types and status of the entries without naming any complainant who asked for confidentiality, and the status of every corrective action.',
        ],
      },
    ],
  },
  {
    id: 'personnel-numbers-and-posts',
    version: 1,
    title: 'Staffing of posts',
    topic: 'services',
    kinds,
    variables: [
      { name: 'reliefMargin', label: 'Relief pool above rostered strength', type: 'percentage', min: 0, max: 50, default: 10 },
      { name: 'numberOfGuards', label: 'Minimum number of Personnel assigned to the Site', help: 'The strength the Provider committed to in its tender, relief pool included.', type: 'integer', min: 1, max: 5000 },
      { name: 'siteManagerName', label: 'Name of the Provider\'s site manager', type: 'text', maxLength: 120 },
      { name: 'postChangeNotice', label: 'Notice for a change in posts', type: 'duration', units: ['calendar days'], min: 1, max: 90, default: { amount: 14, unit: 'calendar days' } },
    ],
    sources: [
      { standard: 'DCAF/ICRC Toolkit', ref: 'Requests for proposals and selection of potential contractors', note: 'number of posts' },
      { standard: 'good practice' },
    ],
    guidance:
      'Turns the number of posts in the scope clause into a staffing duty. The relief pool stops a Provider covering absences by extending shifts, which is both a welfare risk and a use-of-force risk (fatigued guards escalate). The site manager is named because accountability on the ground depends on one identifiable person. Providers resist a fixed relief margin; 10% is typical, and below 5% post coverage usually suffers. The fallback lets the Provider change the site manager on notice instead of with consent: acceptable where the Provider rotates managers between Sites.',
    alternatives: [
      {
        id: 'consent-for-site-manager',
        label: 'Site manager changed only with consent',
        rationale: 'Keeps one accountable manager whom the Company has accepted.',
        body: [
          'The Provider shall staff each post listed in {@annex-posts-and-rates} with the number of Personnel, for the hours and with the qualifications stated there, and shall keep a relief pool of at least {{reliefMargin}} above rostered strength so that leave, sickness and training never leave a post unstaffed. The Provider shall keep at least {{numberOfGuards}} Personnel assigned to the Site throughout the Term.',
          'The Provider appoints {{siteManagerName}} as its site manager, responsible for the Services and for liaison with the Company. The Provider shall not replace the site manager without the Company\'s prior written consent, except in case of death, illness, resignation or dismissal, in which case it shall appoint a replacement acceptable to the Company within 10 Business Days.',
          'The Company may increase or reduce the number of posts, or change their hours, by notice given at least {{postChangeNotice}} before the change takes effect. The Fees change at the rates set out in {@annex-posts-and-rates}.',
        ],
      },
      {
        id: 'notice-for-site-manager',
        label: 'Site manager changed on notice',
        rationale: 'For Providers that rotate managers between Sites; the Company keeps a right to object.',
        body: [
          'The Provider shall staff each post listed in {@annex-posts-and-rates} with the number of Personnel, for the hours and with the qualifications stated there, and shall keep a relief pool of at least {{reliefMargin}} above rostered strength so that leave, sickness and training never leave a post unstaffed. The Provider shall keep at least {{numberOfGuards}} Personnel assigned to the Site throughout the Term.',
          'The Provider appoints {{siteManagerName}} as its site manager, responsible for the Services and for liaison with the Company. The Provider may replace the site manager by giving the Company at least 20 Business Days\' notice; the Company may object on reasonable grounds within 5 Business Days after the notice, and the Provider shall then propose another candidate.',
          'The Company may increase or reduce the number of posts, or change their hours, by notice given at least {{postChangeNotice}} before the change takes effect. The Fees change at the rates set out in {@annex-posts-and-rates}.',
        ],
      },
    ],
  },
  {
    id: 'annex-posts-and-rates',
    version: 1,
    title: 'Schedule of Posts and Rates',
    topic: 'services',
    kinds,
    role: 'annex',
    sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Requests for proposals and selection of potential contractors', note: 'posts, armed or unarmed, staffing' }],
    guidance:
      'The operational schedule: one row per post. Complete it from the Provider\'s accepted tender. Mark a post armed only if the scope clause uses the armed alternative; every armed post must match the authorised weapons list. Rates must be shown per post so that a change in posts prices itself.',
    alternatives: [
      {
        id: 'schedule',
        label: 'Schedule',
        rationale: 'The only form: a table the Parties complete and initial.',
        body: [
          { h: 'Posts' },
          {
            table: {
              header: ['Post', 'Location on the Site', 'Hours (daily)', 'Personnel per shift', 'Armed or unarmed', 'Minimum qualifications'],
              rows: [],
              blankRows: 8,
            },
          },
          { h: 'Rates' },
          {
            table: {
              header: ['Post or item', 'Unit', 'Rate', 'Currency', 'Notes'],
              rows: [
                ['Guard post, day shift', 'per shift', '', '', ''],
                ['Guard post, night shift', 'per shift', '', '', ''],
                ['Supervisor', 'per month', '', '', ''],
                ['Site manager', 'per month', '', '', ''],
              ],
              blankRows: 4,
            },
          },
          { note: 'Complete one row per post. A post may be marked armed only where {@weapons-authorisation-and-equipment} authorises firearms, and no more posts than it allows.' },
        ],
      },
    ],
  },
];
