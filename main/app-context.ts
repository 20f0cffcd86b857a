// Runtime: node. What both shells (Electron main and the web-mode server) start with: the data
// folder, the store opened and scanned, the library loaded, and the handlers over them.
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { QuarantineEntry } from './api.ts';
import { loadLibrary } from '../engine/library.ts';
import { createHandlers, type Handlers } from './handlers.ts';
import { Store } from './store/index.ts';

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for an app
 * named "Mandate", so the desktop app and web mode share their matters.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Mandate');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Mandate');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Mandate');
}

export interface AppContext {
  dataDir: string;
  store: Store;
  handlers: Handlers;
  /** files moved aside while opening, to tell the user about */
  quarantinedAtStart: QuarantineEntry[];
}

export async function openApp(dataDir: string): Promise<AppContext> {
  const library = loadLibrary(); // throws a LibraryError listing every problem: better now than mid-session
  const started = new Date().toISOString();
  const store = await Store.open({ dataDir });
  await store.matters.scan();
  const quarantinedAtStart = store.quarantineReport().filter((e) => e.at >= started);
  return { dataDir, store, handlers: createHandlers({ store, library }), quarantinedAtStart };
}

/** `--data-dir <path>` from a command line, else the default folder. */
export function dataDirFromArgs(argv: string[]): string {
  const i = argv.findIndex((a) => a === '--data-dir' || a.startsWith('--data-dir='));
  if (i < 0) return defaultDataDir();
  const inline = argv[i]!.includes('=') ? argv[i]!.slice('--data-dir='.length) : argv[i + 1];
  if (!inline) throw new Error('--data-dir needs a folder, e.g. --data-dir ~/mandate-data');
  return inline;
}
