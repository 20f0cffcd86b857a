// Runtime: preload. The only bridge between the sandboxed renderer and the main process:
// `window.mandate` (one named method per API operation, each on its own IPC channel) and
// `window.mandateMenu` (named subscriptions to the menu's events). Nothing else is exposed, no
// channel can be chosen by the page, and both objects are checked against the API's types.
// Only types are imported from api.ts, so the sandboxed bundle stays free of zod.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { MandateApi, MandateMenu, MenuEventName, OperationName } from './api.ts';

const call =
  <N extends OperationName>(name: N) =>
  (input: Parameters<MandateApi[N]>[0]) =>
    ipcRenderer.invoke(`mandate:${name}`, input) as ReturnType<MandateApi[N]>;

const api = {
  listMatters: call('listMatters'),
  createMatter: call('createMatter'),
  getMatter: call('getMatter'),
  updateMatter: call('updateMatter'),
  duplicateMatter: call('duplicateMatter'),
  deleteMatter: call('deleteMatter'),
  restoreMatter: call('restoreMatter'),
  listRevisions: call('listRevisions'),
  getRevision: call('getRevision'),
  restoreRevision: call('restoreRevision'),
  factQuestions: call('factQuestions'),
  requirements: call('requirements'),
  validate: call('validate'),
  preview: call('preview'),
  exportMatter: call('exportMatter'),
  listClauses: call('listClauses'),
  getTemplate: call('getTemplate'),
  getSettings: call('getSettings'),
  updateSettings: call('updateSettings'),
  quarantineReport: call('quarantineReport'),
  listEvaluations: call('listEvaluations'),
  createEvaluation: call('createEvaluation'),
  getEvaluation: call('getEvaluation'),
  updateEvaluation: call('updateEvaluation'),
  deleteEvaluation: call('deleteEvaluation'),
  importBids: call('importBids'),
  evaluateBids: call('evaluateBids'),
  bidSensitivity: call('bidSensitivity'),
  exportEvaluationReport: call('exportEvaluationReport'),
  awardEvaluation: call('awardEvaluation'),
} satisfies MandateApi;

function subscribe<P>(channel: MenuEventName) {
  return (listener: (payload: P) => void) => {
    const handler = (_event: IpcRendererEvent, payload: P) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => void ipcRenderer.removeListener(channel, handler);
  };
}

const menu = {
  onNewMatter: subscribe('menu:new-matter'),
  onOpenMatter: subscribe('menu:open-matter'),
  onExport: subscribe('menu:export'),
  onUndo: subscribe('menu:undo'),
  onRedo: subscribe('menu:redo'),
} satisfies MandateMenu;

contextBridge.exposeInMainWorld('mandate', api);
contextBridge.exposeInMainWorld('mandateMenu', menu);
