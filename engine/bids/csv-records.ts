// Runtime: any (pure). The CSV layer under the bids import: bytes to text (BOM, UTF-8, UTF-16,
// the Windows-1252 that Excel writes), the delimiter ("," or ";" from European spreadsheets, or
// tab), and records with the line each starts on. A malformed record (a stray or unclosed quote)
// is reported and skipped, and reading resumes on the next line, so one bad row does not cost the
// rest of the file. The parser is csv-parse; this module only frames it.
import { parse } from 'csv-parse/sync';

export type Delimiter = ',' | ';' | '\t';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** set when the bytes were not UTF-8 and were read as Windows-1252 */
  warning?: string;
}

/** Decodes a file's bytes; a byte order mark decides, else UTF-8, else Windows-1252 (with a warning). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const strip = (s: string) => s.replace(/^\uFEFF/, '');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: strip(new TextDecoder('utf-16le').decode(bytes)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: strip(new TextDecoder('utf-16be').decode(bytes)), encoding: 'utf-16be' };
  try {
    return { text: strip(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning: 'the file is not UTF-8, so it was read as Windows-1252 (what Excel writes for "CSV"); check accented names, or save as "CSV UTF-8" and import again',
    };
  }
}

/** The delimiter of the header line: whichever of , ; tab occurs most outside quotes (ties: ","). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as Delimiter]++;
  }
  return counts[';'] > counts[','] && counts[';'] >= counts['\t'] ? ';' : counts['\t'] > counts[','] ? '\t' : ',';
}

export interface CsvRecord {
  cells: string[];
  /** the line of the file the record starts on (a quoted newline makes a record span lines) */
  line: number;
}
export interface BrokenRecord {
  line: number;
  reason: string;
}

function reasonOf(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'CSV_INVALID_CLOSING_QUOTE')
    return 'a quoted cell is followed by more text before the next delimiter; put the whole cell in quotes and double any quote inside it ("")';
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'a cell opens a quote that is never closed; close it, or write a quote inside a cell as ""';
  if (code === 'CSV_MAX_RECORD_SIZE') return 'a record is too long to be a row of bids; check the delimiter and the quotes';
  return `the row could not be read as CSV (${(e as Error).message})`;
}

/**
 * Every record of the text in order, plus the records that could not be read. Rows keep their
 * spreadsheet numbering: `rows[i]` is spreadsheet row i + 1 (a broken record still counts as a row).
 */
export function readRecords(text: string, delimiter: Delimiter): { rows: (CsvRecord | BrokenRecord)[] } {
  const rows: (CsvRecord | BrokenRecord)[] = [];
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) lineStarts.push(i + 1);
  }
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const encoder = new TextEncoder();
  let start = 0;
  while (start < text.length) {
    const rest = text.slice(start);
    const restBytes = encoder.encode(rest);
    const decoder = new TextDecoder();
    // csv-parse counts UTF-8 bytes consumed; convert to characters as we go to locate each record
    let consumedBytes = 0;
    let consumedChars = 0;
    const got: CsvRecord[] = [];
    try {
      parse(rest, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: false,
        on_record: (cells: string[], ctx) => {
          got.push({ cells, line: lineAt(start + consumedChars) });
          consumedChars += decoder.decode(restBytes.subarray(consumedBytes, ctx.bytes)).length;
          consumedBytes = ctx.bytes;
          return cells;
        },
      });
      rows.push(...got);
      break;
    } catch (e) {
      rows.push(...got);
      const line = lineAt(start + consumedChars);
      rows.push({ line, reason: reasonOf(e) });
      if (line >= lineStarts.length) break;
      start = lineStarts[line]!;
    }
  }
  return { rows };
}

export const isBroken = (r: CsvRecord | BrokenRecord): r is BrokenRecord => 'reason' in r;

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** One CSV line: cells quoted when they hold the delimiter, a quote or a line break. */
export function csvLine(cells: string[], delimiter: Delimiter): string {
  return cells.map((c) => (c.includes(delimiter) || /["\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}
