// Runtime: any (pure). Sensitivity of the award to the weights: each weighted criterion's weight is
// moved 10 points down and up (floored at 0, capped at 100), the other weights are rescaled in
// proportion so they still sum to 100, and the winner is found again. A committee whose winner
// survives every move can defend the weights; where it does not, the report says which weight
// decides the award.
import { priceWeightCap } from './model.ts';
import { rankOrder, type EvaluationResult, type RankKey } from './score.ts';

export const sensitivityStep = 10;

export interface WeightMove {
  /** the criterion's weight after the move */
  weight: number;
  /** the bidders ranked first after the move (several when tied) */
  winners: string[];
  /** true when the winners differ from the evaluation's winners */
  changes: boolean;
  /** true when the move takes the price weight above the cap: shown, but not a weight the tender could use */
  aboveCap: boolean;
}

export interface SensitivityRow {
  criterionId: string;
  label: string;
  weight: number;
  down: WeightMove;
  up: WeightMove;
}

export interface Sensitivity {
  rows: SensitivityRow[];
  /** true when no move of ±10 points (within the price cap) changes the winner */
  robust: boolean;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function sensitivity(result: EvaluationResult, step = sensitivityStep): Sensitivity {
  const admitted = result.bids.filter((b) => !b.excluded);
  const base = result.winners.map((w) => w.bidder);
  const weighted = admitted[0]?.scores ?? [];
  const priceId = result.criteria.criteria.find((c) => c.type === 'price')?.id;
  const rows: SensitivityRow[] = [];
  if (!admitted.length) return { rows, robust: true };
  for (const [i, moved] of weighted.entries()) {
    if (moved.weight >= 100) continue; // nothing else to rescale
    const move = (delta: number): WeightMove => {
      const weight = Math.min(100, Math.max(0, moved.weight + delta));
      const scale = (100 - weight) / (100 - moved.weight);
      const keys: (RankKey & { bidder: string })[] = admitted.map((b) => {
        let total = 0;
        let pricePoints = 0;
        b.scores.forEach((s, j) => {
          const points = s.fraction * (j === i ? weight : s.weight * scale);
          total += points;
          if (s.criterionId === priceId) pricePoints = points;
        });
        return { bidder: b.bidder, total, quality: total - pricePoints, icocaStatus: b.icocaStatus, price: b.price };
      });
      const winners = rankOrder(keys)
        .filter((r) => r.rank === 1)
        .map((r) => r.entry.bidder);
      return { weight, winners, changes: !sameSet(winners, base), aboveCap: moved.criterionId === priceId && weight > priceWeightCap };
    };
    rows.push({ criterionId: moved.criterionId, label: moved.label, weight: moved.weight, down: move(-step), up: move(step) });
  }
  const permitted = rows.flatMap((r) => [r.down, r.up]).filter((m) => !m.aboveCap);
  return { rows, robust: permitted.every((m) => !m.changes) };
}
