// Runtime: node. Files the store cannot read are moved, bytes untouched, into `quarantine/`
// under the data folder, and listed with their original path and the reason in
// `quarantine/report.json`. Every other file stays available, and nothing is ever overwritten:
// a name already taken gets a numeric suffix.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import * as z from 'zod';
import { QuarantineEntrySchema, type QuarantineEntry } from '../api.ts';

const ReportSchema = z.object({ schemaVersion: z.literal(1), entries: z.array(QuarantineEntrySchema) }).strict();

export class Quarantine {
  readonly dir: string;
  readonly #reportFile: string;

  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {
    this.dir = join(dataDir, 'quarantine');
    this.#reportFile = join(this.dir, 'report.json');
  }

  /** Move an unreadable file aside and record why. Returns the entry written to the report. */
  isolate(file: string, reason: string): QuarantineEntry {
    mkdirSync(this.dir, { recursive: true });
    const at = this.now().toISOString();
    const stamp = at.replace(/[:.]/g, '-');
    const name = relative(this.dataDir, file).split(/[\\/]/).join('__') || basename(file);
    const movedTo = freeName(join(this.dir, `${stamp}--${name}`));
    renameSync(file, movedTo);
    const entry: QuarantineEntry = { file, movedTo, reason, at };
    this.#writeReport([...this.report(), entry]);
    return entry;
  }

  /** Everything quarantined so far, oldest first. */
  report(): QuarantineEntry[] {
    if (!existsSync(this.#reportFile)) return [];
    try {
      return ReportSchema.parse(JSON.parse(readFileSync(this.#reportFile, 'utf8'))).entries;
    } catch (e) {
      // The report itself is damaged: keep it (renamed) and start a new one that says so.
      const movedTo = freeName(join(this.dir, 'report-unreadable.json'));
      renameSync(this.#reportFile, movedTo);
      const entry: QuarantineEntry = { file: this.#reportFile, movedTo, reason: `the quarantine report could not be read (${(e as Error).message.split('\n')[0]})`, at: this.now().toISOString() };
      this.#writeReport([entry]);
      return [entry];
    }
  }

  #writeReport(entries: QuarantineEntry[]) {
    const tmp = join(this.dir, '.report.json.tmp');
    writeFileSync(tmp, JSON.stringify({ schemaVersion: 1, entries }, null, 2));
    renameSync(tmp, this.#reportFile);
  }
}

function freeName(path: string): string {
  if (!existsSync(path)) return path;
  const dot = path.lastIndexOf('.');
  const [stem, ext] = dot > path.lastIndexOf('/') ? [path.slice(0, dot), path.slice(dot)] : [path, ''];
  for (let n = 2; ; n++) if (!existsSync(`${stem}-${n}${ext}`)) return `${stem}-${n}${ext}`;
}
