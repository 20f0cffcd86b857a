// Runtime: node. A generic, schema-parameterised collection: one file per record under
// collections/<name>/, with the same guarantees as matters (versioned, parsed on read,
// validated on write, atomic, quarantined when unreadable). Bid evaluations live here; the
// store does not need to know their shape.
import { mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { StoreError } from './errors.ts';
import { dataFileFormat } from './formats.ts';
import type { Quarantine } from './quarantine.ts';
import { VersionedFile, type FileFormat } from './versioned-file.ts';

const recordId = /^[A-Za-z0-9_-]{1,64}$/;

export interface CollectionSpec<T> {
  /** folder name and the word used in messages, e.g. "bid-evaluations" */
  name: string;
  schema: z.ZodType<T>;
  /** the version this build writes (default 1) */
  version?: number;
  /** migrations[n]: pure function from the raw file of version n to version n+1 */
  migrations?: FileFormat<{ schemaVersion: number; data: T }>['migrations'];
}

export class Collection<T> {
  readonly dir: string;
  readonly #format: FileFormat<{ schemaVersion: number; data: T }>;
  readonly #files = new Map<string, VersionedFile<{ schemaVersion: number; data: T }>>();

  constructor(
    dataDir: string,
    readonly spec: CollectionSpec<T>,
    private readonly quarantine: Quarantine,
  ) {
    if (!recordId.test(spec.name)) throw new Error(`Collection name "${spec.name}" must use letters, digits, "-" and "_" only.`);
    this.dir = join(dataDir, 'collections', spec.name);
    mkdirSync(this.dir, { recursive: true });
    this.#format = dataFileFormat(`${spec.name} record`, spec.schema, spec.version ?? 1, spec.migrations ?? {});
  }

  ids(): string[] {
    return readdirSync(this.dir)
      .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
      .map((n) => n.slice(0, -5))
      .sort();
  }

  /** The record, or undefined when there is none. An unreadable record is quarantined and throws. */
  async get(id: string): Promise<T | undefined> {
    return (await this.#file(id).read())?.data;
  }

  /** Every readable record; unreadable ones are quarantined and left out. */
  async all(): Promise<{ id: string; data: T }[]> {
    const out: { id: string; data: T }[] = [];
    for (const id of this.ids()) {
      try {
        const data = await this.get(id);
        if (data !== undefined) out.push({ id, data });
      } catch (e) {
        if (!(e instanceof StoreError && e.code === 'quarantined')) throw e;
      }
    }
    return out;
  }

  async put(id: string, data: T): Promise<void> {
    await this.#file(id).write({ schemaVersion: this.#format.version, data });
  }

  async delete(id: string): Promise<void> {
    const file = this.#file(id);
    file.forget();
    try {
      unlinkSync(file.path);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }

  #file(id: string) {
    if (!recordId.test(id)) throw new StoreError('not-found', `"${id}" is not a valid ${this.spec.name} id (letters, digits, "-" and "_").`);
    let f = this.#files.get(id);
    if (!f) this.#files.set(id, (f = new VersionedFile(join(this.dir, `${id}.json`), this.#format, async (p, r) => this.quarantine.isolate(p, r))));
    return f;
  }
}
