// Runtime: any (pure contract). The bid evaluation operations of the API (issue 7), part of
// `operations` in main/api.ts: evaluations (one tender each) with their criteria and bids,
// import from CSV or JSON text with every problem located, scoring, sensitivity, the report for
// the tender file, and the award into a PSP agreement matter. Implemented in main/bids-handlers.ts.
import * as z from 'zod';
import { PartialFactsSchema } from '../clauses/facts.ts';
import { BidSchema, CriteriaSetSchema } from '../engine/bids/model.ts';
import { MatterSchema } from '../engine/matter.ts';
import {
  BidEvaluationSchema,
  CarriedCommitmentSchema,
  EvaluationIdSchema,
  EvaluationResultSchema,
  EvaluationSummarySchema,
  ImportProblemSchema,
  RejectedBidSchema,
  SensitivitySchema,
  UncarriedCommitmentSchema,
} from './api-bids-model.ts';
import { ExportFormatSchema, ExportOutputSchema, op } from './api-model.ts';

const MatterIdSchema = MatterSchema.shape.id;
const empty = z.object({}).strict().default({});

export const bidOperations = {
  // Bid evaluations (procurement): one tender each, stored in collections/bid-evaluations/.
  listEvaluations: op('The bid evaluations, most recently changed first.', empty, z.array(EvaluationSummarySchema)),
  createEvaluation: op(
    'A new evaluation with the default criteria (standards.md §5), or the criteria given; `title` and `currency` override theirs.',
    z.object({ title: z.string().min(1).max(300).optional(), currency: z.string().regex(/^[A-Z]{3}$/, 'use a three-letter ISO currency code, e.g. "USD"').optional(), criteria: CriteriaSetSchema.optional() }).strict(),
    BidEvaluationSchema,
  ),
  getEvaluation: op('One evaluation: criteria, bids, the last import and the award.', z.object({ id: EvaluationIdSchema }).strict(), BidEvaluationSchema),
  updateEvaluation: op(
    'Change the criteria and/or the bids. The bids are checked against the criteria; any answer that does not fit refuses the change, naming it. ' +
      '`baseUpdatedAt` refuses the change when someone saved in between. Saving bids clears the last import\'s rejected rows.',
    z.object({ id: EvaluationIdSchema, title: z.string().min(1).max(300).optional(), criteria: CriteriaSetSchema.optional(), bids: z.array(BidSchema).optional(), baseUpdatedAt: z.string().optional() }).strict(),
    BidEvaluationSchema,
  ),
  deleteEvaluation: op('Delete an evaluation (a matter it was awarded into stays).', z.object({ id: EvaluationIdSchema }).strict(), EvaluationSummarySchema),
  importBids: op(
    'Read bids from CSV or JSON text into an evaluation. Good rows import; every bad row or cell is returned with its row, column or path and the reason. ' +
      '`mode: "replace"` (default) replaces the bids, `"add"` adds to them; when no row can be read the bids are left as they were.',
    z
      .object({
        id: EvaluationIdSchema,
        format: z.enum(['csv', 'json']),
        text: z.string().max(8 * 1024 * 1024),
        mode: z.enum(['replace', 'add']).default('replace'),
        fileName: z.string().max(300).optional(),
      })
      .strict(),
    z.object({ evaluation: BidEvaluationSchema, imported: z.number().int().nonnegative(), problems: z.array(ImportProblemSchema), rejected: z.array(RejectedBidSchema) }).strict(),
  ),
  evaluateBids: op(
    'Score and rank the bids: gates first (excluded bids with the reasons), then the weighted criteria (each score with its group), the tie rule, the winners.',
    z.object({ id: EvaluationIdSchema }).strict(),
    z.object({ result: EvaluationResultSchema, rejected: z.array(RejectedBidSchema) }).strict(),
  ),
  bidSensitivity: op('Whether the winner changes when each weight moves ±10 points (the rest rescaled).', z.object({ id: EvaluationIdSchema }).strict(), SensitivitySchema),
  exportEvaluationReport: op(
    'The evaluation report for the tender file as DOCX or PDF (method, criteria, gates and exclusions, scores, ranking, sensitivity, recommendation, committee signatures). ' +
      'With `path` it is written there; without it the bytes are returned.',
    z
      .object({
        id: EvaluationIdSchema,
        format: ExportFormatSchema,
        path: z.string().min(1).optional(),
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'write the date as YYYY-MM-DD').optional(),
        reference: z.string().min(1).max(200).optional(),
        committee: z.array(z.object({ name: z.string().max(200), title: z.string().max(200) }).strict()).max(12).optional(),
      })
      .strict(),
    ExportOutputSchema,
  ),
  awardEvaluation: op(
    'Create the PSP agreement matter for the winning bid (or `bidder`), pre-filled with the provider and the commitments it bid; returns its id and what could not be carried.',
    z.object({ id: EvaluationIdSchema, bidder: z.string().min(1).optional(), title: z.string().min(1).max(300).optional(), facts: PartialFactsSchema.optional() }).strict(),
    z
      .object({ matterId: MatterIdSchema, bidder: z.string(), carried: z.array(CarriedCommitmentSchema), notCarried: z.array(UncarriedCommitmentSchema), evaluation: BidEvaluationSchema })
      .strict(),
  ),
} as const;
