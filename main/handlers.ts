// Runtime: node. Every API operation, implemented once. Both transports (Electron IPC and the
// web-mode server) call `dispatch`, which parses the input with the operation's schema, runs the
// handler, checks the output against its schema and turns every failure into a typed ApiError:
// a bad call is answered, never a crash.
import { factQuestions } from '../clauses/questions.ts';
import { assemble } from '../engine/assemble.ts';
import { isSignatureReady, type Finding } from '../engine/findings.ts';
import { templateFor, type Library } from '../engine/library.ts';
import type { Matter } from '../engine/matter.ts';
import { newMatter } from '../engine/new-matter.ts';
import { requirements } from '../engine/requirements.ts';
import { validate } from '../engine/validate.ts';
import {
  operationNames,
  operations,
  parseInput,
  type ApiError,
  type ApiOutput,
  type ApiParsedInput,
  type ApiResult,
  type MandateApi,
  type OperationName,
} from './api.ts';
import { exportMatter } from './export-matter.ts';
import { createBidHandlers } from './bids-handlers.ts';
import { ApiRefusal, deliver, fileStem, newRecordId } from './handler-support.ts';
import { Store, StoreError } from './store/index.ts';

export { ApiRefusal } from './handler-support.ts';
export type Exporter = typeof exportMatter;

export interface HandlerContext {
  store: Store;
  library: Library;
  /** defaults to main/export-matter.ts */
  exporter?: Exporter;
  /** the clock; tests pass a fixed one */
  now?: () => Date;
}

export type Handlers = { [N in OperationName]: (input: ApiParsedInput<N>) => Promise<ApiOutput<N>> };

export function createHandlers(ctx: HandlerContext): Handlers {
  const { store, library } = ctx;
  const now = ctx.now ?? (() => new Date());
  const matterOf = async (ref: { id: string } | { matter: Matter }) => ('matter' in ref ? ref.matter : store.matters.get(ref.id));
  // The status is the server's to set, never the caller's: every saved text is draft or
  // signature-ready by its findings, and only a final export (below) makes it "exported".
  const statusOf = (m: Matter): Matter['status'] => (isSignatureReady(validate(m, library)) ? 'signature-ready' : 'draft');

  return {
    listMatters: async ({ trashed }) => store.matters.list({ trashed }),
    createMatter: async ({ kind, title, facts, parties }) => {
      const matter = newMatter({ kind, id: newRecordId(title, kind), now: now().toISOString(), facts, title, parties }, library);
      const saved = await store.matters.create({ ...matter, status: statusOf(matter) });
      await store.touchRecent(saved.id);
      return saved;
    },
    getMatter: async ({ id }) => {
      const matter = await store.matters.get(id);
      await store.touchRecent(id);
      return matter;
    },
    updateMatter: async ({ matter, summary, baseUpdatedAt }) => store.matters.save(matter, { summary, baseUpdatedAt, status: statusOf }),
    duplicateMatter: async ({ id, title }) => {
      const source = await store.matters.get(id);
      const at = now().toISOString();
      const copyTitle = title ?? `${source.title} (copy)`;
      const copy: Matter = { ...source, id: newRecordId(copyTitle, source.kind), title: copyTitle, status: statusOf(source), createdAt: at, updatedAt: at };
      const saved = await store.matters.create(copy, `Duplicated from "${source.title}" (${source.id})`);
      await store.touchRecent(saved.id);
      return saved;
    },
    deleteMatter: async ({ id }) => store.matters.trash(id),
    restoreMatter: async ({ id }) => store.matters.restore(id),
    listRevisions: async ({ id }) => store.matters.revisions(id),
    getRevision: async ({ id, revision }) => store.matters.revisionView(id, revision),
    restoreRevision: async ({ id, revision }) => store.matters.restoreRevision(id, revision, { status: statusOf }),
    factQuestions: async ({ kind }) => factQuestions.filter((q) => !kind || q.kinds.includes(kind)),
    requirements: async ({ kind, facts }) => requirements(facts, kind, library),
    validate: async (ref) => {
      const findings = validate(await matterOf(ref), library);
      return { findings, signatureReady: isSignatureReady(findings) };
    },
    preview: async (input) => {
      const matter = await matterOf(input);
      const draft = input.draft ?? !isSignatureReady(validate(matter, library));
      return assemble(matter, { draft, library });
    },
    exportMatter: async ({ id, format, draft, path }) => {
      const matter = await store.matters.get(id);
      const result = await (ctx.exporter ?? exportMatter)(matter, { format, draft });
      if (!result.ok) throw refusedExport(result.findings);
      const delivered = deliver(result, format, fileStem(matter.title, matter.id), path);
      if (!draft && delivered.saved !== 'cancelled') await markExported(store, matter);
      return delivered;
    },
    listClauses: async ({ kind }) => [...library.clauses.values()].filter((c) => !kind || c.kinds.includes(kind)),
    getTemplate: async ({ kind }) => templateFor(kind, library),
    getSettings: async () => store.settings(),
    updateSettings: async (patch) => store.updateSettings(patch),
    quarantineReport: async () => store.quarantineReport(),
    ...createBidHandlers({ store, library, now }),
  };
}

