// Runtime: any (pure data + zod). The typed clause model. TypeScript types come from these
// schemas, so the library, the engine and the UI share one definition.
//
// Clause text is written in a small markup:
//   {{name}}        a typed placeholder: a clause variable, else a document variable of the template
//   {@id}           a cross-reference to another clause or annex; rendered "clause 12.3" / "Annex 2"
//   {def:Term}      an inline definition: renders the term in bold quotes and defines it
// Defined terms of the glossary (clauses/glossary.ts) are written plainly; the engine finds them.
import * as z from 'zod';
import { FactsRuleSchema } from './facts.ts';

export const documentKinds = ['psp-contract', 'public-security-mou'] as const;
export const DocumentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(idPattern, 'use lower-case words joined by hyphens, e.g. "use-of-force"');
const VariableNamePattern = /^[a-z][a-zA-Z0-9]*$/;

export const durationUnits = ['hours', 'calendar days', 'business days', 'weeks', 'months', 'years'] as const;

const variableBase = {
  name: z.string().regex(VariableNamePattern, 'variable names are camelCase, e.g. "handoverHours"'),
  label: z.string().min(1),
  help: z.string().optional(),
  /** an optional value may stay empty in a signature-ready document (the text must read well without it) */
  optional: z.boolean().optional(),
  /**
   * The value is kept on a party of the matter (e.g. the Provider's ICoCA status): the clause
   * reads it from there unless the matter sets a value of its own, so it is entered once.
   */
  fromParty: z.object({ role: z.string().min(1), field: z.enum(['icocaStatus', 'legalName']) }).strict().optional(),
};

/** One typed variable of a clause or a template. Values are validated against it. */
export const VariableSchema = z.discriminatedUnion('type', [
  z.object({ ...variableBase, type: z.literal('text'), default: z.string().optional(), maxLength: z.number().int().positive().optional() }).strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('integer'),
      min: z.number().int().optional(),
      max: z.number().int().optional(),
      unit: z.string().optional(),
      default: z.number().int().optional(),
    })
    .strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('date'),
      default: z.string().optional(),
      /** another date variable (of the clause or the document) this date may not precede */
      notBefore: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('enum'),
      options: z.array(z.object({ value: z.string(), label: z.string() }).strict()).min(1),
      default: z.string().optional(),
    })
    .strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('money'),
      currency: z.string().regex(/^[A-Z]{3}$/).optional(),
      min: z.number().nonnegative().optional(),
      default: z.object({ amount: z.number(), currency: z.string() }).optional(),
    })
    .strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('duration'),
      units: z.array(z.enum(durationUnits)).min(1),
      min: z.number().nonnegative().optional(),
      max: z.number().positive().optional(),
      default: z.object({ amount: z.number(), unit: z.enum(durationUnits) }).optional(),
    })
    .strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('percentage'),
      min: z.number().min(0).max(100).optional(),
      max: z.number().min(0).max(100).optional(),
      default: z.number().optional(),
    })
    .strict(),
  z.object({ ...variableBase, type: z.literal('party'), default: z.string().optional() }).strict(),
  z
    .object({
      ...variableBase,
      type: z.literal('list'),
      minItems: z.number().int().nonnegative().optional(),
      default: z.array(z.string()).optional(),
    })
    .strict(),
]);
export type Variable = z.infer<typeof VariableSchema>;
export type VariableType = Variable['type'];

/** A numbered sub-clause: (a), (b) … and nested (i), (ii) … */
export type Item = string | { p: string; items?: Item[] };
export const ItemSchema: z.ZodType<Item> = z.lazy(() =>
  z.union([z.string().min(1), z.object({ p: z.string().min(1), items: z.array(ItemSchema).optional() }).strict()]),
);

/**
 * One block of clause text. In an article each paragraph block becomes its own numbered
 * clause (12.1, 12.2 …); its items become (a), (b) …. Headings and tables serve annexes.
 */
export const BlockSchema = z.union([
  z.string().min(1),
  z.object({ p: z.string().min(1), items: z.array(ItemSchema).optional(), then: z.string().optional() }).strict(),
  z.object({ h: z.string().min(1) }).strict(),
  z
    .object({
      table: z
        .object({
          header: z.array(z.string()).min(1),
          rows: z.array(z.array(z.string())),
          /** blank rows a register or form leaves for handwriting */
          blankRows: z.number().int().nonnegative().optional(),
        })
        .strict(),
    })
    .strict(),
  z.object({ note: z.string().min(1) }).strict(),
]);
export type Block = z.infer<typeof BlockSchema>;

export const SourceSchema = z
  .object({
    /** e.g. "ICoC", "Montreux Document", "Voluntary Principles", "DCAF/ICRC Toolkit", "good practice" */
    standard: z.string().min(1),
    /** e.g. "¶34", "GP 14", "Relationship between public and private security, C" */
    ref: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const AlternativeSchema = z
  .object({
    id: IdSchema,
    label: z.string().min(1),
    /** one line: why a drafter would choose this position */
    rationale: z.string().min(1),
    body: z.array(BlockSchema).min(1),
    /** set when this position falls below a standard's minimum: validation warns */
    belowStandard: z.object({ standard: z.string().min(1), risk: z.string().min(1) }).strict().optional(),
    /** when this position contradicts the engagement (e.g. "no firearms" while guards are armed): blocking */
    conflictsWhen: FactsRuleSchema.optional(),
    /** a party role this position needs in the matter (e.g. a co-signing ministry): blocking when absent */
    requiresParty: z.string().min(1).optional(),
  })
  .strict();
export type Alternative = z.infer<typeof AlternativeSchema>;

export const ClauseSchema = z
  .object({
    id: IdSchema,
    version: z.number().int().positive(),
    title: z.string().min(1),
    topic: z.string().min(1),
    kinds: z.array(DocumentKindSchema).min(1),
    /** annexes are clauses too: same markup, rendered after the signature page */
    role: z.enum(['clause', 'annex']).default('clause'),
    variables: z.array(VariableSchema).default([]),
    sources: z.array(SourceSchema).min(1),
    /** for the drafter, never printed: why it matters, pushback, acceptable fallbacks */
    guidance: z.string().min(1),
    /** the first alternative is the preferred position */
    alternatives: z.array(AlternativeSchema).min(1),
    /** when the clause is meaningful; selected while false gives a warning */
    appliesWhen: FactsRuleSchema.optional(),
    /** when the clause contradicts the engagement; selected while true is blocking */
    conflictsWhen: FactsRuleSchema.optional(),
  })
  .strict();
export type Clause = z.infer<typeof ClauseSchema>;
export type ClauseInput = z.input<typeof ClauseSchema>;

/** A glossary entry: defined once, printed in the definitions clause when the document uses it. */
export const GlossaryEntrySchema = z
  .object({
    term: z.string().regex(/^[A-Z]/, 'defined terms are capitalised'),
    /** other forms that count as a use, e.g. plural "Subcontractors" */
    forms: z.array(z.string()).default([]),
    kinds: z.array(DocumentKindSchema).min(1),
    /** the definition, in clause markup (may use document variables, e.g. {{siteName}}) */
    definition: z.string().min(1),
    source: SourceSchema.optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
