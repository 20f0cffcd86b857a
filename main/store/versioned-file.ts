// Runtime: node. One JSON file of the store, on lowdb (`Low` + `DataFile` (JSON), never the preset,
// which silently keeps data in memory under NODE_ENV=test). lowdb writes through steno: the text
// goes to a temporary file beside the target, then a rename replaces the target, so a reader (or
// a crash) sees the old file or the new one, never half of one.
//
// Every file carries `schemaVersion`. Reading migrates old versions with pure functions, then
// parses with zod; writing validates first. A file that cannot be read is handed to the
// quarantine and reported, never overwritten.
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
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

/**
 * How a write is checked. By default the whole file is parsed with its schema. A caller that
 * changes one part of a large file it read (and so parsed) may check only that part: the rest
 * was checked when it was read or last written. Returns the first problem, or nothing.
 */
export type WriteCheck<T> = (data: T) => { path: PropertyKey[]; message: string } | undefined;

export interface FileOptions {
  /** write JSON without indentation: for files no one reads by hand (the index), where the bytes cost time */
  compact?: boolean;
  /** remember that the file does not exist instead of looking again at every read (settings) */
  rememberMissing?: boolean;
}

export class VersionedFile<T> {
  readonly #low: Low<unknown>;
  #cache: T | undefined;
  #missing = false;

  constructor(
    readonly path: string,
    readonly format: FileFormat<T>,
    private readonly onUnreadable: OnUnreadable,
    private readonly options: FileOptions = {},
  ) {
    const stringify = options.compact ? (data: unknown) => JSON.stringify(data) : (data: unknown) => JSON.stringify(data, null, 2);
    this.#low = new Low<unknown>(new DataFile<unknown>(path, { parse: JSON.parse, stringify }), null);
  }

  /** The file's data; undefined when it does not exist. An unreadable file is quarantined and throws. */
  async read(): Promise<T | undefined> {
    if (this.#cache !== undefined) return this.#cache;
    if (this.#missing) return undefined;
    // Low.read keeps the previous data when the file is missing, so start from nothing.
    this.#low.data = null;
    try {
      await this.#low.read();
    } catch (e) {
      const reason = e instanceof SyntaxError ? `it is not valid JSON (${e.message})` : `it could not be read (${(e as Error).message})`;
      return this.#reject(reason);
    }
    if (this.#low.data === null) {
      this.#missing = this.options.rememberMissing === true;
      return undefined;
    }
    const decoded = decode(this.format, this.#low.data);
    if (!decoded.ok) return this.#reject(decoded.reason);
    this.#cache = decoded.data;
    return decoded.data;
  }

  /**
   * Write the file atomically. `check` defaults to parsing the whole file; see WriteCheck for
   * the cheaper check of the changed part only.
   */
  async write(data: T, check?: WriteCheck<T>): Promise<void> {
    // A write that fails its own schema is a bug in Mandate, not in the user's data: refuse it
    // loudly rather than leave a file the next start would quarantine.
    let written = data;
    if (check) {
      const problem = check(data);
      if (problem) throw this.#invalid(problem);
    } else {
      const checked = this.format.schema.safeParse(data);
      if (!checked.success) throw this.#invalid(checked.error.issues[0]);
      written = checked.data;
    }
    this.#low.data = written;
    await this.#low.write();
    this.#cache = written;
    this.#missing = false;
  }

  /** Forget the cached copy (the file was moved or replaced outside this object). */
  forget(): void {
    this.#cache = undefined;
    this.#missing = false;
  }

  #invalid(problem: { path: PropertyKey[]; message: string } | undefined): StoreError {
    return new StoreError('invalid', `Refusing to write an invalid ${this.format.what} ${this.path}${problem ? ` (${fieldPath(problem.path)}: ${problem.message})` : ''}.`);
  }

  async #reject(reason: string): Promise<never> {
    this.#cache = undefined;
    await this.onUnreadable(this.path, reason);
    throw new StoreError('quarantined', `The ${this.format.what} ${this.path} could not be read: ${reason}. It was moved to the quarantine folder.`);
  }
}
