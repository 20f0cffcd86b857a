// Runtime: node. The matters of the store: one file per matter under matters/ (its revision
// history; the last revision is the current text) and index.json, a summary per matter so the
// list never opens every file. The index is a cache: on open it is reconciled with the folder
// (a crash between writing a matter and writing the index leaves the matter newer than the
// index, and the matter wins).
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MatterSchema, type Matter } from '../../engine/matter.ts';
import type { MatterSummary, RevisionSummary, Settings } from '../api.ts';
import { sameContent, summarizeChange } from './change-summary.ts';
import { apply, diff } from './delta.ts';
import { StoreError } from './errors.ts';
import { matterFileFormat, type MatterFile, type Revision } from './formats.ts';
import { appendedCheck } from './matter-checks.ts';
import { MatterIndex } from './matter-index.ts';
import type { Quarantine } from './quarantine.ts';
import { Serial } from './serial.ts';
import { VersionedFile, type WriteCheck } from './versioned-file.ts';

/** Decides the status a saved text gets (the handlers derive it from validation). */
export type StatusRule = (matter: Matter) => Matter['status'];

export interface MatterStoreOptions {
  dataDir: string;
  quarantine: Quarantine;
  settings: () => Promise<Settings>;
  now: () => Date;
}

export class MatterStore {
  readonly dir: string;
  readonly #index: MatterIndex;
  readonly #files = new Map<string, VersionedFile<MatterFile>>();
  readonly #serial = new Serial();

  constructor(private readonly options: MatterStoreOptions) {
    this.dir = join(options.dataDir, 'matters');
    mkdirSync(this.dir, { recursive: true });
    this.#index = new MatterIndex(options.dataDir, this.#quarantine, this.#serial);
  }

  readonly #quarantine = async (file: string, reason: string) => this.options.quarantine.isolate(file, reason);

