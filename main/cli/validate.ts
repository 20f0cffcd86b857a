// Runtime: node. `mandate validate <matter.json> [--json]`: exit 0 signature-ready, 1 blocking
// findings, 2 unreadable or invalid input.
import { validate } from '../../engine/validate.ts';
import { isSignatureReady, type Finding } from '../../engine/findings.ts';
import { loadLibrary } from '../../engine/library.ts';
import { valueFormatHint } from '../../engine/values.ts';
import { parseArgs, CliInputError } from './io.ts';
import { readMatter } from './matter-input.ts';
import type { CliCommand } from './command.ts';

/** Where to fix a finding in the matter file: a JSON path, with the shape a value takes. */
function jsonPath(f: Finding): string {
  const library = loadLibrary();
  const { clauseId, variable, field } = f.where;
  if (clauseId && variable && !variable.startsWith('@') && !field) {
    const v = library.clauses.get(clauseId)?.variables.find((x) => x.name === variable);
    return `clauses.${clauseId}.values.${variable}${v ? `  (${valueFormatHint(v)})` : ''}`;
  }
  if (field?.startsWith('values.') && variable) {
    const v = [...library.templates.values()].flatMap((t) => t.variables).find((x) => x.name === variable);
    return `${field}${v ? `  (${valueFormatHint(v)})` : ''}`;
  }
  return [clauseId && `clauses.${clauseId}`, field].filter(Boolean).join(', ');
}

export function formatFindings(findings: Finding[]): string {
  const order = ['blocking', 'warning', 'info'] as const;
  const lines: string[] = [];
  for (const severity of order) {
    const group = findings.filter((f) => f.severity === severity);
    if (!group.length) continue;
    lines.push(`${severity.toUpperCase()} (${group.length})`);
    for (const f of group) {
      const at = jsonPath(f);
      lines.push(`  • ${f.message}`, `      fix: ${f.fix}`);
      if (at) lines.push(`      at:  ${at}`);
      if (f.source) lines.push(`      source: ${f.source}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** " (2 warnings, 1 note)" after "Signature-ready", or nothing when there is nothing to add. */
function readyDetail(findings: Finding[]): string {
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const notes = findings.filter((f) => f.severity === 'info').length;
  const parts = [warnings && plural(warnings, 'warning'), notes && plural(notes, 'note')].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

export const validateCommand: CliCommand = {
  async run(argv) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json'] });
    if (positionals.length !== 1) throw new CliInputError('Give one matter file, e.g. `mandate validate matter.json`.');
    const findings = validate(readMatter(positionals[0]!));
    const ready = isSignatureReady(findings);
    if (flags.has('json')) console.log(JSON.stringify({ signatureReady: ready, findings }, null, 2));
    else {
      const blocking = findings.filter((f) => f.severity === 'blocking').length;
      console.log(formatFindings(findings));
      console.log(ready ? `Signature-ready${readyDetail(findings)}.` : `Not signature-ready: ${blocking} blocking finding${blocking === 1 ? '' : 's'}.`);
    }
    return ready ? 0 : 1;
  },
};
