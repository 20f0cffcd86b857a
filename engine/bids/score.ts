// Runtime: any (pure). Scoring an evaluation: gates first (a bid failing one is excluded, with the
// reason), then each weighted criterion gives a fraction from 0 to 1 of its weight, then the
// admitted bids are ranked with the stated tie rule. Fractions do not depend on the weights, so
// the sensitivity analysis reuses them and only re-weighs.
import { icocaStatuses, type IcocaStatus } from '../matter.ts';
import { answerText } from './answers.ts';
import { isWeighted, type Answer, type Bid, type CriteriaSet, type Criterion, type CriterionGroup, type WeightedCriterion } from './model.ts';

export const tieRule =
  'Bids with equal total scores (to two decimal places) are ranked by the higher quality score (the total without price), then the better ICoCA status, then the lower price. Bids still equal share the rank, and the committee records its choice between them.';

export interface GateOutcome {
  criterionId: string;
  label: string;
  source: string;
  answer: boolean | undefined;
  passed: boolean;
  /** why the bid is excluded, in a sentence; empty when passed */
  reason: string;
}

export interface CriterionScore {
  criterionId: string;
  label: string;
  group: CriterionGroup;
  weight: number;
  answer: Answer | undefined;
  /** 0 to 1: the share of the weight earned */
  fraction: number;
  points: number;
  /** how the points were reached, e.g. "40 hours: 37.5% of the range 16–80" */
  note: string;
}

export interface ScoredBid {
  bidder: string;
  origin: string;
  excluded: boolean;
  gates: GateOutcome[];
  /** weighted criteria only; empty for an excluded bid */
  scores: CriterionScore[];
  total: number;
  /** the total without price */
  quality: number;
  price: number | undefined;
  icocaStatus: IcocaStatus | undefined;
  /** 1 is best; equal ranks are a tie the rule could not break; undefined when excluded */
  rank: number | undefined;
  /** set when the bid's total equalled another's and the tie rule decided (or could not) */
  tieNote: string;
  evidence: Record<string, string>;
  answers: Record<string, Answer>;
}

export interface EvaluationResult {
  criteria: CriteriaSet;
  /** admitted bids in rank order, then excluded bids in input order */
  bids: ScoredBid[];
  /** the bids ranked first: one normally, several when the tie rule cannot separate them */
  winners: ScoredBid[];
  lowestPrice: number | undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));
const pct = (f: number) => `${round2(f * 100)}%`;

type Gate = Extract<Criterion, { type: 'gate' }>;
const gatePassed = (c: Gate, answer: Answer | undefined) => typeof answer === 'boolean' && answer === (c.passWhen === 'yes');

function gateOutcome(c: Gate, answer: Answer | undefined): GateOutcome {
  const base = { criterionId: c.id, label: c.label, source: c.source };
  if (typeof answer !== 'boolean')
    return { ...base, answer: undefined, passed: false, reason: `Not answered: "${c.label}". A bid that does not show it meets an exclusion criterion is excluded (${c.source}).` };
  const passed = gatePassed(c, answer);
  return { ...base, answer, passed, reason: passed ? '' : `Answered "${answer ? 'yes' : 'no'}" to "${c.label}" (${c.source}).` };
}

/** The share of a criterion's weight a bid earns, with a note saying how. */
export function criterionFraction(c: WeightedCriterion, answer: Answer | undefined, lowestPrice: number | undefined): { fraction: number; note: string } {
  if (answer === undefined) return { fraction: 0, note: 'not answered: no points' };
  switch (c.type) {
    case 'scale':
      return { fraction: (answer as number) / 5, note: `${answer}/5: ${c.descriptors[answer as number] ?? ''}` };
    case 'threshold': {
      const v = answer as number;
      const met = c.atLeast !== undefined ? v >= c.atLeast : v <= c.atMost!;
      const bound = c.atLeast !== undefined ? `at least ${c.atLeast}` : `at most ${c.atMost}`;
      return { fraction: met ? 1 : 0, note: `${answerText(c, v)}: ${met ? 'meets' : 'does not meet'} the threshold (${bound} ${c.unit})` };
    }
    case 'linear': {
      const v = answer as number;
      const fraction = clamp01((v - c.worst) / (c.best - c.worst));
      return { fraction, note: `${answerText(c, v)}: ${pct(fraction)} (0 at ${c.worst}, full at ${c.best} ${c.unit})` };
    }
    case 'icoca': {
      const fraction = c.points[answer as IcocaStatus] ?? 0;
      return { fraction, note: `${answerText(c, answer)}: ${pct(fraction)}` };
    }
    case 'price': {
      const fraction = lowestPrice === undefined ? 0 : lowestPrice / (answer as number);
      return { fraction, note: `${pct(fraction)} (lowest admitted price ÷ this price)` };
    }
  }
}

