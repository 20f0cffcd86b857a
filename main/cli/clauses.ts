// Runtime: node. `mandate clauses [--kind <kind>] [--json]`
import { loadLibrary } from '../../engine/library.ts';
import { parseArgs } from './io.ts';
import { parseKind } from './matter-input.ts';
import type { CliCommand } from './command.ts';

export const clausesCommand: CliCommand = {
  async run(argv) {
    const { flags, options } = parseArgs(argv, { flags: ['json'], options: ['kind'] });
    const kind = options.kind ? parseKind(options.kind, 'The option --kind') : undefined;
    const clauses = [...loadLibrary().clauses.values()].filter((c) => !kind || c.kinds.includes(kind));
    if (flags.has('json')) {
      console.log(JSON.stringify(clauses, null, 2));
      return 0;
    }
    const w = Math.max(...clauses.map((c) => c.id.length));
    for (const c of clauses)
      console.log(`${c.id.padEnd(w)}  ${c.role === 'annex' ? 'annex ' : 'clause'}  ${c.title}  [${c.alternatives.length} position${c.alternatives.length > 1 ? 's' : ''}; ${c.sources.map((s) => `${s.standard}${s.ref ? ` ${s.ref}` : ''}`).join('; ')}]`);
    console.log(`\n${clauses.length} clauses and annexes.`);
    return 0;
  },
};
