import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnFractions } from '../../engine/render/table-columns.ts';

const table = (header: string[], rows: string[][]) => ({ type: 'table' as const, header, rows: rows.map((r) => r.map((text) => [{ text }])), blankRows: 0 });

test('every column has room for its longest word, so short headers never break mid-word', () => {
  const t = table(['Ref.', 'Item', 'Quantity', 'Description and conditions of use', 'Company'], [['1', 'Pistol', '4', 'Issued at the armoury at the start of each shift and returned at its end, with the serial number recorded', 'Yes']]);
  const f = columnFractions(t, 90);
  assert.equal(f.length, 5);
  assert.ok(Math.abs(f.reduce((a, b) => a + b, 0) - 1) < 1e-9, 'fractions add up to the table width');
  ['Ref.', 'Item', 'Quantity', 'conditions', 'Company'].forEach((word, i) => assert.ok(f[i]! * 90 >= word.length * 1.1, `${word} fits its column`));
  assert.ok(f[3]! > f[0]! * 3, 'the long-text column gets most of the width');
});

test('when even the longest words do not fit, widths are shared in proportion', () => {
  const f = columnFractions(table(Array.from({ length: 12 }, (_, i) => `Heading${String.fromCharCode(65 + i)}Long`), []), 90);
  assert.ok(Math.abs(f[0]! - 1 / 12) < 1e-9);
});
