import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, fingerprint, shortFingerprint } from '../../engine/fingerprint.ts';

test('canonical JSON sorts keys at every depth and drops undefined members', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 'é"' }], c: undefined } }), '{"a":{"d":[2,{"y":"é\\"","z":1}]},"b":1}');
});

test('the fingerprint is the SHA-256 of the canonical tree: key order does not matter, content does', () => {
  const tree = { meta: { title: 'A', kind: 'psp-contract' }, sections: [] } as never;
  const same = { sections: [], meta: { kind: 'psp-contract', title: 'A' } } as never;
  assert.equal(fingerprint(tree), fingerprint(same));
  assert.match(fingerprint(tree), /^[0-9a-f]{64}$/);
  assert.notEqual(fingerprint(tree), fingerprint({ meta: { title: 'B', kind: 'psp-contract' }, sections: [] } as never));
  // Known answer: SHA-256 of the canonical text, computed independently with sha256sum.
  assert.equal(fingerprint({} as never), '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
  assert.equal(shortFingerprint('0123456789abcdef0123'), '0123 4567 89ab cdef');
});

test('node:crypto and the pure-JS hash give the same fingerprint, so the app and the browser preview agree', async () => {
  const { nativeSha256Hex } = await import('../../main/export-matter.ts');
  const { fullMatter } = await import('../../examples/full-matter.ts');
  const { assemble } = await import('../../engine/assemble.ts');
  const tree = assemble(fullMatter('psp-contract'));
  assert.equal(fingerprint(tree, nativeSha256Hex), fingerprint(tree));
  assert.equal(fingerprint({} as never, nativeSha256Hex), '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a');
});
