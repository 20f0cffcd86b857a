// Runtime: node. `mandate requirements <facts.json> --kind <kind> [--json]`
import { requirements } from '../../engine/requirements.ts';
import { loadLibrary } from '../../engine/library.ts';
import { parseArgs, CliInputError } from './io.ts';
import { parseKind, readFacts } from './matter-input.ts';
import type { CliCommand } from './command.ts';

export const requirementsCommand: CliCommand = {
  async run(argv) {
    const { positionals, flags, options } = parseArgs(argv, { flags: ['json'], options: ['kind'] });
    if (positionals.length !== 1) throw new CliInputError('Give one facts file, e.g. `mandate requirements facts.json --kind psp-contract`.');
    const kind = parseKind(options.kind, 'The option --kind');
    const reqs = requirements(readFacts(positionals[0]!), kind);
    const library = loadLibrary();
    if (flags.has('json')) {
      console.log(JSON.stringify(reqs.map((r) => ({ provision: r.provision.id, summary: r.provision.summary, reasons: r.reasons, source: r.source, clauses: r.clauseIds })), null, 2));
      return 0;
    }
    const conditional = reqs.filter((r) => r.ruleIds.length);
    console.log(`${reqs.length} provisions required (${reqs.length - conditional.length} always, ${conditional.length} because of these facts):\n`);
    for (const r of reqs) {
      const clause = r.clauseIds[0] ? library.clauses.get(r.clauseIds[0])!.title : '(no clause in the library)';
      console.log(`• ${r.provision.summary}\n    why:    ${r.reasons.join('; ')}\n    source: ${r.source}\n    clause: ${clause}`);
    }
    return 0;
  },
};
