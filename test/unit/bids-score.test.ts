// Scoring, ranking, tie rule and sensitivity of a bid evaluation, against figures worked out by
// hand in the comments (the way a committee member would check the report).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CriteriaSetSchema, type BidInput, type CriteriaSetInput, BidSchema } from '../../engine/bids/model.ts';
import { evaluate } from '../../engine/bids/score.ts';
import { sensitivity } from '../../engine/bids/sensitivity.ts';
import { defaultCriteria } from '../../engine/bids/defaults.ts';

const criteria = (input: CriteriaSetInput) => CriteriaSetSchema.parse(input);
const bid = (b: BidInput) => BidSchema.parse(b);

const small = criteria({
  currency: 'EUR',
  criteria: [
    { id: 'detention', type: 'gate', passWhen: 'no', group: 'service', label: 'Offers detention services', source: 'ICoC ¶33' },
    { id: 'rules', type: 'scale', weight: 30, group: 'weapons-equipment', label: 'Rules for the use of force', source: 'MD GP 11', descriptors: ['0', '1', '2', '3', '4', '5'] },
    { id: 'hours', type: 'linear', weight: 20, group: 'personnel', label: 'Training', unit: 'hours', worst: 16, best: 80, source: 'MD GP 10' },
    { id: 'icoca', type: 'icoca', weight: 20, group: 'company', label: 'ICoCA status', source: 'T-OA' },
    { id: 'price', type: 'price', weight: 30, group: 'price', label: 'Price', source: 'MD GP 5' },
  ],
});

test('scores follow the hand computation, and an excluded bid does not set the lowest price', () => {
  const result = evaluate(small, [
    bid({ bidder: 'Alpha', answers: { detention: false, rules: 4, hours: 48, icoca: 'certified-member', price: 100_000 } }),
    bid({ bidder: 'Bravo', answers: { detention: false, rules: 3, hours: 16, icoca: 'transitional-member', price: 80_000 } }),
    bid({ bidder: 'Cheap', answers: { detention: true, rules: 5, hours: 80, icoca: 'certified-member', price: 50_000 } }),
  ]);
  // Alpha: 4/5×30 = 24; (48−16)/(80−16)×20 = 10; 1×20 = 20; 80 000/100 000×30 = 24 → 78 (quality 54)
  // Bravo: 3/5×30 = 18; 0; 0.6×20 = 12; 80 000/80 000×30 = 30 → 60 (quality 30)
  const [a, b, c] = result.bids;
  assert.equal(a!.bidder, 'Alpha');
  assert.ok(Math.abs(a!.total - 78) < 1e-9, `Alpha total ${a!.total}`);
  assert.ok(Math.abs(a!.quality - 54) < 1e-9);
  assert.equal(a!.rank, 1);
  assert.equal(b!.bidder, 'Bravo');
  assert.ok(Math.abs(b!.total - 60) < 1e-9, `Bravo total ${b!.total}`);
  assert.equal(b!.rank, 2);
  assert.equal(result.lowestPrice, 80_000, 'the lowest price is the lowest admitted price');
  assert.equal(c!.bidder, 'Cheap');
  assert.equal(c!.excluded, true);
  assert.equal(c!.rank, undefined);
  assert.match(c!.gates.find((g) => !g.passed)!.reason, /Offers detention services.*ICoC ¶33/);
  assert.deepEqual(result.winners.map((w) => w.bidder), ['Alpha']);
});

test('an unanswered gate excludes; an unanswered weighted criterion earns nothing and says so', () => {
  const result = evaluate(small, [
    bid({ bidder: 'Silent', answers: { rules: 5, hours: 80, icoca: 'affiliate', price: 90_000 } }),
    bid({ bidder: 'Partial', answers: { detention: false, rules: 5, price: 90_000 } }),
  ]);
  const silent = result.bids.find((b) => b.bidder === 'Silent')!;
  assert.equal(silent.excluded, true);
  assert.match(silent.gates[0]!.reason, /^Not answered/);
  const partial = result.bids.find((b) => b.bidder === 'Partial')!;
  // 30 (rules 5/5) + 0 (hours) + 0 (icoca) + 30 (only admitted price) = 60
  assert.ok(Math.abs(partial.total - 60) < 1e-9);
  assert.equal(partial.scores.find((s) => s.criterionId === 'hours')!.note, 'not answered: no points');
});

