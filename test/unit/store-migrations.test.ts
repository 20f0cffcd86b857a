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
  assert.equal(rev!.delta, undefined, 'the only revision is the matter itself');
  assert.equal(file.matter.title, 'Guarding services at the Tarkwa mine');
  assert.equal(file.matter.parties[0]!.legalName, 'Gold Fields Ghana Limited');
  assert.deepEqual(file.matter.clauses['use-of-force'], { alternative: 'preferred', values: {} });
  assert.equal(file.matter.status, 'draft', 'defaults are filled in');
});

test('a current matter file reads unchanged', () => {
  const decoded = decode(matterFileFormat, fixture('matter-file-v1.json'));
  assert.ok(decoded.ok);
  assert.deepEqual(decoded.data.revisions.map((r) => r.number), [2, 3]);
  assert.equal(decoded.data.matter.facts.armedPersonnel, true);
});

test('a file from a newer Mandate is refused with a reason, not guessed at', () => {
  const decoded = decode(matterFileFormat, fixture('matter-file-future.json'));
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /newer Mandate \(schema 99; this version reads up to 1\)/);
});

test('a matter file of the wrong shape is refused naming the field', () => {
  const raw = fixture('matter-file-v1.json') as { matter: Record<string, unknown> };
  delete raw.matter.kind;
  const decoded = decode(matterFileFormat, raw);
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /matter\.kind/);
});

test('a history whose older revision lost its delta is refused', () => {
  const raw = fixture('matter-file-v1.json') as { revisions: Record<string, unknown>[] };
  delete raw.revisions[0]!.delta;
  const decoded = decode(matterFileFormat, raw);
  assert.equal(decoded.ok, false);
  assert.match(!decoded.ok ? decoded.reason : '', /revisions\[0\]\.delta: an older revision needs its delta/);
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
