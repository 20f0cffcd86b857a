// Runtime: node. The definitions article lists its terms alphabetically, in the same order in
// the app, the command line and every export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareTerms } from '../../engine/definitions.ts';
import { loadLibrary } from '../../engine/library.ts';

test("the library's terms sort as an English collator sorts them", () => {
  const terms = [...new Set(loadLibrary().glossary.map((g) => g.term))];
  assert.ok(terms.length > 20);
  assert.deepEqual([...terms].sort(compareTerms), [...terms].sort((a, b) => a.localeCompare(b, 'en')));
});

test('case and accents do not separate a term from its neighbours; the order is total', () => {
  assert.deepEqual(['Site', 'équipe', 'ICoCA', 'Incident', 'ICoC', 'Equipment'].sort(compareTerms), ['équipe', 'Equipment', 'ICoC', 'ICoCA', 'Incident', 'Site']);
  assert.ok(compareTerms('Term', 'term') !== 0 && compareTerms('Term', 'term') === -compareTerms('term', 'Term'));
  assert.equal(compareTerms('Site', 'Site'), 0);
});
