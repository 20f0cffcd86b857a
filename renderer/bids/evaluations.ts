// Runtime: browser. The bid evaluations of this browser session. The API has no bids
// operations yet, so evaluations live in the tab (sessionStorage, parsed with the engine's
// schema when read back) rather than in the data folder; imports and scoring are the engine's own.
import { z } from 'zod';
import { EvaluationSchema, type CriteriaSet, type ImportProblem } from '../../engine/bids/model.ts';

export const StoredEvaluationSchema = z.object({
  id: z.string(),
  name: z.string(),
  importedAt: z.string(),
  evaluation: EvaluationSchema,
  problems: z.array(z.object({ severity: z.enum(['error', 'warning']), row: z.number().optional(), column: z.string().optional(), field: z.string().optional(), value: z.string().optional(), reason: z.string() })),
  rejected: z.array(z.object({ origin: z.string(), bidder: z.string(), reasons: z.array(z.string()) })),
});
export type StoredEvaluation = z.infer<typeof StoredEvaluationSchema>;

const key = 'mandate.evaluations';

export function loadEvaluations(): StoredEvaluation[] {
  try {
    const parsed = z.array(StoredEvaluationSchema).safeParse(JSON.parse(sessionStorage.getItem(key) ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function saveEvaluations(list: StoredEvaluation[]) {
  sessionStorage.setItem(key, JSON.stringify(list));
}

export function newEvaluation(name: string, criteria: CriteriaSet, result: { bids: StoredEvaluation['evaluation']['bids']; problems: ImportProblem[]; rejected: StoredEvaluation['rejected'] }): StoredEvaluation {
  return {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    name,
    importedAt: new Date().toISOString(),
    evaluation: { criteria, bids: result.bids },
    problems: result.problems,
    rejected: result.rejected,
  };
}
