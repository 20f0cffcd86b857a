// Runtime: any (pure data). PSP conduct group: who may perform the Services — minimum age, the
// vetting of all Personnel and the additional suitability checks for armed Personnel.
import type { Block, ClauseInput } from '../../schema.ts';

export const minimumAge: ClauseInput = {
  id: 'minimum-age',
  version: 1,
  title: 'Minimum age',
  topic: 'Personnel',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶46' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Bids and contracts (requests for proposals: minimum age)' },
  ],
  guidance:
    'ICoC ¶46 bars anyone under 18 from carrying out security services; the age check is also an exclusion criterion at bid stage. ' +
    'The Company may set a higher age (21 is common for armed posts) but never a lower one, so the variable starts at 18. ' +
    'Providers sometimes ask to rely on the age stated in a CV or self-declaration: refuse, because the breach only surfaces after an Incident. ' +
    'There is no fallback: any position below 18 falls below ICoC ¶46.',
  variables: [
    {
      name: 'minimumAge',
      type: 'integer',
      label: 'Minimum age of Personnel',
      help: 'ICoC ¶46 sets 18 as the floor; raise it for armed posts if the Company wishes.',
      min: 18,
      max: 25,
      unit: 'years',
      default: 18,
    },
  ],
  alternatives: [
    {
      id: 'absolute-minimum-age',
      label: 'Absolute minimum age, verified against an identity document',
      rationale: 'States the ICoC floor as an absolute duty and makes the Provider prove it person by person.',
      body: [
        'The Provider shall ensure that no person under the age of {{minimumAge}} years performs any part of the Services, whether as Personnel of the Provider or of a Subcontractor.',
        'The Provider shall verify the date of birth of each member of Personnel against an official identity document before that person first performs any part of the Services, and shall keep a copy of the document checked in the records required by {@personnel-and-property-records}.',
      ],
    },
  ],
};

export const vettingPersonnel: ClauseInput = {
  id: 'vetting-personnel',
  version: 1,
  title: 'Selection and vetting of Personnel',
  topic: 'Personnel',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'ICoC', ref: '¶45' },
    { standard: 'ICoC', ref: '¶47' },
    { standard: 'Montreux Document', ref: 'GP 6(b)' },
    { standard: 'Voluntary Principles', ref: 'Interactions between companies and private security', note: 'background checks, as summarised by ghanavps.org' },
  ],
  guidance:
    'ICoC ¶45 requires due diligence in selecting Personnel, verifiable vetting and ongoing performance review; ¶47 limits deployment to persons with the qualifications the contract, the law, industry standards and the Code require; Montreux GP 6(b) treats vetting records as a selection criterion. ' +
    'The preferred position gives the Company a vetting confirmation for each person and a right to object before deployment. ' +
    'Providers with ICoCA certification often resist sending person-level vetting results, citing data protection: the fallback (a certified process, a roster-level confirmation and a sample audit) is still within the standards, provided the sample audit is real. ' +
    'Keep the look-back period at 5 years or more; shorter periods miss most relevant records. Re-vetting and fitness intervals over 24 months are hard to defend as "ongoing" review.',
  variables: [
    { name: 'vettingLookbackYears', type: 'integer', label: 'Look-back period for background checks', min: 3, max: 10, unit: 'years', default: 5 },
    {
      name: 'revettingMonths',
      type: 'integer',
      label: 'Interval for repeating background checks',
      help: 'ICoC ¶45 calls for ongoing review; 12 months is common practice.',
      min: 6,
      max: 36,
      unit: 'months',
      default: 12,
    },
    { name: 'fitnessReviewMonths', type: 'integer', label: 'Interval for physical and mental fitness evaluations', min: 6, max: 24, unit: 'months', default: 12 },
    { name: 'objectionBusinessDays', type: 'integer', label: 'Time the Company has to object to a proposed person', min: 1, max: 15, unit: 'Business Days', default: 5 },
    { name: 'auditSamplePercent', type: 'percentage', label: 'Share of vetting files the Company may audit each year (fallback)', min: 5, max: 100, default: 10 },
  ],
  alternatives: [
    {
      id: 'person-level-confirmation',
      label: 'Vetting confirmation per person, Company may object',
      rationale: 'Gives the Company evidence for every person before deployment and a clear right to refuse unsuitable Personnel.',
      body: [
        {
          p: 'The Provider shall not assign any person to perform the Services until it has completed and documented the following checks on that person:',
          items: [
            'identity and nationality, against an official identity document;',
            'employment history for the previous {{vettingLookbackYears}} years, including the reasons for leaving each post and at least 2 references;',
            'criminal records, from each country in which the person lived during the previous {{vettingLookbackYears}} years, so far as the law of that country allows;',
            'any service in the armed forces, police or other security bodies, and the terms on which it ended;',
            'the qualifications, licences and training that this Agreement, the Applicable Law, industry standards and the ICoC require for the post the person will hold; and',
            'physical and mental fitness to perform the duties of that post, assessed by a qualified medical practitioner.',
          ],
        },
        'The Provider shall give the Company, before each person is first deployed, a written confirmation that the checks in {@vetting-personnel} have been completed with a satisfactory result. The Company may object to the deployment of that person on reasonable grounds by notice given within {{objectionBusinessDays}} Business Days after receiving the confirmation, and the Provider shall not deploy a person to whom the Company has objected.',
        {
          p: 'While a person performs the Services, the Provider shall:',
          items: [
            'repeat the criminal record checks at least once every {{revettingMonths}} months;',
            'evaluate the person\'s physical and mental fitness at least once every {{fitnessReviewMonths}} months and after any Incident in which the person used force; and',
            'review the person\'s performance and conduct at least once every 12 months, and record the result.',
          ],
        },
        'The Provider shall process personal data collected under this clause only for vetting and only as the Applicable Law on data protection allows.',
      ],
    },
    {
      id: 'certified-process-sample-audit',
      label: 'Certified vetting process, roster confirmation and sample audit',
      rationale: 'For ICoCA-certified Providers that will not share person-level vetting files; the Company keeps assurance through an audit right.',
      body: [
        'The Provider shall vet each person before assigning that person to perform the Services, under a written vetting procedure that meets ICoC ¶45 to ¶48 and covers, as a minimum, identity, employment history and criminal records for the previous {{vettingLookbackYears}} years, prior service in armed forces or police, required qualifications and licences, and physical and mental fitness.',
        'Before each deployment roster takes effect, the Provider shall confirm in writing to the Company that every person on the roster has been vetted with a satisfactory result. Each calendar year the Company may audit the vetting files of up to {{auditSamplePercent}} of the persons deployed, chosen by the Company, and the Provider shall make those files available within 10 Business Days after the Company\'s request.',
        'While a person performs the Services, the Provider shall repeat the criminal record checks at least once every {{revettingMonths}} months and evaluate the person\'s physical and mental fitness at least once every {{fitnessReviewMonths}} months.',
      ],
    },
  ],
};

