// Runtime: any (pure data). The minimum training curriculum, kept as one list so that the
// training clause and the Training Plan annex cannot disagree on topics: the clause prints
// `clauseItem`, the annex prints `annexLabel` with each topic's hours and trainer as variables.
// Some topics belong only to some engagements (`onlyWhen`): international humanitarian law where
// the Site is in armed conflict, weapon training where Personnel carry Authorised Equipment.
import type { Variable } from '../../schema.ts';

export interface TrainingTopic {
  /** camelCase stem of the annex variables: `${key}Hours`, `${key}RefresherHours`, `${key}DeliveredBy` */
  key: string;
  /** the item of the training clause; absent: taught under a force clause, listed in the Training Plan only */
  clauseItem?: string;
  annexLabel: string;
  deliveredBy: TrainerValue;
  preDeploymentHours: number;
  refresherHours: number;
  /** printed only in that situation; absent: always printed */
  onlyWhen?: TopicCondition;
}

/** The situations that add topics to the curriculum. */
export interface Situation {
  armedConflict: boolean;
  /** Personnel carry firearms or less-lethal equipment */
  equipment: boolean;
}
export type TopicCondition = keyof Situation;

export const trainerOptions = [
  { value: 'provider', label: 'Provider' },
  { value: 'company', label: 'Company' },
  { value: 'third-party', label: 'Independent trainer agreed by the Parties' },
] as const;
export type TrainerValue = (typeof trainerOptions)[number]['value'];

export const trainingTopics: TrainingTopic[] = [
  {
    key: 'humanRights',
    clauseItem: 'international human rights law as it applies to security work, the ICoC and the Voluntary Principles;',
    annexLabel: 'Human rights, the ICoC and the Voluntary Principles',
    deliveredBy: 'provider',
    preDeploymentHours: 4,
    refresherHours: 2,
  },
  {
    key: 'humanitarianLaw',
    clauseItem:
      'international humanitarian law as it applies to the Services, including the protection of civilians and of persons no longer taking part in hostilities, and the rule that Personnel take no direct part in hostilities;',
    annexLabel: 'International humanitarian law',
    deliveredBy: 'third-party',
    preDeploymentHours: 4,
    refresherHours: 2,
    onlyWhen: 'armedConflict',
  },
  {
    key: 'nationalLaw',
    clauseItem: 'the criminal law of {{territorialState}} relevant to the Services, including the limited powers of private security personnel to search, restrain and apprehend persons;',
    annexLabel: 'Criminal law of the Territorial State and the powers of private security',
    deliveredBy: 'provider',
    preDeploymentHours: 3,
    refresherHours: 1,
  },
  {
    key: 'mandates',
    clauseItem: 'the different mandates, powers and rules of the Public Security Forces and of private security, and why private security has narrower powers to use force;',
    annexLabel: 'Public and private security: mandates and rules',
    deliveredBy: 'company',
    preDeploymentHours: 2,
    refresherHours: 1,
  },
  {
    key: 'useOfForce',
    clauseItem: 'the Rules for the Use of Force, the use-of-force continuum and de-escalation techniques, practised in scenarios based on conditions at the Site;',
    annexLabel: 'Use of force, de-escalation and scenario exercises',
    deliveredBy: 'provider',
    preDeploymentHours: 8,
    refresherHours: 4,
  },
  {
    key: 'authorisedEquipment',
    annexLabel: 'Authorised Equipment: safe handling, use and qualification, item by item',
    deliveredBy: 'provider',
    preDeploymentHours: 16,
    refresherHours: 8,
    onlyWhen: 'equipment',
  },
  {
    key: 'apprehension',
    clauseItem: 'the narrow circumstances in which a person may be apprehended, the humane treatment of any person apprehended, and hand-over to the Competent Authority;',
    annexLabel: 'Apprehension, humane treatment and hand-over',
    deliveredBy: 'provider',
    preDeploymentHours: 2,
    refresherHours: 1,
  },
  {
    key: 'gender',
    clauseItem: 'gender awareness and the prevention of sexual exploitation, abuse and gender-based violence, including the conduct required by {@sexual-exploitation-gbv};',
    annexLabel: 'Gender, sexual exploitation and abuse, gender-based violence',
    deliveredBy: 'third-party',
    preDeploymentHours: 3,
    refresherHours: 1,
  },
  {
    key: 'communities',
    clauseItem: 'respect for the local population, including indigenous peoples and religious and ethnic groups, and for the customs of the communities around the Site;',
    annexLabel: 'Local communities, indigenous peoples, religion and ethnicity',
    deliveredBy: 'company',
    preDeploymentHours: 2,
    refresherHours: 1,
  },
  {
    key: 'conflictManagement',
    clauseItem: 'conflict management and crowd control, including why these are primarily tasks of the Public Security Forces;',
    annexLabel: 'Conflict management and crowd control',
    deliveredBy: 'provider',
    preDeploymentHours: 8,
    refresherHours: 2,
  },
  {
    key: 'firstAid',
    clauseItem: 'first aid and the arrangements for medical aid under {@medical-aid};',
    annexLabel: 'First aid and medical evacuation',
    deliveredBy: 'third-party',
    preDeploymentHours: 8,
    refresherHours: 4,
  },
  {
    key: 'incidentReporting',
    clauseItem: 'recognising Incidents and completing an Incident Report as required by {@incident-reporting};',
    annexLabel: 'Incident reporting',
    deliveredBy: 'provider',
    preDeploymentHours: 2,
    refresherHours: 1,
  },
  {
    key: 'grievances',
    clauseItem: 'receiving a Grievance, referring it to the Grievance Mechanism, and protecting those who raise one from retaliation;',
    annexLabel: 'Grievances and protection from retaliation',
    deliveredBy: 'company',
    preDeploymentHours: 1,
    refresherHours: 1,
  },
  {
    key: 'prohibitedConduct',
    clauseItem: 'the prohibitions in {@general-conduct-prohibitions}, {@human-trafficking} and {@labour-and-child-labour}, and how to report a suspected breach.',
    annexLabel: 'Prohibited conduct, trafficking and child labour',
    deliveredBy: 'provider',
    preDeploymentHours: 2,
    refresherHours: 1,
  },
];

/** The topics of the Training Plan in this situation. */
export function planTopicsFor(situation: Situation): TrainingTopic[] {
  return trainingTopics.filter((t) => !t.onlyWhen || situation[t.onlyWhen]);
}

/** The topics the training clause lists in this situation (weapon training has its own clause). */
export function clauseTopicsFor(situation: Situation): TrainingTopic[] {
  return planTopicsFor(situation).filter((t) => t.clauseItem !== undefined);
}

/** The annex variables of one topic: trainer, pre-deployment hours, refresher hours. */
export function topicVariables(t: TrainingTopic): Variable[] {
  return [
    {
      name: `${t.key}DeliveredBy`,
      type: 'enum',
      label: `${t.annexLabel}: delivered by`,
      options: trainerOptions.map((o) => ({ ...o })),
      default: t.deliveredBy,
    },
    { name: `${t.key}Hours`, type: 'integer', label: `${t.annexLabel}: pre-deployment hours`, min: 1, max: 40, unit: 'hours', default: t.preDeploymentHours },
    { name: `${t.key}RefresherHours`, type: 'integer', label: `${t.annexLabel}: refresher hours`, min: 0, max: 40, unit: 'hours', default: t.refresherHours },
  ];
}
