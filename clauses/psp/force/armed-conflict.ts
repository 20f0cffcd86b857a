// Runtime: any (pure data). Armed conflict: international humanitarian law applies, and the
// Services must stop short of direct participation in hostilities (Montreux Document; mdforum).
import type { ClauseInput } from '../../schema.ts';

export const armedConflictIhl: ClauseInput = {
  id: 'armed-conflict-ihl',
  version: 1,
  title: 'Armed conflict',
  topic: 'International humanitarian law',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'armedConflict', is: true },
  sources: [
    { standard: 'Montreux Document', note: 'scope and Part Two good practices' },
    { standard: 'Montreux Document Forum', note: 'delineate activities that may lead a provider to participate directly in hostilities' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A', note: 'rules for the conduct of hostilities differ from those for security services' },
  ],
  guidance:
    'Applies where the Site is in an area of armed conflict. Personnel who participate directly in hostilities lose protection as civilians and can draw the Company into the conflict; the Montreux Document and its Forum advise contracts to exclude activities that may amount to direct participation. The list of excluded activities is deliberately concrete; legal advice on international humanitarian law should confirm it for the conflict concerned. The general duty to comply with international humanitarian law sits in the compliance clause; this clause adds what is specific to the conflict. Providers rarely resist; where they ask to guard installations that a party uses, refuse or take specialist advice, because defending a military objective against attack is participation in hostilities. No fallback is offered.',
  alternatives: [
    {
      id: 'standard',
      label: 'Exclude direct participation in hostilities',
      rationale: 'Keeps Personnel civilians under international humanitarian law.',
      body: [
        'The Parties acknowledge that international humanitarian law applies to the armed conflict affecting the Site, and that the Montreux Document describes the good practices that the Parties apply to the Services.',
        {
          p: 'The Services exclude any activity that may amount to direct participation in hostilities. In particular, the Provider shall ensure that its Personnel do not:',
          items: [
            'take part in combat or in military operations of any party to the armed conflict;',
            'defend a military objective against attack by a party to the armed conflict;',
            'gather or pass on military information for a party to the armed conflict;',
            'operate weapon systems, or maintain weapons, for a party to the armed conflict; or',
            'wear uniforms or insignia that could be mistaken for those of the armed forces of a party, or use the red cross, red crescent or red crystal emblem.',
          ],
        },
        'If the Provider becomes aware that a task, instruction or change in the situation may lead its Personnel to participate directly in hostilities, the Provider shall suspend that task at once and notify the Company. The Provider shall not resume the task until the Parties have agreed in writing that it does not amount to direct participation in hostilities.',
      ],
    },
  ],
};
