// Runtime: any (pure contract). Zod schemas for the engine's plain types that cross the API
// (findings, the Document tree), so both transports can check what a handler returns. Each is
// tied to its TypeScript type by `satisfies`-style assertions below, so the two cannot drift.
import * as z from 'zod';
import { DocumentKindSchema } from '../clauses/schema.ts';
import type { Finding } from '../engine/findings.ts';
import type { DocBlock, DocumentTree, Run } from '../engine/document.ts';

export const FindingSchema = z
  .object({
    severity: z.enum(['blocking', 'warning', 'info']),
    code: z.string(),
    message: z.string(),
    where: z
      .object({ clauseId: z.string().optional(), variable: z.string().optional(), field: z.string().optional(), provisionId: z.string().optional() })
      .strict(),
    source: z.string().optional(),
    fix: z.string(),
  })
  .strict();

const RunSchema = z
  .object({
    text: z.string(),
    bold: z.boolean().optional(),
    italic: z.boolean().optional(),
    missing: z.object({ clauseId: z.string().optional(), variable: z.string() }).strict().optional(),
    ref: z.string().optional(),
  })
  .strict();
const runs = z.array(RunSchema);
const clauseId = z.string().optional();

const DocBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), number: z.string().optional(), text: z.string(), anchor: z.string().optional() }).strict(),
  z.object({ type: z.literal('clause'), number: z.string(), title: z.string().optional(), runs, anchor: z.string().optional(), clauseId }).strict(),
  z.object({ type: z.literal('item'), number: z.string(), depth: z.union([z.literal(1), z.literal(2), z.literal(3)]), runs, clauseId }).strict(),
  z
    .object({
      type: z.literal('paragraph'),
      runs,
      style: z.enum(['body', 'recital', 'centered', 'note', 'continuation']).optional(),
      number: z.string().optional(),
      clauseId,
    })
    .strict(),
  z.object({ type: z.literal('definition'), term: z.string(), runs }).strict(),
  z.object({ type: z.literal('table'), header: z.array(z.string()), rows: z.array(z.array(runs)), blankRows: z.number().int() }).strict(),
  z
    .object({
      type: z.literal('signatures'),
      blocks: z.array(
        z
          .object({ term: z.string(), partyName: z.string(), signatoryName: z.string(), signatoryTitle: z.string(), witness: z.boolean(), fieldName: z.string() })
          .strict(),
      ),
    })
    .strict(),
]);

const SectionSchema = z
  .object({
    kind: z.enum(['cover', 'toc', 'parties', 'article', 'signature', 'annex']),
    anchor: z.string(),
    title: z.string(),
    number: z.string().optional(),
    newPage: z.boolean(),
    blocks: z.array(DocBlockSchema),
    toc: z.array(z.object({ number: z.string().optional(), title: z.string(), anchor: z.string() }).strict()).optional(),
  })
  .strict();

export const DocumentTreeSchema = z
  .object({
    meta: z
      .object({
        kind: DocumentKindSchema,
        title: z.string(),
        shortTitle: z.string(),
        versionLabel: z.string(),
        dateText: z.string(),
        confidentiality: z.string(),
        draft: z.boolean(),
        parties: z.array(z.object({ term: z.string(), name: z.string() }).strict()),
        subject: z.string(),
        keywords: z.array(z.string()),
      })
      .strict(),
    sections: z.array(SectionSchema),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// Shared by the operations of main/api.ts and main/api-bids.ts

export const exportFormats = ['docx', 'pdf'] as const;
export const ExportFormatSchema = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormatSchema>;

/** One operation of the API: what it does, its input and its output. */
export function op<I extends z.ZodType, O extends z.ZodType>(summary: string, input: I, output: O) {
  return { summary, input, output };
}

/** What every finished export reports: the suggested file name and the document fingerprint. */
function exportedFields() {
  return {
    fileName: z.string(),
    byteLength: z.number().int().positive(),
    mediaType: z.string(),
    /** SHA-256 of the Document tree, printed in the footer: shows two files carry the same text */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    pageCount: z.number().int().positive().optional(),
  };
}

/** The result of an export (matter or evaluation report): a file written, bytes, or cancelled. */
export const ExportOutputSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal('file'), path: z.string(), ...exportedFields() }).strict(),
  z.object({ saved: z.literal('bytes'), base64: z.string(), ...exportedFields() }).strict(),
  z.object({ saved: z.literal('cancelled') }).strict(),
]);

// Compile-time ties between the schemas and the engine's types: if either side changes shape,
// typecheck fails here rather than a user seeing an "invalid output" error.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameFinding: Same<z.infer<typeof FindingSchema>, Finding> = true;
const sameRun: Same<z.infer<typeof RunSchema>, Run> = true;
const sameBlock: Same<z.infer<typeof DocBlockSchema>, DocBlock> = true;
const sameTree: Same<z.infer<typeof DocumentTreeSchema>, DocumentTree> = true;
void [sameFinding, sameRun, sameBlock, sameTree];
