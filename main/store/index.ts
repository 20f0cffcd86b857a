// Runtime: node. The store: everything Mandate keeps on disk, under one data folder.
//   settings.json, index.json, matters/<id>.json, collections/<name>/<id>.json, quarantine/
// Only the main process (Electron main or the web-mode server) opens it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsSchema, type QuarantineEntry, type Settings } from '../api.ts';
import { Collection, type CollectionSpec } from './collection.ts';
import { StoreError } from './errors.ts';
import { settingsFileFormat } from './formats.ts';
import { MatterStore } from './matters.ts';
import { Quarantine } from './quarantine.ts';
import { Serial } from './serial.ts';
import { VersionedFile } from './versioned-file.ts';

export { StoreError } from './errors.ts';
export type { CollectionSpec } from './collection.ts';

export interface StoreOptions {
  dataDir: string;
  /** the clock; tests pass a fixed one */
  now?: () => Date;
}

export class Store {
  readonly dataDir: string;
  readonly quarantine: Quarantine;
  readonly matters: MatterStore;
  readonly #settings: VersionedFile<{ schemaVersion: 1; settings: Settings }>;
  readonly #collections = new Map<string, Collection<unknown>>();
  readonly #serial = new Serial();
  readonly #now: () => Date;

  private constructor(options: StoreOptions) {
    this.dataDir = options.dataDir;
    this.#now = options.now ?? (() => new Date());
    mkdirSync(this.dataDir, { recursive: true });
    this.quarantine = new Quarantine(this.dataDir, this.#now);
    this.#settings = new VersionedFile(join(this.dataDir, 'settings.json'), settingsFileFormat, async (f, r) => this.quarantine.isolate(f, r));
    this.matters = new MatterStore({ dataDir: this.dataDir, quarantine: this.quarantine, settings: () => this.settings(), now: this.#now });
  }

  static async open(options: StoreOptions): Promise<Store> {
    const store = new Store(options);
    await store.settings(); // quarantines an unreadable settings file now, not at the first save
    await store.matters.open();
    return store;
  }

  async settings(): Promise<Settings> {
    try {
      return (await this.#settings.read())?.settings ?? SettingsSchema.parse({});
    } catch (e) {
      if (e instanceof StoreError && e.code === 'quarantined') return SettingsSchema.parse({});
      throw e;
    }
  }

  updateSettings(patch: Partial<Settings>): Promise<Settings> {
    return this.#serial.run(async () => {
      const settings = SettingsSchema.parse({ ...(await this.settings()), ...patch });
      await this.#settings.write({ schemaVersion: 1, settings });
      return settings;
    });
  }

  /** Put a matter first in File › Open recent. */
  async touchRecent(id: string): Promise<void> {
    const { recentMatterIds } = await this.settings();
    if (recentMatterIds[0] === id) return;
    await this.updateSettings({ recentMatterIds: [id, ...recentMatterIds.filter((r) => r !== id)].slice(0, 10) });
  }

  collection<T>(spec: CollectionSpec<T>): Collection<T> {
    const existing = this.#collections.get(spec.name);
    if (existing) {
      if (existing.spec.schema !== spec.schema) throw new Error(`Collection "${spec.name}" was opened with another schema.`);
      return existing as Collection<T>;
    }
    const made = new Collection<T>(this.dataDir, spec, this.quarantine);
    this.#collections.set(spec.name, made as Collection<unknown>);
    return made;
  }

  /** Finish the writes a save may leave pending (the matter index): call before quitting. */
  flush(): Promise<void> {
    return this.matters.flush();
  }

  quarantineReport(): QuarantineEntry[] {
    return this.quarantine.report();
  }
}

