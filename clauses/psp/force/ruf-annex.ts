// Runtime: any (pure data). The Rules for the Use of Force as an annex: the text each guard
// receives, in plain second-person words. The contractual limits are in use-of-force.ts; this
// annex puts them in the order a guard meets them on shift (avoid, escalate, stop, report).
// Two versions, chosen by the facts: an unarmed agreement carries no firearms rules at all.
import type { Block, ClauseInput } from '../../schema.ts';

const opening: Block[] = [
  { note: 'These rules form part of the Agreement. Every guard receives a copy in a language the guard understands and signs to confirm receipt. Where any other instruction differs from these rules, follow these rules.' },
  { h: 'Your first duty: avoid force' },
  {
    p: 'Always try to resolve a situation without force. Before you use any force:',
    items: [
      'keep a safe distance and stay calm;',
      'talk to the person, explain who you are and what you need them to do;',
      'call your supervisor and, where needed, the police; and',
      'step back and wait for help if waiting does not put anyone in danger.',
    ],
  },
  { h: 'When you may use force' },
  {
    p: 'You may use force only when there is no other way to:',
    items: [
      'protect yourself or another person from violence that is happening or about to happen;',
      'stop a person who is committing a crime against people or property you are protecting, after telling the person to stop; or',
      'apprehend a person, where the Agreement allows apprehension, and only under its rules.',
    ],
  },
  'Use only the force you need, for only as long as you need it. Stop as soon as the threat has ended or the person is under control.',
  { h: 'Step by step' },
];

const steps = [
  'Presence: be visible and identifiable as security.',
  'Words: give clear, calm instructions and warnings.',
  'Hands: hold or guide the person only as much as is needed to control them.',
  'Less-lethal equipment: use a baton, spray, handcuffs or a dog only if the Agreement authorises it, you are trained in it, and lower steps have failed.',
];
const stepsLead = 'Move to a higher step only when a lower step has not worked or clearly will not work. Move down as soon as you can.';

const firearmsRules: Block[] = [
  { h: 'Firearms (only for guards authorised to carry one)' },
  {
    p: 'You may fire at a person only:',
    items: [
      'to protect yourself or another person from an imminent threat of death or serious injury; or',
      'to prevent a particularly serious crime that puts lives in grave danger,',
    ],
    then: 'and only if less dangerous means are not enough.',
  },
  'Before you fire, shout who you are and that you will fire, and give the person time to obey, unless that would put someone at immediate risk of death or serious injury.',
  {
    p: 'Never:',
    items: [
      'fire warning shots;',
      'fire at someone who is running away, unless that person is an immediate threat to the life of others;',
      'fire at or from a moving vehicle, unless that is the only way to stop an imminent threat of death or serious injury;',
      'fire into a crowd;',
      'fire to protect property alone; or',
      'carry a firearm into a room where a person is being held.',
    ],
  },
];

const neverRules = [
  'do not torture, beat or humiliate anyone, and do not threaten to do so;',
  'do not use force on a person who is already under control or restrained;',
  'do not use force to punish, to take revenge or to get information;',
  'do not use force to stop a person who is being held from running away;',
  'do not use force against people who are protesting peacefully; or',
];

const closing: Block[] = [
  'If anyone orders you to break these rules, refuse and tell your supervisor. You will not be disciplined for refusing.',
  { h: 'After any use of force' },
  {
    p: 'As soon as it is safe:',
    items: [
      'make the area safe and check whether anyone is injured;',
      'give first aid and call for medical help for anyone injured, including the person you used force against;',
      'tell your supervisor at once;',
      'do not move or clean up anything that may be evidence, unless you must do so to save life; and',
      'write down what happened, in your own words, on the form in {@annex-incident-report-form} before the end of your shift.',
    ],
  },
  'Your supervisor reports the Incident to the Company under {@incident-reporting}.',
];

export const rulesForUseOfForceAnnex: ClauseInput = {
  id: 'annex-rules-for-use-of-force',
  version: 1,
  role: 'annex',
  title: 'Rules for the Use of Force',
  topic: 'Use of force',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶29–32' },
    { standard: 'ICoC', ref: '¶34–35', note: 'apprehension; no torture or cruel, inhuman or degrading treatment' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A', note: 'use-of-force continuum and de-escalation' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
    { standard: 'DCAF Contract Guidance Tool', ref: '§2.4' },
    { standard: 'good practice', note: 'graduated response, warnings and after-action steps, modelled on law-enforcement rules (UN Basic Principles on the Use of Force and Firearms, 1990)' },
  ],
  guidance:
    'The annex is written for the guard, not the lawyer: second person, short sentences, the order of events on shift. It must be translated into every language the Personnel read (the body clause requires a copy per guard) and is the natural basis for a pocket card. The version follows the weapons clause: where Personnel are armed, the firearms part restates the limits of the firearms clause in plain words, so that armed and unarmed guards carry one document; an unarmed agreement carries no firearms rules at all. Do not add tactical detail (positions, weapon drills): that belongs in the Provider\'s standing orders, which must not go beyond these rules. If a Provider asks to replace this annex with its own rules, use the fallback of the Rules for the Use of Force clause instead: this annex stays as the floor.',
  alternatives: [
    {
      id: 'armed',
      label: 'Rules with firearms',
      rationale: 'Plain-language rules that implement ICoC ¶29–32, including ¶31 on firearms, for every guard on the Site.',
      conflictsWhen: { fact: 'armedPersonnel', is: false },
      body: [
        ...opening,
        { p: stepsLead, items: [...steps, 'Firearm: only if you are authorised to carry one, and only under the firearms rules below.'] },
        ...firearmsRules,
        { h: 'Never, in any circumstances' },
        {
          p: 'Whatever you are told and whoever tells you:',
          items: [...neverRules, 'do not carry or use any weapon or equipment that the Agreement does not authorise, including your own weapon or a weapon issued to you by the police or the armed forces.'],
        },
        ...closing,
      ],
    },
    {
      id: 'unarmed',
      label: 'Rules without firearms',
      rationale: 'Plain-language rules that implement ICoC ¶29–30 for guards who carry no firearm.',
      conflictsWhen: { fact: 'armedPersonnel', is: true },
      body: [
        ...opening,
        { p: stepsLead, items: steps },
        { h: 'Never, in any circumstances' },
        {
          p: 'Whatever you are told and whoever tells you:',
          items: [...neverRules, 'do not carry or use a firearm or any other weapon or equipment that the Agreement does not authorise, including your own weapon or a weapon issued to you by the police or the armed forces.'],
        },
        ...closing,
      ],
    },
  ],
};
