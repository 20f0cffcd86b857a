// Award: the PSP agreement matter starts with the winning provider and carries what it bid; a
// commitment the library cannot take is reported, never dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MatterSchema } from '../../engine/matter.ts';
import { defaultCriteria } from '../../engine/bids/defaults.ts';
import { readBidsJson } from '../../engine/bids/import-json.ts';
import { evaluate } from '../../engine/bids/score.ts';
import { awardMatter, AwardError } from '../../engine/bids/award.ts';
import { BidSchema } from '../../engine/bids/model.ts';

const criteria = defaultCriteria();
const example = readBidsJson(JSON.parse(readFileSync('examples/bids/tender-bids.json', 'utf8')), criteria);
const now = '2026-04-01T09:00:00.000Z';

test('the winner becomes the Provider, with its ICoCA status, and every commitment is carried or reported', () => {
  const result = evaluate(criteria, example.bids);
  const award = awardMatter({ result, id: 'akw-2026-04', now });
  assert.equal(award.bidder, 'Meridian Shield International');
  MatterSchema.parse(award.matter);
  const provider = award.matter.parties.find((p) => p.role === 'provider')!;
  assert.equal(provider.legalName, 'Meridian Shield International');
  assert.equal(provider.icocaStatus, 'certified-member');

  const bid = example.bids.find((b) => b.bidder === award.bidder)!;
  const commitments = criteria.criteria.filter((c) => c.commitment);
  assert.deepEqual(
    [...award.carried.map((c) => c.criterionId), ...award.notCarried.map((c) => c.criterionId)].sort(),
    commitments.map((c) => c.id).sort(),
    'each commitment is either carried or reported',
  );
  for (const c of award.carried) {
    const where = c.clauseId ? award.matter.clauses[c.clauseId]!.values : award.matter.values;
    const held = where[c.variable];
    const answer = bid.answers[c.criterionId];
    assert.deepEqual(typeof held === 'object' && held !== null && 'amount' in held ? (held as { amount: number }).amount : held, answer, `${c.criterionId} → ${c.variable}`);
  }
  for (const c of award.notCarried) assert.match(c.reason, /by hand|agree/);
});

test('the commitments the PSP library has variables for today are carried into them', () => {
  const award = awardMatter({ result: evaluate(criteria, example.bids), id: 'x', now });
  const carried = Object.fromEntries(award.carried.map((c) => [c.criterionId, `${c.clauseId}.${c.variable}`]));
  // these names are read from clauses/psp; if a clause renames them, update commitmentVariables in engine/bids/award.ts
  assert.equal(carried['icoca-status'], 'icoc-vps-adherence.icocaStatus');
  assert.equal(carried['local-staff'], 'mandate-scope-of-services.localStaffShare');
  assert.equal(award.matter.clauses['icoc-vps-adherence']!.values.icocaStatus, 'certified-member');
  assert.equal(award.matter.clauses['mandate-scope-of-services']!.values.localStaffShare, 70);
});

test('a figure the contract variable cannot hold is reported with the reason', () => {
  const bids = example.bids.map((b) => (b.bidder === 'Meridian Shield International' ? BidSchema.parse({ ...b, answers: { ...b.answers, 'response-time': 17.5 } }) : b));
  const award = awardMatter({ result: evaluate(criteria, bids), id: 'x', now });
  const response = award.notCarried.find((c) => c.criterionId === 'response-time');
  if (award.carried.some((c) => c.criterionId === 'response-time')) assert.fail('17.5 minutes was carried into a whole-minutes variable');
  assert.ok(response, 'the response time is reported as not carried');
  assert.match(response.reason, /whole|does not fit|no variable/);
});

test('an excluded bidder cannot be awarded; a tie needs the committee’s choice', () => {
  const result = evaluate(criteria, example.bids);
  assert.throws(() => awardMatter({ result, bidder: 'Ironclad Protective Solutions SA', id: 'x', now }), (e: unknown) => e instanceof AwardError && /excluded at the gates/.test(e.message));
  assert.throws(() => awardMatter({ result, bidder: 'Nobody Ltd', id: 'x', now }), /No bid from "Nobody Ltd"/);
  const volta = awardMatter({ result, bidder: 'volta guard company ltd', id: 'x', now });
  assert.equal(volta.matter.parties.find((p) => p.role === 'provider')!.icocaStatus, 'transitional-member');

  const twin = BidSchema.parse({ ...example.bids.find((b) => b.bidder === 'Meridian Shield International')!, bidder: 'Meridian Twin SA' });
  const tied = evaluate(criteria, [...example.bids, twin]);
  assert.equal(tied.winners.length, 2);
  assert.throws(() => awardMatter({ result: tied, id: 'x', now }), /tied in first place; name the bidder/);
});
