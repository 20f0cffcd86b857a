// Runtime: any (pure data). PSP conduct group: the absolute prohibitions — torture and
// ill-treatment, forced labour, discrimination, harassment, sexual exploitation and abuse,
// trafficking in persons and child labour. Reporting of breaches lives in incident-reporting.
import type { Block, ClauseInput } from '../../schema.ts';

export const generalConductProhibitions: ClauseInput = {
  id: 'general-conduct-prohibitions',
  version: 1,
  title: 'Prohibited conduct',
  topic: 'Conduct',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶35' },
    { standard: 'ICoC', ref: '¶36' },
    { standard: 'ICoC', ref: '¶40', note: 'slavery and forced labour; paragraph content unverified' },
    { standard: 'ICoC', ref: '¶42', note: 'discrimination; paragraph content unverified' },
    { standard: 'ICoC', ref: '¶65', note: 'harassment; paragraph content unverified' },
    { standard: 'good practice', note: 'grounds of discrimination and the anti-harassment policy' },
  ],
  guidance:
    'ICoC ¶35 prohibits torture and other cruel, inhuman or degrading treatment by a provider and its personnel; ¶36 says that no contract, superior order or exceptional circumstance (armed conflict, threats to security, political instability, public emergency) justifies it. The Code also prohibits slavery and forced labour (¶40), discrimination (¶42) and harassment (¶65). ' +
    'These are absolute: there is no fallback, and any softening ("reasonable efforts to prevent") falls below the Code. ' +
    'The duty to report a known or suspected act of torture (¶37) is in the incident reporting clause so that all reporting duties sit in one place; child labour has its own clause. ' +
    'Providers rarely object to the text; they object to the policy-delivery deadline when their policies are still being written, which is a matter of timing, not substance.',
  variables: [
    { name: 'policyDeliveryBusinessDays', type: 'integer', label: 'Time to deliver the anti-harassment and non-discrimination policy', min: 1, max: 30, unit: 'Business Days', default: 10 },
  ],
  alternatives: [
    {
      id: 'absolute-prohibitions',
      label: 'Absolute prohibitions',
      rationale: 'The Code\'s prohibitions stated as absolute duties; no fallback is consistent with the ICoC.',
      body: [
        'The Provider shall ensure that its Personnel and Subcontractors do not inflict, instigate, take part in or tolerate torture or any other cruel, inhuman or degrading treatment or punishment of any person, including any act that would amount to such treatment if a public official committed it.',
        'No instruction of the Company, obligation under this Agreement, order of a superior or exceptional circumstance, including armed conflict, a threat to national or international security, internal political instability or any other public emergency, justifies any act described in {@general-conduct-prohibitions}. The Provider shall ensure that its Personnel and Subcontractors refuse any order to commit such an act.',
        {
          p: 'The Provider shall ensure that its Personnel and Subcontractors do not:',
          items: [
            'hold any person in slavery or servitude, or exact forced or compulsory labour from any person;',
            'discriminate against any person on the ground of race, colour, sex, sexual orientation, gender identity, religion, language, ethnic or social origin, nationality, political or other opinion, disability, age or any other status; or',
            'harass, bully, threaten or intimidate any person, including by sexual harassment, whether that person is a member of the public, an employee of the Company or a member of Personnel.',
          ],
        },
        'The Provider shall give the Company, within {{policyDeliveryBusinessDays}} Business Days after the Effective Date, a copy of its written policy against discrimination and harassment, and shall apply that policy to all Personnel.',
      ],
    },
  ],
};

const sexualConductProhibited: Block = {
  p: 'The Provider shall ensure that its Personnel and Subcontractors do not:',
  items: [
    'commit sexual exploitation or abuse, or gender-based violence, against any person, including rape, sexual assault and sexual harassment;',
    'pay for sexual services, or otherwise benefit from the sexual exploitation of any person, whether or not the act is lawful where it takes place;',
    'engage in sexual activity with any person under the age of 18 years, whatever the age of consent where the act takes place and whatever the person\'s apparent age; or',
    'offer or exchange money, employment, goods, services, protection or access to the Site for sexual favours.',
  ],
};

const survivorCare: Block = 'The Provider shall handle every allegation in a way that protects the safety, dignity and confidentiality of the person affected, and shall refer that person, with that person\'s consent, to the medical, psychosocial and legal support services identified with the Company.';

const seaCodeAcknowledged: Block = 'The Provider shall give every member of Personnel its code of conduct on sexual exploitation and abuse in a language that person understands, and shall obtain each person\'s signed acknowledgement of it before deployment.';

export const sexualExploitationGbv: ClauseInput = {
  id: 'sexual-exploitation-gbv',
  version: 1,
  title: 'Sexual exploitation, abuse and gender-based violence',
  topic: 'Conduct',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶38' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Internal company codes of conduct on sexual exploitation and abuse' },
    { standard: 'good practice', note: 'survivor-centred response and referral to support services' },
  ],
  guidance:
    'ICoC ¶38 prohibits sexual exploitation and abuse and gender-based violence, including benefiting from sexual exploitation such as paying for sex, whether or not it is lawful locally. The Toolkit\'s model codes treat any breach as serious misconduct leading to dismissal, with a duty to report and cooperate, and ask for the code to be translated into the languages Personnel understand. ' +
    'Guards posted at the edge of poor communities hold real power over local women and children; this is where security contracts most often fail in practice. ' +
    'Providers push back on immediate removal pending investigation, citing labour law. The fallback (a short preliminary assessment, during which the person is kept away from any contact with the public) still protects potential victims and stays within the Code; removal only after a full investigation does not, and is not offered.',
  variables: [
    { name: 'preliminaryAssessmentBusinessDays', type: 'integer', label: 'Time for a preliminary assessment of an allegation (fallback)', min: 1, max: 5, unit: 'Business Days', default: 2 },
  ],
  alternatives: [
    {
      id: 'immediate-removal',
      label: 'Immediate removal pending investigation',
      rationale: 'Protects potential victims at once; the strongest position and the one the model codes take.',
      body: [
        sexualConductProhibited,
        'The Provider shall treat any breach of {@sexual-exploitation-gbv} as gross misconduct. On becoming aware of an allegation of such a breach, the Provider shall immediately remove the person concerned from the Site and from any contact with the public until the investigation under {@investigation-and-discipline} is complete, and shall dismiss the person if the allegation is substantiated.',
        survivorCare,
        seaCodeAcknowledged,
      ],
    },
    {
      id: 'preliminary-assessment-then-removal',
      label: 'Preliminary assessment, no public contact meanwhile',
      rationale: 'For Providers bound by labour law that forbids suspension without an initial assessment; potential victims stay protected.',
      body: [
        sexualConductProhibited,
        'The Provider shall treat any breach of {@sexual-exploitation-gbv} as gross misconduct. On becoming aware of an allegation of such a breach, the Provider shall immediately assign the person concerned to duties without any contact with the public, shall complete a preliminary assessment of the allegation within {{preliminaryAssessmentBusinessDays}} Business Days, and, unless that assessment finds the allegation manifestly unfounded, shall remove the person from the Site until the investigation under {@investigation-and-discipline} is complete. The Provider shall dismiss the person if the allegation is substantiated.',
        survivorCare,
        seaCodeAcknowledged,
      ],
    },
  ],
};
