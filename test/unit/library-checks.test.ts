// The load-time checks: a broken placeholder or reference fails loudly when the library loads,
// never in a user's document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLibrary, loadLibrary, LibraryError } from '../../engine/library.ts';
import { miniGroup, miniTemplate, miniProvisions, miniRules } from '../fixtures/mini-library.ts';
import type { ClauseGroup } from '../../clauses/group.ts';

const build = (group: ClauseGroup, template = miniTemplate) =>
  buildLibrary({ groups: [group], templates: [template], provisions: miniProvisions, rules: miniRules });

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof LibraryError, String(e));
    return e.problems;
  }
  assert.fail('expected the library to be rejected');
}

const withBody = (body: string[]): ClauseGroup => ({
  ...miniGroup,
  clauses: miniGroup.clauses.map((c) => (c.id === 'notices' ? { ...c, alternatives: [{ id: 'preferred', label: 'x', rationale: 'y', body }] } : c)),
});

test('the shipped library loads and passes every check', () => {
  const lib = loadLibrary();
  assert.ok(lib.clauses.size > 0);
});

test('a placeholder naming no declared variable fails at load', () => {
  assert.match(problemsOf(() => build(withBody(['Notices go to {{noticeAdress}}.']))).join('\n'), /clause "notices", alternative "preferred": \{\{noticeAdress\}\} is neither a clause variable nor a document variable of psp-contract/);
});

test('a cross-reference to a clause that does not exist fails at load', () => {
  assert.match(problemsOf(() => build(withBody(['See {@no-such-clause}.']))).join('\n'), /cross-reference \{@no-such-clause\} names no clause or annex/);
});

test('malformed markup fails at load', () => {
  assert.match(problemsOf(() => build(withBody(['See {{site name}}.']))).join('\n'), /malformed markup "\{\{site name\}\}?"/);
});

test('a clause that does not match its schema fails at load with the clause and the field', () => {
  const bad = { ...miniGroup, clauses: [...miniGroup.clauses, { ...miniGroup.clauses[2]!, id: 'Bad Id', sources: [] }] };
  const problems = problemsOf(() => build(bad)).join('\n');
  assert.match(problems, /clause #4 "Bad Id" of group mini: id: use lower-case words/);
  assert.match(problems, /sources: Too small/);
});

test('a template slot naming an unknown clause, a duplicate id and an invalid default fail at load', () => {
  const template = { ...miniTemplate, articles: [...miniTemplate.articles, { id: 'extra', title: 'Extra', slots: [{ clause: 'ghost' }, { clause: 'scope' }] }] };
  const group = { ...miniGroup, clauses: [...miniGroup.clauses, { ...miniGroup.clauses[2]!, variables: [{ name: 'days', label: 'Days', type: 'integer' as const, min: 1, max: 5, default: 9 }] }] };
  const problems = problemsOf(() => build(group, template)).join('\n');
  assert.match(problems, /article "extra" names the unknown clause "ghost"/);
  assert.match(problems, /"scope" is placed twice/);
  assert.match(problems, /clause "notices" is defined twice/);
  assert.match(problems, /the default of "days" must be a whole number between 1 and 5/);
});

test('coverage naming an unknown provision or clause fails at load', () => {
  const problems = problemsOf(() => build({ ...miniGroup, coverage: { 'no-such-provision': ['scope'], 'p-always': ['ghost'] } })).join('\n');
  assert.match(problems, /coverage names the unknown provision "no-such-provision"/);
  assert.match(problems, /coverage of "p-always" names the unknown clause "ghost"/);
});

test('a glossary term defined twice for the same kind fails at load', () => {
  const problems = problemsOf(() => build({ ...miniGroup, glossary: [...miniGroup.glossary, { term: 'Site', kinds: ['psp-contract'], definition: 'again' }] }));
  assert.match(problems.join('\n'), /the term "Site" is defined twice for psp-contract/);
});

test('a reference to a paragraph that a position of the target lacks fails at load', () => {
  assert.match(problemsOf(() => build(withBody(['See {@firearms#3}.']))).join('\n'), /\{@firearms#3\} names a paragraph that not every position of that clause has/);
});
