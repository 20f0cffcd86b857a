// Runtime: any (pure data). Clause group psp/conduct: personnel, conduct, training, reporting
// and remedies of the PSP agreement, with the terms these clauses introduce and the provisions
// of standards.md §2 (and the house provisions) they satisfy.
import type { ClauseGroup } from '../../group.ts';
import { minimumAge, vettingPersonnel, vettingArmedPersonnel } from './vetting.ts';
import { personnelAndPropertyRecords, identificationOfPersonnel } from './records-and-identification.ts';
import { generalConductProhibitions, sexualExploitationGbv } from './prohibitions.ts';
import { humanTrafficking, labourAndChildLabour } from './trafficking-and-child-labour.ts';
import { trainingProgramme, trainingMinimumContent, annexTrainingPlan } from './training.ts';
import { incidentReporting, medicalAid } from './reporting.ts';
import { investigationAndDiscipline, grievanceMechanism } from './remedies.ts';
import { communityCommunication, vulnerableGroupsSafeguards, localWorkforceAndCommunityRelations } from './communities.ts';
import { annexCodeOfConductCard, annexIncidentReportForm } from './annexes.ts';
import { glossary } from './glossary.ts';

export const group: ClauseGroup = {
  name: 'psp/conduct',
  clauses: [
    minimumAge,
    vettingPersonnel,
    vettingArmedPersonnel,
    personnelAndPropertyRecords,
    identificationOfPersonnel,
    generalConductProhibitions,
    sexualExploitationGbv,
    humanTrafficking,
    labourAndChildLabour,
    trainingProgramme,
    trainingMinimumContent,
    incidentReporting,
    medicalAid,
    investigationAndDiscipline,
    grievanceMechanism,
    communityCommunication,
    vulnerableGroupsSafeguards,
    localWorkforceAndCommunityRelations,
    annexTrainingPlan,
    annexCodeOfConductCard,
    annexIncidentReportForm,
  ],
  glossary,
  // The first clause of each list is the one the engine makes required; annexes follow the
  // clause that refers to them.
  coverage: {
    'minimum-age': ['minimum-age'],
    'vetting-personnel': ['vetting-personnel'],
    'vetting-armed-personnel': ['vetting-armed-personnel'],
    'personnel-and-property-records': ['personnel-and-property-records'],
    'identification-of-personnel': ['identification-of-personnel'],
    'general-conduct-prohibitions': ['general-conduct-prohibitions'],
    'sexual-exploitation-gbv': ['sexual-exploitation-gbv'],
    'human-trafficking': ['human-trafficking'],
    'training-programme': ['training-programme', 'annex-training-plan'],
    'training-minimum-content': ['training-minimum-content'],
    'incident-reporting': ['incident-reporting', 'annex-incident-report-form'],
    'medical-aid': ['medical-aid'],
    'investigation-and-discipline': ['investigation-and-discipline'],
    'grievance-mechanism': ['grievance-mechanism'],
    'community-communication': ['community-communication', 'annex-code-of-conduct-card'],
    'labour-and-child-labour': ['labour-and-child-labour'],
    'vulnerable-groups-safeguards': ['vulnerable-groups-safeguards'],
    'local-workforce-and-community-relations': ['local-workforce-and-community-relations'],
  },
};