test('linear scoring runs downwards when best < worst, and clamps outside the range', () => {
  const set = criteria({
    criteria: [
      { id: 'response', type: 'linear', weight: 60, group: 'service', label: 'Response', unit: 'minutes', worst: 60, best: 10, source: 's' },
      { id: 'posts', type: 'threshold', weight: 40, group: 'service', label: 'Posts', unit: 'posts', atLeast: 12, source: 's' },
    ],
  });
  const result = evaluate(set, [
    bid({ bidder: 'Fast', answers: { response: 5, posts: 12 } }), // clamp to 1 ×60 + 40 = 100
    bid({ bidder: 'Mid', answers: { response: 20, posts: 11 } }), // (20−60)/(10−60) = 0.8 ×60 = 48 + 0
    bid({ bidder: 'Slow', answers: { response: 90, posts: 30 } }), // clamp to 0 + 40
  ]);
  assert.deepEqual(
    result.bids.map((b) => [b.bidder, Math.round(b.total * 100) / 100]),
    [['Fast', 100], ['Mid', 48], ['Slow', 40]],
  );
});

test('the tie rule: equal totals are ranked by quality, then ICoCA status, then price; full ties share the rank', () => {
  const set = criteria({
    criteria: [
      { id: 'q', type: 'scale', weight: 60, group: 'company', label: 'Quality', source: 's', descriptors: ['0', '1', '2', '3', '4', '5'] },
      { id: 'icoca', type: 'icoca', weight: 10, group: 'company', label: 'ICoCA', source: 's', points: { 'certified-member': 1, 'transitional-member': 1, affiliate: 1, none: 1 } },
      { id: 'price', type: 'price', weight: 30, group: 'price', label: 'Price', source: 's' },
    ],
  });
  // ICoCA points are equal for every status here, so only the tie rule's order can separate by it.
  // Better:  q 5/5×60 = 60 + icoca 10 + price 60/100×30 = 18 → 88 (quality 70)
  // Cheaper: q 4/5×60 = 48 + icoca 10 + price 60/60×30  = 30 → 88 (quality 58)
  const result = evaluate(set, [
    bid({ bidder: 'Cheaper', answers: { q: 4, icoca: 'none', price: 60 } }),
    bid({ bidder: 'Better', answers: { q: 5, icoca: 'none', price: 100 } }),
  ]);
  assert.deepEqual(result.bids.map((b) => [b.bidder, b.rank, Math.round(b.total * 100) / 100]), [['Better', 1, 88], ['Cheaper', 2, 88]]);
  assert.match(result.bids[0]!.tieNote, /Equal total score with Cheaper; ranked by quality score/);

  // same quality and total: ICoCA status decides (points are equal by construction)
  const byStatus = evaluate(set, [
    bid({ bidder: 'Affiliate', answers: { q: 3, icoca: 'affiliate', price: 70 } }),
    bid({ bidder: 'Certified', answers: { q: 3, icoca: 'certified-member', price: 70 } }),
  ]);
  assert.deepEqual(byStatus.bids.map((b) => b.bidder), ['Certified', 'Affiliate']);
  assert.match(byStatus.bids[0]!.tieNote, /ranked by ICoCA status/);

  const full = evaluate(set, [bid({ bidder: 'One', answers: { q: 3, icoca: 'affiliate', price: 70 } }), bid({ bidder: 'Two', answers: { q: 3, icoca: 'affiliate', price: 70 } })]);
  assert.deepEqual(full.bids.map((b) => b.rank), [1, 1]);
  assert.equal(full.winners.length, 2);
  assert.match(full.bids[0]!.tieNote, /committee decides/);
});

test('weights that do not sum to 100 are refused with the sum and the difference', () => {
  const r = CriteriaSetSchema.safeParse({
    criteria: [
      { id: 'a', type: 'scale', weight: 50, group: 'company', label: 'A', source: 's', descriptors: ['0', '1', '2', '3', '4', '5'] },
      { id: 'b', type: 'price', weight: 40, group: 'price', label: 'Price', source: 's' },
    ],
  });
  assert.equal(r.success, false);
  const message = r.error!.issues.map((i) => i.message).join('\n');
  assert.match(message, /weights must sum to 100 but sum to 90 \(a 50, b 40\); adjust them by 10/);
});

test('price may not weigh more than the cap (never lowest price alone, Montreux GP 5)', () => {
  const r = CriteriaSetSchema.safeParse({
    criteria: [
      { id: 'a', type: 'scale', weight: 45, group: 'company', label: 'A', source: 's', descriptors: ['0', '1', '2', '3', '4', '5'] },
      { id: 'p', type: 'price', weight: 55, group: 'price', label: 'Price', source: 's' },
    ],
  });
  assert.equal(r.success, false);
  assert.match(r.error!.issues.map((i) => i.message).join('\n'), /price weighs 55 but may weigh at most 40.*Montreux Document GP 5/);
});

