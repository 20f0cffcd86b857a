// Runtime: any (pure data). The facts rules the MoU clauses apply under. They mirror the MoU rows
// of clauses/requirement-rules.ts so that a clause is "meaningful" exactly when a rule there
// requires the provision it satisfies; the group test checks the two stay in step.
import type { FactsRule } from '../facts.ts';

/** Any financial, in-kind or equipment support from the Company to the Command. */
export const anySupport: FactsRule = { fact: 'supportToPublicSecurity', in: ['financial', 'in-kind', 'equipment'] };
export const inKindOrEquipment: FactsRule = { fact: 'supportToPublicSecurity', in: ['in-kind', 'equipment'] };
export const equipmentSupport: FactsRule = { fact: 'supportToPublicSecurity', is: 'equipment' };
export const financialSupport: FactsRule = { fact: 'supportToPublicSecurity', is: 'financial' };
export const crowdControlRisk: FactsRule = { fact: 'crowdControlRisk', is: true };
export const adHocDeployment: FactsRule = { fact: 'adHocDeployment', is: true };
/** Private security works beside the Assigned Forces: a PSP on site, or joint operations. */
export const privateSecurityAlongside: FactsRule = {
  any: [
    { fact: 'privateSecurityOnSite', is: true },
    { fact: 'jointOperations', is: true },
  ],
};
/** The Company relies on a public response that may not come: ad hoc calls or a PSP first responder. */
export const relianceOnPublicResponse: FactsRule = {
  any: [
    { fact: 'pspFirstResponder', is: true },
    { fact: 'adHocDeployment', is: true },
  ],
};
/** Training of the Assigned Forces is required when the Company supports them or crowds are foreseeable. */
export const trainingRequired: FactsRule = { any: [anySupport, crowdControlRisk] };
