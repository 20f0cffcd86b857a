// Runtime: electron-main. The desktop shell: one sandboxed window showing the built renderer
// from the mandate:// protocol (with a strict CSP), the API over named IPC channels (each
// caller checked, each input parsed), the native menu, save dialogs, a single instance, and
// the window's size and position remembered.
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type WebContents } from 'electron';
import { join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { ipcChannel, menuEvents, operationNames, type ApiResult, type MenuEventName, type MenuEventPayload } from './api.ts';
import { dataDirFromArgs, openApp, type AppContext } from './app-context.ts';
import { dispatch } from './handlers.ts';
import { menuTemplate, standardsText } from './menu.ts';
import { appEntry, appScheme, isAppUrl, isSafeExternalLink, isTrustedSender, rendererFileFor } from './navigation-policy.ts';
import { contentSecurityPolicy } from './server.ts';

const rendererDir = join(__dirname, '..', 'renderer');
const WindowStateSchema = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().min(400), height: z.number().int().min(300), maximized: z.boolean() }).strict();

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.setName('Mandate');
// The --data-dir flag is read before the lock, so two instances on different folders may coexist.
const dataDir = process.argv.includes('--data-dir') || process.argv.some((a) => a.startsWith('--data-dir=')) ? dataDirFromArgs(process.argv) : undefined;
if (!app.requestSingleInstanceLock({ dataDir })) app.quit();

let win: BrowserWindow | undefined;
let ctx: AppContext;

function send<E extends MenuEventName>(event: E, payload: MenuEventPayload<E>) {
  win?.webContents.send(event, menuEvents[event].parse(payload));
}

async function refreshMenu() {
  const settings = await ctx.store.settings();
  const byId = new Map(ctx.store.matters.list().map((m) => [m.id, m]));
  const recent = settings.recentMatterIds.flatMap((id) => byId.get(id) ?? []);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(recent, {
        newMatter: (kind) => send('menu:new-matter', { kind }),
        openMatter: (id) => send('menu:open-matter', { id }),
        exportAs: (format) => send('menu:export', { format }),
        undo: () => send('menu:undo', {}),
        redo: () => send('menu:redo', {}),
        about: () => void dialog.showMessageBox({ type: 'info', title: 'About Mandate', message: `Mandate ${app.getVersion()}`, detail: `Drafting assistant for private security contracts and public-security MoUs.\nData folder: ${ctx.dataDir}` }),
        standards: () => void dialog.showMessageBox({ type: 'info', title: 'The standards', message: 'The standards Mandate draws on', detail: standardsText }),
      }),
    ),
  );
}

function lockDown(contents: WebContents) {
  contents.on('will-navigate', (e, url) => !isAppUrl(url) && e.preventDefault());
  contents.on('will-redirect', (e, url) => !isAppUrl(url) && e.preventDefault());
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function registerIpc() {
  for (const name of operationNames) {
    ipcMain.handle(ipcChannel(name), async (event, input: unknown): Promise<ApiResult<unknown>> => {
      const frame = event.senderFrame;
      if (!isTrustedSender({ frameUrl: frame?.url, isMainFrame: frame === event.sender.mainFrame, fromOurWindow: event.sender === win?.webContents }))
        return { ok: false, error: { code: 'refused', message: 'This call did not come from the Mandate window.', issues: [] } };
      // Without a path, the desktop app asks where to save; the handler then writes there.
      if ((name === 'exportMatter' || name === 'exportEvaluationReport') && input && typeof input === 'object' && !('path' in input) && win) {
        const format = (input as { format?: unknown }).format === 'pdf' ? 'pdf' : 'docx';
        const suggested = name === 'exportMatter' ? 'contract' : 'evaluation-report';
        const choice = await dialog.showSaveDialog(win, { title: `Export ${format.toUpperCase()}`, defaultPath: join(app.getPath('documents'), `${suggested}.${format}`), filters: [{ name: format.toUpperCase(), extensions: [format] }] });
        if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: 'cancelled' } };
        input = { ...input, path: choice.filePath };
      }
      const result = await dispatch(ctx.handlers, name, input);
      if (result.ok && ['createMatter', 'getMatter', 'duplicateMatter', 'deleteMatter', 'restoreMatter', 'updateMatter', 'awardEvaluation'].includes(name)) void refreshMenu();
      return result;
    });
  }
}

async function restoredBounds() {
  const saved = await ctx.store.collection({ name: 'window-state', schema: WindowStateSchema }).get('main').catch(() => undefined);
  if (!saved) return { width: 1280, height: 860, maximized: false };
  // A window saved on a screen that is gone would open out of reach: keep only a visible position.
  const visible = screen.getAllDisplays().some((d) => saved.x < d.workArea.x + d.workArea.width - 100 && saved.x + saved.width > d.workArea.x + 100 && saved.y >= d.workArea.y - 10 && saved.y < d.workArea.y + d.workArea.height - 100);
  return visible ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}

async function createWindow() {
  const bounds = await restoredBounds();
  win = new BrowserWindow({
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    title: 'Mandate',
    show: false,
    webPreferences: { preload: join(__dirname, 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webviewTag: false, spellcheck: true, navigateOnDragDrop: false },
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  win.on('close', () => {
    if (!win) return;
    const b = win.getNormalBounds();
    void ctx.store.collection({ name: 'window-state', schema: WindowStateSchema }).put('main', { ...b, maximized: win.isMaximized() });
  });
  win.on('closed', () => (win = undefined));
  await win.loadURL(appEntry);
}

app.on('web-contents-created', (_e, contents) => lockDown(contents));
app.on('second-instance', () => {
  if (win?.isMinimized()) win.restore();
  win?.focus();
});
app.on('window-all-closed', () => app.quit());
// The matter index may trail the last save by a moment (main/store/matters.ts): write it before quitting.
let flushed = false;
app.on('will-quit', (event) => {
  if (flushed || !ctx) return;
  event.preventDefault();
  flushed = true;
  void ctx.store.flush().finally(() => app.quit());
});

app.whenReady().then(async () => {
  ctx = await openApp(dataDir ?? app.getPath('userData'));
  for (const s of [session.defaultSession]) {
    s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    s.setPermissionCheckHandler(() => false);
    s.setDevicePermissionHandler(() => false);
  }
  protocol.handle(appScheme, async (request) => {
    const file = rendererFileFor(request.url, rendererDir, join, normalize);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('content-security-policy', contentSecurityPolicy);
    headers.set('x-content-type-options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  registerIpc();
  await refreshMenu();
  await createWindow();
  if (ctx.quarantinedAtStart.length)
    void dialog.showMessageBox({
      type: 'warning',
      title: 'Some files could not be read',
      message: `${ctx.quarantinedAtStart.length} file(s) could not be read and were moved aside. Every other matter is available.`,
      detail: ctx.quarantinedAtStart.map((q) => `${q.file}\n  ${q.reason}\n  now at ${q.movedTo}`).join('\n\n'),
    });
}).catch((e: Error) => {
  dialog.showErrorBox('Mandate could not start', e.message);
  app.exit(1);
});
