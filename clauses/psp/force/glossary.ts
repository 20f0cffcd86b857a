// Runtime: any (pure data). Defined terms that only the force group introduces. The core terms
// (Provider, Personnel, Competent Authority, Rules for the Use of Force …) belong to
// psp/framework; a definition cross-refers to the clause that gives the term its content.
import type { ClauseGroup } from '../../group.ts';

export const forceGlossary: ClauseGroup['glossary'] = [
  {
    term: 'Authorised Equipment',
    kinds: ['psp-contract'],
    definition:
      'means the firearms, ammunition, less-lethal equipment and security dogs that this Agreement authorises Personnel to carry or use in performing the Services, as listed in {@weapons-authorisation-and-equipment}.',
    source: { standard: 'DCAF Contract Guidance Tool', ref: '§2.4' },
  },
  {
    term: 'Apprehended Person',
    forms: ['Apprehended Persons'],
    kinds: ['psp-contract'],
    definition:
      'means a person whom Personnel have apprehended in performing the Services, from the moment of apprehension until that person is handed over to the Competent Authority or released.',
    source: { standard: 'ICoC', ref: '¶34' },
  },
  {
    term: 'Off-Duty Officer',
    forms: ['Off-Duty Officers'],
    kinds: ['psp-contract'],
    definition:
      'means a serving member of the Public Security Forces whom the Provider engages to perform any part of the Services while that member is off duty.',
    source: { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A' },
  },
];
