// Runtime: any (pure). Bids from a CSV file: one row per bid, one column per criterion (and an
// optional "<criterion> evidence" column beside each). Every bad row or cell is reported with its
// row, column and reason; a row with an error stays out of the evaluation and is listed as
// rejected; good rows import unchanged. The template writer is here too, so the header the
// importer expects and the header the template writes cannot drift apart.
import { readAnswer, type DecimalMark } from './answers.ts';
import { columnLetter, csvLine, decodeText, detectDelimiter, isBroken, readRecords, type Delimiter } from './csv-records.ts';
import type { Answer, Bid, CriteriaSet, Criterion, ImportProblem, ImportResult } from './model.ts';

export const bidderColumn = 'bidder';
export const evidenceSuffix = ' evidence';

type ColumnRole = { role: 'bidder' } | { role: 'answer'; criterion: Criterion } | { role: 'evidence'; criterion: Criterion } | { role: 'unknown' };

const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** The header row of a bids CSV for these criteria: bidder, then each criterion and its evidence. */
export function bidsCsvHeader(criteria: CriteriaSet): string[] {
  return [bidderColumn, ...criteria.criteria.flatMap((c) => [c.id, c.id + evidenceSuffix])];
}

/** The template a tender team fills in: the header row, ending with a line break. */
export function bidsCsvTemplate(criteria: CriteriaSet, delimiter: Delimiter = ','): string {
  return csvLine(bidsCsvHeader(criteria), delimiter) + '\r\n';
}

function columnRoles(header: string[], criteria: CriteriaSet): ColumnRole[] {
  const byName = new Map<string, Criterion>();
  for (const c of criteria.criteria) {
    byName.set(norm(c.id), c);
    byName.set(norm(c.label), c);
  }
  return header.map((h) => {
    const name = norm(h);
    if (name === bidderColumn) return { role: 'bidder' };
    const answer = byName.get(name);
    if (answer) return { role: 'answer', criterion: answer };
    if (name.endsWith(evidenceSuffix)) {
      const c = byName.get(name.slice(0, -evidenceSuffix.length).trim());
      if (c) return { role: 'evidence', criterion: c };
    }
    return { role: 'unknown' };
  });
}

const columnName = (header: string[], i: number) => `${header[i]?.trim() || '(no header)'} (column ${columnLetter(i)})`;

/** Header problems: a missing bidder column is fatal; duplicates, unknown and missing columns are reported. */
function checkHeader(header: string[], roles: ColumnRole[], criteria: CriteriaSet): { problems: ImportProblem[]; fatal: boolean } {
  const problems: ImportProblem[] = [];
  const at = (i: number, reason: string, severity: ImportProblem['severity'] = 'error') =>
    problems.push({ severity, row: 1, column: columnName(header, i), value: header[i] ?? '', reason });
  const seen = new Map<string, number>();
  roles.forEach((r, i) => {
    if (r.role === 'unknown') {
      if (header[i]!.trim() === '') at(i, 'this column has no header; name it after a criterion id or delete the column', 'error');
      else at(i, 'this column is not a criterion of this evaluation, so its values are not imported; rename it to a criterion id (see "mandate bids template") or delete it');
      return;
    }
    const key = r.role === 'bidder' ? 'bidder' : `${r.role}:${r.criterion.id}`;
    const first = seen.get(key);
    if (first !== undefined) at(i, `this column repeats column ${columnLetter(first)}; keep one of them`);
    else seen.set(key, i);
  });
  const fatal = !seen.has('bidder') || [...seen.keys()].length < roles.filter((r) => r.role !== 'unknown').length;
  if (!seen.has('bidder'))
    problems.push({ severity: 'error', row: 1, reason: `there is no "${bidderColumn}" column, so no bid can be named; add a column headed "${bidderColumn}" (the header row must be the first row)` });
  for (const c of criteria.criteria) {
    if (seen.has(`answer:${c.id}`)) continue;
    const effect = c.type === 'gate' ? 'every bid fails this gate' : c.type === 'record' ? 'no bid records it' : 'every bid scores 0 on it';
    problems.push({ severity: c.type === 'record' ? 'warning' : 'error', row: 1, reason: `there is no column for the criterion "${c.id}" (${c.label}), so ${effect}; add the column` });
  }
  return { problems, fatal };
}

export interface CsvImportResult extends ImportResult {
  delimiter: Delimiter;
  encoding: string;
}

/**
 * Reads bids from CSV bytes (or text). Semicolon files take "," as the decimal mark, as the
 * spreadsheets that write them do.
 */
