// Runtime: node. Reading matters and facts files at the command line, with the checks that make
// an input unusable (exit 2) rather than merely incomplete (findings, exit 1).

import { PartialFactsSchema, factKeys, type PartialFacts } from '../../clauses/facts.ts';
import { DocumentKindSchema, documentKinds, type DocumentKind } from '../../clauses/schema.ts';
import { MatterSchema, type Matter } from '../../engine/matter.ts';
import { loadLibrary } from '../../engine/library.ts';
import { CliInputError, readJsonFile } from './io.ts';

export function readFacts(file: string): PartialFacts {
  try {
    return readJsonFile(file, PartialFactsSchema, 'The facts file');
  } catch (e) {
    if (e instanceof CliInputError && /Unrecognized key/i.test(e.message))
      throw new CliInputError(`${e.message}\nThe known facts are: ${factKeys.join(', ')}.`);
    throw e;
  }
}

export function readMatter(file: string): Matter {
  const matter = readJsonFile(file, MatterSchema, 'The matter file');
  const library = loadLibrary();
  const template = library.templates.get(matter.kind);
  if (!template || template.id !== matter.templateId)
    throw new CliInputError(
      `The matter file "${file}" names the template "${matter.templateId}" at templateId, which Mandate does not know. The ${matter.kind} template is "${template?.id}". Correct templateId and try again.`,
    );
  const unknown = Object.keys(matter.clauses).filter((id) => !library.clauses.has(id));
  if (unknown.length)
    throw new CliInputError(
      `The matter file "${file}" selects clause${unknown.length > 1 ? 's' : ''} the library does not have: ${unknown.map((id) => `clauses.${id}`).join(', ')}. Remove ${unknown.length > 1 ? 'them' : 'it'} or correct the id (\`mandate clauses\` lists every id).`,
    );
  return matter;
}

export function parseKind(value: string | undefined, where: string): DocumentKind {
  const r = DocumentKindSchema.safeParse(value);
  if (!r.success) throw new CliInputError(`${where} must be one of ${documentKinds.join(' or ')}${value ? `, not "${value}"` : ''}.`);
  return r.data;
}

