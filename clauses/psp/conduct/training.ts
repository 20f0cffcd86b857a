// Runtime: any (pure data). PSP conduct group: the training programme, its minimum content and
// the Training Plan annex. International humanitarian law is taught, and printed, only where the
// Site is in an area of armed conflict, and weapon training appears in the Training Plan only
// where Personnel carry Authorised Equipment: each clause that lists topics has one alternative
// per situation, and every other alternative conflicts with the facts.
import type { Alternative, Block, ClauseInput } from '../../schema.ts';
import type { FactsRule } from '../../facts.ts';
import { clauseTopicsFor, planTopicsFor, topicVariables, trainingTopics, type Situation } from './training-topics.ts';

const inArmedConflict: FactsRule = { fact: 'armedConflict', is: true };
const notInArmedConflict: FactsRule = { fact: 'armedConflict', is: false };
const carriesEquipment: FactsRule = { any: [{ fact: 'armedPersonnel', is: true }, { fact: 'lessLethalEquipment', is: true }] };
const carriesNoEquipment: FactsRule = { not: carriesEquipment };

const noDeploymentUntilTrained: Block = 'The Provider shall not deploy any member of Personnel to perform the Services until that person has completed the pre-deployment training in the Training Plan, of at least {{preDeploymentTrainingHours}} hours in total, and passed its assessment.';

const trainingDelivery: Block = {
  p: 'The Provider shall:',
  items: [
    'deliver all training in a language that each trainee understands;',
    'give each member of Personnel refresher training at the interval stated in the Training Plan;',
    'keep a record of each training session, stating its date, trainer, topics, attendees and assessment results, and send a copy to the Company within {{trainingRecordBusinessDays}} Business Days after the session; and',
    'allow the Company\'s representatives to attend any training session.',
  ],
};

const trainingPlanReview: Block = 'The Parties shall review the Training Plan at least once every {{trainingReviewMonths}} months, and after any Incident that reveals a training need, and shall record any agreed change in writing signed by both Parties.';

export const trainingProgramme: ClauseInput = {
  id: 'training-programme',
  version: 1,
  title: 'Training programme',
  topic: 'Training',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Training (working with private security providers)' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A' },
    { standard: 'Montreux Document', ref: 'GP 10' },
    { standard: 'Montreux Document', ref: 'GP 14(e)' },
    { standard: 'ICoC', ref: '¶55', note: 'training; paragraph content unverified' },
  ],
  guidance:
    'The Toolkit asks companies to analyse training needs when negotiating the contract, agree a programme that says who delivers each part (Company, Provider or a third party), train all Personnel before deployment, and put the details and conditions of the programme in the contract (Relationship between public and private security, A); Montreux GP 10 and GP 14(e) make training a selection criterion and a contract term. ' +
    'The Training Plan annex carries the topics, hours, trainers and refresher interval, so this clause only sets the duties. ' +
    'Providers mobilising at short notice ask to finish the needs analysis after signature. The fallback allows that, but it is flagged below the Toolkit\'s good practice because Personnel may be deployed before the needs are known; keep the period short and the annexed plan as the floor.',
  variables: [
    {
      name: 'preDeploymentTrainingHours',
      type: 'integer',
      label: 'Minimum hours of pre-deployment training per person',
      help: 'The total the Provider committed to in its tender; the Training Plan topics must add up to at least this.',
      min: 8,
      max: 400,
      unit: 'hours',
      default: 40,
    },
    { name: 'trainingRecordBusinessDays', type: 'integer', label: 'Time to send the Company each training record', min: 1, max: 20, unit: 'Business Days', default: 5 },
    { name: 'trainingReviewMonths', type: 'integer', label: 'Interval for reviewing the Training Plan', min: 3, max: 24, unit: 'months', default: 12 },
    { name: 'needsAnalysisDays', type: 'integer', label: 'Time to complete the training needs analysis after the Effective Date (fallback)', min: 7, max: 90, unit: 'calendar days', default: 30 },
  ],
  alternatives: [
    {
      id: 'needs-analysis-before-signature',
      label: 'Needs analysis done; Training Plan agreed at signature',
      rationale: 'The Toolkit position: training needs are known and priced before the Agreement is signed.',
      body: [
        'The Parties have agreed the training plan set out in {@annex-training-plan} (the {def:Training Plan}), which reflects the training needs analysis they carried out before signing this Agreement and states, for each topic, who delivers it and the hours of pre-deployment and refresher training.',
        noDeploymentUntilTrained,
        trainingDelivery,
        trainingPlanReview,
      ],
    },
    {
      id: 'needs-analysis-after-signature',
      label: 'Needs analysis completed after signature',
      rationale: 'For urgent mobilisation; the annexed Training Plan applies meanwhile as a minimum.',
      belowStandard: {
        standard: 'DCAF/ICRC Toolkit, Training',
        risk: 'Personnel may be deployed before the training needs of the Site are known, and training agreed later is not priced into the Agreement.',
      },
      body: [
        'The training plan set out in {@annex-training-plan} (the {def:Training Plan}) applies from the Effective Date as a minimum. The Provider shall carry out a training needs analysis for the Services, in consultation with the Company, within {{needsAnalysisDays}} calendar days after the Effective Date, and shall propose any changes to the Training Plan that the analysis shows to be needed; each change takes effect when both Parties have agreed it in writing.',
        noDeploymentUntilTrained,
        trainingDelivery,
        trainingPlanReview,
      ],
    },
  ],
};

