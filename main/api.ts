// Runtime: any (pure contract). The one API between the UI and the Node side. Every operation
// is named here with a zod schema for its input and its output; main/handlers.ts implements
// each once, and two transports carry them: Electron IPC (main/preload.ts exposes
// `window.mandate`) and HTTP in web mode (main/api-client-http.ts). The renderer may import this
// file, so it imports nothing from Node or Electron: only zod and the pure model.
//
// Every method resolves to an ApiResult rather than throwing: errors must cross contextBridge
// and HTTP intact, and Electron keeps only the message of a thrown error.
import * as z from 'zod';
import { ClauseSchema, DocumentKindSchema } from '../clauses/schema.ts';
import { TemplateSchema } from '../templates/schema.ts';
import { MatterSchema, PartySchema } from '../engine/matter.ts';
import { PartialFactsSchema, factKeys, type FactKey } from '../clauses/facts.ts';
import { ProvisionSchema } from '../clauses/provision-schema.ts';
import { DocumentTreeSchema, ExportFormatSchema, ExportOutputSchema, FindingSchema, op } from './api-model.ts';
import { bidOperations } from './api-bids.ts';

export * from './api-bids-model.ts';

// ---------------------------------------------------------------------------------------------
// Shared shapes

export const MatterIdSchema = MatterSchema.shape.id;

/** One line of the matters list; kept in the index so listing never opens every matter file. */
export const MatterSummarySchema = z
  .object({
    id: MatterIdSchema,
    kind: DocumentKindSchema,
    title: z.string(),
    status: MatterSchema.shape.status,
    createdAt: z.string(),
    updatedAt: z.string(),
    revisionCount: z.number().int().nonnegative(),
    /** set while the matter is in the trash */
    trashedAt: z.string().optional(),
  })
  .strict();
export type MatterSummary = z.infer<typeof MatterSummarySchema>;

export const RevisionSummarySchema = z
  .object({
    /** 1 for the first save; numbers are never reused, even after the history cap drops old ones */
    number: z.number().int().positive(),
    at: z.string(),
    author: z.string(),
    /** one line saying what changed, e.g. "Facts: armedPersonnel; clause use-of-force values" */
    summary: z.string(),
  })
  .strict();
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

