// Runtime: any (pure data). House provision for foreseeable protests, road blocks and crowds:
// crowd control is a public-security task (Toolkit, Relationship between public and private
// security, C); the Provider protects the Site, de-escalates, and reports.
import type { Block, ClauseInput } from '../../schema.ts';

const rolesAndTraining: Block[] = [
  'The Parties acknowledge that the management of crowds, protests and road blocks is primarily a task of the Public Security Forces, and that Personnel have no power to disperse a crowd.',
  'The Provider shall ensure that each member of its Personnel deployed at the Site has completed, before first deployment, the training in conflict management and crowd control under {@training-programme}, including a practical exercise in de-escalating a crowd at the Site.',
];

const reportAndRespect: Block = {
  p: 'The Provider shall ensure that its Personnel:',
  items: [
    'inform the Company and the Public Security Forces as soon as a crowd, protest or road block forms or is expected at or near the Site;',
    'respect the rights of participants to peaceful assembly and expression, and do not photograph or film peaceful participants except to record an Incident; and',
    'report every use of force or equipment during a crowd event in accordance with {@incident-reporting}.',
  ],
};

export const crowdControlLimits: ClauseInput = {
  id: 'crowd-control-limits',
  version: 1,
  title: 'Crowds and protests',
  topic: 'Use of force',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'crowdControlRisk', is: true },
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C', note: 'crowd control and public order are primarily public-security tasks' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Equipment (public security)' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Use of force (public security)' },
  ],
  guidance:
    'Applies where protests, road blocks or crowds at the Site are foreseeable. The Toolkit (C) says crowd control and public order are primarily for public security, and asks for conflict-management training, whose hours are set in the training plan. Private guards facing a crowd with batons or firearms are the classic route to a fatal incident and to the Company being named in it. The preferred position confines Personnel to protecting the perimeter and de-escalating. Where public security is far away, providers ask for authority to use less-lethal equipment to keep a crowd out of the Site; the fallback allows it only at the perimeter, on the Company\'s instruction and in defence against violence, but it still falls below the Toolkit practice and exposes the Company if the crowd was largely peaceful.',
  alternatives: [
    {
      id: 'contain-and-report',
      label: 'Protect the perimeter, de-escalate, report',
      rationale: 'Keeps Personnel out of crowd control, which is a public-security task.',
      body: [
        ...rolesAndTraining,
        {
          p: 'If a crowd, protest or road block forms at or near the Site, the Provider shall ensure that its Personnel:',
          items: [
            'withdraw behind the Site perimeter and protect the persons and property inside it;',
            'use communication and de-escalation only, and keep a safe distance from participants;',
            'do not disperse, pursue or detain participants, and do not seize their property; and',
            'do not use firearms or less-lethal equipment against participants, except in individual self-defence or defence of others under the Rules for the Use of Force.',
          ],
        },
        reportAndRespect,
      ],
    },
    {
      id: 'perimeter-defence',
      label: 'Less-lethal defence of the perimeter',
      rationale: 'For remote sites where public security cannot arrive before a crowd reaches the perimeter.',
      belowStandard: {
        standard: 'DCAF/ICRC Toolkit, Relationship between public and private security, C',
        risk: 'The Toolkit treats crowd control as a public-security task; private guards using less-lethal equipment against a crowd risk injuring peaceful participants and drawing the Company into a public-order incident.',
      },
      body: [
        ...rolesAndTraining,
        {
          p: 'If a crowd, protest or road block forms at or near the Site, the Provider shall ensure that its Personnel:',
          items: [
            'withdraw behind the Site perimeter and protect the persons and property inside it;',
            'use communication and de-escalation first, and keep a safe distance from participants;',
            'do not disperse, pursue or detain participants outside the Site, and do not seize their property;',
            'use less-lethal equipment only at the Site perimeter, only on the instruction of the Company\'s security manager, and only against participants who are using violence; and',
            'never use firearms against participants except in individual self-defence or defence of others under the Rules for the Use of Force.',
          ],
        },
        reportAndRespect,
      ],
    },
  ],
};