/** A list of sub-clauses reads as one sentence: the item before the last ends "; and" (or "; or"). */
function joinedWith(conjunction: 'and' | 'or', items: string[]): string[] {
  return items.map((item, i) => (i === items.length - 2 ? item.replace(/;$/, `; ${conjunction}`) : item));
}

function minimumContentBody(armedConflict: boolean): Block[] {
  return [
    {
      p: 'The Provider shall ensure that the training of every member of Personnel covers at least the following topics:',
      items: joinedWith('and', clauseTopicsFor({ armedConflict, equipment: false }).map((t) => t.clauseItem!)),
    },
    'The Provider shall assess each trainee\'s understanding of each topic at the end of the training on it, by a written or practical test, and shall record the result.',
    'The Provider shall ensure that its supervisors give the Personnel they supervise a short briefing on a principle of the Voluntary Principles or the ICoC at least once every {{supervisorBriefingWeeks}} weeks, and shall record each briefing.',
  ];
}

export const trainingMinimumContent: ClauseInput = {
  id: 'training-minimum-content',
  version: 1,
  title: 'Content of training',
  topic: 'Training',
  kinds: ['psp-contract'],
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Training (working with private security providers)' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, C' },
  ],
  guidance:
    'The Toolkit lists the topics every security guard needs: human rights, national criminal law, gender and sexual exploitation, respect for local populations, use of force and de-escalation, the difference between public and private mandates, apprehension, first aid, conflict management and crowd control (explained as primarily public-security tasks), incident reporting, complaints, and regular supervisor talks on the Voluntary Principles and the ICoC (Training; Relationship between public and private security, A and C). International humanitarian law is added where the Site is in an area of armed conflict. ' +
    'Pick the alternative that matches the facts; the other one is flagged as conflicting. Weapon-specific training for armed Personnel is a separate clause. ' +
    'Providers rarely contest the topics; they contest the hours, which are in the Training Plan annex. Do not drop a topic to save hours: each one answers a risk the standards name.',
  variables: [
    { name: 'supervisorBriefingWeeks', type: 'integer', label: 'Interval for supervisor briefings on the Voluntary Principles or the ICoC', min: 1, max: 12, unit: 'weeks', default: 4 },
  ],
  alternatives: [
    {
      id: 'core-curriculum',
      label: 'Core curriculum (no armed conflict)',
      rationale: 'For Sites outside any area of armed conflict.',
      conflictsWhen: inArmedConflict,
      body: minimumContentBody(false),
    },
    {
      id: 'curriculum-with-humanitarian-law',
      label: 'Core curriculum with international humanitarian law',
      rationale: 'For Sites in an area of armed conflict, where international humanitarian law applies.',
      conflictsWhen: notInArmedConflict,
      body: minimumContentBody(true),
    },
  ],
};

