// Runtime: node. `mandate library [--kind <kind>] [--out file.md]`: the library as one document.
import { writeFileAtomic } from '../atomic-write.ts';
import { loadLibrary } from '../../engine/library.ts';
import { libraryMarkdown } from '../../engine/library-report.ts';
import { parseArgs } from './io.ts';
import { parseKind } from './matter-input.ts';
import type { CliCommand } from './command.ts';

export const libraryCommand: CliCommand = {
  async run(argv) {
    const { options } = parseArgs(argv, { options: ['kind', 'out'] });
    const kind = options.kind ? parseKind(options.kind, 'The option --kind') : undefined;
    const md = libraryMarkdown(loadLibrary(), kind);
    if (options.out) {
      writeFileAtomic(options.out, md);
      console.error(`Wrote ${options.out} (${md.split('\n').length} lines).`);
    } else process.stdout.write(md);
    return 0;
  },
};
