// Runtime: node. `mandate quarantine [--data-dir DIR] [--json]`: the files Mandate could not read
// and moved aside (main/store/quarantine.ts), each with where it was, when, why, where the
// untouched copy is kept, and what to do about it. Reading the report changes nothing on disk.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultDataDir } from '../app-context.ts';
import type { QuarantineEntry } from '../api.ts';
import { Quarantine } from '../store/quarantine.ts';
import type { CliCommand } from './command.ts';
import { CliInputError, parseArgs } from './io.ts';

/** The advice for one entry, from its reason and from what is on disk now. */
export function adviceFor(entry: QuarantineEntry): string {
  if (!existsSync(entry.movedTo)) return 'The kept copy is no longer in the quarantine folder (it was moved or deleted); nothing more to do.';
  if (/quarantine report/.test(entry.reason)) return 'The list of quarantined files was itself damaged; the kept copy shows what it held. Nothing else to do.';
  if (/newer Mandate/.test(entry.reason)) return `Upgrade Mandate, then move the kept copy back to ${entry.file}.`;
  const back = existsSync(entry.file)
    ? `A new file now stands at ${entry.file}: compare the two and keep the right one rather than overwrite it.`
    : `Move it back to ${entry.file}; Mandate reads it at the next start.`;
  if (/holds matter "/.test(entry.reason)) return `Rename the kept copy as the reason says and move it into ${dirname(entry.file)}, unless a file of that name is already there.`;
  return `Open the kept copy in a text editor and correct what the reason names (keep a copy first). ${back}`;
}

export function quarantineText(dataDir: string, entries: QuarantineEntry[]): string {
  if (!entries.length) return `No file is in quarantine: Mandate has read every file in ${dataDir}.`;
  const lines = [`${entries.length} file${entries.length === 1 ? ' was' : 's were'} moved to quarantine in ${dataDir} (oldest first):`];
  for (const e of entries) {
    lines.push('', `  ${e.file}`, `    when:    ${e.at}`, `    why:     ${e.reason}`, `    kept at: ${e.movedTo}`, `    to do:   ${adviceFor(e)}`);
  }
  lines.push('', 'Every other file stays available; Mandate never overwrites a quarantined file.');
  return lines.join('\n');
}

export const quarantineCommand: CliCommand = {
  async run(argv) {
    const { options, flags, positionals } = parseArgs(argv, { options: ['data-dir'], flags: ['json'] });
    if (positionals.length) throw new CliInputError(`Unexpected argument "${positionals[0]}"; the command takes only --data-dir and --json.`);
    const dataDir = options['data-dir'] ?? defaultDataDir();
    const entries = existsSync(dataDir) ? new Quarantine(dataDir, () => new Date()).report() : [];
    if (flags.has('json')) console.log(JSON.stringify({ dataDir, entries: entries.map((e) => ({ ...e, advice: adviceFor(e) })) }, null, 2));
    else console.log(existsSync(dataDir) ? quarantineText(dataDir, entries) : `There is no data folder at ${dataDir} yet, so nothing is in quarantine.`);
    return 0;
  },
};
