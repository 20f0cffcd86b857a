// The desktop bridge: the built preload exposes exactly the API's operation names (and the
// menu's named subscriptions), each on its own fixed channel; and the window's navigation and
// IPC-sender rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { join, normalize } from 'node:path';
import { build } from 'esbuild';
import { ipcChannel, menuEvents, menuMethodEvents, operationNames } from '../../main/api.ts';
import { isAppUrl, isSafeExternalLink, isTrustedSender, rendererFileFor } from '../../main/navigation-policy.ts';
import type { MenuItemConstructorOptions } from 'electron';
import { menuTemplate, type MenuActions } from '../../main/menu.ts';
import { nativeUndo, undoTarget } from '../../renderer/ui/edit-commands.ts';

async function loadPreload() {
  const out = await build({ entryPoints: ['main/preload.ts'], bundle: true, platform: 'node', format: 'cjs', external: ['electron'], write: false, logLevel: 'error' });
  const exposed: Record<string, Record<string, (...a: unknown[]) => unknown>> = {};
  const invoked: unknown[][] = [];
  const listeners: [string, unknown][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: Record<string, (...a: unknown[]) => unknown>) => void (exposed[key] = value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, fn: unknown) => void listeners.push([channel, fn]),
      removeListener: (channel: string, fn: unknown) => void listeners.splice(listeners.findIndex(([c, f]) => c === channel && f === fn), 1),
    },
  };
  const requested: string[] = [];
  const module = { exports: {} };
  runInNewContext(out.outputFiles[0]!.text, { module, exports: module.exports, require: (id: string) => (requested.push(id), id === 'electron' ? electron : undefined) });
  return { exposed, invoked, listeners, requested };
}

test('the preload exposes exactly the API names, each calling its own channel', async () => {
  const { exposed, invoked, requested } = await loadPreload();
  assert.deepEqual(requested, ['electron'], 'a sandboxed preload may require nothing but electron');
  assert.deepEqual(Object.keys(exposed).sort(), ['mandate', 'mandateMenu']);
  assert.deepEqual(Object.keys(exposed.mandate!).sort(), [...operationNames].sort());
  assert.equal(typeof exposed.mandate!.getRevision, 'function', 'reading an earlier revision (issue 6, History)');
  // the bids workspace's operations are among them (issue 7)
  for (const name of ['listEvaluations', 'createEvaluation', 'getEvaluation', 'updateEvaluation', 'deleteEvaluation', 'importBids', 'evaluateBids', 'bidSensitivity', 'exportEvaluationReport', 'awardEvaluation'])
    assert.equal(typeof exposed.mandate![name], 'function', name);
  for (const name of operationNames) await exposed.mandate![name]!({ probe: name });
  assert.deepEqual(invoked, operationNames.map((name) => [ipcChannel(name), { probe: name }]));
});

test('the menu bridge offers named subscriptions only, and unsubscribing works', async () => {
  const { exposed, listeners } = await loadPreload();
  assert.deepEqual(Object.keys(exposed.mandateMenu!).sort(), Object.keys(menuMethodEvents).sort());
  const seen: unknown[] = [];
  const off = exposed.mandateMenu!.onExport!((p: unknown) => seen.push(p)) as () => void;
  assert.deepEqual(listeners.map(([c]) => c), ['menu:export']);
  assert.ok(Object.keys(menuEvents).includes(listeners[0]![0]));
  (listeners[0]![1] as (e: unknown, p: unknown) => void)({}, { format: 'pdf' });
  assert.deepEqual(seen, [{ format: 'pdf' }]);
  off();
  assert.equal(listeners.length, 0);
});

