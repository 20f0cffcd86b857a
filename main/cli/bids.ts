// Runtime: node. `mandate bids …`: the procurement commands. Compare PSP bids against the
// standards (gates, weighted criteria, ranking, sensitivity), write the evaluation report for
// the tender file, and carry the award into a PSP agreement matter.
import { writeFileAtomic } from '../atomic-write.ts';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { CriteriaSetSchema, describeProblem, type CriteriaSet, type ImportResult } from '../../engine/bids/model.ts';
import { defaultCriteria, defaultCriteriaInput } from '../../engine/bids/defaults.ts';
import { bidsCsvTemplate } from '../../engine/bids/import-csv.ts';
import { readBidsCsv } from '../../engine/bids/import-csv.ts';
import { readBidsJson } from '../../engine/bids/import-json.ts';
import { evaluate, type EvaluationResult } from '../../engine/bids/score.ts';
import { sensitivity } from '../../engine/bids/sensitivity.ts';
import { evaluationReport } from '../../engine/bids/report.ts';
import { money, points } from '../../engine/bids/describe.ts';
import { awardMatter, AwardError } from '../../engine/bids/award.ts';
import { fingerprint } from '../../engine/fingerprint.ts';
import { loadFonts, nativeDeflate, nativeSha256Hex } from '../export-matter.ts';
import { CliInputError, describeZodError, parseArgs, readJsonFile } from './io.ts';
import { readFacts } from './matter-input.ts';
import type { CliCommand } from './command.ts';

const usage = [
  'bids template [--criteria criteria.json] [--delimiter ";"] [--out bids.csv]',
  'bids criteria [--out criteria.json]',
  'bids compare <bids.csv|json> [--criteria criteria.json] [--json] [--out report.docx|pdf] [--date YYYY-MM-DD]',
  'bids award <bids.csv|json> --out matter.json [--criteria criteria.json] [--bidder name]',
];

/** The criteria: --criteria, else those inside a JSON bids file, else the defaults (standards.md §5). */
export function criteriaFor(file: string | undefined, bidsData?: unknown): CriteriaSet {
  if (file) return readJsonFile(file, CriteriaSetSchema, 'The criteria file');
  const embedded = (bidsData as { criteria?: unknown } | undefined)?.criteria;
  if (embedded === undefined) return defaultCriteria();
  const parsed = CriteriaSetSchema.safeParse(embedded);
  if (!parsed.success) throw new CliInputError(`The criteria inside the bids file do not have the expected shape:\n${describeZodError(parsed.error)}\nCorrect them (see "mandate bids criteria" for the defaults) and try again.`);
  return parsed.data;
}

export interface LoadedBids {
  criteria: CriteriaSet;
  imported: ImportResult;
  /** the tender's name, from the "title" of a JSON bids file */
  reference?: string;
}

/** Reads a bids file (CSV by its bytes, JSON by its shape) against the criteria. */
export function loadBids(file: string, criteriaFile: string | undefined): LoadedBids {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`Cannot read the bids file "${file}": ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code)}. Check the path and try again.`);
  }
  if (extname(file).toLowerCase() === '.json') {
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder().decode(bytes));
    } catch (e) {
      throw new CliInputError(`The bids file "${file}" is not valid JSON: ${(e as Error).message}. Fix the syntax and try again.`);
    }
    const criteria = criteriaFor(criteriaFile, data);
    const title = (data as { title?: unknown })?.title;
    return { criteria, imported: readBidsJson(data, criteria), ...(typeof title === 'string' ? { reference: title } : {}) };
  }
  const criteria = criteriaFor(criteriaFile);
  return { criteria, imported: readBidsCsv(bytes, criteria) };
}

