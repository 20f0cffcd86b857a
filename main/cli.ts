// Runtime: node. The `mandate` command line: one dispatcher, one module per sub-command.
import { CliInputError } from './cli/io.ts';
import { commands, type CommandEntry } from './cli/registry.ts';

function help(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'mandate: drafting assistant for private security contracts and public-security MoUs',
    '',
    'Usage:',
    ...commands.map((c) => `  mandate ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Exit codes: 0 done (or signature-ready), 1 blocking findings or refused, 2 unreadable or invalid input.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help());
    return 0;
  }
  const command: CommandEntry | undefined = commands.find((c) => c.name === name);
  if (!command) {
    console.error(`mandate: unknown command "${name}".\n\n${help()}`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (e) {
    if (e instanceof CliInputError) {
      console.error(`mandate ${name}: ${e.message}`);
      return 2;
    }
    console.error(`mandate ${name}: unexpected error: ${(e as Error).message}\nPlease report this with the command you ran.`);
    return 3;
  }
}
