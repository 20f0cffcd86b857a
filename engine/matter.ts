// Runtime: any (pure). A matter: one contract or MoU in progress. This is the shape saved in
// matter files, sent over the API and read from the command line; values are kept loose here
// (unknown) and checked against each variable's type by engine/values.ts, so that a wrong
// value becomes a finding on the clause, not a file the app refuses to open.
import * as z from 'zod';
import { BlockSchema, DocumentKindSchema, IdSchema } from '../clauses/schema.ts';
import { PartialFactsSchema } from '../clauses/facts.ts';
import { PartyRoleSchema } from '../templates/schema.ts';

export const icocaStatuses = ['certified-member', 'transitional-member', 'affiliate', 'none'] as const;
export const IcocaStatusSchema = z.enum(icocaStatuses);
export type IcocaStatus = z.infer<typeof IcocaStatusSchema>;

export const PartySchema = z
  .object({
    role: PartyRoleSchema,
    legalName: z.string(),
    /** legal form, e.g. "a company incorporated under the laws of Ghana" */
    type: z.string().default(''),
    registration: z.string().default(''),
    address: z.string().default(''),
    signatory: z.object({ name: z.string().default(''), title: z.string().default('') }).strict().default({ name: '', title: '' }),
    witness: z.boolean().default(false),
    /** PSP parties: the provider's status with the ICoC Association */
    icocaStatus: IcocaStatusSchema.optional(),
  })
  .strict();
export type Party = z.infer<typeof PartySchema>;
export type PartyInput = z.input<typeof PartySchema>;

export const ValuesSchema = z.record(z.string(), z.unknown());
export type Values = z.infer<typeof ValuesSchema>;

/** A per-matter change to the library text, kept as a deviation so it can be shown as a redline. */
export const TextEditSchema = z
  .object({
    body: z.array(BlockSchema).min(1),
    /** the library version of the clause the edit was made against */
    baseVersion: z.number().int().positive(),
    note: z.string().default(''),
    reviewed: z.boolean().default(false),
  })
  .strict();
export type TextEdit = z.infer<typeof TextEditSchema>;

export const SelectedClauseSchema = z
  .object({
    alternative: IdSchema,
    values: ValuesSchema.default({}),
    edit: TextEditSchema.optional(),
  })
  .strict();
export type SelectedClause = z.infer<typeof SelectedClauseSchema>;

export const matterStatuses = ['draft', 'signature-ready', 'exported'] as const;
export const MatterStatusSchema = z.enum(matterStatuses);

export const MatterSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'matter ids use letters, digits, "-" and "_" only'),
    kind: DocumentKindSchema,
    title: z.string().min(1),
    templateId: IdSchema,
    templateVersion: z.number().int().positive(),
    parties: z.array(PartySchema),
    facts: PartialFactsSchema.default({}),
    /** document-level values (the template's variables) */
    values: ValuesSchema.default({}),
    /** selected clauses and annexes by id; a clause not listed is not in the document */
    clauses: z.record(IdSchema, SelectedClauseSchema),
    status: MatterStatusSchema.default('draft'),
    /** the date printed on the document; exports take dates from here, never from the clock */
    documentDate: z.string().default(''),
    versionLabel: z.string().default('1'),
    confidentiality: z.string().default('Confidential'),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type Matter = z.infer<typeof MatterSchema>;
export type MatterInput = z.input<typeof MatterSchema>;
