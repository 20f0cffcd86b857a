// Runtime: node. Exports and other files the command line writes: a reader never sees half a
// file, and a failed write leaves what was there and no temporary file behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../../main/atomic-write.ts';

const dir = mkdtempSync(join(tmpdir(), 'mandate-atomic-'));

test('writes a new file and replaces an old one whole, leaving no temporary file', () => {
  const target = join(dir, 'agreement.pdf');
  writeFileAtomic(target, 'first');
  writeFileAtomic(target, new Uint8Array([37, 80, 68, 70]));
  assert.equal(readFileSync(target, 'latin1'), '%PDF');
  assert.deepEqual(readdirSync(dir), ['agreement.pdf']);
});

test('a write that cannot finish leaves the target as it was and removes its temporary file', () => {
  const target = join(dir, 'taken');
  mkdirSync(target);
  writeFileSync(join(target, 'keep.txt'), 'kept');
  assert.throws(() => writeFileAtomic(target, 'new'), /EISDIR|ENOTEMPTY|EEXIST|EPERM/);
  assert.equal(readFileSync(join(target, 'keep.txt'), 'utf8'), 'kept');
  assert.ok(!readdirSync(dir).some((f) => f.endsWith('.tmp')), 'no temporary file left');
  assert.throws(() => writeFileAtomic(join(dir, 'no-such-folder', 'x.pdf'), 'x'), /ENOENT/);
});
