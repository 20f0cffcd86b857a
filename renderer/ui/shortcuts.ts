// Runtime: browser. Keyboard shortcuts, shown in tooltips and announced with aria-keyshortcuts.
import { useEffect } from 'react';

const mac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);
export const mod = mac ? '⌘' : 'Ctrl';

export interface Shortcut {
  /** e.g. "Mod+Z", "Mod+Shift+Z" */
  keys: string;
  run: () => void;
}

/** "Mod+Shift+Z" → "Ctrl+Shift+Z" (or ⌘ on a Mac), for tooltips */
export const shortcutText = (keys: string) => keys.replace('Mod', mod);
/** aria-keyshortcuts wants "Control+Shift+Z" */
export const ariaKeys = (keys: string) => keys.replace('Mod', mac ? 'Meta' : 'Control');

function matches(e: KeyboardEvent, keys: string): boolean {
  const parts = keys.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const wantMod = parts.includes('Mod');
  const wantShift = parts.includes('Shift');
  const modDown = mac ? e.metaKey : e.ctrlKey;
  return modDown === wantMod && e.shiftKey === wantShift && !e.altKey && e.key.toLowerCase() === key;
}

export function useShortcuts(shortcuts: Shortcut[]) {
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      const s = shortcuts.find((x) => matches(e, x.keys));
      if (s) {
        e.preventDefault();
        s.run();
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  });
}
