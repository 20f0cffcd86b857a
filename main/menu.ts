// Runtime: electron-main. The native menu, built from plain data so it can be checked without
// a display. Menu actions reach the renderer only as the named events of api.ts (menuEvents).
import type { MenuItemConstructorOptions } from 'electron';
import type { DocumentKind } from '../clauses/schema.ts';
import type { ExportFormat, MatterSummary } from './api.ts';

export interface MenuActions {
  newMatter(kind: DocumentKind): void;
  openMatter(id: string): void;
  exportAs(format: ExportFormat): void;
  /** Edit › Undo / Redo: sent to the renderer, which owns the matter's undo history */
  undo(): void;
  redo(): void;
  about(): void;
  standards(): void;
}

export const standardsText = [
  'Mandate drafts from these public standards:',
  '',
  '• International Code of Conduct for Private Security Service Providers (ICoC), 2010, and the ICoC Association',
  '• Voluntary Principles on Security and Human Rights (2000)',
  '• Montreux Document on pertinent international legal obligations and good practices for States related to operations of private military and security companies (2008)',
  '• DCAF/ICRC Security and Human Rights Toolkit, including its contract and MoU guidance',
  '',
  'Each clause cites the paragraph it rests on; each finding says which standard it applies.',
].join('\n');

export function menuTemplate(recent: MatterSummary[], actions: MenuActions, platform: NodeJS.Platform = process.platform): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New PSP Agreement', accelerator: 'CmdOrCtrl+N', click: () => actions.newMatter('psp-contract') },
      { label: 'New MoU with Public Security', accelerator: 'CmdOrCtrl+Shift+N', click: () => actions.newMatter('public-security-mou') },
      {
        label: 'Open Recent',
        submenu: recent.length ? recent.map((m) => ({ label: m.title, click: () => actions.openMatter(m.id) })) : [{ label: 'No recent matters', enabled: false }],
      },
      { type: 'separator' },
      { label: 'Export DOCX…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportAs('docx') },
      { label: 'Export PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportAs('pdf') },
      { type: 'separator' },
      platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: 'The Standards Mandate Draws On', click: () => actions.standards() },
      { type: 'separator' },
      { label: 'About Mandate', click: () => actions.about() },
    ],
  };
  // Undo and Redo are not the built-in roles: those call webContents.undo(), the browser's
  // text-field undo, which never reaches the matter's own history (facts, clause choices,
  // values). They send named events instead, and the renderer decides (renderer/ui/edit-commands.ts):
  // the open matter's undo, or the browser's own undo in a free-text field that is not part of
  // the matter. The clipboard items stay roles: they act on the focused field, as they should.
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.undo() },
      { label: 'Redo', accelerator: platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', click: () => actions.redo() },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(platform === 'darwin' ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
  };
  const app: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...app, file, edit, view, help];
}