test('Edit › Undo / Redo send named menu events to the renderer, not the browser\'s text undo', async () => {
  const calls: string[] = [];
  const actions: MenuActions = {
    newMatter: (k) => void calls.push(`new ${k}`),
    openMatter: (id) => void calls.push(`open ${id}`),
    exportAs: (f) => void calls.push(`export ${f}`),
    undo: () => void calls.push('undo'),
    redo: () => void calls.push('redo'),
    about: () => void calls.push('about'),
    standards: () => void calls.push('standards'),
  };
  for (const platform of ['linux', 'darwin', 'win32'] as const) {
    const template = menuTemplate([], actions, platform);
    const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
    const roles = all(template).map((i) => i.role).filter(Boolean);
    for (const builtIn of ['undo', 'redo', 'editMenu']) assert.ok(!roles.includes(builtIn as never), `${platform}: no built-in "${builtIn}" role, it would bypass the matter's history`);
    for (const clipboard of ['cut', 'copy', 'paste', 'selectAll']) assert.ok(roles.includes(clipboard as never), `${platform}: ${clipboard} stays`);
    const edit = template.find((m) => m.label === '&Edit')!.submenu as MenuItemConstructorOptions[];
    const undo = edit.find((i) => i.label === 'Undo')!;
    const redo = edit.find((i) => i.label === 'Redo')!;
    assert.equal(undo.accelerator, 'CmdOrCtrl+Z');
    assert.equal(redo.accelerator, platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z');
    calls.length = 0;
    (undo.click as () => void)();
    (redo.click as () => void)();
    assert.deepEqual(calls, ['undo', 'redo'], platform);
  }
  // The events carry an empty, typed payload, and the preload offers them as named subscriptions.
  assert.deepEqual(menuEvents['menu:undo'].parse({}), {});
  assert.throws(() => menuEvents['menu:redo'].parse({ channel: 'anything' }));
  const { exposed, listeners } = await loadPreload();
  const seen: string[] = [];
  exposed.mandateMenu!.onUndo!(() => seen.push('undo'));
  exposed.mandateMenu!.onRedo!(() => seen.push('redo'));
  assert.deepEqual(listeners.map(([c]) => c), ['menu:undo', 'menu:redo']);
  for (const [, fn] of listeners) (fn as (e: unknown, p: unknown) => void)({}, {});
  assert.deepEqual(seen, ['undo', 'redo']);
});

test('Undo reaches the open matter, except in a free-text box marked for the browser\'s own undo', () => {
  // A stand-in for Element.closest: the element "is inside" the listed selectors.
  const el = (...inside: string[]) => ({ closest: (sel: string) => (inside.includes(sel) ? {} : null) }) as unknown as Element;
  assert.equal(undoTarget(el(), true), 'matter', 'a field bound to the matter, or the page itself');
  assert.equal(undoTarget(null, true), 'matter');
  assert.equal(undoTarget(el('[data-native-undo]'), true), 'native', 'the clause text being edited, the export path');
  assert.equal(undoTarget(el(), false), 'native', 'no matter open: every field keeps the browser\'s undo');
  assert.deepEqual(nativeUndo, { 'data-native-undo': '' }, 'the marker the selector looks for');
});

test('the window loads only the app and opens only plain https links outside', () => {
  assert.ok(isAppUrl('mandate://app/index.html'));
  for (const url of ['https://example.org', 'file:///etc/passwd', 'mandate://evil/index.html', 'javascript:alert(1)', 'not a url']) assert.ok(!isAppUrl(url), url);
  assert.ok(isSafeExternalLink('https://icoca.ch/the-code/'));
  for (const url of ['http://icoca.ch', 'file:///C:/Windows', 'https://user:pw@example.org', 'smb://host/share']) assert.ok(!isSafeExternalLink(url), url);
});

test('IPC is accepted only from the main frame of our window showing the app', () => {
  const ok = { frameUrl: 'mandate://app/index.html', isMainFrame: true, fromOurWindow: true };
  assert.ok(isTrustedSender(ok));
  assert.ok(!isTrustedSender({ ...ok, isMainFrame: false }));
  assert.ok(!isTrustedSender({ ...ok, fromOurWindow: false }));
  assert.ok(!isTrustedSender({ ...ok, frameUrl: 'https://evil.example/' }));
  assert.ok(!isTrustedSender({ ...ok, frameUrl: undefined }));
});

test('the app protocol serves files of the renderer folder only', () => {
  const dir = '/opt/mandate/renderer';
  assert.equal(rendererFileFor('mandate://app/', dir, join, normalize), join(dir, 'index.html'));
  assert.equal(rendererFileFor('mandate://app/app.js', dir, join, normalize), join(dir, 'app.js'));
  // URL parsing already folds literal dot segments back inside the folder…
  assert.equal(rendererFileFor('mandate://app/../secrets', dir, join, normalize), join(dir, 'secrets'));
  assert.equal(rendererFileFor('mandate://app/%2e%2e/secrets', dir, join, normalize), join(dir, 'secrets'));
  // …and an encoded slash that would climb out after decoding is refused.
  for (const url of ['mandate://app/..%2f..%2fetc%2fpasswd', 'mandate://app/..%5c..%5csecrets', 'mandate://other/app.js'])
    assert.equal(rendererFileFor(url, dir, join, normalize), undefined, url);
});