/** Problems go to stderr, one per line, so that the ranking on stdout stays clean. */
export function printProblems(file: string, imported: ImportResult): void {
  if (!imported.problems.length) return;
  console.error(`${file}:`);
  for (const p of imported.problems) console.error(`  ${describeProblem(p)}`);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function printRanking(result: EvaluationResult, imported: ImportResult): void {
  const admitted = result.bids.filter((b) => !b.excluded);
  const out: string[] = [result.criteria.title, ''];
  out.push(
    admitted.length
      ? table(
          ['Rank', 'Bidder', 'ICoCA status', 'Quality', 'Price', 'Total'],
          admitted.map((b) => [String(b.rank), b.bidder, b.icocaStatus ?? '—', points(b.quality), b.price !== undefined ? money(b.price, result.criteria.currency) : '—', points(b.total)]),
        )
      : 'No bid passed the exclusion criteria.',
  );
  for (const b of admitted.filter((x) => x.tieNote)) out.push(`  ${b.bidder}: ${b.tieNote}`);
  const excluded = result.bids.filter((b) => b.excluded);
  if (excluded.length) {
    out.push('', 'Excluded at the gates:');
    for (const b of excluded) for (const g of b.gates.filter((x) => !x.passed)) out.push(`  ${b.bidder}: ${g.reason}`);
  }
  if (imported.rejected.length) {
    out.push('', 'Not evaluated (the file could not be read for these; see the messages above):');
    for (const r of imported.rejected) out.push(`  ${r.origin}${r.bidder ? ` (${r.bidder})` : ''}: ${r.reasons.join('; ')}`);
  }
  const s = sensitivity(result);
  const moves = s.rows.flatMap((r) => [...(r.down.changes && !r.down.aboveCap ? [`${r.criterionId} −10 → ${r.down.winners.join(' / ')}`] : []), ...(r.up.changes && !r.up.aboveCap ? [`${r.criterionId} +10 → ${r.up.winners.join(' / ')}`] : [])]);
  out.push('', s.robust ? 'Sensitivity: no weight moved ±10 points changes the winner.' : `Sensitivity: the winner changes when ${moves.join('; ')}.`);
  if (result.winners.length === 1) out.push(`Recommendation: award to ${result.winners[0]!.bidder} (${points(result.winners[0]!.total)} points).`);
  else if (result.winners.length > 1) out.push(`Recommendation: ${result.winners.map((w) => w.bidder).join(' and ')} are tied; the committee decides.`);
  console.log(out.join('\n'));
}

function reportDate(option: string | undefined): { date: Date; text: string } {
  const date = option ? new Date(`${option}T00:00:00Z`) : new Date();
  if (Number.isNaN(date.getTime()) || (option && !/^\d{4}-\d{2}-\d{2}$/.test(option))) throw new CliInputError(`--date "${option}" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31.`);
  return { date, text: date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }) };
}

async function compare(argv: string[]): Promise<number> {
  const { positionals, flags, options } = parseArgs(argv, { flags: ['json'], options: ['criteria', 'out', 'date', 'reference'] });
  if (positionals.length !== 1) throw new CliInputError('Give one bids file (CSV or JSON): mandate bids compare bids.csv');
  const file = positionals[0]!;
  const { criteria, imported, reference } = loadBids(file, options.criteria);
  printProblems(file, imported);
  const errors = imported.problems.some((p) => p.severity === 'error');
  if (!imported.bids.length && errors) throw new CliInputError(`No bid could be read from "${file}"; correct the problems listed above and try again.`);
  const result = evaluate(criteria, imported.bids);
  if (flags.has('json')) console.log(JSON.stringify({ result, sensitivity: sensitivity(result), problems: imported.problems, rejected: imported.rejected }, null, 2));
  else printRanking(result, imported);
  if (options.out) {
    const ext = extname(options.out).toLowerCase();
    if (ext !== '.docx' && ext !== '.pdf') throw new CliInputError(`--out "${options.out}": the report is written as .docx or .pdf; change the file name.`);
    const { date, text } = reportDate(options.date);
    const tree = evaluationReport(result, { dateText: text, rejected: imported.rejected, ...((options.reference ?? reference) ? { reference: options.reference ?? reference! } : {}) });
    const common = { fingerprint: fingerprint(tree, nativeSha256Hex), createdAt: date, modifiedAt: date };
    // Renderers load on demand, so the other bids commands start without them.
    const bytes =
      ext === '.docx'
        ? await (await import('../../engine/render/docx.ts')).renderDocx(tree, common)
        : (await (await import('../../engine/render/pdf.ts')).renderPdf(tree, { ...common, fonts: loadFonts(), deflate: nativeDeflate })).bytes;
    writeFileAtomic(options.out, bytes);
    console.error(`Wrote the evaluation report to ${options.out}.`);
  }
  return errors ? 1 : 0;
}

