// Property tests: validate and assemble never throw, whatever the matter holds, and assembly is
// deterministic. Run on the small fixture library and on the shipped library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { miniLibrary } from '../fixtures/mini-library.ts';
import { loadLibrary, type Library } from '../../engine/library.ts';
import { validate } from '../../engine/validate.ts';
import { assemble } from '../../engine/assemble.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
import { MatterSchema, type Matter } from '../../engine/matter.ts';
import { factKeys, supportKinds } from '../../clauses/facts.ts';
import { partyRoles } from '../../templates/schema.ts';

const anyValue = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 1000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom('2027-01-01', '2026-02-30', 'yesterday', ''),
  fc.record({ amount: fc.integer({ min: -10, max: 1e9 }), currency: fc.constantFrom('USD', 'EUR', 'usd', '') }),
  fc.record({ amount: fc.integer({ min: -1, max: 400 }), unit: fc.constantFrom('hours', 'calendar days', 'months', 'fortnights') }),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.constant(null),
  fc.boolean(),
);

function matterArb(library: Library): fc.Arbitrary<Matter> {
  const ids = [...library.clauses.keys(), 'unknown-clause'];
  const varNames = [...new Set([...library.clauses.values()].flatMap((c) => c.variables.map((v) => v.name)))].concat(['typo']);
  const docVarNames = [...new Set([...library.templates.values()].flatMap((t) => t.variables.map((v) => v.name)))].concat(['typo']);
  const text = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('See {@scope} and {{postCount}}.', '{{nope}} {broken', 'Plain “quoted” text é ñ <&>', '{def:New Term} is used by New Term.'));
  return fc
    .record({
      kind: fc.constantFrom('psp-contract' as const, 'public-security-mou' as const),
      facts: fc.record(Object.fromEntries(factKeys.map((k) => [k, k === 'supportToPublicSecurity' ? fc.constantFrom(...supportKinds) : fc.boolean()])), { requiredKeys: [] }),
      clauses: fc.dictionary(
        fc.constantFrom(...ids),
        fc.record({
          alternative: fc.constantFrom('preferred', 'fallback', 'loose', 'strict', 'unknown-alt'),
          values: fc.dictionary(fc.constantFrom(...varNames), anyValue, { maxKeys: 4 }),
          edit: fc.option(fc.record({ body: fc.array(fc.oneof(text, fc.record({ p: text, items: fc.array(text, { maxLength: 2 }) })), { minLength: 1, maxLength: 2 }), baseVersion: fc.integer({ min: 1, max: 3 }), note: fc.string(), reviewed: fc.boolean() }), { nil: undefined }),
        }),
        { maxKeys: 25 },
      ),
      values: fc.dictionary(fc.constantFrom(...docVarNames), anyValue, { maxKeys: 5 }),
      parties: fc.array(fc.record({ role: fc.constantFrom(...partyRoles), legalName: fc.string(), signatory: fc.record({ name: fc.string(), title: fc.string() }) }), { maxLength: 4 }),
      documentDate: fc.constantFrom('', '2026-12-01', 'not a date'),
    })
    .map((r) => {
      const template = library.templates.get(r.kind)!;
      const clauses = Object.fromEntries(Object.entries(r.clauses).map(([k, v]) => [k, v.edit ? v : { alternative: v.alternative, values: v.values }]));
      return MatterSchema.parse({ id: 'p', title: 'Property', templateId: template.id, templateVersion: template.version, createdAt: 'x', updatedAt: 'x', ...r, clauses });
    });
}

for (const [name, get] of [
  ['fixture library', miniLibrary],
  ['shipped library', loadLibrary],
] as const) {
  test(`validate and assemble never throw on random matters (${name})`, () => {
    const library = get();
    fc.assert(
      fc.property(matterArb(library), (matter) => {
        const findings = validate(matter, library);
        assert.ok(Array.isArray(findings));
        for (const f of findings) assert.ok(f.message.length > 0 && f.fix.length > 0);
        const tree = assemble(matter, { library, draft: true });
        assert.equal(fingerprint(tree), fingerprint(assemble(matter, { library, draft: true })));
      }),
      { numRuns: 150 },
    );
  });
}
