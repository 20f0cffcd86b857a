// Runtime: any (pure). Turns marked-up clause text into runs: placeholders become their
// formatted values (or visible [MISSING: …] markers), cross-references become "clause 12.3" /
// "Annex 2", inline definitions become bold quoted terms.
import type { Variable } from '../clauses/schema.ts';
import { tokenize } from '../clauses/markup.ts';
import type { Run } from './document.ts';
import { checkValue, formatValue } from './values.ts';
import { smartQuotes } from './typography.ts';

export interface InlineContext {
  /** variables visible from this text: the clause's own first, then the document's */
  lookup(name: string): { variable: Variable; value: unknown; clauseId?: string } | undefined;
  /** "clause 12.3", "Annex 2", with the anchor; undefined when the target is not in the document */
  reference(id: string, paragraph?: number): { text: string; anchor: string } | undefined;
  /** the title of a clause or annex, for a marker when a reference cannot be resolved */
  titleOf(id: string): string;
  partyTerm(role: string): string;
  clauseId?: string;
}

export const missingText = (label: string) => `[MISSING: ${label}]`;

export function inlineRuns(text: string, ctx: InlineContext): Run[] {
  const runs: Run[] = [];
  const push = (run: Run) => {
    const last = runs.at(-1);
    // Merge plain neighbours so renderers get fewer, longer runs.
    if (last && !last.bold && !last.italic && !last.missing && !last.ref && !run.bold && !run.italic && !run.missing && !run.ref) last.text += run.text;
    else runs.push(run);
  };
  for (const t of tokenize(text)) {
    switch (t.type) {
      case 'text':
        push({ text: smartQuotes(t.text) });
        break;
      case 'def':
        push({ text: `“${t.term}”`, bold: true });
        break;
      case 'xref': {
        const ref = ctx.reference(t.id, t.paragraph);
        if (ref) push({ text: ref.text, ref: ref.anchor });
        else push({ text: missingText(`reference to “${ctx.titleOf(t.id)}”, which is not in this document`), missing: { clauseId: ctx.clauseId, variable: `@${t.id}` } });
        break;
      }
      case 'var': {
        const found = ctx.lookup(t.name);
        if (!found) {
          push({ text: missingText(t.name), missing: { clauseId: ctx.clauseId, variable: t.name } });
          break;
        }
        const check = checkValue(found.variable, found.value);
        if (check.ok) push({ text: formatValue(found.variable, check.value, ctx.partyTerm) });
        else if (check.empty && found.variable.optional) break;
        else push({ text: missingText(found.variable.label), missing: { clauseId: found.clauseId, variable: t.name } });
        break;
      }
    }
  }
  return runs;
}
