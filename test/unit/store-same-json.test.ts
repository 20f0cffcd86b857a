// sameJson answers exactly what comparing canonical JSON texts answers (the comparison the store
// used before), on random JSON-like values with shuffled keys and undefined properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson } from '../../engine/fingerprint.ts';
import { sameJson } from '../../main/store/same-json.ts';

const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', ''), fc.array(tie('value'), { maxLength: 3 }), tie('object')),
  object: fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.oneof(tie('value'), fc.constant(undefined)), { maxKeys: 3, noNullPrototype: true }),
}));

/** The same value with every object's keys in reverse order. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
  return v;
}

test('sameJson agrees with canonical JSON equality', () => {
  fc.assert(
    fc.property(value, value, (a, b) => {
      assert.equal(sameJson(a, b), canonicalJson(a) === canonicalJson(b));
      assert.equal(sameJson(a, reversed(a)), true);
    }),
    { numRuns: 2000 },
  );
});

test('an undefined property equals a missing one; null does not', () => {
  assert.equal(sameJson({ a: 1, b: undefined }, { a: 1 }), true);
  assert.equal(sameJson({ a: 1, b: null }, { a: 1 }), false);
  assert.equal(sameJson([1, 2], [2, 1]), false);
  assert.equal(sameJson({ a: [1] }, { a: { 0: 1 } }), false);
});
