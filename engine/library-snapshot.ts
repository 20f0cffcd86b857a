// Runtime: any (pure). The checked clause library as plain JSON, and back. `npm run build` parses
// and cross-checks the library once (buildLibrary) and writes this snapshot into the command-line,
// server and Electron bundles (scripts/build.mjs), so a process that exports one document does
// not re-run every zod schema over 80 clauses at each start (about 80 ms of a whole-process
// export). A broken library therefore fails the build, as it fails the tests.
import type { Clause, DocumentKind, GlossaryEntry } from '../clauses/schema.ts';
import type { Provision, RequirementRule } from '../clauses/provision-schema.ts';
import type { Template } from '../templates/schema.ts';
import type { Library } from './library.ts';

export interface LibrarySnapshot {
  clauses: Clause[];
  templates: Template[];
  glossary: GlossaryEntry[];
  provisions: Provision[];
  coverage: [string, string[]][];
  rules: RequirementRule[];
}

export function toSnapshot(library: Library): LibrarySnapshot {
  return {
    clauses: [...library.clauses.values()],
    templates: [...library.templates.values()],
    glossary: library.glossary,
    provisions: [...library.provisions.values()],
    coverage: [...library.coverage],
    rules: library.rules,
  };
}

export function fromSnapshot(snapshot: LibrarySnapshot): Library {
  return {
    clauses: new Map(snapshot.clauses.map((c) => [c.id, c])),
    templates: new Map(snapshot.templates.map((t) => [t.kind as DocumentKind, t])),
    glossary: snapshot.glossary,
    provisions: new Map(snapshot.provisions.map((p) => [p.id, p])),
    coverage: new Map(snapshot.coverage),
    rules: snapshot.rules,
  };
}