/** Scores one bid at the given weights; gates decide exclusion first. */
function scoreBid(criteria: CriteriaSet, bid: Bid, lowestPrice: number | undefined): ScoredBid {
  const gates = criteria.criteria.flatMap((c) => (c.type === 'gate' ? [gateOutcome(c, bid.answers[c.id])] : []));
  const excluded = gates.some((g) => !g.passed);
  const scores: CriterionScore[] = excluded
    ? []
    : criteria.criteria.filter(isWeighted).map((c) => {
        const answer = bid.answers[c.id];
        const { fraction, note } = criterionFraction(c, answer, lowestPrice);
        return { criterionId: c.id, label: c.label, group: c.group, weight: c.weight, answer, fraction, points: fraction * c.weight, note };
      });
  const total = scores.reduce((s, x) => s + x.points, 0);
  const priceId = criteria.criteria.find((c) => c.type === 'price')?.id;
  const pricePoints = scores.find((s) => s.criterionId === priceId)?.points ?? 0;
  const icocaId = criteria.criteria.find((c) => c.type === 'icoca')?.id;
  const price = priceId ? bid.answers[priceId] : undefined;
  const icoca = icocaId ? bid.answers[icocaId] : undefined;
  return {
    bidder: bid.bidder,
    origin: bid.origin,
    excluded,
    gates,
    scores,
    total,
    quality: total - pricePoints,
    price: typeof price === 'number' ? price : undefined,
    icocaStatus: typeof icoca === 'string' ? (icoca as IcocaStatus) : undefined,
    rank: undefined,
    tieNote: '',
    evidence: bid.evidence,
    answers: bid.answers,
  };
}

/** What the tie rule compares, in order; used by the ranking and by the sensitivity analysis. */
export interface RankKey {
  total: number;
  quality: number;
  icocaStatus: IcocaStatus | undefined;
  price: number | undefined;
}
const tieSteps: { what: string; compare: (a: RankKey, b: RankKey) => number }[] = [
  { what: 'total score', compare: (a, b) => round2(b.total) - round2(a.total) },
  { what: 'quality score', compare: (a, b) => round2(b.quality) - round2(a.quality) },
  { what: 'ICoCA status', compare: (a, b) => icocaOrder(a.icocaStatus) - icocaOrder(b.icocaStatus) },
  { what: 'price', compare: (a, b) => (a.price ?? Infinity) - (b.price ?? Infinity) || 0 },
];
const icocaOrder = (s: IcocaStatus | undefined) => (s ? icocaStatuses.indexOf(s) : icocaStatuses.length);

/** Compares two bids by the tie rule: negative when `a` ranks higher; also says which step decided. */
export function compareByTieRule(a: RankKey, b: RankKey): { order: number; decidedBy: string | undefined } {
  for (const step of tieSteps) {
    const order = step.compare(a, b);
    if (order !== 0 && !Number.isNaN(order)) return { order, decidedBy: step.what };
  }
  return { order: 0, decidedBy: undefined };
}

/** Ranks entries by the tie rule: rank = 1 + the number of entries strictly ahead. */
export function rankOrder<T extends RankKey>(entries: T[]): { entry: T; rank: number }[] {
  const sorted = [...entries].sort((a, b) => compareByTieRule(a, b).order);
  // sorted, so an entry tied with the one before it shares its rank; otherwise its rank is its place
  const ranks: number[] = [];
  sorted.forEach((entry, i) => ranks.push(i > 0 && compareByTieRule(sorted[i - 1]!, entry).order === 0 ? ranks[i - 1]! : i + 1));
  return sorted.map((entry, i) => ({ entry, rank: ranks[i]! }));
}

/** Scores and ranks every bid of an evaluation. */
export function evaluate(criteria: CriteriaSet, bids: Bid[]): EvaluationResult {
  const priceId = criteria.criteria.find((c) => c.type === 'price')?.id;
  const gates = criteria.criteria.filter((c) => c.type === 'gate');
  const prices = bids
    .filter((b) => gates.every((g) => gatePassed(g, b.answers[g.id])))
    .map((b) => (priceId ? b.answers[priceId] : undefined))
    .filter((p): p is number => typeof p === 'number');
  const lowestPrice = prices.length ? Math.min(...prices) : undefined;
  const scored = bids.map((b) => scoreBid(criteria, b, lowestPrice));
  const admitted = scored.filter((b) => !b.excluded);
  const ranked = rankOrder(admitted).map(({ entry, rank }) => ({ ...entry, rank }));
  const byTotal = new Map<number, ScoredBid[]>();
  for (const bid of ranked) byTotal.set(round2(bid.total), [...(byTotal.get(round2(bid.total)) ?? []), bid]);
  for (const bid of ranked) {
    const sameTotal = byTotal.get(round2(bid.total))!.filter((o) => o !== bid);
    if (!sameTotal.length) continue;
    const names = sameTotal.map((o) => o.bidder).join(', ');
    const shared = ranked.filter((o) => o !== bid && o.rank === bid.rank);
    const decidedBy = sameTotal.map((o) => compareByTieRule(bid, o).decidedBy).find(Boolean);
    bid.tieNote = shared.length
      ? `Tied with ${shared.map((o) => o.bidder).join(', ')} under every step of the tie rule; the committee decides.`
      : `Equal total score with ${names}; ranked by ${decidedBy}.`;
  }
  return {
    criteria,
    bids: [...ranked, ...scored.filter((b) => b.excluded)],
    winners: ranked.filter((b) => b.rank === 1),
    lowestPrice,
  };
}
