// Runtime: any (pure). Bids from JSON (a file, or the workspace through the API). Accepts a list of
// bids, `{ bids }`, or a whole evaluation `{ criteria, bids }`. Each answer goes through the same
// reader as a CSV cell; a bad entry is reported by its path and stays out, good entries import.
import * as z from 'zod';
import { readAnswer } from './answers.ts';
import type { Answer, Bid, CriteriaSet, ImportProblem, ImportResult } from './model.ts';

const RawBidSchema = z
  .object({
    bidder: z.string(),
    answers: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).default({}),
    evidence: z.record(z.string(), z.string()).default({}),
    origin: z.string().optional(),
  })
  .strict();

/** The bids part of a JSON bids file, whatever its outer shape. */
export const BidsFileSchema = z.union([
  z.array(z.unknown()),
  z.object({ bids: z.array(z.unknown()), criteria: z.unknown().optional(), title: z.string().optional() }).strict(),
]);

const zodPath = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');

/** Reads bids from parsed JSON (call JSON.parse first; a syntax error is the caller's message). */
export function readBidsJson(data: unknown, criteria: CriteriaSet): ImportResult {
  const result: ImportResult = { bids: [], problems: [], rejected: [] };
  const file = BidsFileSchema.safeParse(data);
  if (!file.success) {
    result.problems.push({ severity: 'error', reason: 'expected a list of bids, or an object with a "bids" list; see examples/bids/tender-bids.json' });
    return result;
  }
  const entries = Array.isArray(file.data) ? file.data : file.data.bids;
  const known = new Map(criteria.criteria.map((c) => [c.id, c]));
  const seen = new Map<string, string>();
  entries.forEach((entry, i) => {
    const at = `bids[${i}]`;
    const problems: ImportProblem[] = [];
    const raw = RawBidSchema.safeParse(entry);
    if (!raw.success) {
      for (const issue of raw.error.issues) problems.push({ severity: 'error', field: at + zodPath(issue.path), reason: issue.message });
    } else {
      const bidder = raw.data.bidder.trim();
      if (!bidder) problems.push({ severity: 'error', field: `${at}.bidder`, reason: "the bidder is not named; enter the bidder's legal name" });
      const first = seen.get(bidder.toLowerCase());
      if (bidder && first) problems.push({ severity: 'error', field: `${at}.bidder`, value: bidder, reason: `"${bidder}" already has a bid at ${first}; merge the two or name the bidders apart` });
      else if (bidder) seen.set(bidder.toLowerCase(), at);
      const answers: Record<string, Answer> = {};
      for (const [id, value] of Object.entries(raw.data.answers)) {
        const criterion = known.get(id);
        const field = `${at}.answers.${id}`;
        if (!criterion) {
          problems.push({ severity: 'error', field, reason: `"${id}" is not a criterion of this evaluation; use one of its criterion ids or remove the answer` });
          continue;
        }
        const read = readAnswer(criterion, value);
        if (!read.ok) problems.push({ severity: 'error', field, value: String(value), reason: read.reason });
        else if (read.value !== undefined) answers[id] = read.value;
      }
      for (const id of Object.keys(raw.data.evidence))
        if (!known.has(id)) problems.push({ severity: 'error', field: `${at}.evidence.${id}`, reason: `"${id}" is not a criterion of this evaluation` });
      if (!problems.length) {
        result.bids.push({ bidder, answers, evidence: raw.data.evidence, origin: raw.data.origin ?? at } satisfies Bid);
        return;
      }
    }
    result.problems.push(...problems);
    const name = (entry as { bidder?: unknown })?.bidder;
    result.rejected.push({ origin: at, bidder: typeof name === 'string' ? name : '', reasons: problems.map((p) => `${p.field}: ${p.reason}`) });
  });
  return result;
}
