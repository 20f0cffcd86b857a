// Runtime: node. One JSON file of the store, on lowdb (`Low` + `JSONFile`, never the preset,
// which silently keeps data in memory under NODE_ENV=test). lowdb writes through steno: the text
// goes to a temporary file beside the target, then a rename replaces the target, so a reader (or
// a crash) sees the old file or the new one, never half of one.
//
// Every file carries `schemaVersion`. Reading migrates old versions with pure functions, then
// parses with zod; writing validates first. A file that cannot be read is handed to the
// quarantine and reported, never overwritten.
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { fieldPath } from '../api.ts';
import { StoreError } from './errors.ts';

export interface FileFormat<T> {
  /** what the file is, for messages: "matter file" */
  what: string;
  /** the version this build writes */
  version: number;
  schema: z.ZodType<T>;
  /** migrations[n] turns a version-n file into version n+1 (version 0: a file without schemaVersion) */
  migrations: Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>;
}

export type Decoded<T> = { ok: true; data: T } | { ok: false; reason: string };

/** Pure: bring raw JSON up to the current version and parse it. */
export function decode<T>(format: FileFormat<T>, raw: unknown): Decoded<T> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, reason: `a ${format.what} must hold a JSON object` };
  let data = raw as Record<string, unknown>;
  let version = data.schemaVersion === undefined ? 0 : data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: `schemaVersion ${JSON.stringify(version)} is not a version number` };
  if (version > format.version)
    return { ok: false, reason: `it was written by a newer Mandate (schema ${version}; this version reads up to ${format.version}); move it back after upgrading` };
  while (version < format.version) {
    const step = format.migrations[version];
    if (!step) return { ok: false, reason: `no migration from schema ${version} of the ${format.what}` };
    try {
      data = step(data);
    } catch (e) {
      return { ok: false, reason: `migrating from schema ${version} failed: ${(e as Error).message}` };
    }
    version++;
  }
  const parsed = format.schema.safeParse(data);
  if (parsed.success) return { ok: true, data: parsed.data };
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${fieldPath(i.path)}: ${i.message}`);
  return { ok: false, reason: `it does not have the shape of a ${format.what} (${issues.join('; ')}${parsed.error.issues.length > 3 ? '; …' : ''})` };
}

export type OnUnreadable = (file: string, reason: string) => Promise<unknown>;

export class VersionedFile<T> {
  readonly #low: Low<unknown>;
  #cache: T | undefined;

  constructor(
    readonly path: string,
    readonly format: FileFormat<T>,
    private readonly onUnreadable: OnUnreadable,
  ) {
    this.#low = new Low<unknown>(new JSONFile<unknown>(path), null);
  }

  /** The file's data; undefined when it does not exist. An unreadable file is quarantined and throws. */
  async read(): Promise<T | undefined> {
    if (this.#cache !== undefined) return this.#cache;
    // Low.read keeps the previous data when the file is missing, so start from nothing.
    this.#low.data = null;
    try {
      await this.#low.read();
    } catch (e) {
      const reason = e instanceof SyntaxError ? `it is not valid JSON (${e.message})` : `it could not be read (${(e as Error).message})`;
      return this.#reject(reason);
    }
    if (this.#low.data === null) return undefined;
    const decoded = decode(this.format, this.#low.data);
    if (!decoded.ok) return this.#reject(decoded.reason);
    this.#cache = decoded.data;
    return decoded.data;
  }

  async write(data: T): Promise<void> {
    // A write that fails its own schema is a bug in Mandate, not in the user's data: refuse it
    // loudly rather than leave a file the next start would quarantine.
    const checked = this.format.schema.safeParse(data);
    if (!checked.success) {
      const first = checked.error.issues[0];
      throw new StoreError('invalid', `Refusing to write an invalid ${this.format.what} ${this.path}${first ? ` (${fieldPath(first.path)}: ${first.message})` : ''}.`);
    }
    this.#low.data = checked.data;
    await this.#low.write();
    this.#cache = checked.data;
  }

  /** Forget the cached copy (the file was moved or replaced outside this object). */
  forget(): void {
    this.#cache = undefined;
  }

  async #reject(reason: string): Promise<never> {
    this.#cache = undefined;
    await this.onUnreadable(this.path, reason);
    throw new StoreError('quarantined', `The ${this.format.what} ${this.path} could not be read: ${reason}. It was moved to the quarantine folder.`);
  }
}