function trainingPlanBody(situation: Situation): Block[] {
  return [
    { note: 'This Training Plan is agreed under {@training-programme}. Hours are the minimum per trainee and include practical exercises.' },
    { h: 'Topics, trainers and hours' },
    {
      table: {
        header: ['Topic', 'Delivered by', 'Pre-deployment (hours)', 'Refresher (hours)'],
        rows: planTopicsFor(situation).map((t) => [t.annexLabel, `{{${t.key}DeliveredBy}}`, `{{${t.key}Hours}}`, `{{${t.key}RefresherHours}}`]),
      },
    },
    { h: 'Refresher training' },
    'Each member of Personnel receives refresher training on every topic at least once every {{refresherIntervalMonths}} months, counted from the date that person completed pre-deployment training, and again before returning to duty after an absence of more than 6 months.',
    { h: 'Training sessions held' },
    { table: { header: ['Date', 'Topics', 'Trainer', 'Number of trainees', 'Number who passed the assessment'], rows: [], blankRows: 8 } },
  ];
}

export const annexTrainingPlan: ClauseInput = {
  id: 'annex-training-plan',
  version: 1,
  title: 'Training Plan',
  topic: 'Training',
  kinds: ['psp-contract'],
  role: 'annex',
  sources: [
    { standard: 'DCAF/ICRC Toolkit', ref: 'Relationship between public and private security, A', note: 'details and conditions of training included in the contract' },
    { standard: 'DCAF/ICRC Toolkit', ref: 'Training (working with private security providers)' },
    { standard: 'good practice', note: 'hours per topic: no standard sets them' },
  ],
  guidance:
    'The Toolkit asks for the details and conditions of the training programme to be in the contract; this annex is where they live. ' +
    'No standard sets hours per topic: the defaults are a common baseline for static unarmed guarding (45 hours before deployment). Raise use of force, apprehension and first aid for response teams and high-risk Sites. ' +
    'Where crowds are foreseeable, the crowd-control clause sets a minimum number of conflict-management hours: keep this row at or above it (the default, 8 hours, matches). ' +
    'The Authorised Equipment row appears only where Personnel carry firearms or less-lethal equipment; the qualification standard itself is in the weapons training clause. ' +
    'Check who delivers each topic: human rights, gender and community topics are better taught by the Company or an independent trainer than by the Provider alone. ' +
    'A refresher interval over 12 months is weak for high-risk Sites; over 24 months is not offered.',
  variables: [
    ...trainingTopics.flatMap(topicVariables),
    { name: 'refresherIntervalMonths', type: 'integer', label: 'Refresher interval', min: 3, max: 24, unit: 'months', default: 12 },
  ],
  alternatives: trainingPlanAlternatives(),
};

/** One Training Plan per situation; each conflicts with the facts of every other situation. */
function trainingPlanAlternatives(): Alternative[] {
  return [false, true].flatMap((armedConflict) =>
    [false, true].map((equipment): Alternative => {
      const additions = [equipment && 'weapon training', armedConflict && 'international humanitarian law'].filter(Boolean);
      return {
        id: ['training-plan', equipment && 'with-weapon-training', armedConflict && 'with-humanitarian-law'].filter(Boolean).join('-'),
        label: additions.length ? `Training Plan with ${additions.join(' and ')}` : 'Training Plan',
        rationale: `For Sites ${armedConflict ? 'in' : 'outside'} an area of armed conflict, where Personnel ${equipment ? 'carry' : 'carry no'} firearms or less-lethal equipment.`,
        conflictsWhen: { any: [armedConflict ? notInArmedConflict : inArmedConflict, equipment ? carriesNoEquipment : carriesEquipment] },
        body: trainingPlanBody({ armedConflict, equipment }),
      };
    }),
  );
}
