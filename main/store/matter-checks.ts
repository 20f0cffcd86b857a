// Runtime: node. The check of a matter file written by a save. A save changes a few parts of a
// file that was parsed whole when it was read; checking only those parts (and the invariants
// that tie them to the rest) keeps a save fast however long the history, while a file that
// would not read back is still refused before it is written.
import { MatterSchema } from '../../engine/matter.ts';
import { RevisionSchema, type MatterFile } from './formats.ts';
import type { WriteCheck } from './versioned-file.ts';

/** The first problem of a partial check, at its place in the file. */
function issueOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, at: PropertyKey[]) {
  const first = result.success ? undefined : result.error?.issues[0];
  return first ? { path: [...at, ...first.path], message: first.message } : undefined;
}

/**
 * The check of a matter file after #append: the file was parsed when read, and the append changed
 * only the matter, the revision that was newest (it gained its delta) and the new revision; the
 * older revisions are as they were, or dropped by the cap. Checks those parts, and the invariants
 * the whole-file schema adds (only the newest has no delta, numbers rise).
 */
export function appendedCheck(before: MatterFile): WriteCheck<MatterFile> {
  return (file) => {
    const matter = issueOf(MatterSchema.safeParse(file.matter), ['matter']);
    if (matter) return matter;
    const n = file.revisions.length;
    if (n < 1 || file.revisions.at(-1)!.delta !== undefined) return { path: ['revisions', n - 1, 'delta'], message: 'the newest revision is the matter itself and has no delta' };
    for (let i = Math.max(0, n - 2); i < n; i++) {
      const problem = issueOf(RevisionSchema.safeParse(file.revisions[i]), ['revisions', i]);
      if (problem) return problem;
      if (i < n - 1 && file.revisions[i]!.delta === undefined) return { path: ['revisions', i, 'delta'], message: 'an older revision needs its delta' };
    }
    if (n > 1 && file.revisions[n - 1]!.number <= file.revisions[n - 2]!.number) return { path: ['revisions', n - 1, 'number'], message: 'revision numbers must increase' };
    // every older revision must be one the file already held, unchanged
    const kept = new Set(before.revisions);
    for (let i = 0; i < n - 2; i++) if (!kept.has(file.revisions[i]!)) return { path: ['revisions', i], message: 'an older revision was changed by a save' };
    return undefined;
  };
}
