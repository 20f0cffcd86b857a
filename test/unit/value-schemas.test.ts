// Runtime: node. Variables with the same constraints share one value schema (engine/values.ts):
// sharing must never change what a value check accepts or the message it gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Variable } from '../../clauses/schema.ts';
import { loadLibrary } from '../../engine/library.ts';
import { buildValueSchema, valueSchema } from '../../engine/values.ts';

/** Values around every boundary a variable can have, plus values of the wrong shape. */
function probes(v: Variable): unknown[] {
  const numbers = [0, -1, 1, 1.5, 100, 101, 1e6];
  const bounds = 'min' in v || 'max' in v ? [(v as { min?: number }).min, (v as { max?: number }).max].filter((n): n is number => n !== undefined) : [];
  for (const b of bounds) numbers.push(b - 1, b, b + 1);
  const long = 'maxLength' in v && v.maxLength ? ['x'.repeat(v.maxLength), 'x'.repeat(v.maxLength + 1)] : ['x'.repeat(5001)];
  const units = 'units' in v ? v.units : ['days'];
  return [
    v.default,
    ...numbers,
    'text',
    ...long,
    '2026-02-30',
    '2026-12-01',
    ['a'],
    ['a', ' '],
    ...numbers.map((amount) => ({ amount, currency: 'USD' })),
    ...numbers.flatMap((amount) => units.map((unit) => ({ amount, unit }))),
    ...('options' in v ? v.options.map((o) => o.value) : []),
    'company',
    null,
  ];
}

test('every library variable: the shared schema accepts and refuses exactly what its own schema would', () => {
  const library = loadLibrary();
  const variables = [...library.clauses.values()].flatMap((c) => c.variables).concat([...library.templates.values()].flatMap((t) => t.variables));
  assert.ok(variables.length > 100);
  for (const v of variables) {
    const shared = valueSchema(v);
    const own = buildValueSchema(v);
    for (const value of probes(v)) {
      const a = shared.safeParse(value);
      const b = own.safeParse(value);
      assert.equal(a.success, b.success, `${v.name} (${v.type}) on ${JSON.stringify(value)}`);
      if (!a.success && !b.success) assert.equal(a.error.issues[0]?.message, b.error.issues[0]?.message, `${v.name} on ${JSON.stringify(value)}`);
    }
  }
});
