// The store's migrations are pure functions; these fixtures are files as older versions (or
// people) wrote them, and each must come out as a valid current file with nothing lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../main/store/versioned-file.ts';
import { matterFileFormat, settingsFileFormat } from '../../main/store/formats.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, 'store-fixtures', name), 'utf8'));

test('a bare matter (schema 0) becomes a matter file with a one-revision history', () => {
  const raw = fixture('bare-matter-v0.json');
  const before = JSON.stringify(raw);
  const decoded = decode(matterFileFormat, raw);
  assert.equal(JSON.stringify(raw), before, 'the migration must not mutate its input');
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.reason);
  const file = decoded.data;
  assert.equal(file.schemaVersion, 1);
  assert.equal(file.revisions.length, 1);
  const [rev] = file.revisions;
  assert.equal(rev!.number, 1);
  assert.equal(rev!.at, '2026-03-02T10:30:00.000Z', 'the revision is dated by the matter, not by the clock');
  assert.equal(rev!.matter.title, 'Guarding services at the Tarkwa mine');
  assert.equal(rev!.matter.parties[0]!.legalName, 'Gold Fields Ghana Limited');
  assert.deepEqual(rev!.matter.clauses['use-of-force'], { alternative: 'preferred', values: {} });
  assert.equal(rev!.matter.status, 'draft', 'defaults are filled in');
});

test('a current matter file reads unchanged', () => {
  const decoded = decode(matterFileFormat, fixture('matter-file-v1.json'));
  assert.ok(decoded.ok);
  assert.equal(decoded.data.revisions[0]!.number, 3);
  assert.equal(decoded.data.revisions[0]!.matter.facts.armedPersonnel, true);
});

test('a file from a newer Mandate is refused with a reason, not guessed at', () => {
  const decoded = decode(matterFileFormat, fixture('matter-file-future.json'));
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /newer Mandate \(schema 99; this version reads up to 1\)/);
});

test('a matter file of the wrong shape is refused naming the field', () => {
  const raw = fixture('matter-file-v1.json') as { revisions: { matter: Record<string, unknown> }[] };
  delete raw.revisions[0]!.matter.kind;
  const decoded = decode(matterFileFormat, raw);
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /revisions\[0\]\.matter\.kind/);
});

test('revisions of another matter inside one file are refused', () => {
  const raw = fixture('matter-file-v1.json') as { revisions: Record<string, unknown>[] };
  const other = structuredClone(raw.revisions[0]!) as { number: number; matter: { id: string } };
  other.number = 4;
  other.matter.id = 'someone-else';
  raw.revisions.push(other);
  const decoded = decode(matterFileFormat, raw);
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /revisions\[1\]\.matter\.id/);
});

test('hand-written bare settings (schema 0) are wrapped and completed with defaults', () => {
  const decoded = decode(settingsFileFormat, fixture('settings-v0.json'));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.data, { schemaVersion: 1, settings: { author: 'A. Mensah (Legal)', historyLimit: 25, recentMatterIds: [] } });
});

test('settings with an out-of-range history limit are refused naming the field', () => {
  const decoded = decode(settingsFileFormat, { schemaVersion: 1, settings: { historyLimit: 0 } });
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /settings\.historyLimit/);
});
