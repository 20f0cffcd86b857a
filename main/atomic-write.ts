// Runtime: node. Writing a file so that a reader never sees half of it: a temporary file beside
// the target, then a rename (atomic within one file system). A failure removes the temporary file
// and leaves whatever was at the target untouched.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(target: string, data: Uint8Array | string): void {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