test('the default criteria are valid, sum to 100 and keep price within the cap', () => {
  const d = defaultCriteria();
  const weights = d.criteria.flatMap((c) => ('weight' in c ? [c.weight] : []));
  assert.equal(weights.reduce((s, w) => s + w, 0), 100);
  assert.ok(d.criteria.filter((c) => c.type === 'gate').length >= 5);
});

test('sensitivity: moving a weight ±10 with the rest rescaled finds the moves that change the winner', () => {
  const set = criteria({
    criteria: [
      { id: 'x', type: 'scale', weight: 50, group: 'company', label: 'X', source: 's', descriptors: ['0', '1', '2', '3', '4', '5'] },
      { id: 'y', type: 'scale', weight: 50, group: 'company', label: 'Y', source: 's', descriptors: ['0', '1', '2', '3', '4', '5'] },
    ],
  });
  // A: x 5 → 50, y 0 → 0 = 50. B: x 0, y 4 → 40. A wins.
  // x −10 → x 40, y 60: A 40, B 48 → B wins. x +10 → x 60, y 40: A 60, B 32 → A.
  // y −10 → y 40, x 60: A 60, B 32 → A.     y +10 → y 60, x 40: A 40, B 48 → B.
  const result = evaluate(set, [bid({ bidder: 'A', answers: { x: 5, y: 0 } }), bid({ bidder: 'B', answers: { x: 0, y: 4 } })]);
  const s = sensitivity(result);
  assert.equal(s.robust, false);
  const row = (id: string) => s.rows.find((r) => r.criterionId === id)!;
  assert.deepEqual([row('x').down.weight, row('x').down.winners, row('x').down.changes], [40, ['B'], true]);
  assert.deepEqual([row('x').up.weight, row('x').up.winners, row('x').up.changes], [60, ['A'], false]);
  assert.deepEqual([row('y').down.winners, row('y').up.winners], [['A'], ['B']]);
});

test('sensitivity marks a price weight moved above the cap and does not count it against robustness', () => {
  const set = criteria({
    criteria: [
      { id: 'q', type: 'scale', weight: 65, group: 'company', label: 'Q', source: 's', descriptors: ['0', '1', '2', '3', '4', '5'] },
      { id: 'p', type: 'price', weight: 35, group: 'price', label: 'Price', source: 's' },
    ],
  });
  // A: q 5 → 65, price 50/100 → 17.5 = 82.5.  B: q 2 → 26, price 35 = 61. At p 45 (q 55): A 55 + 22.5 = 77.5; B 22 + 45 = 67: A still wins.
  const s = sensitivity(evaluate(set, [bid({ bidder: 'A', answers: { q: 5, p: 100 } }), bid({ bidder: 'B', answers: { q: 2, p: 50 } })]));
  const p = s.rows.find((r) => r.criterionId === 'p')!;
  assert.equal(p.up.weight, 45);
  assert.equal(p.up.aboveCap, true);
  assert.equal(p.down.aboveCap, false);
});

test('property: totals stay within 0–100 and the ranking does not depend on the order bids arrive in', () => {
  const d = defaultCriteria();
  const answerFor = (c: (typeof d.criteria)[number]): fc.Arbitrary<number | boolean | string> => {
    switch (c.type) {
      case 'gate': return fc.boolean();
      case 'scale': return fc.integer({ min: 0, max: 5 });
      case 'linear': case 'threshold': return fc.integer({ min: 0, max: 200 });
      case 'icoca': return fc.constantFrom('certified-member', 'transitional-member', 'affiliate', 'none');
      case 'price': return fc.integer({ min: 1, max: 5_000_000 });
      case 'record': return fc.integer({ min: 0, max: 100 });
    }
  };
  const answers = fc.record(Object.fromEntries(d.criteria.map((c) => [c.id, fc.option(answerFor(c), { freq: 8, nil: undefined })])));
  fc.assert(
    fc.property(fc.array(answers, { minLength: 1, maxLength: 12 }), fc.integer(), (list, seed) => {
      const bids = list.map((a, i) => bid({ bidder: `Bidder ${i}`, answers: Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as BidInput['answers'] }));
      const result = evaluate(d, bids);
      for (const b of result.bids) assert.ok(b.total >= 0 && b.total <= 100 + 1e-9, `${b.bidder} total ${b.total}`);
      const shuffled = [...bids];
      for (let i = shuffled.length - 1, r = Math.abs(seed); i > 0; i--, r = (r * 1103515245 + 12345) % 2 ** 31) {
        const j = r % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const again = evaluate(d, shuffled);
      const ranks = (r: typeof result) => Object.fromEntries(r.bids.map((b) => [b.bidder, b.rank]));
      assert.deepEqual(ranks(again), ranks(result));
    }),
    { numRuns: 150 },
  );
});
