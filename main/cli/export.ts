// Runtime: node. `mandate export <matter.json> --format docx|pdf --out FILE [--draft]`: exit 0
// written (the fingerprint is printed), 1 refused while blocking findings remain (listed), 2 bad input.
import { writeFileAtomic } from '../atomic-write.ts';
import { exportMatter, type ExportFormat } from '../export-matter.ts';
import { parseArgs, CliInputError } from './io.ts';
import { readMatter } from './matter-input.ts';
import { formatFindings } from './validate.ts';
import type { CliCommand } from './command.ts';

export const exportCommand: CliCommand = {
  async run(argv) {
    const { positionals, flags, options } = parseArgs(argv, { flags: ['draft'], options: ['format', 'out'] });
    if (positionals.length !== 1) throw new CliInputError('Give one matter file, e.g. `mandate export matter.json --format pdf --out agreement.pdf`.');
    const format = options.format;
    if (format !== 'docx' && format !== 'pdf') throw new CliInputError(`--format must be docx or pdf${format ? `, not "${format}"` : ''}.`);
    if (!options.out) throw new CliInputError('Give the file to write with --out, e.g. `--out agreement.pdf`.');
    const matter = readMatter(positionals[0]!);
    const result = await exportMatter(matter, { format: format as ExportFormat, draft: flags.has('draft') });
    if (!result.ok) {
      const blocking = result.findings.filter((f) => f.severity === 'blocking');
      console.error(formatFindings(blocking));
      console.error(
        `Not exported: ${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'}. Fix ${blocking.length === 1 ? 'it' : 'them'}, or add --draft for a watermarked draft with [MISSING] markers.`,
      );
      return 1;
    }
    try {
      writeFileAtomic(options.out, result.bytes);
    } catch (e) {
      throw new CliInputError(`Cannot write "${options.out}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}. Check that the folder exists and is writable.`);
    }
    const pages = result.pageCount ? `, ${result.pageCount} pages` : '';
    console.log(`Wrote ${options.out} (${format.toUpperCase()}${pages}${flags.has('draft') ? ', draft' : ''}).`);
    console.log(`Fingerprint: ${result.fingerprint}`);
    return 0;
  },
};
