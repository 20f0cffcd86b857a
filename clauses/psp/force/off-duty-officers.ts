// Runtime: any (pure data). Off-duty police or soldiers working for the Provider (Toolkit,
// Relationship between public and private security, A): legality first, then training on the
// different mandate, then a uniform and conduct that keep the two roles apart.
import type { Block, ClauseInput } from '../../schema.ts';

const trainingAndConduct: Block[] = [
  'The Provider shall ensure that each Off-Duty Officer, before first performing the Services, completes training under {@training-programme} on the differences between the mandate, powers and rules of the Public Security Forces and those of private security personnel, in particular on the use of force and firearms and on apprehension.',
  // Uniform, insignia and weapons are governed for all Personnel, Off-Duty Officers included, by
  // identification-of-personnel and weapons-authorisation-and-equipment: cross-referred, not repeated.
  'The Provider shall ensure that each Off-Duty Officer, while performing the Services, does not exercise, or claim to exercise, any power of arrest, search or detention that the officer holds in a public capacity. The rules on uniform and identification in {@identification-of-personnel} and on weapons in {@weapons-authorisation-and-equipment} apply to Off-Duty Officers as to all other Personnel.',
  'The Provider shall give the Company a list of the Off-Duty Officers it assigns to the Services, stating the service and rank of each, and shall update the list within 5 Business Days after any change. The Company may object to the assignment of any Off-Duty Officer by written notice, and the Provider shall then withdraw that officer from the Services.',
];

export const offDutyPublicOfficers: ClauseInput = {
  id: 'off-duty-public-officers',
  version: 1,
  title: 'Off-Duty Officers',
  topic: 'Public security',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'offDutyPublicSecurityPersonnel', is: true },
  sources: [{ standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A' }],
  guidance:
    'Applies where the Provider employs off-duty police or military personnel. The Toolkit (A) warns of confusion between public and private roles, above all on the use of force, apprehension and detention: an officer who guards the Site with a police weapon and a police mindset exposes the Company to the conduct of the State. The preferred position asks for written evidence that the employment is lawful (legal advice or the officer\'s command) before assignment. Providers often offer their own assurance instead; the fallback accepts a written representation, which falls short of the legal analysis the Toolkit recommends and leaves the Company to carry the risk that the law forbids the arrangement.',
  alternatives: [
    {
      id: 'evidence-of-legality',
      label: 'Written evidence of legality',
      rationale: 'The Company sees why the arrangement is lawful before any officer is assigned.',
      body: [
        {
          p: 'Before assigning any Off-Duty Officer to the Services, the Provider shall give the Company:',
          items: [
            'written legal advice, or a written confirmation from the officer\'s command, that the officer may lawfully work for the Provider under the law of the Territorial State; and',
            'a written statement of every restriction or condition that the law or the command places on that work.',
          ],
        },
        ...trainingAndConduct,
      ],
    },
    {
      id: 'provider-representation',
      label: 'Provider representation of legality',
      rationale: 'Accepts the Provider\'s own assurance where advice or command confirmation is hard to obtain.',
      belowStandard: {
        standard: 'DCAF/ICRC Toolkit, Relationship between public and private security, A',
        risk: 'The Toolkit asks for an analysis of whether the law allows off-duty officers to work for a private provider; a bare representation leaves the Company exposed if it does not.',
      },
      body: [
        'The Provider represents that each Off-Duty Officer it assigns to the Services may lawfully work for it under the law of the Territorial State, and shall give the Company, before the assignment, a written statement of every restriction or condition that the law or the officer\'s command places on that work.',
        ...trainingAndConduct,
      ],
    },
  ],
};
