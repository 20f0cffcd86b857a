// Runtime: any (pure data). MoU final provisions: duration and renewal, amendment, notices,
// language and signature.
import type { Block, ClauseInput } from '../schema.ts';

const kinds: ClauseInput['kinds'] = ['public-security-mou'];

const startAndTerm = 'This Memorandum takes effect on the Effective Date and continues for an initial period of {{initialTerm}}.';
const terminationOnNotice = 'Any Party may terminate this Memorandum by giving the other Parties written notice of at least {{terminationNotice}}.';
const survival =
  'Termination does not affect the duties under {@mou-force-incident-reporting} and {@mou-abuse-allegations-investigation} in respect of Incidents that occurred before termination, or any other duty that this Memorandum states survives termination.';
const counterparts: Block =
  'This Memorandum may be signed in counterparts, each of which is an original and all of which together form one instrument. Each Party signs through the representative named in the signature block, who signs in that capacity and not personally.';
const translation =
  'The Company shall provide a translation of this Memorandum into {{translationLanguages}} within {{translationDays}} calendar days after the Effective Date, for briefing the Assigned Forces and informing communities.';

export const finalClauses: ClauseInput[] = [
  {
    id: 'mou-duration-and-renewal',
    version: 1,
    title: 'Duration, renewal and termination',
    topic: 'Final provisions',
    kinds,
    variables: [
      { name: 'initialTerm', type: 'duration', label: 'Initial period', units: ['months', 'years'], min: 1, default: { amount: 2, unit: 'years' } },
      { name: 'renewalPeriod', type: 'duration', label: 'Length of each renewal', units: ['months', 'years'], min: 1, default: { amount: 1, unit: 'years' } },
      {
        name: 'terminationNotice',
        type: 'duration',
        label: 'Notice to terminate',
        units: ['calendar days', 'months'],
        min: 1,
        default: { amount: 3, unit: 'months' },
      },
    ],
    sources: [{ standard: 'good practice' }],
    guidance:
      'Why: security arrangements must not lapse by accident, yet the Company must be able to leave an arrangement that no longer serves the Voluntary Principles. Preferred: automatic renewal unless a Party gives notice, so the arrangements continue across changes of commander. Fallback: renewal only by written agreement, which some ministries require; acceptable if the review before expiry is diarised. Termination on notice is separate from termination for abuses (mou-suspension-termination), which takes effect at once. Survival keeps the reporting and investigation duties alive for past Incidents.',
    alternatives: [
      {
        id: 'automatic-renewal',
        label: 'Automatic renewal',
        rationale: 'Arrangements continue across changes of commander unless a Party chooses to end them.',
        body: [
          startAndTerm,
          'This Memorandum renews automatically for successive periods of {{renewalPeriod}} unless a Party terminates it by notice. The Joint Security Committee shall review this Memorandum before each renewal.',
          terminationOnNotice,
          survival,
        ],
      },
      {
        id: 'renewal-by-agreement',
        label: 'Renewal by written agreement',
        rationale: 'Where the Ministry or the Command may commit only for a fixed period.',
        body: [
          startAndTerm,
          'The Parties may renew this Memorandum for further periods of {{renewalPeriod}} by written agreement. The Joint Security Committee shall review this Memorandum and make a recommendation on renewal at least 3 months before it expires.',
          terminationOnNotice,
          survival,
        ],
      },
    ],
  },
  {
    id: 'mou-amendment',
    version: 1,
    title: 'Amendment',
    topic: 'Final provisions',
    kinds,
    sources: [{ standard: 'good practice' }],
    guidance:
      'Why: the body of the Memorandum records commitments made at the level that signs; it should change only with the same authority. The Annexes hold registers, schedules and contact details that change often; letting the Joint Security Committee update them (within the limits of the body) avoids re-signing the whole instrument each time. A change to the Contributions cap or to the nature of support is an amendment of the body, not an Annex update.',
    alternatives: [
      {
        id: 'written-amendment-annex-updates',
        label: 'Written amendment; Annex updates by the Joint Security Committee',
        rationale: 'Keeps commitments at signatory level while letting registers and schedules stay current.',
        body: [
          'This Memorandum may be amended only by a written instrument signed by all Parties.',
          'The Joint Security Committee may update the Annexes within the limits set by the body of this Memorandum, by a decision recorded in its minutes and signed by the Liaison Officers of the Company and of the Command. Such an update does not amend the body of this Memorandum.',
        ],
      },
    ],
  },
  {
    id: 'mou-notices',
    version: 1,
    title: 'Notices',
    topic: 'Final provisions',
    kinds,
    sources: [{ standard: 'good practice' }],
    guidance:
      'Why: suspension, termination and amendment run from the receipt of a notice; the time of receipt must be certain. Email is allowed because couriers to remote commands are slow; the recipient\'s address is the one shown at the head of the Memorandum or later notified. Day-to-day messages between Liaison Officers are expressly not notices, so that an informal message cannot start a termination period.',
    alternatives: [
      {
        id: 'written-notices',
        label: 'Written notices by hand, courier or email',
        rationale: 'Certain time of receipt for the notices that start periods running.',
        body: [
          'A notice under this Memorandum is valid only if it is in writing and delivered by hand, by courier or by email to the address of the receiving Party shown at the head of this Memorandum, or to another address that Party has notified to the others.',
          'A notice takes effect when it is received. A notice received after 17:00 local time at the place of receipt, or on a day that is not a Business Day, takes effect on the next Business Day.',
          'Communications between the Liaison Officers under {@mou-communication-and-reporting} are not notices.',
        ],
      },
    ],
  },
  {
    id: 'mou-governing-language-and-signature',
    version: 1,
    title: 'Language and signature',
    topic: 'Final provisions',
    kinds,
    variables: [
      { name: 'memorandumLanguage', type: 'text', label: 'Language of the authentic text', default: 'English', maxLength: 60 },
      { name: 'secondLanguage', type: 'text', label: 'Second authentic language (fallback)', maxLength: 60 },
      {
        name: 'translationLanguages',
        type: 'list',
        label: 'Local languages for translation',
        help: 'The languages of the officers and of the communities near the Site.',
        minItems: 1,
      },
      { name: 'translationDays', type: 'integer', label: 'Days after the Effective Date to provide translations', min: 1, max: 90, default: 30 },
    ],
    sources: [{ standard: 'good practice', note: 'no source found on language or signature of MoUs' }],
    guidance:
      'Why: no readable source addresses language or signature of MoUs; this follows established practice for bilingual instruments with public bodies. Preferred: one authentic language, with translations for briefing officers and informing communities (the translations matter more for implementation than the authentic text). Fallback: two equally authentic texts where the Host State requires its official language; acceptable, with the Joint Security Committee settling differences by reference to the purpose clause. Who signs is fixed by mou-parties-and-authority: the signatories sign in their official capacity.',
    alternatives: [
      {
        id: 'single-authentic-text',
        label: 'One authentic language, translations for use',
        rationale: 'One authentic text avoids disputes between versions.',
        body: [
          'This Memorandum is made in {{memorandumLanguage}}, which is the only authentic text.',
          `${translation} If a translation differs from the authentic text, the authentic text prevails.`,
          counterparts,
        ],
      },
      {
        id: 'two-authentic-texts',
        label: 'Two equally authentic languages',
        rationale: 'Where the law of the Host State requires its official language to be authentic.',
        body: [
          'This Memorandum is made in {{memorandumLanguage}} and {{secondLanguage}}, both texts being equally authentic. If the texts differ, the Joint Security Committee shall agree the reading that best gives effect to {@mou-purpose-and-roles}.',
          translation,
          counterparts,
        ],
      },
    ],
  },
];
