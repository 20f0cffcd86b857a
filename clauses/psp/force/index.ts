// Runtime: any (pure data). Clause group psp/force: use of force, weapons and equipment,
// apprehension, public security and armed conflict, with their annexes (Rules for the Use of
// Force, register of Authorised Equipment, apprehension record).
import type { ClauseGroup } from '../../group.ts';
import { useOfForceClauses } from './use-of-force.ts';
import { rulesForUseOfForceAnnex } from './ruf-annex.ts';
import { crowdControlLimits } from './crowd-control.ts';
import { weaponsClauses } from './weapons.ts';
import { weaponsRegisterAnnex } from './weapons-register.ts';
import { apprehensionClauses } from './apprehension.ts';
import { apprehensionRecordAnnex } from './apprehension-record.ts';
import { publicSecurityClauses } from './public-security.ts';
import { offDutyPublicOfficers } from './off-duty-officers.ts';
import { armedConflictIhl } from './armed-conflict.ts';
import { forceGlossary } from './glossary.ts';

export const group: ClauseGroup = {
  name: 'psp/force',
  clauses: [
    ...useOfForceClauses,
    crowdControlLimits,
    ...weaponsClauses,
    ...apprehensionClauses,
    ...publicSecurityClauses,
    offDutyPublicOfficers,
    armedConflictIhl,
    rulesForUseOfForceAnnex,
    weaponsRegisterAnnex,
    apprehensionRecordAnnex,
  ],
  glossary: forceGlossary,
  // Each provision is satisfied by the clause of the same id; where the standard asks for the
  // substance to be annexed (ICoC ¶29 rules; CGT §2.4 procedures), the annex is listed second.
  coverage: {
    'rules-for-use-of-force': ['rules-for-use-of-force', 'annex-rules-for-use-of-force'],
    'use-of-force-standard': ['use-of-force-standard'],
    'firearms-use-limits': ['firearms-use-limits'],
    'law-enforcement-assistance': ['law-enforcement-assistance'],
    'weapons-authorisation-and-equipment': ['weapons-authorisation-and-equipment'],
    'weapons-management-procedures': ['weapons-management-procedures', 'annex-weapons-register'],
    'weapons-training': ['weapons-training'],
    'apprehension-of-persons': ['apprehension-of-persons'],
    'temporary-holding-safeguards': ['temporary-holding-safeguards'],
    'detention-services-restriction': ['detention-services-restriction'],
    'public-security-coordination': ['public-security-coordination'],
    'first-responder-limits': ['first-responder-limits'],
    'joint-drills': ['joint-drills'],
    'off-duty-public-officers': ['off-duty-public-officers'],
    'armed-conflict-ihl': ['armed-conflict-ihl'],
    'crowd-control-limits': ['crowd-control-limits'],
  },
};
