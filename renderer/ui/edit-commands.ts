// Runtime: browser. Where Undo and Redo go, whether they come from the keyboard (Ctrl/⌘+Z,
// Ctrl/⌘+Shift+Z, Ctrl+Y) or from the desktop menu's Edit › Undo / Redo (the `menu:undo` and
// `menu:redo` events of main/api.ts).
//
// The decision: while a matter is open, Undo is the matter's own history (MatterSession), even
// with the cursor in one of its fields. Every field bound to the matter (facts, values, parties,
// notes) records its typing in that history, merged per field, so undoing there is the same step
// the toolbar's Undo button takes; the browser's own undo on those controlled inputs would only
// know one field and fight React over its value. The exceptions are free-text boxes whose text is
// not yet part of the matter (the clause text being edited before "Apply edit", the export path):
// they carry `data-native-undo` and keep the browser's undo. With no matter open (matters list,
// new-matter form) every field keeps the browser's undo.
//
// The keyboard path always calls preventDefault and runs the command itself: Electron runs a
// menu accelerator only for keydowns the page left unhandled, so a keystroke is applied once,
// never by both the page and the menu. A click on the menu item arrives as the named event.
import { useEffect } from 'react';
import { useShortcuts } from './shortcuts.ts';

export type EditCommand = 'undo' | 'redo';
export interface UndoHistory {
  undo(): void;
  redo(): void;
}

/** Put on a text box whose text is not yet part of the matter: it keeps the browser's own undo. */
export const nativeUndo = { 'data-native-undo': '' } as const;

/** The matter whose history Undo steps through; the matter screen sets it while open. */
let openHistory: UndoHistory | undefined;
export function setOpenHistory(history: UndoHistory): () => void {
  openHistory = history;
  return () => {
    if (openHistory === history) openHistory = undefined;
  };
}

/** Which undo a command reaches, given the focused element and whether a matter is open. */
export function undoTarget(focused: Pick<Element, 'closest'> | null, matterOpen: boolean): 'matter' | 'native' {
  if (!matterOpen) return 'native';
  return focused?.closest('[data-native-undo]') ? 'native' : 'matter';
}

export function runEditCommand(command: EditCommand) {
  const history = openHistory;
  if (history && undoTarget(document.activeElement, true) === 'matter') history[command]();
  // The browser's own undo of the focused text field (a no-op when none has focus).
  else document.execCommand(command);
}

/** Once, at the top of the app: the keyboard shortcuts and the desktop menu's Edit items. */
export function useEditCommands() {
  useShortcuts([
    { keys: 'Mod+Z', run: () => runEditCommand('undo') },
    { keys: 'Mod+Shift+Z', run: () => runEditCommand('redo') },
    { keys: 'Mod+Y', run: () => runEditCommand('redo') },
  ]);
  useEffect(() => {
    const menu = window.mandateMenu;
    if (!menu) return;
    const offs = [menu.onUndo(() => runEditCommand('undo')), menu.onRedo(() => runEditCommand('redo'))];
    return () => offs.forEach((off) => off());
  }, []);
}
