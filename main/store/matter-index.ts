// Runtime: node. index.json: one summary per matter, so the matters list never opens every
// matter file. The index is a cache of the matter files: MatterStore.open() rebuilds the summary
// of any matter file newer than it, so the index may trail the files without losing anything.
//
// That is what keeps a save fast: after a save the index follows within `indexDelayMs`, and saves
// in quick succession (typing in the editor) share one write. Each write checks only the
// summaries changed since the last one; the others were checked when read or written, and
// checking 1,000 of them on every save cost more than the save itself.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MatterSummarySchema, type MatterSummary } from '../api.ts';
import { StoreError } from './errors.ts';
import { indexFileFormat, type IndexFile } from './formats.ts';
import type { Serial } from './serial.ts';
import { VersionedFile, type OnUnreadable } from './versioned-file.ts';

/** How long the index may trail a save. */
export const indexDelayMs = 200;

export class MatterIndex {
  readonly #file: VersionedFile<IndexFile>;
  #summaries = new Map<string, MatterSummary>();
  /** summaries changed since the index was last written: the only ones its next write checks */
  readonly #unwritten = new Map<string, MatterSummary>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly dataDir: string,
    onUnreadable: OnUnreadable,
    /** the matter store's queue: an index write never interleaves with a matter write */
    private readonly serial: Serial,
  ) {
    this.#file = new VersionedFile(join(dataDir, 'index.json'), indexFileFormat, onUnreadable, { compact: true });
  }

  /** The index on disk and when it was written; nothing when it is missing or was quarantined. */
  async stored(): Promise<{ summaries: MatterSummary[]; writtenAt: number } | undefined> {
    try {
      const file = await this.#file.read();
      return file ? { summaries: file.matters, writtenAt: statSync(this.#file.path).mtimeMs } : undefined;
    } catch (e) {
      if (e instanceof StoreError) return undefined; // quarantined: the caller rebuilds from the files
      throw e;
    }
  }

  /** Start from these summaries (after open reconciled them with the folder); `rebuilt` are unchecked. */
  reset(summaries: Map<string, MatterSummary>, rebuilt: MatterSummary[]): void {
    this.#summaries = summaries;
    for (const s of rebuilt) this.#unwritten.set(s.id, s);
  }

  all(): MatterSummary[] {
    return [...this.#summaries.values()];
  }

  has(id: string): boolean {
    return this.#summaries.has(id);
  }

  set(summary: MatterSummary): void {
    this.#summaries.set(summary.id, summary);
    this.#unwritten.set(summary.id, summary);
  }

  delete(id: string): void {
    this.#summaries.delete(id);
    this.#unwritten.delete(id);
  }

  /** Write within indexDelayMs (after a save); the timer never keeps the process alive. */
  writeSoon(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush().catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT' && !existsSync(this.dataDir)) return; // the data folder itself was removed
        console.error(`Mandate could not update the matter index (${e.message}); it is rebuilt from the matter files at the next start.`);
      });
    }, indexDelayMs);
    this.#timer.unref?.();
  }

  /** Write now if a save left the index behind (on quit, and in tests). */
  flush(): Promise<void> {
    return this.serial.run(async () => {
      if (this.#unwritten.size) await this.write();
    });
  }

  /** Write now. Call from inside the matter store's queue. */
  async write(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const changed = [...this.#unwritten.values()];
    this.#unwritten.clear();
    try {
      await this.#file.write({ schemaVersion: 1, matters: this.all() }, () => {
        for (const s of changed) {
          const first = MatterSummarySchema.safeParse(s).error?.issues[0];
          if (first) return { path: ['matters', s.id, ...first.path], message: first.message };
        }
        return undefined;
      });
    } catch (e) {
      for (const s of changed) if (!this.#unwritten.has(s.id) && this.#summaries.get(s.id) === s) this.#unwritten.set(s.id, s);
      throw e;
    }
  }
}
