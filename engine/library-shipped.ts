// Runtime: any (pure). The library Mandate ships, as the one module the bundles swap out. From
// the sources (tests, tsx) it is the clause groups and templates, which loadLibrary parses and
// cross-checks at first use. In the command-line, server and Electron bundles scripts/build.mjs
// (plugin "library-snapshot") replaces this module with `{ snapshot }`: the same library, checked
// at build time, as JSON, and the 450 KB of clause sources stay out of the bundle.
import { groups } from '../clauses/index.ts';
import { templates } from '../templates/index.ts';
import type { LibrarySource } from './library.ts';
import type { LibrarySnapshot } from './library-snapshot.ts';

export const shippedLibrary: { source?: LibrarySource; snapshot?: LibrarySnapshot } = { source: { groups, templates } };
