// The example matters shipped in examples/: the complete ones are signature-ready, the
// incomplete one shows each kind of finding, and the CLI agrees (exit 0 / exit 1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { MatterSchema, type Matter } from '../../engine/matter.ts';
import { validate } from '../../engine/validate.ts';
import { isSignatureReady } from '../../engine/findings.ts';
import { assemble } from '../../engine/assemble.ts';
import { runsText } from '../../engine/document.ts';

const load = (name: string): Matter => MatterSchema.parse(JSON.parse(readFileSync(`examples/${name}`, 'utf8')));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'main/cli-entry.ts', ...args], { encoding: 'utf8' });

for (const name of ['psp-complete.matter.json', 'mou.matter.json']) {
  test(`${name} is signature-ready, with no warnings, and prints no [MISSING] marker`, () => {
    const matter = load(name);
    const findings = validate(matter);
    assert.deepEqual(findings.filter((f) => f.severity !== 'info'), []);
    assert.equal(isSignatureReady(findings), true);
    const text = assemble(matter).sections.flatMap((s) => s.blocks).map((b) => ('runs' in b ? runsText(b.runs) : '')).join('\n');
    assert.doesNotMatch(text, /\[MISSING|\{\{|\{@|\{def:/);
    const r = cli('validate', `examples/${name}`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /Signature-ready/);
  });
}

test('psp-incomplete.matter.json shows each kind of finding, and the CLI exits 1', () => {
  const codes = new Set(validate(load('psp-incomplete.matter.json')).map((f) => f.code));
  for (const code of ['detention-services-for-company', 'provision-missing', 'value-missing', 'value-invalid', 'placeholder-unresolved', 'xref-unresolved', 'signatory-missing', 'edit-unreviewed', 'date-order', 'below-standard', 'mou-recommended'])
    assert.ok(codes.has(code), `expected ${code}; got ${[...codes].join(', ')}`);
  const r = cli('validate', 'examples/psp-incomplete.matter.json');
  assert.equal(r.status, 1);
  assert.match(r.stdout, /Not signature-ready: \d+ blocking findings/);
});

test('the complete PSP example is the deal of issue 2: armed guards, apprehension possible, public security present', () => {
  const m = load('psp-complete.matter.json');
  assert.equal(m.facts.armedPersonnel, true);
  assert.equal(m.facts.apprehensionPossible, true);
  assert.equal(m.facts.publicSecurityPresent, true);
  for (const id of ['apprehension-of-persons', 'temporary-holding-safeguards', 'firearms-use-limits', 'public-security-coordination']) assert.ok(m.clauses[id], id);
});