const armedFitnessEvaluation: Block = 'The Provider shall ensure that each member of Personnel who carries a weapon passes a psychological evaluation by a qualified practitioner before first carrying it and at least once every {{armedFitnessReviewMonths}} months afterwards, and shall withdraw the weapon from any person who does not pass.';

export const vettingArmedPersonnel: ClauseInput = {
  id: 'vetting-armed-personnel',
  version: 1,
  title: 'Suitability to carry weapons',
  topic: 'Personnel',
  kinds: ['psp-contract'],
  appliesWhen: { fact: 'armedPersonnel', is: true },
  conflictsWhen: { fact: 'armedPersonnel', is: false },
  sources: [
    { standard: 'ICoC', ref: '¶48' },
    { standard: 'Montreux Document', ref: 'GP 6(b)' },
  ],
  guidance:
    'ICoC ¶48 requires an assessment, before anyone carries or uses a weapon, that the person has no conviction for a crime indicating a lack of character or fitness (violence, sexual offences, torture, trafficking, corruption and similar), has not been dishonourably discharged, and has not had employment ended for violations of the Code or of international law. ' +
    'These checks come on top of the general vetting clause and apply only where Personnel are armed. ' +
    'Providers in states with unreliable records ask to rely on self-declarations. The fallback accepts a documented substitute only where an official record cannot be obtained; it is flagged below ICoC ¶48 because a declaration is not verification, and should be accepted only for named countries and with the Company informed in each case.',
  variables: [
    { name: 'armedFitnessReviewMonths', type: 'integer', label: 'Interval for psychological evaluation of armed Personnel', min: 6, max: 24, unit: 'months', default: 12 },
  ],
  alternatives: [
    {
      id: 'official-records-required',
      label: 'Official records required',
      rationale: 'Applies ICoC ¶48 as written: no weapon until official records confirm suitability.',
      body: [
        {
          p: 'In addition to the checks in {@vetting-personnel}, the Provider shall not issue a weapon to any member of Personnel, or allow any member of Personnel to carry one, until it has verified from official records that the person:',
          items: [
            'has not been convicted of a crime that indicates a lack of the character or fitness to carry a weapon, including any crime of violence, murder, rape, sexual abuse, torture, Trafficking in Persons, organised crime, bribery or corruption;',
            'has not been dishonourably discharged from any armed force, police or other security body;',
            'has not had any previous employment or engagement ended for a documented violation of the ICoC, of international human rights law or of international humanitarian law; and',
            'has no history of other conduct that, in the reasonable judgement of the Provider, puts in question the person\'s fitness to carry a weapon.',
          ],
        },
        armedFitnessEvaluation,
      ],
    },
    {
      id: 'documented-substitute-where-records-unavailable',
      label: 'Documented substitute where official records are unavailable',
      rationale: 'For countries where official criminal or service records cannot be obtained; keeps a documented assessment instead.',
      belowStandard: {
        standard: 'ICoC ¶48',
        risk: 'A declaration and references do not verify the absence of disqualifying convictions; an armed guard with an undisclosed record of violence may be deployed.',
      },
      body: [
        {
          p: 'In addition to the checks in {@vetting-personnel}, the Provider shall not issue a weapon to any member of Personnel, or allow any member of Personnel to carry one, until it has assessed, from official records wherever they can be obtained, that the person:',
          items: [
            'has not been convicted of a crime that indicates a lack of the character or fitness to carry a weapon, including any crime of violence, murder, rape, sexual abuse, torture, Trafficking in Persons, organised crime, bribery or corruption;',
            'has not been dishonourably discharged from any armed force, police or other security body; and',
            'has not had any previous employment or engagement ended for a documented violation of the ICoC, of international human rights law or of international humanitarian law.',
          ],
        },
        'Where an official record cannot be obtained for a country, the Provider may rely instead on a signed declaration by the person and at least 2 references from former employers or commanders, and shall record why the official record could not be obtained and inform the Company before the person first carries a weapon.',
        armedFitnessEvaluation,
      ],
    },
  ],
};
