// Runtime: node. Numbers in agreements (amounts, periods, percentages) print exactly as
// Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) prints them: it is the oracle here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNumber } from '../../engine/number-format.ts';

const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

test('known amounts read the way a lawyer expects', () => {
  assert.equal(formatNumber(1_000_000), '1,000,000');
  assert.equal(formatNumber(2_500_000.5), '2,500,000.5');
  assert.equal(formatNumber(99.999), '100');
  assert.equal(formatNumber(0.125), '0.13');
  assert.equal(formatNumber(12), '12');
});

test('the same text as Intl.NumberFormat for any number', () => {
  const cases = [0, -0, 1.005, 2.675, 0.995, 999.995, 999_999.995, 1e21, 1.5e-7, 123456789012345680000, 5e-324, Number.MAX_VALUE, -1234.5678];
  for (const n of cases) assert.equal(formatNumber(n), intl.format(n), String(n));
  fc.assert(fc.property(fc.double({ noNaN: true }), (n) => formatNumber(n) === intl.format(n)), { numRuns: 20_000 });
  fc.assert(fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (i, f) => formatNumber(i + f / 1000) === intl.format(i + f / 1000)), { numRuns: 20_000 });
});
