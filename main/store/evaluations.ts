// Runtime: node. Bid evaluations on disk: one file per evaluation in collections/bid-evaluations/
// through the generic collection (versioned, parsed on read, validated on write, atomic,
// quarantined when unreadable). Changes to one evaluation run one at a time, so an import and
// an edit arriving together cannot write over each other.
import { BidEvaluationSchema, type BidEvaluation, type EvaluationSummary } from '../api-bids-model.ts';
import type { Collection } from './collection.ts';
import { StoreError } from './errors.ts';
import type { Store } from './index.ts';
import { Serial } from './serial.ts';

export function summaryOfEvaluation(e: BidEvaluation): EvaluationSummary {
  return {
    id: e.id,
    title: e.criteria.title,
    currency: e.criteria.currency,
    bidCount: e.bids.length,
    rejectedCount: e.lastImport?.rejected.length ?? 0,
    ...(e.award ? { award: { matterId: e.award.matterId, bidder: e.award.bidder } } : {}),
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}

export class EvaluationStore {
  readonly #records: Collection<BidEvaluation>;
  readonly #serial = new Serial();

  constructor(
    store: Store,
    private readonly now: () => Date,
  ) {
    this.#records = store.collection({ name: 'bid-evaluations', schema: BidEvaluationSchema });
  }

  /** Every readable evaluation, most recently changed first (unreadable ones are quarantined). */
  async list(): Promise<EvaluationSummary[]> {
    const all = await this.#records.all();
    return all.map((r) => summaryOfEvaluation(r.data)).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id)));
  }

  async get(id: string): Promise<BidEvaluation> {
    const found = await this.#records.get(id);
    if (!found) throw new StoreError('not-found', `There is no bid evaluation "${id}".`);
    return found;
  }

  create(evaluation: Omit<BidEvaluation, 'createdAt' | 'updatedAt'>): Promise<BidEvaluation> {
    return this.#serial.run(async () => {
      if (await this.#records.get(evaluation.id)) throw new StoreError('conflict', `A bid evaluation with id "${evaluation.id}" already exists.`);
      const at = this.now().toISOString();
      const saved: BidEvaluation = { ...evaluation, createdAt: at, updatedAt: at };
      await this.#records.put(saved.id, saved);
      return saved;
    });
  }

  /** Read, change and write one evaluation; `change` may throw to refuse, and nothing is written. */
  update(id: string, change: (current: BidEvaluation) => BidEvaluation | Promise<BidEvaluation>): Promise<BidEvaluation> {
    return this.#serial.run(async () => {
      const current = await this.get(id);
      const next = await change(current);
      const saved: BidEvaluation = { ...next, id, createdAt: current.createdAt, updatedAt: this.#after(current.updatedAt) };
      await this.#records.put(id, saved);
      return saved;
    });
  }

  delete(id: string): Promise<EvaluationSummary> {
    return this.#serial.run(async () => {
      const summary = summaryOfEvaluation(await this.get(id));
      await this.#records.delete(id);
      return summary;
    });
  }

  /** Now, or just after `previous` when the clock has not moved on: updatedAt always changes. */
  #after(previous: string): string {
    const now = this.now();
    return now.toISOString() > previous ? now.toISOString() : new Date(Date.parse(previous) + 1).toISOString();
  }
}
