// Runtime: any (pure). Award: a PSP agreement matter pre-filled with the winning provider (name,
// ICoCA status) and the commitments it bid, so that the contract enforces what was scored. Each
// commitment is written into the variable of the PSP library that carries it; a commitment the
// library has no variable for is reported as not carried, never silently dropped.
import type { Clause, Variable } from '../../clauses/schema.ts';
import type { PartialFacts } from '../../clauses/facts.ts';
import { loadLibrary, templateFor, type Library } from '../library.ts';
import { newMatter, startingSelection } from '../new-matter.ts';
import { checkValue } from '../values.ts';
import type { Matter } from '../matter.ts';
import { answerText } from './answers.ts';
import { money } from './describe.ts';
import type { Answer, CommitmentKind, Criterion } from './model.ts';
import type { EvaluationResult, ScoredBid } from './score.ts';

/**
 * The PSP library variables that carry each commitment, in order of preference. Matched by name
 * (and checked by type) against the library as loaded, so a variable the library renames shows
 * up as "not carried" in the award summary and in test/unit/bids-award.test.ts.
 */
export const commitmentVariables: Record<CommitmentKind, string[]> = {
  icocaStatus: ['icocaStatus'],
  localStaffPercent: ['localStaffShare'],
  responseTimeMinutes: ['alarmResponseMinutes'],
  trainingHours: ['preDeploymentTrainingHours', 'trainingHours', 'initialTrainingHours'],
  guardNumbers: ['numberOfGuards', 'guardNumbers', 'personnelNumbers'],
  price: ['annualFees', 'annualPrice', 'contractPrice'],
};

/** Where a commitment goes when the library has no variable for it: the drafter writes it there. */
const writeByHand: Record<CommitmentKind, string> = {
  icocaStatus: 'the clause on the ICoC and the Voluntary Principles',
  localStaffPercent: 'the scope of the Services',
  responseTimeMinutes: 'the service levels',
  trainingHours: 'the training clause or the Training Plan annex',
  guardNumbers: 'the schedule of posts and rates',
  price: 'the fees clause or the schedule of posts and rates',
};

export interface CarriedCommitment {
  commitment: CommitmentKind;
  criterionId: string;
  /** the bid's answer, as printed */
  bid: string;
  /** where it went: a clause variable, or a document variable of the template (no clauseId) */
  clauseId?: string;
  variable: string;
  /** true when the clause was not selected by the facts and was added to carry the commitment */
  addedClause: boolean;
}

export interface UncarriedCommitment {
  commitment: CommitmentKind;
  criterionId: string;
  bid: string;
  reason: string;
}

export interface Award {
  matter: Matter;
  bidder: string;
  carried: CarriedCommitment[];
  notCarried: UncarriedCommitment[];
}

export interface AwardInput {
  result: EvaluationResult;
  /** the bidder to award; defaults to the single bid ranked first */
  bidder?: string;
  id: string;
  /** ISO timestamp, passed in: the engine never reads the clock */
  now: string;
  facts?: PartialFacts;
  title?: string;
}

export class AwardError extends Error {
  override name = 'AwardError';
}

function chooseBid(result: EvaluationResult, bidder: string | undefined): ScoredBid {
  if (bidder) {
    const bid = result.bids.find((b) => b.bidder.toLowerCase() === bidder.trim().toLowerCase());
    if (!bid) throw new AwardError(`No bid from "${bidder}" is in this evaluation; the bidders are ${result.bids.map((b) => `"${b.bidder}"`).join(', ')}.`);
    if (bid.excluded) throw new AwardError(`${bid.bidder} was excluded at the gates (${bid.gates.filter((g) => !g.passed).map((g) => g.label).join('; ')}) and cannot be awarded the contract.`);
    return bid;
  }
  if (result.winners.length === 1) return result.winners[0]!;
  if (!result.winners.length) throw new AwardError('No bid passed the exclusion criteria, so there is nothing to award.');
  throw new AwardError(`${result.winners.map((w) => w.bidder).join(' and ')} are tied in first place; name the bidder the committee chose.`);
}

