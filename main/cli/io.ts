// Runtime: node. Reading the user's files at the command line: every file is parsed with its
// zod schema, and a failure becomes one clear paragraph naming the file and the path inside it.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/** An input problem the user can fix; printed as a paragraph, exit code 2, never a stack trace. */
export class CliInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInputError';
  }
}

/** "clauses.minimum-age.values.minimumAge" style path of a zod issue, readable by a person. */
export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole file)';
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

export function describeZodError(error: z.ZodError, max = 6): string {
  const lines = error.issues.slice(0, max).map((i) => {
    const extra = i.code === 'unrecognized_keys' ? ` (${(i as { keys: string[] }).keys.join(', ')})` : '';
    return `  - at ${issuePath(i.path)}: ${i.message}${extra}`;
  });
  if (error.issues.length > max) lines.push(`  - … and ${error.issues.length - max} more`);
  return lines.join('\n');
}

export function readJsonFile<T>(file: string, schema: z.ZodType<T>, what: string): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `Cannot read ${what} "${file}": ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(code)}. Check the path and try again.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliInputError(`${what} "${file}" is not valid JSON: ${(e as Error).message}. Fix the syntax (a JSON validator shows the exact spot) and try again.`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new CliInputError(`${what} "${file}" does not have the expected shape:\n${describeZodError(parsed.error)}\nCorrect these fields and try again.`);
  }
  return parsed.data;
}

/** Minimal flag parser: --name value, --flag, positionals. Unknown flags are an input error. */
export function parseArgs(argv: string[], spec: { flags?: string[]; options?: string[] }) {
  const positionals: string[] = [];
  const flags = new Set<string>();
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (spec.flags?.includes(name)) flags.add(name);
      else if (spec.options?.includes(name)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new CliInputError(`The option --${name} needs a value.`);
        options[name] = v;
      } else throw new CliInputError(`Unknown option --${name}.`);
    } else positionals.push(a);
  }
  return { positionals, flags, options };
}
