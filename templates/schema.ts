// Runtime: any (pure data + zod). A template is the outline of one kind of document: which
// clause goes where, which slots are always required, required on a facts rule, or optional.
import * as z from 'zod';
import { DocumentKindSchema, IdSchema, VariableSchema } from '../clauses/schema.ts';
import { FactsRuleSchema } from '../clauses/facts.ts';

export const partyRoles = ['company', 'provider', 'public-security', 'government'] as const;
export const PartyRoleSchema = z.enum(partyRoles);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** `true`: always required; a rule: required while it holds; absent: optional. */
export const SlotRequirementSchema = z.union([z.literal(true), FactsRuleSchema]);

export const SlotSchema = z
  .object({
    clause: IdSchema,
    required: SlotRequirementSchema.optional(),
  })
  .strict();
export type Slot = z.infer<typeof SlotSchema>;

export const ArticleSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    /** the definitions article prints the glossary terms the document uses, then its slots */
    definitions: z.boolean().optional(),
    slots: z.array(SlotSchema),
  })
  .strict();
export type Article = z.infer<typeof ArticleSchema>;

export const TemplatePartySchema = z
  .object({
    role: PartyRoleSchema,
    /** the defined term the document uses for this party, e.g. "Provider" */
    term: z.string().min(1),
    label: z.string().min(1),
    /** true when the document cannot be signed without this party */
    required: z.boolean().default(true),
  })
  .strict();

export const TemplateSchema = z
  .object({
    id: IdSchema,
    version: z.number().int().positive(),
    kind: DocumentKindSchema,
    title: z.string().min(1),
    shortTitle: z.string().min(1),
    /** how the text refers to the document itself: "Agreement", "Memorandum" */
    documentTerm: z.string().min(1).default('Agreement'),
    parties: z.array(TemplatePartySchema).min(2),
    /** deal-level values used across clauses: site, effective date, governing law … */
    variables: z.array(VariableSchema),
    recitals: z.array(z.string().min(1)).min(1),
    /** the sentence between recitals and the first article */
    operativeWords: z.string().min(1),
    articles: z.array(ArticleSchema).min(1),
    annexes: z.array(SlotSchema),
    signature: z
      .object({
        intro: z.string().min(1),
        witness: z.boolean(),
      })
      .strict(),
  })
  .strict();
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateInput = z.input<typeof TemplateSchema>;
