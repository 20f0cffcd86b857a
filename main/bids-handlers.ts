// Runtime: node. The bid evaluation operations of the API (see main/api.ts), implemented once over
// the pure engine (engine/bids/) and the evaluation store: criteria and bids in, import problems
// located by row, column or path, the scored ranking, the sensitivity analysis, the report for
// the tender file, and the award into a PSP agreement matter.
import { AwardError, awardMatter } from '../engine/bids/award.ts';
import { defaultCriteria } from '../engine/bids/defaults.ts';
import { readBidsCsv } from '../engine/bids/import-csv.ts';
import { readBidsJson } from '../engine/bids/import-json.ts';
import type { Bid, CriteriaSet, ImportResult } from '../engine/bids/model.ts';
import { evaluationReport } from '../engine/bids/report.ts';
import { evaluate } from '../engine/bids/score.ts';
import { sensitivity } from '../engine/bids/sensitivity.ts';
import { fingerprint } from '../engine/fingerprint.ts';
import type { Library } from '../engine/library.ts';
import type { ApiParsedInput, BidEvaluation, OperationName } from './api.ts';
import { loadFonts, nativeDeflate, nativeSha256Hex } from './export-matter.ts';
import { ApiRefusal, deliver, fileStem, newRecordId, type Rendered } from './handler-support.ts';
import type { Handlers } from './handlers.ts';
import { EvaluationStore } from './store/evaluations.ts';
import type { Store } from './store/index.ts';

type BidOperation = 'listEvaluations' | 'createEvaluation' | 'getEvaluation' | 'updateEvaluation' | 'deleteEvaluation' | 'importBids' | 'evaluateBids' | 'bidSensitivity' | 'exportEvaluationReport' | 'awardEvaluation';
export type BidHandlers = Pick<Handlers, BidOperation & OperationName>;

export interface BidHandlerContext {
  store: Store;
  library: Library;
  now: () => Date;
}

/** Bids checked against criteria through the same reader as a JSON file; a misfit refuses, naming each answer. */
function checkedBids(bids: Bid[], criteria: CriteriaSet, why: string): Bid[] {
  const read = readBidsJson({ bids }, criteria);
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new ApiRefusal(
      'invalid-input',
      `${why}: ${errors.length} answer${errors.length === 1 ? ' does' : 's do'} not fit the criteria (first, at ${errors[0]!.field}: ${errors[0]!.reason}). Correct ${errors.length === 1 ? 'it' : 'them'} and save again.`,
      errors.map((p) => ({ path: p.field ?? 'bids', message: p.reason })),
    );
  return read.bids;
}

/** Reads the imported text; a JSON syntax error is a problem of the file, reported like any other. */
function readImport(format: 'csv' | 'json', text: string, criteria: CriteriaSet): ImportResult {
  if (format === 'csv') return readBidsCsv(text, criteria);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { bids: [], rejected: [], problems: [{ severity: 'error', reason: `the file is not valid JSON (${(e as Error).message}); fix the syntax and import it again` }] };
  }
  const result = readBidsJson(data, criteria);
  if (data && typeof data === 'object' && 'criteria' in data)
    result.problems.unshift({ severity: 'warning', reason: 'the file carries its own criteria, which were not used: the bids were read against this evaluation\'s criteria' });
  return result;
}

/** In "add" mode, a bidder the evaluation already has is refused with the row it came from. */
function withoutKnownBidders(imported: ImportResult, existing: Bid[]): ImportResult {
  const known = new Set(existing.map((b) => b.bidder.toLowerCase()));
  const out: ImportResult = { bids: [], problems: [...imported.problems], rejected: [...imported.rejected] };
  for (const bid of imported.bids) {
    if (!known.has(bid.bidder.toLowerCase())) {
      out.bids.push(bid);
      known.add(bid.bidder.toLowerCase());
      continue;
    }
    const reason = `"${bid.bidder}" already has a bid in this evaluation; import with mode "replace", or change that bid instead`;
    const row = /^row (\d+)$/.exec(bid.origin);
    out.problems.push({ severity: 'error', ...(row ? { row: Number(row[1]) } : { field: `${bid.origin}.bidder` }), value: bid.bidder, reason });
    out.rejected.push({ origin: bid.origin, bidder: bid.bidder, reasons: [reason] });
  }
  return out;
}

async function renderReport(evaluation: BidEvaluation, input: ApiParsedInput<'exportEvaluationReport'>, now: Date): Promise<Rendered> {
  const date = input.date ? new Date(`${input.date}T00:00:00Z`) : now;
  if (Number.isNaN(date.getTime())) throw new ApiRefusal('invalid-input', `The date "${input.date}" is not a calendar date; write it as YYYY-MM-DD.`, [{ path: 'date', message: 'not a calendar date' }]);
  const dateText = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const result = evaluate(evaluation.criteria, evaluation.bids);
  const tree = evaluationReport(result, {
    dateText,
    rejected: evaluation.lastImport?.rejected ?? [],
    ...(input.reference ? { reference: input.reference } : {}),
    ...(input.committee?.length ? { committee: input.committee } : {}),
  });
  const common = { fingerprint: fingerprint(tree, nativeSha256Hex), createdAt: date, modifiedAt: date };
  // Renderers load on demand (as in export-matter.ts), so starting the app or the CLI parses neither.
  if (input.format === 'docx') return { bytes: await (await import('../engine/render/docx.ts')).renderDocx(tree, common), fingerprint: common.fingerprint };
  const { renderPdf, UnsupportedCharactersError } = await import('../engine/render/pdf.ts');
  try {
    const pdf = await renderPdf(tree, { ...common, fonts: loadFonts(), deflate: nativeDeflate });
    return { bytes: pdf.bytes, fingerprint: common.fingerprint, pageCount: pdf.pageCount };
  } catch (e) {
    if (e instanceof UnsupportedCharactersError) throw new ApiRefusal('refused', `${e.message} Write the names concerned in Latin script, or export DOCX instead.`);
    throw e;
  }
}