  /** Load the index and reconcile it with the matters folder. */
  async open(): Promise<void> {
    const stored = await this.#index.stored();
    const index = stored?.summaries ?? [];
    const indexTime = stored?.writtenAt ?? 0;
    const rebuilt: MatterSummary[] = [];
    const onDisk = this.#fileIds();
    const known = new Map(index.filter((s) => onDisk.has(s.id)).map((s) => [s.id, s]));
    let changed = known.size !== index.length;
    for (const id of onDisk) {
      const stale = !known.has(id) || statSync(this.#path(id)).mtimeMs >= indexTime;
      if (!stale) continue;
      changed = true;
      known.delete(id);
      const file = await this.#readQuietly(id);
      if (!file) continue;
      const summary = summaryOf(file);
      known.set(id, summary);
      rebuilt.push(summary);
    }
    this.#index.reset(known, rebuilt);
    if (changed) await this.#index.write();
  }

  /** Read every matter file; unreadable ones are quarantined. Returns how many were checked. */
  async scan(): Promise<number> {
    return this.#serial.run(async () => {
      let checked = 0;
      for (const id of this.#fileIds()) {
        checked++;
        if (!(await this.#readQuietly(id))) this.#index.delete(id);
      }
      await this.#index.write();
      return checked;
    });
  }

  list(options: { trashed?: boolean } = {}): MatterSummary[] {
    const wantTrashed = options.trashed ?? false;
    return this.#index
      .all()
      .filter((s) => (s.trashedAt !== undefined) === wantTrashed)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id)));
  }

  has(id: string): boolean {
    return this.#index.has(id);
  }

  async get(id: string): Promise<Matter> {
    return current(await this.#load(id));
  }

  async revisions(id: string): Promise<RevisionSummary[]> {
    const file = await this.#load(id);
    return file.revisions.map(({ delta: _d, ...summary }) => summary).reverse();
  }

  /** The matter as it stood at revision `number`. */
  async revision(id: string, number: number): Promise<Matter> {
    return matterAt(await this.#load(id), number);
  }

  /** Revision `number` for reading: its line in the history and the matter rebuilt as saved then. */
  async revisionView(id: string, number: number): Promise<{ revision: RevisionSummary; matter: Matter }> {
    const file = await this.#load(id);
    const matter = matterAt(file, number);
    const { delta: _d, ...revision } = file.revisions.find((r) => r.number === number)!;
    return { revision, matter };
  }

  /** Save a new matter as its first revision. */
  create(matter: Matter, summary = 'Created'): Promise<Matter> {
    return this.#serial.run(async () => {
      if (this.#index.has(matter.id) || this.#fileIds().has(matter.id)) throw new StoreError('conflict', `A matter with id "${matter.id}" already exists.`);
      const at = this.options.now().toISOString();
      const saved = { ...matter, updatedAt: at };
      const file: MatterFile = { schemaVersion: 1, matter: saved, revisions: [{ number: 1, at, author: await this.#author(), summary }] };
      await this.#commit(file);
      return saved;
    });
  }

  /**
   * Save a changed matter. An unchanged content writes nothing and returns the stored matter;
   * `baseUpdatedAt` (the updatedAt the editor started from) refuses a save over someone else's.
   * With `status`, the caller's status is ignored: an unchanged text keeps the stored status
   * (so "exported" survives a save that changes nothing) and a changed one gets `status(text)`.
   */
  save(matter: Matter, options: { summary?: string; baseUpdatedAt?: string; status?: StatusRule } = {}): Promise<Matter> {
    return this.#serial.run(async () => {
      const file = await this.#load(matter.id, 'matter.id');
      const stored = current(file);
      if (file.trashedAt) throw new StoreError('conflict', `The matter "${stored.title}" is in the trash; restore it before saving.`);
      if (options.baseUpdatedAt !== undefined && options.baseUpdatedAt !== stored.updatedAt)
        throw new StoreError('conflict', `The matter "${stored.title}" was saved at ${stored.updatedAt}, after this edit began; reload it and apply the edit again.`);
      if (options.status) matter = { ...matter, status: stored.status };
      if (sameContent(matter, stored)) return stored;
      const next = { ...matter, createdAt: stored.createdAt, ...(options.status ? { status: options.status(matter) } : {}) };
      return this.#append(file, next, options.summary ?? summarizeChange(stored, next));
    });
  }

  /** Make revision `number` current again, as a new revision (its status given by `status` when set). */
  restoreRevision(id: string, number: number, options: { status?: StatusRule } = {}): Promise<Matter> {
    return this.#serial.run(async () => {
      const file = await this.#load(id);
      const old = matterAt(file, number);
      if (file.trashedAt) throw new StoreError('conflict', `The matter "${file.matter.title}" is in the trash; restore it first.`);
      return this.#append(file, { ...old, createdAt: file.matter.createdAt, ...(options.status ? { status: options.status(old) } : {}) }, `Restored revision ${number}`);
    });
  }

  trash(id: string): Promise<MatterSummary> {
    return this.#setTrashed(id, this.options.now().toISOString());
  }

  restore(id: string): Promise<MatterSummary> {
    return this.#setTrashed(id, undefined);
  }

  #setTrashed(id: string, trashedAt: string | undefined): Promise<MatterSummary> {
    return this.#serial.run(async () => {
      const { trashedAt: _old, ...rest } = await this.#load(id);
      const file: MatterFile = trashedAt ? { ...rest, trashedAt } : rest;
      await this.#commit(file);
      return summaryOf(file);
    });
  }

  async #append(file: MatterFile, matter: Matter, summary: string): Promise<Matter> {
    const at = this.options.now().toISOString();
    const saved = { ...matter, updatedAt: at };
    const previous = file.revisions.at(-1)!;
    const revision: Revision = { number: previous.number + 1, at, author: await this.#author(), summary };
    const { historyLimit } = await this.options.settings();
    // The revision that was newest now keeps the way back from the new text to itself.
    const back = { ...previous, delta: diff(saved, file.matter) };
    const revisions = [...file.revisions.slice(0, -1), back, revision].slice(-historyLimit);
    await this.#commit({ ...file, matter: saved, revisions }, appendedCheck(file));
    return saved;
  }

  /**
   * Write the matter file, then the index: the matter file is the truth and the index follows
   * it, at once for a new matter or a move to or from the trash, shortly after a save.
   */
  async #commit(file: MatterFile, check?: WriteCheck<MatterFile>): Promise<void> {
    await this.#file(current(file).id).write(file, check);
    this.#index.set(summaryOf(file));
    if (check) this.#index.writeSoon();
    else await this.#index.write();
  }

  /** Write the index now if a save left it behind (on quit, and in tests). */
  flush(): Promise<void> {
    return this.#index.flush();
  }

  /** `field` names the input that carried the id, for the error. */
  async #load(id: string, field = 'id'): Promise<MatterFile> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new StoreError('not-found', `"${id}" is not a matter id.`, field);
    let file: MatterFile | undefined;
    try {
      file = await this.#checked(id);
    } catch (e) {
      if (e instanceof StoreError && e.code === 'quarantined') {
        this.#index.delete(id);
        await this.#index.write();
      }
      throw e;
    }
    if (!file) throw new StoreError('not-found', `There is no matter "${id}".`, field);
    return file;
  }

  /** Read and check that the file holds the matter its name says. */
  async #checked(id: string): Promise<MatterFile | undefined> {
    const handle = this.#file(id);
    const file = await handle.read();
    if (file && current(file).id !== id) {
      handle.forget();
      await this.options.quarantine.isolate(handle.path, `it holds matter "${current(file).id}", not "${id}"; rename it ${current(file).id}.json to use it`);
      throw new StoreError('quarantined', `The matter file ${handle.path} holds another matter; it was moved to the quarantine folder.`);
    }
    return file;
  }

  async #readQuietly(id: string): Promise<MatterFile | undefined> {
    try {
      return await this.#checked(id);
    } catch (e) {
      if (e instanceof StoreError && e.code === 'quarantined') return undefined;
      throw e;
    }
  }

  #file(id: string): VersionedFile<MatterFile> {
    let f = this.#files.get(id);
    if (!f) this.#files.set(id, (f = new VersionedFile(this.#path(id), matterFileFormat, this.#quarantine, { compact: true })));
    return f;
  }

  #path(id: string) {
    return join(this.dir, `${id}.json`);
  }

  #fileIds(): Set<string> {
    return new Set(
      readdirSync(this.dir)
        .filter((n) => n.endsWith('.json') && !n.startsWith('.'))
        .map((n) => n.slice(0, -'.json'.length)),
    );
  }

  async #author() {
    return (await this.options.settings()).author;
  }

}

