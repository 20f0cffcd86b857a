// Reverse deltas must rebuild every older revision exactly; checked on random matter-like
// objects (fast-check), and on the fixture history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { apply, diff, DeltaSchema } from '../../main/store/delta.ts';

const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'use-of-force', 'x'), fc.oneof(fc.integer(), fc.string(), fc.record({ alternative: fc.string() }, { noNullPrototype: true })), { maxKeys: 4, noNullPrototype: true });
const matterLike = fc.record(
  { title: fc.string(), status: fc.constantFrom('draft', 'exported'), parties: fc.array(fc.record({ legalName: fc.string() }, { noNullPrototype: true }), { maxLength: 2 }), clauses: record, facts: record, extra: fc.oneof(fc.integer(), record) },
  { requiredKeys: ['title', 'clauses'], noNullPrototype: true },
);

test('apply(from, diff(from, to)) rebuilds `to` exactly, and leaves `from` untouched', () => {
  fc.assert(
    fc.property(matterLike, matterLike, (from, to) => {
      const before = JSON.stringify(from);
      const delta = DeltaSchema.parse(JSON.parse(JSON.stringify(diff(from, to))));
      assert.deepEqual(apply(from, delta), to);
      assert.equal(JSON.stringify(from), before);
    }),
    { numRuns: 400 },
  );
});

test('a one-clause change stores only that clause', () => {
  const from = { title: 'T', clauses: { a: { alternative: 'x' }, b: { alternative: 'y' } } };
  const to = { title: 'T', clauses: { a: { alternative: 'x' }, b: { alternative: 'z' } } };
  assert.deepEqual(diff(to, from), { set: {}, unset: [], entries: { clauses: { set: { b: { alternative: 'y' } }, unset: [] } } });
});
