// Runtime: any (pure data + zod). The bid evaluation model: one tender has criteria (gates,
// weighted criteria, recorded commitments) and bids. Everything that crosses a boundary (a
// criteria file, a JSON bids file, the API to the workspace) is parsed with these schemas.
import * as z from 'zod';
import { IdSchema } from '../../clauses/schema.ts';
import { IcocaStatusSchema, icocaStatuses, type IcocaStatus } from '../matter.ts';

/**
 * The largest weight price may carry. Montreux Document GP 5: price must not be the only
 * criterion; capping it keeps quality in charge of the outcome. The figure is a design choice
 * of Mandate (standards.md §5 gives no number), stated in every report.
 */
export const priceWeightCap = 40;

/** The groups of award criteria named by the DCAF/ICRC toolkit (T-BID), plus service and price. */
export const criterionGroups = ['company', 'personnel', 'weapons-equipment', 'service', 'price'] as const;
export const CriterionGroupSchema = z.enum(criterionGroups);
export type CriterionGroup = z.infer<typeof CriterionGroupSchema>;

/** What a criterion's answer becomes in the contract on award (engine/bids/award.ts maps these). */
export const commitmentKinds = ['guardNumbers', 'trainingHours', 'responseTimeMinutes', 'localStaffPercent', 'price', 'icocaStatus'] as const;
export const CommitmentKindSchema = z.enum(commitmentKinds);
export type CommitmentKind = z.infer<typeof CommitmentKindSchema>;

const base = {
  id: IdSchema,
  label: z.string().min(1),
  group: CriterionGroupSchema,
  /** the standard and paragraph the criterion rests on, printed in the report */
  source: z.string().min(1),
  /** what the bidder must show, for the template and the report */
  help: z.string().default(''),
  commitment: CommitmentKindSchema.optional(),
};
const weight = z.number().positive('a weighted criterion needs a weight above 0 (use type "record" for an unscored answer)');

/** The default points of each ICoCA status, as a fraction of the criterion's weight. */
export const defaultIcocaPoints: Record<IcocaStatus, number> = {
  'certified-member': 1,
  'transitional-member': 0.6,
  affiliate: 0.3,
  none: 0,
};

export const CriterionSchema = z.discriminatedUnion('type', [
  /** pass/fail exclusion: a bid answering otherwise than passWhen is excluded */
  z.object({ ...base, type: z.literal('gate'), passWhen: z.enum(['yes', 'no']) }).strict(),
  /** 0-5 marks awarded by the committee, one descriptor per mark */
  z.object({ ...base, type: z.literal('scale'), weight, descriptors: z.array(z.string().min(1)).length(6, 'give six descriptors, for marks 0 to 5') }).strict(),
  /** full points when the number meets the threshold, none otherwise */
  z
    .object({ ...base, type: z.literal('threshold'), weight, unit: z.string().min(1), atLeast: z.number().optional(), atMost: z.number().optional() })
    .strict()
    .refine((c) => (c.atLeast === undefined) !== (c.atMost === undefined), { message: 'a threshold criterion needs exactly one of "atLeast" or "atMost"' }),
  /** points rise linearly from `worst` (0) to `best` (full); works both ways (hours up, minutes down) */
  z
    .object({ ...base, type: z.literal('linear'), weight, unit: z.string().min(1), worst: z.number(), best: z.number() })
    .strict()
    .refine((c) => c.worst !== c.best, { message: '"worst" and "best" must differ' }),
  /** the provider's ICoCA status, an ordered scale */
  z
    .object({
      ...base,
      type: z.literal('icoca'),
      weight,
      points: z
        .record(IcocaStatusSchema, z.number().min(0).max(1))
        .default(defaultIcocaPoints)
        .refine((p) => icocaStatuses.every((s, i) => i === 0 || (p[s] ?? 0) <= (p[icocaStatuses[i - 1]!] ?? 0)), {
          message: 'ICoCA points must not rise down the scale (certified member ≥ transitional member ≥ affiliate ≥ none)',
        }),
    })
    .strict(),
  /** price, scored inversely: lowest admitted price / this price */
  z.object({ ...base, type: z.literal('price'), weight }).strict(),
  /** not scored: an answer recorded for the report and carried into the contract */
  z.object({ ...base, type: z.literal('record'), valueType: z.enum(['number', 'text']), unit: z.string().default('') }).strict(),
]);
export type Criterion = z.infer<typeof CriterionSchema>;
export type CriterionInput = z.input<typeof CriterionSchema>;
export type WeightedCriterion = Extract<Criterion, { weight: number }>;

export const isWeighted = (c: Criterion): c is WeightedCriterion => 'weight' in c;

