// Runtime: node. `mandate new <kind> [--facts facts.json] [--out matter.json]`
import { writeFileAtomic } from '../atomic-write.ts';
import { randomUUID } from 'node:crypto';
import { newMatter } from '../../engine/new-matter.ts';
import { parseArgs, CliInputError } from './io.ts';
import { parseKind, readFacts } from './matter-input.ts';
import type { CliCommand } from './command.ts';

export const newCommand: CliCommand = {
  async run(argv) {
    const { positionals, options } = parseArgs(argv, { options: ['facts', 'out', 'id', 'title'] });
    if (positionals.length !== 1) throw new CliInputError('Give exactly one document kind: psp-contract or public-security-mou.');
    const kind = parseKind(positionals[0], 'The document kind');
    const facts = options.facts ? readFacts(options.facts) : {};
    const matter = newMatter({ kind, id: options.id ?? randomUUID(), now: new Date().toISOString(), facts, ...(options.title ? { title: options.title } : {}) });
    const json = `${JSON.stringify(matter, null, 2)}\n`;
    if (options.out) {
      writeFileAtomic(options.out, json);
      console.error(`Wrote ${options.out}: ${Object.keys(matter.clauses).length} clauses selected. Next: fill in the values, then \`mandate validate ${options.out}\`.`);
    } else process.stdout.write(json);
    return 0;
  },
};
