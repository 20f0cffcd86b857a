import { test } from 'node:test';
import assert from 'node:assert/strict';
import { smartQuotes } from '../../engine/typography.ts';

test('straight quotes in library text become typographic quotes and apostrophes', () => {
  assert.equal(smartQuotes('"including" and "Parties" means both'), '\u201Cincluding\u201D and \u201CParties\u201D means both');
  assert.equal(smartQuotes("the Provider's duty ('a' or 'b')"), 'the Provider\u2019s duty (\u2018a\u2019 or \u2018b\u2019)');
  assert.equal(smartQuotes('no quotes here'), 'no quotes here');
  assert.equal(smartQuotes('workers\' compensation'), 'workers\u2019 compensation');
});
