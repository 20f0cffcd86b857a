// Runtime: browser. Performance marks for the keystroke-to-panel figure: an input event marks
// the start; the completeness panel marks the end when React has written its new findings to
// the DOM, and again at the next animation frame (what the person sees). scripts/bench/ui.ts
// reads `window.__mandatePerf`.
interface PerfSample {
  toDom: number;
  toFrame: number;
}
declare global {
  interface Window {
    __mandatePerf?: PerfSample[];
  }
}

let pending: number | undefined;

export function markInput() {
  pending = performance.now();
  performance.mark('mandate:input');
}

export function markPanelCommitted() {
  if (pending === undefined) return;
  const start = pending;
  pending = undefined;
  const toDom = performance.now() - start;
  performance.measure('mandate:input-to-panel', 'mandate:input');
  requestAnimationFrame(() => {
    const toFrame = performance.now() - start;
    (window.__mandatePerf ??= []).push({ toDom, toFrame });
  });
}