async function template(argv: string[]): Promise<number> {
  const { positionals, options } = parseArgs(argv, { options: ['criteria', 'delimiter', 'out'] });
  if (positionals.length) throw new CliInputError(`Unexpected argument "${positionals[0]}"; the template takes only options.`);
  const delimiter = options.delimiter ?? ',';
  if (delimiter !== ',' && delimiter !== ';') throw new CliInputError('--delimiter is "," or ";" (the semicolon suits spreadsheets that write decimal commas).');
  const csv = bidsCsvTemplate(criteriaFor(options.criteria), delimiter);
  if (options.out) {
    writeFileAtomic(options.out, csv);
    console.error(`Wrote ${options.out}: one column per criterion, an evidence column beside each. Add one row per bid.`);
  } else process.stdout.write(csv);
  return 0;
}

async function criteriaCommand(argv: string[]): Promise<number> {
  const { options } = parseArgs(argv, { options: ['out'] });
  const json = `${JSON.stringify(defaultCriteriaInput, null, 2)}\n`;
  if (options.out) {
    writeFileAtomic(options.out, json);
    console.error(`Wrote ${options.out}: edit the weights (they must sum to 100) and pass it with --criteria.`);
  } else process.stdout.write(json);
  return 0;
}

async function award(argv: string[]): Promise<number> {
  const { positionals, options } = parseArgs(argv, { options: ['criteria', 'out', 'bidder', 'facts', 'id'] });
  if (positionals.length !== 1 || !options.out) throw new CliInputError('Usage: mandate bids award <bids.csv|json> --out matter.json [--bidder name] [--facts facts.json]');
  const file = positionals[0]!;
  const { criteria, imported } = loadBids(file, options.criteria);
  printProblems(file, imported);
  if (imported.problems.some((p) => p.severity === 'error'))
    throw new CliInputError(`"${file}" has rows that could not be read (listed above); an award must rest on every bid, so correct them first.`);
  const result = evaluate(criteria, imported.bids);
  let outcome;
  try {
    outcome = awardMatter({
      result,
      id: options.id ?? randomUUID(),
      now: new Date().toISOString(),
      ...(options.bidder ? { bidder: options.bidder } : {}),
      ...(options.facts ? { facts: readFacts(options.facts) } : {}),
    });
  } catch (e) {
    if (e instanceof AwardError) throw new CliInputError(e.message);
    throw e;
  }
  writeFileAtomic(options.out, `${JSON.stringify(outcome.matter, null, 2)}\n`);
  const lines = [`Wrote ${options.out}: a PSP agreement with ${outcome.bidder} as the Provider.`];
  for (const c of outcome.carried) lines.push(`  carried: ${c.criterionId} ${c.bid} → ${c.clauseId ? `${c.clauseId}.` : ''}${c.variable}${c.addedClause ? ' (clause added)' : ''}`);
  for (const c of outcome.notCarried) lines.push(`  NOT carried: ${c.criterionId} ${c.bid}: ${c.reason}`);
  lines.push(`Next: answer the engagement facts and fill in the values, then \`mandate validate ${options.out}\`.`);
  console.log(lines.join('\n'));
  return 0;
}

export const bidsCommand: CliCommand = {
  async run(argv) {
    const [sub, ...rest] = argv;
    switch (sub) {
      case 'template':
        return template(rest);
      case 'criteria':
        return criteriaCommand(rest);
      case 'compare':
        return compare(rest);
      case 'award':
        return award(rest);
      default:
        throw new CliInputError(`${sub ? `Unknown sub-command "${sub}". ` : ''}Usage:\n${usage.map((u) => `  mandate ${u}`).join('\n')}`);
    }
  },
};
