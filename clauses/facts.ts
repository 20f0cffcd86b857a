// Runtime: any (pure data + zod). The engagement facts: the questions that decide what a deal
// must contain. They live beside the clause library (not in engine/) because clause
// applicability rules are written over them and clauses/ may import nothing but zod.
import * as z from 'zod';

export const supportKinds = ['none', 'financial', 'in-kind', 'equipment'] as const;

export const EngagementFactsSchema = z
  .object({
    armedPersonnel: z.boolean(),
    lessLethalEquipment: z.boolean(),
    apprehensionPossible: z.boolean(),
    detentionServicesRequested: z.boolean(),
    assistsLawEnforcement: z.boolean(),
    armedConflict: z.boolean(),
    publicSecurityPresent: z.boolean(),
    jointOperations: z.boolean(),
    pspFirstResponder: z.boolean(),
    offDutyPublicSecurityPersonnel: z.boolean(),
    supportToPublicSecurity: z.enum(supportKinds),
    subcontractingPermitted: z.boolean(),
    localProvider: z.boolean(),
    crowdControlRisk: z.boolean(),
    vulnerableGroupsPresent: z.boolean(),
    /** MoU: public forces are called in for specific needs rather than stationed permanently */
    adHocDeployment: z.boolean(),
    /** MoU: the company also uses a private security provider at the site */
    privateSecurityOnSite: z.boolean(),
  })
  .strict();

export type EngagementFacts = z.infer<typeof EngagementFactsSchema>;
export type FactKey = keyof EngagementFacts;
export const factKeys = Object.keys(EngagementFactsSchema.shape) as FactKey[];

/** A facts file may leave questions unanswered; unanswered questions take these defaults. */
export const PartialFactsSchema = EngagementFactsSchema.partial().strict();
export type PartialFacts = z.infer<typeof PartialFactsSchema>;

export const defaultFacts: EngagementFacts = {
  armedPersonnel: false,
  lessLethalEquipment: false,
  apprehensionPossible: false,
  detentionServicesRequested: false,
  assistsLawEnforcement: false,
  armedConflict: false,
  publicSecurityPresent: false,
  jointOperations: false,
  pspFirstResponder: false,
  offDutyPublicSecurityPersonnel: false,
  supportToPublicSecurity: 'none',
  subcontractingPermitted: false,
  localProvider: false,
  crowdControlRisk: false,
  vulnerableGroupsPresent: false,
  adHocDeployment: false,
  privateSecurityOnSite: false,
};

/**
 * A rule over engagement facts, written as data so that requirements, templates and clauses
 * share one evaluator and every rule can be listed, tested and explained.
 */
export type FactsRule =
  | { fact: FactKey; is: boolean | string }
  | { fact: FactKey; in: string[] }
  | { all: FactsRule[] }
  | { any: FactsRule[] }
  | { not: FactsRule };

export const FactsRuleSchema: z.ZodType<FactsRule> = z.lazy(() =>
  z.union([
    z.object({ fact: z.enum(factKeys as [FactKey, ...FactKey[]]), is: z.union([z.boolean(), z.string()]) }).strict(),
    z.object({ fact: z.enum(factKeys as [FactKey, ...FactKey[]]), in: z.array(z.string()).min(1) }).strict(),
    z.object({ all: z.array(FactsRuleSchema).min(1) }).strict(),
    z.object({ any: z.array(FactsRuleSchema).min(1) }).strict(),
    z.object({ not: FactsRuleSchema }).strict(),
  ]),
);

/** A question put to the user, in plain language, with help text drawn from the standards. */
export interface FactQuestion {
  key: FactKey;
  /** the documents whose questionnaire asks it */
  kinds: Array<'psp-contract' | 'public-security-mou'>;
  question: string;
  help: string;
  sources: string[];
  options?: { value: string; label: string }[];
}
