// Runtime: node. The bundles carry the library as a JSON snapshot checked at build time
// (engine/library-snapshot.ts): it must hold exactly what parsing the sources gives, so a
// document assembled from the bundle reads the same as one assembled from the sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildLibrary } from '../../engine/library.ts';
import { fromSnapshot, toSnapshot } from '../../engine/library-snapshot.ts';
import { shippedLibrary } from '../../engine/library-shipped.ts';
import { librarySnapshotJson } from '../../scripts/library-snapshot.ts';

test('the JSON snapshot gives back the library parsed from the sources, clause for clause', () => {
  const fromSources = buildLibrary(shippedLibrary.source!);
  const restored = fromSnapshot(JSON.parse(librarySnapshotJson()));
  assert.deepEqual([...restored.clauses.keys()], [...fromSources.clauses.keys()]);
  assert.deepEqual(restored, fromSources);
});

test('a library that fails its checks has no snapshot: the build stops with the problems', () => {
  const source = shippedLibrary.source!;
  const [first, ...rest] = source.groups;
  const broken = { ...first!, clauses: [{ ...first!.clauses[0]!, id: 'Not An Id' }, ...first!.clauses.slice(1)] };
  assert.throws(() => toSnapshot(buildLibrary({ ...source, groups: [broken, ...rest] })), /clause library has \d+ problem/);
});