/**
 * After a final export the matter is "exported" until its text changes. The mark is saved only
 * over the very text that was exported (`baseUpdatedAt`): if a save came in meanwhile, the
 * current text was not the one exported and keeps its own status.
 */
async function markExported(store: Store, exported: Matter): Promise<void> {
  try {
    await store.matters.save({ ...exported, status: 'exported' }, { summary: 'Exported as final', baseUpdatedAt: exported.updatedAt });
  } catch (e) {
    if (!(e instanceof StoreError && e.code === 'conflict')) throw e;
  }
}

/** A final export with blocking findings: the error lists each one where the user can fix it. */
function refusedExport(findings: Finding[]): ApiRefusal {
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const issues = blocking.map((f) => ({ path: f.where.field ?? (f.where.clauseId ? `clauses.${f.where.clauseId}${f.where.variable ? `.values.${f.where.variable}` : ''}` : '(document)'), message: `${f.message} ${f.fix}` }));
  return new ApiRefusal(
    'refused',
    `The document is not signature-ready: ${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'} remain${blocking.length === 1 ? 's' : ''}. Resolve ${blocking.length === 1 ? 'it' : 'them'}, or export a draft.`,
    issues,
  );
}

function errorOf(name: OperationName, e: unknown): ApiError {
  if (e instanceof StoreError) {
    const code = e.code === 'quarantined' ? 'unavailable' : e.code === 'invalid' ? 'internal' : e.code;
    return { code, message: e.message, issues: e.field ? [{ path: e.field, message: e.message }] : [] };
  }
  if (e instanceof ApiRefusal) return { code: e.code, message: e.message, issues: e.issues };
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'EACCES' || err?.code === 'EROFS' || err?.code === 'ENOSPC')
    return { code: 'refused', message: `${name}: the file could not be written (${err.code}: ${err.message}). Choose another folder.`, issues: [] };
  return { code: 'internal', message: `${name} failed unexpectedly: ${err?.message ?? String(e)}. Please report this.`, issues: [] };
}

/** Parse, run, check the output. The single entry point both transports use. */
export async function dispatch<N extends OperationName>(handlers: Handlers, name: N, input: unknown): Promise<ApiResult<ApiOutput<N>>> {
  if (!Object.hasOwn(operations, name)) return { ok: false, error: { code: 'not-found', message: `There is no operation "${String(name)}".`, issues: [] } };
  const parsed = parseInput(name, input);
  if (!parsed.ok) return parsed;
  let value: unknown;
  try {
    value = await (handlers[name] as (i: unknown) => Promise<unknown>)(parsed.value);
  } catch (e) {
    return { ok: false, error: errorOf(name, e) };
  }
  const checked = operations[name].output.safeParse(value);
  if (!checked.success)
    return { ok: false, error: { code: 'internal', message: `${name} produced a result that breaks the API contract (${checked.error.issues[0]?.message}). Please report this.`, issues: [] } };
  return { ok: true, value: checked.data as ApiOutput<N> };
}

/** The API in-process: what tests, the CLI and the transports build on. */
export function createLocalApi(handlers: Handlers): MandateApi {
  return Object.fromEntries(operationNames.map((name) => [name, (input: unknown) => dispatch(handlers, name, input)])) as unknown as MandateApi;
}
