// Runtime: node (build time). Parses and cross-checks the clause library from its sources and
// gives the checked result as JSON: scripts/build.mjs writes it into the bundles, so a broken
// library fails the build with the list of its problems.
import { groups } from '../clauses/index.ts';
import { templates } from '../templates/index.ts';
import { buildLibrary } from '../engine/library.ts';
import { toSnapshot } from '../engine/library-snapshot.ts';

export const librarySnapshotJson = (): string => JSON.stringify(toSnapshot(buildLibrary({ groups, templates })));
