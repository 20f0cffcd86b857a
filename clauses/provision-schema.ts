// Runtime: any (pure data + zod). A provision: something the standards say a document of one
// kind must contain. The library satisfies provisions with clauses (clauses/coverage.ts).
import * as z from 'zod';
import { DocumentKindSchema, IdSchema } from './schema.ts';
import { FactsRuleSchema } from './facts.ts';

export const ProvisionSchema = z
  .object({
    id: IdSchema,
    kind: DocumentKindSchema,
    /** where the catalogue lists it: "§2.28"; house provisions beyond the catalogue say "house" */
    ref: z.string().min(1),
    /** true: every document of this kind needs it; false: only when a requirement rule switches it on */
    mandatory: z.boolean(),
    summary: z.string().min(1),
    /** the standards and paragraphs it rests on, as the catalogue gives them */
    basis: z.string().min(1),
  })
  .strict();
export type Provision = z.infer<typeof ProvisionSchema>;

/**
 * A conditional rule of standards.md §4: when the facts hold, these provisions become required.
 * A rule may also carry a finding of its own, e.g. a blocking incompatibility (ICoC ¶33).
 */
export const RequirementRuleSchema = z
  .object({
    id: IdSchema,
    when: FactsRuleSchema,
    /** the reason shown to the user, phrased from the fact: "Personnel will carry firearms" */
    reason: z.string().min(1),
    requires: z.array(IdSchema),
    source: z.string().min(1),
    finding: z
      .object({
        kinds: z.array(DocumentKindSchema).min(1),
        severity: z.enum(['blocking', 'warning', 'info']),
        code: z.string().min(1),
        message: z.string().min(1),
        fix: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict();
export type RequirementRule = z.infer<typeof RequirementRuleSchema>;