export function createBidHandlers(ctx: BidHandlerContext): BidHandlers {
  const evaluations = new EvaluationStore(ctx.store, ctx.now);

  return {
    listEvaluations: async () => evaluations.list(),

    createEvaluation: async ({ title, currency, criteria }) => {
      const base = criteria ?? defaultCriteria();
      const set: CriteriaSet = { ...base, ...(title ? { title } : {}), ...(currency ? { currency } : {}) };
      return evaluations.create({ id: newRecordId(set.title, 'evaluation'), criteria: set, bids: [] });
    },

    getEvaluation: async ({ id }) => evaluations.get(id),

    updateEvaluation: async ({ id, title, criteria, bids, baseUpdatedAt }) =>
      evaluations.update(id, (current) => {
        if (baseUpdatedAt !== undefined && baseUpdatedAt !== current.updatedAt)
          throw new ApiRefusal('conflict', `The evaluation "${current.criteria.title}" was saved at ${current.updatedAt}, after this edit began; reload it and apply the edit again.`);
        const nextCriteria: CriteriaSet = { ...(criteria ?? current.criteria), ...(title ? { title } : {}) };
        const why = bids ? 'The bids were not saved' : 'The criteria were not saved, because the stored bids no longer fit them';
        const nextBids = checkedBids(bids ?? current.bids, nextCriteria, why);
        // Bids saved by hand settle the last import: its rejected rows were either re-entered or left out on purpose.
        const lastImport = bids && current.lastImport ? { ...current.lastImport, rejected: [], problems: current.lastImport.problems.filter((p) => p.severity === 'warning') } : current.lastImport;
        return { ...current, criteria: nextCriteria, bids: nextBids, ...(lastImport ? { lastImport } : {}) };
      }),

    deleteEvaluation: async ({ id }) => evaluations.delete(id),

    importBids: async ({ id, format, text, mode, fileName }) => {
      let outcome: ImportResult = { bids: [], problems: [], rejected: [] };
      const evaluation = await evaluations.update(id, (current) => {
        const read = readImport(format, text, current.criteria);
        outcome = mode === 'add' ? withoutKnownBidders(read, current.bids) : read;
        let bids = mode === 'add' ? [...current.bids, ...outcome.bids] : outcome.bids;
        if (!outcome.bids.length && current.bids.length) {
          bids = current.bids;
          if (mode === 'replace') outcome.problems.push({ severity: 'warning', reason: `no bid was imported, so the evaluation keeps its ${current.bids.length} bid${current.bids.length === 1 ? '' : 's'}` });
        }
        const lastImport = { at: ctx.now().toISOString(), format, ...(fileName ? { fileName } : {}), imported: outcome.bids.length, problems: outcome.problems, rejected: outcome.rejected };
        return { ...current, bids, lastImport };
      });
      return { evaluation, imported: outcome.bids.length, problems: outcome.problems, rejected: outcome.rejected };
    },

    evaluateBids: async ({ id }) => {
      const e = await evaluations.get(id);
      return { result: evaluate(e.criteria, e.bids), rejected: e.lastImport?.rejected ?? [] };
    },

    bidSensitivity: async ({ id }) => {
      const e = await evaluations.get(id);
      return sensitivity(evaluate(e.criteria, e.bids));
    },

    exportEvaluationReport: async (input) => {
      const e = await evaluations.get(input.id);
      const rendered = await renderReport(e, input, ctx.now());
      return deliver(rendered, input.format, fileStem(`${e.criteria.title} - evaluation report`, e.id), input.path);
    },

    awardEvaluation: async ({ id, bidder, title, facts }) => {
      const e = await evaluations.get(id);
      if (e.award && ctx.store.matters.has(e.award.matterId))
        throw new ApiRefusal('conflict', `This evaluation was already awarded to ${e.award.bidder} on ${e.award.at.slice(0, 10)}: open the matter "${e.award.matterId}" (delete it first to award again).`);
      const rejected = e.lastImport?.rejected ?? [];
      if (rejected.length)
        throw new ApiRefusal(
          'refused',
          `${rejected.length} imported row${rejected.length === 1 ? ' was' : 's were'} not read, and an award must rest on every bid: correct and import them again, or save the bids as they stand.`,
          rejected.map((r) => ({ path: r.origin, message: `${r.bidder ? `${r.bidder}: ` : ''}${r.reasons.join('; ')}` })),
        );
      const result = evaluate(e.criteria, e.bids);
      const at = ctx.now().toISOString();
      let award;
      try {
        const named = bidder ?? (result.winners.length === 1 ? result.winners[0]!.bidder : undefined);
        award = awardMatter({ result, id: newRecordId(title ?? `agreement ${named ?? ''}`, 'psp-agreement'), now: at, ...(bidder ? { bidder } : {}), ...(facts ? { facts } : {}), ...(title ? { title } : {}) }, ctx.library);
      } catch (err) {
        if (err instanceof AwardError) throw new ApiRefusal('refused', err.message);
        throw err;
      }
      const matter = await ctx.store.matters.create(award.matter, `Awarded to ${award.bidder} from the bid evaluation "${e.criteria.title}"`);
      await ctx.store.touchRecent(matter.id);
      const link = { matterId: matter.id, bidder: award.bidder, at, carried: award.carried, notCarried: award.notCarried };
      const evaluation = await evaluations.update(id, (current) => ({ ...current, award: link }));
      return { matterId: matter.id, bidder: award.bidder, carried: award.carried, notCarried: award.notCarried, evaluation };
    },
  };
}