/** The value a variable takes for a bid's answer, or why it cannot take it. */
function valueFor(v: Variable, c: Criterion, answer: Answer, currency: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  const value = v.type === 'money' ? { amount: answer, currency } : answer;
  if (v.type === 'integer' && typeof answer === 'number' && !Number.isInteger(answer)) return { ok: false, reason: `the contract's "${v.label}" takes whole ${v.unit ?? 'numbers'}, and the bid gave ${answerText(c, answer)}; agree a whole figure and enter it` };
  const check = checkValue(v, value);
  return check.ok ? { ok: true, value: check.value } : { ok: false, reason: `the bid's ${answerText(c, answer)} does not fit the contract's "${v.label}": ${check.message}` };
}

/** Creates the PSP agreement matter for the awarded bid. */
export function awardMatter(input: AwardInput, library: Library = loadLibrary()): Award {
  const { result } = input;
  const bid = chooseBid(result, input.bidder);
  const icocaStatus = bid.icocaStatus;
  const matter = newMatter(
    {
      kind: 'psp-contract',
      id: input.id,
      now: input.now,
      ...(input.facts ? { facts: input.facts } : {}),
      title: input.title ?? `Security services agreement with ${bid.bidder}`,
      parties: [{ role: 'provider', legalName: bid.bidder, ...(icocaStatus ? { icocaStatus } : {}) }],
    },
    library,
  );
  const template = templateFor('psp-contract', library);
  const pspClauses = [...library.clauses.values()].filter((c) => c.kinds.includes('psp-contract'));
  const find = (name: string): { clause?: Clause; variable: Variable } | undefined => {
    const doc = template.variables.find((v) => v.name === name);
    if (doc) return { variable: doc };
    const selected = pspClauses.filter((c) => matter.clauses[c.id]).concat(pspClauses.filter((c) => !matter.clauses[c.id]));
    for (const clause of selected) {
      const variable = clause.variables.find((v) => v.name === name);
      if (variable) return { clause, variable };
    }
    return undefined;
  };

  const carried: CarriedCommitment[] = [];
  const notCarried: UncarriedCommitment[] = [];
  for (const c of result.criteria.criteria) {
    if (!c.commitment) continue;
    const answer = bid.answers[c.id];
    const shown = answer === undefined ? '(not answered)' : c.type === 'price' ? money(answer as number, result.criteria.currency) : answerText(c, answer);
    const base = { commitment: c.commitment, criterionId: c.id, bid: shown };
    if (answer === undefined) {
      notCarried.push({ ...base, reason: 'the bid did not answer this criterion, so there is nothing to carry; agree the figure with the provider and enter it' });
      continue;
    }
    const names = commitmentVariables[c.commitment];
    const target = names.map(find).find((x) => x !== undefined);
    if (!target) {
      notCarried.push({ ...base, reason: `the PSP agreement has no variable for this commitment (looked for ${names.join(', ')}); write it into ${writeByHand[c.commitment]} by hand` });
      continue;
    }
    const value = valueFor(target.variable, c, answer, result.criteria.currency);
    if (!value.ok) {
      notCarried.push({ ...base, reason: value.reason });
      continue;
    }
    let addedClause = false;
    if (target.clause) {
      if (!matter.clauses[target.clause.id]) {
        matter.clauses[target.clause.id] = startingSelection(target.clause, matter.facts);
        addedClause = true;
      }
      matter.clauses[target.clause.id]!.values[target.variable.name] = value.value;
    } else matter.values[target.variable.name] = value.value;
    carried.push({ ...base, ...(target.clause ? { clauseId: target.clause.id } : {}), variable: target.variable.name, addedClause });
  }
  return { matter, bidder: bid.bidder, carried, notCarried };
}