export const SettingsSchema = z
  .object({
    /** recorded as the author of every revision */
    author: z.string().max(200).default(''),
    /** revisions kept per matter; older ones are dropped when a save would exceed it */
    historyLimit: z.number().int().min(1).max(10_000).default(200),
    /** most recent first; feeds File › Open recent */
    recentMatterIds: z.array(MatterIdSchema).max(20).default([]),
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;

export const FactQuestionSchema = z
  .object({
    key: z.enum(factKeys as [FactKey, ...FactKey[]]),
    kinds: z.array(DocumentKindSchema),
    question: z.string(),
    help: z.string(),
    sources: z.array(z.string()),
    options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  })
  .strict();

export const RequirementSchema = z.object({
  provision: ProvisionSchema,
  reasons: z.array(z.string()),
  ruleIds: z.array(z.string()),
  source: z.string(),
  clauseIds: z.array(z.string()),
});

export const QuarantineEntrySchema = z
  .object({
    /** where the file was found */
    file: z.string(),
    /** where it was moved; the original bytes are kept there untouched */
    movedTo: z.string(),
    reason: z.string(),
    at: z.string(),
  })
  .strict();
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

export { exportFormats, ExportFormatSchema, type ExportFormat } from './api-model.ts';

/** A matter given either by id (the saved version) or whole (unsaved edits in the UI). */
const MatterRefSchema = z.union([z.object({ id: MatterIdSchema }).strict(), z.object({ matter: MatterSchema }).strict()]);

// ---------------------------------------------------------------------------------------------
// The operations


const empty = z.object({}).strict().default({});

export const operations = {
  listMatters: op(
    'The matters, most recently changed first; `trashed: true` lists the trash instead.',
    z.object({ trashed: z.boolean().default(false) }).strict().default({ trashed: false }),
    z.array(MatterSummarySchema),
  ),
  createMatter: op(
    'A new matter with every clause the facts require already selected.',
    z
      .object({ kind: DocumentKindSchema, title: z.string().min(1).max(300).optional(), facts: PartialFactsSchema.optional(), parties: z.array(PartySchema).optional() })
      .strict(),
    MatterSchema,
  ),
  getMatter: op('One matter as last saved.', z.object({ id: MatterIdSchema }).strict(), MatterSchema),
  updateMatter: op(
    'Save a matter; a change of content appends a revision. `baseUpdatedAt` refuses the save when someone saved in between. ' +
      'The status is set by the server (draft or signature-ready from validation; exported after a final export), never taken from the input.',
    z.object({ matter: MatterSchema, summary: z.string().max(300).optional(), baseUpdatedAt: z.string().optional() }).strict(),
    MatterSchema,
  ),
  duplicateMatter: op(
    'A copy of a matter under a new id, with a fresh history.',
    z.object({ id: MatterIdSchema, title: z.string().min(1).max(300).optional() }).strict(),
    MatterSchema,
  ),
  deleteMatter: op('Move a matter to the trash.', z.object({ id: MatterIdSchema }).strict(), MatterSummarySchema),
  restoreMatter: op('Bring a matter back from the trash.', z.object({ id: MatterIdSchema }).strict(), MatterSummarySchema),
  listRevisions: op('The saved revisions of a matter, newest first.', z.object({ id: MatterIdSchema }).strict(), z.array(RevisionSummarySchema)),
  getRevision: op(
    'One revision of a matter, read-only: its line in the history and the matter as it was saved then (rebuilt from the stored deltas).',
    z.object({ id: MatterIdSchema, revision: z.number().int().positive() }).strict(),
    z.object({ revision: RevisionSummarySchema, matter: MatterSchema }).strict(),
  ),
  restoreRevision: op(
    'Make an earlier revision current again; the restore is itself a new revision.',
    z.object({ id: MatterIdSchema, revision: z.number().int().positive() }).strict(),
    MatterSchema,
  ),
  factQuestions: op(
    'The engagement questions for one kind of document (all when no kind is given).',
    z.object({ kind: DocumentKindSchema.optional() }).strict().default({}),
    z.array(FactQuestionSchema),
  ),
  requirements: op(
    'The provisions these facts make required, each with its reasons and source.',
    z.object({ kind: DocumentKindSchema, facts: PartialFactsSchema }).strict(),
    z.array(RequirementSchema),
  ),
  validate: op(
    'The findings on a matter and whether it is signature-ready.',
    MatterRefSchema,
    z.object({ findings: z.array(FindingSchema), signatureReady: z.boolean() }).strict(),
  ),
  preview: op(
    'The Document tree of a matter, as the DOCX and PDF will show it.',
    z.union([
      z.object({ id: MatterIdSchema, draft: z.boolean().optional() }).strict(),
      z.object({ matter: MatterSchema, draft: z.boolean().optional() }).strict(),
    ]),
    DocumentTreeSchema,
  ),
  exportMatter: op(
    'Export a saved matter as DOCX or PDF. With `path` the file is written there; without it the ' +
      'desktop app asks where to save, and web mode returns the bytes for the browser to download. ' +
      'A final (non-draft) export is refused while blocking findings remain; the error lists them.',
    z.object({ id: MatterIdSchema, format: ExportFormatSchema, draft: z.boolean().default(false), path: z.string().min(1).optional() }).strict(),
    ExportOutputSchema,
  ),
  listClauses: op(
    'The clause library (alternatives, variables, guidance, sources), optionally for one kind of document.',
    z.object({ kind: DocumentKindSchema.optional() }).strict().default({}),
    z.array(ClauseSchema),
  ),
  getTemplate: op('The template (outline, slots, document variables) of one kind of document.', z.object({ kind: DocumentKindSchema }).strict(), TemplateSchema),
  getSettings: op('The user settings.', empty, SettingsSchema),
  updateSettings: op('Change some settings; the rest stay as they are.', SettingsSchema.partial().strict(), SettingsSchema),
  quarantineReport: op('Files that could not be read and were moved aside, with the reason.', empty, z.array(QuarantineEntrySchema)),

  // Bid evaluations (procurement): main/api-bids.ts
  ...bidOperations,
} as const;

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const operationNames = Object.keys(operations) as OperationName[];
export type ApiInput<N extends OperationName> = z.input<Operations[N]['input']>;
export type ApiOutput<N extends OperationName> = z.output<Operations[N]['output']>;
/** the input after parsing (defaults applied): what handlers receive */
export type ApiParsedInput<N extends OperationName> = z.output<Operations[N]['input']>;

// ---------------------------------------------------------------------------------------------
// Results and errors

export const apiErrorCodes = ['invalid-input', 'not-found', 'conflict', 'refused', 'unavailable', 'internal'] as const;
export const ApiErrorSchema = z
  .object({
    code: z.enum(apiErrorCodes),
    message: z.string(),
    /** for invalid input: each problem with its field path, e.g. "matter.parties[1].legalName" */
    issues: z.array(z.object({ path: z.string(), message: z.string() }).strict()).default([]),
  })
  .strict();
export type ApiError = z.infer<typeof ApiErrorSchema>;

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The API as both transports offer it: one async method per operation. */
export type MandateApi = { [N in OperationName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>> };

/** Thrown by `unwrap`, for callers that prefer exceptions to results. */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}
export function unwrap<T>(result: ApiResult<T>): T {
  if (result.ok) return result.value;
  throw new ApiFailure(result.error);
}

/** "matter.parties[1].legalName": a zod issue path as a person reads it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('') || '(input)';
}

export function invalidInput(operation: string, error: z.ZodError): ApiError {
  const issues = error.issues.map((i) => ({ path: fieldPath(i.path), message: i.message }));
  const first = issues[0];
  return {
    code: 'invalid-input',
    message: `${operation}: the input is not valid${first ? ` (at ${first.path}: ${first.message})` : ''}.`,
    issues,
  };
}

/** Parse one operation's input; shared by both transports so they reject the same things. */
export function parseInput<N extends OperationName>(name: N, input: unknown): ApiResult<ApiParsedInput<N>> {
  const parsed = operations[name].input.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data as ApiParsedInput<N> } : { ok: false, error: invalidInput(name, parsed.error) };
}

// ---------------------------------------------------------------------------------------------
// Menu events: the desktop menu talks to the renderer through these named events only.

export const menuEvents = {
  'menu:new-matter': z.object({ kind: DocumentKindSchema }).strict(),
  'menu:open-matter': z.object({ id: MatterIdSchema }).strict(),
  'menu:export': z.object({ format: ExportFormatSchema }).strict(),
  /** Edit › Undo / Redo: the renderer applies them to the open matter's history (see main/menu.ts) */
  'menu:undo': z.object({}).strict(),
  'menu:redo': z.object({}).strict(),
} as const;
export type MenuEventName = keyof typeof menuEvents;
export type MenuEventPayload<E extends MenuEventName> = z.infer<(typeof menuEvents)[E]>;

/** Exposed by the preload as `window.mandateMenu`; each returns an unsubscribe function. */
export interface MandateMenu {
  onNewMatter(listener: (payload: MenuEventPayload<'menu:new-matter'>) => void): () => void;
  onOpenMatter(listener: (payload: MenuEventPayload<'menu:open-matter'>) => void): () => void;
  onExport(listener: (payload: MenuEventPayload<'menu:export'>) => void): () => void;
  onUndo(listener: (payload: MenuEventPayload<'menu:undo'>) => void): () => void;
  onRedo(listener: (payload: MenuEventPayload<'menu:redo'>) => void): () => void;
}
export const menuMethodEvents = {
  onNewMatter: 'menu:new-matter',
  onOpenMatter: 'menu:open-matter',
  onExport: 'menu:export',
  onUndo: 'menu:undo',
  onRedo: 'menu:redo',
} as const satisfies Record<keyof MandateMenu, MenuEventName>;

/** The IPC channel of an operation: one named channel each, never a generic one. */
export const ipcChannel = (name: OperationName) => `mandate:${name}` as const;
/** The HTTP header carrying web mode's per-launch token on every API call. */
export const apiTokenHeader = 'x-mandate-token';
/** The HTTP route of an operation in web mode (POST, JSON body). */
export const httpRoute = (name: OperationName) => `/api/${name}` as const;
