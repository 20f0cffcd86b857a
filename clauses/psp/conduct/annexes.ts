// Runtime: any (pure data). PSP conduct group: the code-of-conduct card every guard carries and
// the Incident Report form. The Training Plan annex lives with the training clauses.
import type { ClauseInput } from '../../schema.ts';

export const annexCodeOfConductCard: ClauseInput = {
  id: 'annex-code-of-conduct-card',
  version: 1,
  title: 'Code of Conduct Card',
  topic: 'Conduct',
  kinds: ['psp-contract'],
  role: 'annex',
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A', note: 'pocket book with the key points of the code of conduct' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Internal company codes of conduct on sexual exploitation and abuse', note: 'code translated into languages Personnel understand' },
    { standard: 'ICoC', ref: '¶30' },
    { standard: 'ICoC', ref: '¶34' },
    { standard: 'ICoC', ref: '¶35' },
    { standard: 'ICoC', ref: '¶38' },
  ],
  guidance:
    'The Toolkit recommends a pocket book with the key points of the code of conduct for guards (Relationship between public and private security, A). This card summarises the Agreement in words a guard understands; it creates no obligation of its own, and the clauses prevail. ' +
    'Keep it to one page: translate it into every language Personnel speak and test it on a few guards before printing. ' +
    'Fill in the reporting number before signature; a card without a working number is useless on a night shift.',
  variables: [
    { name: 'cardReportingContact', type: 'text', label: 'Telephone number guards call to report an Incident or a concern', help: 'A number answered 24 hours a day, e.g. the Provider\'s control room.' },
  ],
  alternatives: [
    {
      id: 'pocket-card',
      label: 'One-page pocket card',
      rationale: 'The summary a guard can read in two minutes and carry on duty.',
      body: [
        { note: 'Carry this card on duty. It summarises the rules in this Agreement; if in doubt, ask your supervisor.' },
        { h: 'You may' },
        {
          p: 'While on duty you may:',
          items: [
            'check the identity and bags of people entering the Site, as your post orders say;',
            'refuse entry to anyone who has no permission to enter;',
            'defend yourself or another person against an attack that is about to happen, using only the force you need to stop it; and',
            'hold a person only where the Agreement allows apprehension, and then only to stop violence that is about to happen, or just after that person attacked or committed a crime against people or property you protect, and only until you hand the person to the police or other Competent Authority, as soon as possible.',
          ],
        },
        { h: 'You must' },
        {
          p: 'Always:',
          items: [
            'be polite and respectful to everyone, whatever their sex, ethnic group, religion, language or origin;',
            'wear your uniform and your identification where people can see them;',
            'try to calm a situation with words before anything else, and follow the Rules for the Use of Force;',
            'give first aid to anyone who is hurt, including a person you have stopped, and call for medical help;',
            'report every Incident to your supervisor at once and help complete the Incident Report; and',
            'tell your supervisor, or use the Grievance Mechanism, if you see anyone break these rules. You will not be punished for reporting.',
          ],
        },
        { h: 'You must never' },
        {
          p: 'Never:',
          items: [
            'hit, torture, humiliate or threaten anyone, or use force to punish;',
            'use more force than you need, or any weapon or equipment you were not issued and trained to use at this Site;',
            'ask for or accept sex, money, gifts or favours from anyone, or pay for sex;',
            'have sex with anyone under 18 years old;',
            'search a woman if you are a man: call a female guard;',
            'confront a protest or a crowd: keep your distance, call your supervisor and leave crowd control to the police, unless a life is in danger right now;',
            'drink alcohol or take drugs before or during duty; or',
            'let anyone under 18 work at the Site or for your employer.',
          ],
        },
        { h: 'Report' },
        'Call {{cardReportingContact}} at any time to report an Incident or a concern. You may report without giving your name.',
      ],
    },
  ],
};