export function readBidsCsv(input: Uint8Array | string, criteria: CriteriaSet): CsvImportResult {
  const decoded = typeof input === 'string' ? { text: input.replace(/^\uFEFF/, ''), encoding: 'utf-8' as const } : decodeText(input);
  const problems: ImportProblem[] = [];
  if ('warning' in decoded && decoded.warning) problems.push({ severity: 'warning', reason: decoded.warning });
  const delimiter = detectDelimiter(decoded.text);
  const decimal: DecimalMark = delimiter === ';' ? ',' : '.';
  const result: CsvImportResult = { bids: [], problems, rejected: [], delimiter, encoding: decoded.encoding };
  const { rows } = readRecords(decoded.text, delimiter);
  const headerRow = rows[0];
  if (!headerRow || (!isBroken(headerRow) && headerRow.cells.every((c) => c.trim() === ''))) {
    problems.push({ severity: 'error', row: 1, reason: 'the file is empty; start from "mandate bids template" and add one row per bid' });
    return result;
  }
  if (isBroken(headerRow)) {
    problems.push({ severity: 'error', row: 1, reason: `the header row cannot be read: ${headerRow.reason}` });
    return result;
  }
  const header = headerRow.cells;
  const roles = columnRoles(header, criteria);
  const headerCheck = checkHeader(header, roles, criteria);
  problems.push(...headerCheck.problems);
  if (headerCheck.fatal) {
    const dataRows = rows.length - 1;
    if (dataRows > 0) problems.push({ severity: 'error', reason: `none of the ${dataRows} rows below the header was imported until the header is fixed` });
    return result;
  }

  // trailing blank rows are what spreadsheets leave behind; blank rows between bids are reported
  let last = rows.length - 1;
  while (last > 0 && !isBroken(rows[last]!) && (rows[last] as { cells: string[] }).cells.every((c) => c.trim() === '')) last--;
  const blankRows: number[] = [];
  const bidderRows = new Map<string, number>();

  for (let i = 1; i <= last; i++) {
    const rowNo = i + 1;
    const record = rows[i]!;
    if (isBroken(record)) {
      problems.push({ severity: 'error', row: rowNo, reason: `${record.reason} (line ${record.line} of the file)` });
      result.rejected.push({ origin: `row ${rowNo}`, bidder: '', reasons: [record.reason] });
      continue;
    }
    const cells = record.cells;
    if (cells.every((c) => c.trim() === '')) {
      blankRows.push(rowNo);
      continue;
    }
    const rowProblems: ImportProblem[] = [];
    const fail = (reason: string, column?: number, value?: string) =>
      rowProblems.push({ severity: 'error', row: rowNo, ...(column !== undefined ? { column: columnName(header, column) } : {}), ...(value !== undefined ? { value } : {}), reason });
    if (cells.length < header.length) fail(`the row has ${cells.length} cells but the header has ${header.length}; a cell is missing or the row was cut short`);
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      fail(`the row has ${cells.length} cells but the header has ${header.length}; a cell probably contains "${delimiter === '\t' ? 'tab' : delimiter}" without quotes around it`);

    const bidIndex = roles.findIndex((r) => r.role === 'bidder');
    const bidder = (cells[bidIndex] ?? '').trim();
    if (!bidder) fail('the bidder is not named; enter the bidder\'s legal name', bidIndex, '');
    const firstRow = bidderRows.get(norm(bidder));
    if (bidder && firstRow !== undefined) fail(`"${bidder}" already has a bid in row ${firstRow}; merge the two rows or name the bidders apart`, bidIndex, bidder);
    if (bidder && firstRow === undefined) bidderRows.set(norm(bidder), rowNo);

    const answers: Record<string, Answer> = {};
    const evidence: Record<string, string> = {};
    roles.forEach((r, col) => {
      const cell = cells[col];
      if (cell === undefined) return;
      if (r.role === 'evidence' && cell.trim()) evidence[r.criterion.id] = cell.trim();
      if (r.role !== 'answer') return;
      const read = readAnswer(r.criterion, cell, decimal);
      if (!read.ok) fail(read.reason, col, cell);
      else if (read.value !== undefined) answers[r.criterion.id] = read.value;
    });

    if (rowProblems.length) {
      problems.push(...rowProblems);
      result.rejected.push({ origin: `row ${rowNo}`, bidder, reasons: rowProblems.map((p) => (p.column ? `${p.column}: ${p.reason}` : p.reason)) });
    } else {
      result.bids.push({ bidder, answers, evidence, origin: `row ${rowNo}` } satisfies Bid);
    }
  }
  if (blankRows.length)
    problems.push({ severity: 'warning', reason: `row${blankRows.length > 1 ? 's' : ''} ${blankRows.join(', ')} ${blankRows.length > 1 ? 'are' : 'is'} blank and ${blankRows.length > 1 ? 'were' : 'was'} skipped` });
  return result;
}
