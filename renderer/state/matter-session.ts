// Runtime: browser. One open matter: the current text, undo/redo history and autosave.
// Every edit goes through `change`, which records an undo step (consecutive keystrokes in the
// same field merge into one step) and schedules a save; saves carry the `updatedAt` the editor
// started from so a concurrent save elsewhere is refused instead of silently overwritten.
import { ApiFailure, type MandateApi } from '../../main/api.ts';
import { call, messageOf } from '../api.ts';
import type { Matter } from '../model.ts';

export type SaveState =
  | { state: 'saved'; at: string }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'error'; message: string }
  | { state: 'conflict'; message: string };

export interface SessionSnapshot {
  matter: Matter;
  canUndo: boolean;
  canRedo: boolean;
  save: SaveState;
}

const historyLimit = 200;
/** keystrokes in the same field within this window form one undo step */
const mergeWindowMs = 1500;
export const autosaveDelayMs = 600;

export class MatterSession {
  private matter: Matter;
  private past: Matter[] = [];
  private future: Matter[] = [];
  private lastKey: string | undefined;
  private lastAt = 0;
  private savedObject: Matter;
  private baseUpdatedAt: string;
  private saveState: SaveState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight: Promise<boolean> | undefined;
  private listeners = new Set<() => void>();
  private snapshot: SessionSnapshot;

  constructor(
    private readonly api: MandateApi,
    initial: Matter,
  ) {
    this.matter = initial;
    this.savedObject = initial;
    this.baseUpdatedAt = initial.updatedAt;
    this.saveState = { state: 'saved', at: initial.updatedAt };
    this.snapshot = this.makeSnapshot();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  getSnapshot = () => this.snapshot;

  private makeSnapshot(): SessionSnapshot {
    return { matter: this.matter, canUndo: this.past.length > 0, canRedo: this.future.length > 0, save: this.saveState };
  }
  private emit() {
    this.snapshot = this.makeSnapshot();
    for (const l of this.listeners) l();
  }

  get current(): Matter {
    return this.matter;
  }
  get dirty(): boolean {
    return this.matter !== this.savedObject;
  }

  /** Apply an edit. `mergeKey` names the field, so typing a word is one undo step, not five. */
  change(edit: (m: Matter) => Matter, mergeKey?: string) {
    const next = edit(this.matter);
    if (next === this.matter) return;
    const now = Date.now();
    const merge = mergeKey !== undefined && mergeKey === this.lastKey && now - this.lastAt < mergeWindowMs;
    if (!merge) {
      this.past.push(this.matter);
      if (this.past.length > historyLimit) this.past.shift();
    }
    this.future = [];
    this.lastKey = mergeKey;
    this.lastAt = now;
    this.matter = next;
    this.markUnsaved();
  }

  undo() {
    const prev = this.past.pop();
    if (!prev) return;
    this.future.push(this.matter);
    this.matter = prev;
    this.lastKey = undefined;
    this.markUnsaved();
  }

  redo() {
    const next = this.future.pop();
    if (!next) return;
    this.past.push(this.matter);
    this.matter = next;
    this.lastKey = undefined;
    this.markUnsaved();
  }

  /** After a restore or reload from the server: the new text, with a fresh history. */
  replace(m: Matter) {
    clearTimeout(this.timer);
    this.matter = m;
    this.savedObject = m;
    this.baseUpdatedAt = m.updatedAt;
    this.past = [];
    this.future = [];
    this.lastKey = undefined;
    this.saveState = { state: 'saved', at: m.updatedAt };
    this.emit();
  }

  private markUnsaved() {
    if (this.saveState.state !== 'conflict') this.saveState = this.dirty ? { state: 'unsaved' } : { state: 'saved', at: this.baseUpdatedAt };
    this.emit();
    clearTimeout(this.timer);
    if (this.dirty && this.saveState.state !== 'conflict') this.timer = setTimeout(() => void this.saveNow(), autosaveDelayMs);
  }

  /** Save now (Ctrl+S, before export, before leaving). Resolves true when nothing is left unsaved. */
  async saveNow(): Promise<boolean> {
    clearTimeout(this.timer);
    if (this.inFlight) await this.inFlight;
    if (!this.dirty) return true;
    if (this.saveState.state === 'conflict') return false;
    this.inFlight = this.send();
    try {
      return await this.inFlight;
    } finally {
      this.inFlight = undefined;
    }
  }

  private async send(): Promise<boolean> {
    const sent = this.matter;
    // The server sets the status (draft / signature-ready from its findings, kept "exported"
    // while the text is unchanged); the session only displays what comes back.
    this.saveState = { state: 'saving' };
    this.emit();
    try {
      const saved = await call(this.api, 'updateMatter', { matter: sent, baseUpdatedAt: this.baseUpdatedAt });
      this.baseUpdatedAt = saved.updatedAt;
      if (this.matter === sent) {
        // Keep the content (undo steps compare by identity) but take the server's status and stamp.
        this.matter = this.stamped(sent, saved);
        this.savedObject = this.matter;
      } else this.savedObject = sent;
      this.saveState = this.dirty ? { state: 'unsaved' } : { state: 'saved', at: saved.updatedAt };
      this.emit();
      if (this.dirty) this.timer = setTimeout(() => void this.saveNow(), autosaveDelayMs);
      return !this.dirty;
    } catch (e) {
      const message = messageOf(e);
      this.saveState = e instanceof ApiFailure && e.error.code === 'conflict' ? { state: 'conflict', message } : { state: 'error', message };
      this.emit();
      return false;
    }
  }

  /**
   * After a final export the server marks the exported text "exported" (a new revision on top of
   * the one this session saved). Take that status and stamp, so the next save is not refused as
   * a conflict. Only the server ever sets "exported", so seeing it proves the newest revision is
   * that mark over our own text; anything else means someone else saved, and is left to the
   * conflict check.
   */
  async adoptExportMark() {
    if (this.inFlight) await this.inFlight;
    try {
      const stored = await call(this.api, 'getMatter', { id: this.matter.id });
      if (stored.status !== 'exported' || stored.updatedAt === this.baseUpdatedAt) return;
      this.baseUpdatedAt = stored.updatedAt;
      if (!this.dirty) {
        this.matter = this.stamped(this.matter, stored);
        this.savedObject = this.matter;
        this.saveState = { state: 'saved', at: stored.updatedAt };
      }
      this.emit();
    } catch (e) {
      this.saveState = { state: 'error', message: messageOf(e) };
      this.emit();
    }
  }

  /** The same content with the server's status and stamp; undo steps holding it follow (they compare by identity). */
  private stamped(content: Matter, saved: Matter): Matter {
    const next = { ...content, status: saved.status, updatedAt: saved.updatedAt };
    this.past = this.past.map((m) => (m === content ? next : m));
    return next;
  }

  dispose() {
    clearTimeout(this.timer);
    if (this.dirty) void this.saveNow();
  }
}