export const annexIncidentReportForm: ClauseInput = {
  id: 'annex-incident-report-form',
  version: 1,
  title: 'Incident Report Form',
  topic: 'Reporting',
  kinds: ['psp-contract'],
  role: 'annex',
  sources: [
    { standard: 'DCAF Contract Guidance Tool', ref: '§4.1.3' },
    { standard: 'IFC Good Practice Handbook: Use of Security Forces', ref: 'Annex: sample incident report summary template', note: 'template content unverified; fields drafted from good practice' },
  ],
  guidance:
    'The form makes Incident Reports comparable and complete: who was involved, what force or equipment was used and why, who was hurt and what aid was given, who was told and when. The Contract Guidance Tool lists the incident types to cover; the IFC handbook has a sample template whose content could not be verified, so the fields are drafted from good practice. ' +
    'The form carries no obligations: deadlines and recipients are in the incident reporting clause. Providers may use their own form if it captures at least these fields.',
  variables: [],
  alternatives: [
    {
      id: 'incident-report-form',
      label: 'Incident Report form',
      rationale: 'A form with blank rows that Personnel can complete by hand at the post.',
      body: [
        { note: 'Complete this form for every Incident and send it to the Company within the time set in {@incident-reporting}. Attach photographs, statements and any record of apprehension and hand-over.' },
        { h: 'Report' },
        {
          table: {
            header: ['Item', 'Details'],
            rows: [
              ['Report number', ''],
              ['Date and time of this report', ''],
              ['Reported by (name, post, identification number)', ''],
              ['Provider contact for follow-up', ''],
            ],
          },
        },
        { h: 'The Incident' },
        {
          table: {
            header: ['Item', 'Details'],
            rows: [
              ['Date and time of the Incident', ''],
              ['Exact location', ''],
              ['What happened, in order', ''],
              ['What led to it', ''],
              ['Public Security Forces present or called (who, when)', ''],
            ],
          },
        },
        {
          table: {
            header: ['Type of Incident (tick all that apply)', 'Tick'],
            rows: [
              ['Use of a weapon, less-lethal equipment or a dog', ''],
              ['Use of physical force', ''],
              ['Death or injury', ''],
              ['Damage to property', ''],
              ['Apprehension or restraint of a person', ''],
              ['Traffic accident', ''],
              ['Incident with Public Security Forces, an armed force or another security provider', ''],
              ['Loss or theft of a weapon, ammunition or equipment', ''],
              ['Suspected torture or ill-treatment, sexual exploitation or abuse, gender-based violence, trafficking or child labour', ''],
              ['Other (describe)', ''],
            ],
          },
        },
        { h: 'Persons involved' },
        { table: { header: ['Name, if known', 'Role (Personnel, community member, Public Security Forces, other)', 'Sex and approximate age', 'Injury', 'Aid given, by whom and when'], rows: [], blankRows: 5 } },
        { h: 'Force, weapons and equipment used' },
        { table: { header: ['Used by', 'Force, weapon or equipment', 'Reason', 'Warning given', 'Result'], rows: [], blankRows: 4 } },
        { h: 'Witnesses' },
        { table: { header: ['Name', 'How to contact', 'Statement attached (yes or no)'], rows: [], blankRows: 3 } },
        { h: 'Who was told' },
        {
          table: {
            header: ['Told', 'Date and time', 'By whom', 'Reference'],
            rows: [
              ['Company security manager', '', '', ''],
              ['Competent Authority', '', '', ''],
              ['Medical services', '', '', ''],
              ['Other', '', '', ''],
            ],
          },
        },
        { h: 'Action taken and follow-up' },
        { table: { header: ['Action', 'By whom', 'Date'], rows: [], blankRows: 3 } },
        { h: 'Signatures' },
        {
          table: {
            header: ['Role', 'Name', 'Signature', 'Date'],
            rows: [
              ['Reporting person', '', '', ''],
              ['Supervisor', '', '', ''],
            ],
          },
        },
      ],
    },
  ],
};
