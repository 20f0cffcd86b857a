// The command line on bad input: one clear paragraph naming the file and the path inside it,
// never a stack trace, exit 2. Runs the real CLI in a child process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'mandate-cli-'));
export function mandate(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli-entry.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+/, 'no stack trace');

test('help lists every command; an unknown command exits 2', () => {
  const help = mandate('help');
  assert.equal(help.code, 0);
  for (const c of ['new', 'requirements', 'validate', 'clauses', 'library']) assert.match(help.out, new RegExp(`mandate ${c} `));
  const bad = mandate('frobnicate');
  assert.equal(bad.code, 2);
  assert.match(bad.err, /unknown command "frobnicate"/);
});

test('malformed JSON names the file and says it is not valid JSON', () => {
  const p = file('broken.json', '{"armedPersonnel": true,,}');
  const r = mandate('requirements', p, '--kind', 'psp-contract');
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`The facts file "${p}" is not valid JSON`));
  noStack(r.err);
});

test('a wrong type names the path inside the file', () => {
  const r = mandate('requirements', file('wrong.json', '{"armedPersonnel": "yes"}'), '--kind', 'psp-contract');
  assert.equal(r.code, 2);
  assert.match(r.err, /at armedPersonnel: Invalid input: expected boolean, received string/);
  noStack(r.err);
});

test('an unknown fact key is named, with the list of known facts', () => {
  const r = mandate('requirements', file('unknown.json', '{"armedGuards": true}'), '--kind', 'psp-contract');
  assert.equal(r.code, 2);
  assert.match(r.err, /armedGuards/);
  assert.match(r.err, /The known facts are: armedPersonnel, lessLethalEquipment/);
});

test('a missing file, a missing --kind and an unknown kind are input errors', () => {
  const r = mandate('validate', join(dir, 'nope.json'));
  assert.equal(r.code, 2);
  assert.match(r.err, /Cannot read The matter file ".*nope\.json": no such file/i);
  assert.equal(mandate('requirements', file('f.json', '{}')).code, 2);
  const k = mandate('new', 'nda');
  assert.equal(k.code, 2);
  assert.match(k.err, /must be one of psp-contract or public-security-mou, not "nda"/);
});

test('a matter with an unknown template or clause id is unusable input (exit 2), named by path', () => {
  const created = mandate('new', 'psp-contract', '--out', join(dir, 'm.json'));
  assert.equal(created.code, 0, created.err);
  const matter = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8'));
  const r1 = mandate('validate', file('t.json', JSON.stringify({ ...matter, templateId: 'nda-template' })));
  assert.equal(r1.code, 2);
  assert.match(r1.err, /names the template "nda-template" at templateId/);
  const r2 = mandate('validate', file('c.json', JSON.stringify({ ...matter, clauses: { ...matter.clauses, 'made-up-clause': { alternative: 'preferred', values: {} } } })));
  assert.equal(r2.code, 2);
  assert.match(r2.err, /clauses\.made-up-clause/);
  const r3 = mandate('validate', file('s.json', JSON.stringify({ ...matter, parties: 'Acme' })));
  assert.equal(r3.code, 2);
  assert.match(r3.err, /at parties: Invalid input: expected array/);
  noStack(r1.err + r2.err + r3.err);
});

test('a fresh matter validates with blocking findings: exit 1, and --json gives the findings', () => {
  mandate('new', 'psp-contract', '--out', join(dir, 'fresh.json'));
  const r = mandate('validate', join(dir, 'fresh.json'), '--json');
  assert.equal(r.code, 1);
  const body = JSON.parse(r.out);
  assert.equal(body.signatureReady, false);
  assert.ok(body.findings.some((f: { code: string }) => f.code === 'party-missing'));
});

test('each missing value names the JSON path to fill in and the shape of the value', () => {
  mandate('new', 'psp-contract', '--facts', file('armed.json', '{"armedPersonnel": true}'), '--out', join(dir, 'armed-matter.json'));
  const r = mandate('validate', join(dir, 'armed-matter.json'));
  assert.equal(r.code, 1);
  assert.match(r.out, /at: {2}values\.effectiveDate {2}\(a date, "YYYY-MM-DD"\)/);
  assert.match(r.out, /at: {2}clauses\.weapons-authorisation-and-equipment\.values\.authorisedFirearms {2}\(a list, e\.g\. \["first", "second"\]\)/);
});
