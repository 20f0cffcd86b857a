// Runtime: any (pure contract). Zod schemas for what the bid evaluation crosses the API with: the
// stored evaluation (criteria, bids, the last import's problems, the award link), the scored
// result, the sensitivity analysis and the award summary. The engine's types are tied to these
// below, so a change on either side fails typecheck instead of a user seeing "invalid output".
import * as z from 'zod';
import { BidSchema, CriteriaSetSchema, CriterionGroupSchema, AnswerSchema, CommitmentKindSchema, type ImportProblem, type ImportResult } from '../engine/bids/model.ts';
import type { EvaluationResult } from '../engine/bids/score.ts';
import type { Sensitivity } from '../engine/bids/sensitivity.ts';
import type { CarriedCommitment, UncarriedCommitment } from '../engine/bids/award.ts';
import { IcocaStatusSchema, MatterSchema } from '../engine/matter.ts';

/** An evaluation's id: letters, digits, "-" and "_" (it names the evaluation's file). */
export const EvaluationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an evaluation id uses letters, digits, "-" and "_" (at most 64)');

export const ImportProblemSchema = z
  .object({
    severity: z.enum(['error', 'warning']),
    row: z.number().int().optional(),
    column: z.string().optional(),
    field: z.string().optional(),
    value: z.string().optional(),
    reason: z.string(),
  })
  .strict();

export const RejectedBidSchema = z.object({ origin: z.string(), bidder: z.string(), reasons: z.array(z.string()) }).strict();

export const CarriedCommitmentSchema = z
  .object({ commitment: CommitmentKindSchema, criterionId: z.string(), bid: z.string(), clauseId: z.string().optional(), variable: z.string(), addedClause: z.boolean() })
  .strict();
export const UncarriedCommitmentSchema = z.object({ commitment: CommitmentKindSchema, criterionId: z.string(), bid: z.string(), reason: z.string() }).strict();

/** One evaluation as stored (collections/bid-evaluations/<id>.json) and as the API returns it. */
export const BidEvaluationSchema = z
  .object({
    id: EvaluationIdSchema,
    /** the tender's title is the criteria's title; the currency is theirs too */
    criteria: CriteriaSetSchema,
    bids: z.array(BidSchema),
    /** the last import: what came in and every row or cell that did not */
    lastImport: z
      .object({
        at: z.string(),
        format: z.enum(['csv', 'json']),
        fileName: z.string().optional(),
        imported: z.number().int().nonnegative(),
        problems: z.array(ImportProblemSchema),
        rejected: z.array(RejectedBidSchema),
      })
      .strict()
      .optional(),
    /** set once the contract was awarded: the PSP agreement matter made from the winning bid */
    award: z
      .object({
        matterId: MatterSchema.shape.id,
        bidder: z.string(),
        at: z.string(),
        carried: z.array(CarriedCommitmentSchema),
        notCarried: z.array(UncarriedCommitmentSchema),
      })
      .strict()
      .optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type BidEvaluation = z.infer<typeof BidEvaluationSchema>;

/** One line of the evaluations list. */
export const EvaluationSummarySchema = z
  .object({
    id: EvaluationIdSchema,
    title: z.string(),
    currency: z.string(),
    bidCount: z.number().int().nonnegative(),
    /** rows of the last import that did not come in */
    rejectedCount: z.number().int().nonnegative(),
    award: z.object({ matterId: z.string(), bidder: z.string() }).strict().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();
export type EvaluationSummary = z.infer<typeof EvaluationSummarySchema>;

const GateOutcomeSchema = z
  .object({ criterionId: z.string(), label: z.string(), source: z.string(), answer: z.boolean().optional(), passed: z.boolean(), reason: z.string() })
  .strict();

const CriterionScoreSchema = z
  .object({
    criterionId: z.string(),
    label: z.string(),
    group: CriterionGroupSchema,
    weight: z.number(),
    answer: AnswerSchema.optional(),
    fraction: z.number(),
    points: z.number(),
    note: z.string(),
  })
  .strict();

const ScoredBidSchema = z
  .object({
    bidder: z.string(),
    origin: z.string(),
    excluded: z.boolean(),
    gates: z.array(GateOutcomeSchema),
    scores: z.array(CriterionScoreSchema),
    total: z.number(),
    quality: z.number(),
    price: z.number().optional(),
    icocaStatus: IcocaStatusSchema.optional(),
    rank: z.number().int().optional(),
    tieNote: z.string(),
    evidence: z.record(z.string(), z.string()),
    answers: z.record(z.string(), AnswerSchema),
  })
  .strict();

export const EvaluationResultSchema = z
  .object({ criteria: CriteriaSetSchema, bids: z.array(ScoredBidSchema), winners: z.array(ScoredBidSchema), lowestPrice: z.number().optional() })
  .strict();

const WeightMoveSchema = z.object({ weight: z.number(), winners: z.array(z.string()), changes: z.boolean(), aboveCap: z.boolean() }).strict();
export const SensitivitySchema = z
  .object({
    rows: z.array(z.object({ criterionId: z.string(), label: z.string(), weight: z.number(), down: WeightMoveSchema, up: WeightMoveSchema }).strict()),
    robust: z.boolean(),
  })
  .strict();

// Compile-time ties: every value the engine produces is one the schema accepts (a key the engine
// types as `x: T | undefined` is optional in the schema, as JSON drops undefined anyway).
type Accepts<Schema, Engine> = [Engine] extends [Schema] ? true : false;
const ties: [
  Accepts<z.input<typeof ImportProblemSchema>, ImportProblem>,
  Accepts<z.input<typeof RejectedBidSchema>, ImportResult['rejected'][number]>,
  Accepts<z.input<typeof EvaluationResultSchema>, EvaluationResult>,
  Accepts<z.input<typeof SensitivitySchema>, Sensitivity>,
  Accepts<z.input<typeof CarriedCommitmentSchema>, CarriedCommitment>,
  Accepts<z.input<typeof UncarriedCommitmentSchema>, UncarriedCommitment>,
] = [true, true, true, true, true, true];
void ties;