const current = (file: MatterFile): Matter => file.matter;


/** Walk back from the current matter through the deltas to revision `number`. */
function matterAt(file: MatterFile, number: number): Matter {
  const index = file.revisions.findIndex((r) => r.number === number);
  if (index < 0)
    throw new StoreError(
      'not-found',
      `Matter "${file.matter.id}" has no revision ${number}; the history keeps revisions ${file.revisions[0]!.number}–${file.revisions.at(-1)!.number}.`,
      'revision',
    );
  let m: Record<string, unknown> = file.matter;
  for (let i = file.revisions.length - 2; i >= index; i--) m = apply(m, file.revisions[i]!.delta!);
  const parsed = MatterSchema.safeParse(m);
  if (!parsed.success) throw new StoreError('invalid', `Revision ${number} of matter "${file.matter.id}" cannot be rebuilt from its history (${parsed.error.issues[0]?.message}).`);
  return parsed.data;
}

function summaryOf(file: MatterFile): MatterSummary {
  const m = current(file);
  const s: MatterSummary = { id: m.id, kind: m.kind, title: m.title, status: m.status, createdAt: m.createdAt, updatedAt: m.updatedAt, revisionCount: file.revisions.length };
  return file.trashedAt ? { ...s, trashedAt: file.trashedAt } : s;
}