/** Cross-checks of a whole criteria list; each message says what to change. */
function checkCriteria(criteria: Criterion[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['criteria', i, 'id'], message: `the id "${c.id}" is used twice; give each criterion its own id` });
    seen.add(c.id);
  });
  const weighted = criteria.filter(isWeighted);
  const sum = weighted.reduce((s, c) => s + c.weight, 0);
  if (Math.abs(sum - 100) > 1e-6) {
    const list = weighted.map((c) => `${c.id} ${c.weight}`).join(', ');
    ctx.addIssue({ code: 'custom', path: ['criteria'], message: `the weights must sum to 100 but sum to ${+sum.toFixed(4)} (${list}); adjust them by ${+(100 - sum).toFixed(4)}` });
  }
  const prices = criteria.filter((c) => c.type === 'price');
  if (prices.length > 1) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `there are ${prices.length} price criteria; keep one` });
  for (const p of prices) {
    if (p.weight > priceWeightCap)
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', criteria.indexOf(p), 'weight'],
        message: `price weighs ${p.weight} but may weigh at most ${priceWeightCap}: security services are not awarded on price alone (Montreux Document GP 5); move the difference to quality criteria`,
      });
  }
  const icoca = criteria.filter((c) => c.type === 'icoca');
  if (icoca.length > 1) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `there are ${icoca.length} ICoCA status criteria; keep one` });
  const commitments = new Map<string, string>();
  for (const c of criteria) {
    if (!c.commitment) continue;
    const other = commitments.get(c.commitment);
    if (other) ctx.addIssue({ code: 'custom', path: ['criteria'], message: `"${c.id}" and "${other}" both carry the commitment "${c.commitment}"; keep it on one` });
    commitments.set(c.commitment, c.id);
  }
}

/** An evaluation's criteria: the tender's title, its currency, and the criteria themselves. */
export const CriteriaSetSchema = z
  .object({
    title: z.string().min(1).default('Evaluation of bids for security services'),
    /** ISO 4217 currency of every price in the evaluation */
    currency: z.string().regex(/^[A-Z]{3}$/, 'use a three-letter ISO currency code, e.g. "USD"').default('USD'),
    criteria: z.array(CriterionSchema).min(1),
  })
  .strict()
  .superRefine((s, ctx) => checkCriteria(s.criteria, ctx));
export type CriteriaSet = z.infer<typeof CriteriaSetSchema>;
export type CriteriaSetInput = z.input<typeof CriteriaSetSchema>;

/** A typed answer: yes/no for gates, marks or numbers, an ICoCA status, or text. */
export const AnswerSchema = z.union([z.boolean(), z.number(), IcocaStatusSchema, z.string()]);
export type Answer = z.infer<typeof AnswerSchema>;

/** One bid, after import: answers are already checked against the criteria (engine/bids/answers.ts). */
export const BidSchema = z
  .object({
    bidder: z.string().trim().min(1, 'name the bidder'),
    /** answers by criterion id; a criterion left out is unanswered (a gate fails, a score is 0) */
    answers: z.record(z.string(), AnswerSchema).default({}),
    /** evidence notes by criterion id: where in the bid the committee found the answer */
    evidence: z.record(z.string(), z.string()).default({}),
    /** where the bid came from, for messages: "row 4" of a CSV, "bids[3]" of a JSON file */
    origin: z.string().default(''),
  })
  .strict();
export type Bid = z.infer<typeof BidSchema>;
export type BidInput = z.input<typeof BidSchema>;

/** One import problem, located so a person can find the cell: row and column, or a JSON path. */
export interface ImportProblem {
  /** an error keeps the row out of the evaluation; a warning is information the committee should see */
  severity: 'error' | 'warning';
  /** spreadsheet row (the header is row 1) */
  row?: number;
  /** the column's header text and letter, e.g. "training-hours (column F)" */
  column?: string;
  /** JSON path, e.g. "bids[2].answers.training-hours" */
  field?: string;
  /** the cell as written */
  value?: string;
  reason: string;
}

/** Where a problem is, in words: "row 4, training-hours (column F)". */
export function problemPlace(p: ImportProblem): string {
  const parts = [p.row !== undefined ? `row ${p.row}` : '', p.column ?? '', p.field ?? ''].filter(Boolean);
  return parts.length ? parts.join(', ') : 'the file';
}

export function describeProblem(p: ImportProblem): string {
  const value = p.value !== undefined && p.value !== '' ? ` ("${p.value.length > 40 ? p.value.slice(0, 40) + '…' : p.value}")` : '';
  return `${p.severity === 'error' ? 'Error' : 'Warning'} at ${problemPlace(p)}${value}: ${p.reason}`;
}

/** The result of reading a bids file: the bids that could be read and every problem found. */
export interface ImportResult {
  bids: Bid[];
  problems: ImportProblem[];
  /** rows (or JSON entries) that did not import, with where they were: never silently dropped */
  rejected: { origin: string; bidder: string; reasons: string[] }[];
}

/** One tender: its criteria and its bids; the workspace stores this. */
export const EvaluationSchema = z
  .object({
    criteria: CriteriaSetSchema,
    bids: z.array(BidSchema),
  })
  .strict();
export type Evaluation = z.infer<typeof EvaluationSchema>;
