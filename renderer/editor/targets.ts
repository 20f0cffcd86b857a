// Runtime: browser (pure). Where each finding is fixed: which panel of the editor, and the id
// of the field to focus. Also the status mark of each clause in the outline.
import type { Finding } from '../model.ts';

export type Pane = { kind: 'clause'; id: string } | { kind: 'parties' } | { kind: 'details' } | { kind: 'facts' } | { kind: 'requirements' };

export const clauseFieldId = (clauseId: string, variable: string) => `v-${clauseId}-${variable}`;
export const docFieldId = (name: string) => `v-doc-${name}`;
/** "parties[1].signatory.name" → "f-parties-1-signatory-name" */
export const matterFieldId = (field: string) => `f-${field.replace(/[[\].]+/g, '-').replace(/-$/, '')}`;
export const clauseHeadingId = (clauseId: string) => `clause-${clauseId}`;

export interface Target {
  pane: Pane;
  focusId?: string;
}

export function targetOf(f: Finding): Target {
  const { clauseId, variable, field, provisionId } = f.where;
  if (clauseId) {
    const focusId = variable && !variable.startsWith('@') ? clauseFieldId(clauseId, variable) : clauseHeadingId(clauseId);
    return { pane: { kind: 'clause', id: clauseId }, focusId };
  }
  if (field?.startsWith('values.')) return { pane: { kind: 'details' }, focusId: docFieldId(field.slice('values.'.length)) };
  if (field?.startsWith('parties')) return { pane: { kind: 'parties' }, focusId: field === 'parties' ? 'parties-heading' : matterFieldId(field) };
  if (field?.startsWith('facts')) return { pane: { kind: 'facts' }, focusId: field === 'facts' ? 'facts-heading' : `fact-${field.slice(6)}` };
  if (provisionId) return { pane: { kind: 'requirements' }, focusId: `req-${provisionId}` };
  if (field) return { pane: { kind: 'details' }, focusId: matterFieldId(field) };
  return { pane: { kind: 'details' } };
}

export type ClauseMark = 'complete' | 'values-missing' | 'blocking' | 'warning' | 'excluded';

export const markLabels: Record<ClauseMark, string> = {
  complete: 'Complete',
  'values-missing': 'Values missing',
  blocking: 'Blocking issue',
  warning: 'Needs review',
  excluded: 'Not included',
};

/** One pass over the findings: the worst mark of each clause. */
export function clauseMarks(findings: Finding[]): Map<string, ClauseMark> {
  const rank: Record<ClauseMark, number> = { excluded: 0, complete: 0, warning: 1, 'values-missing': 2, blocking: 3 };
  const marks = new Map<string, ClauseMark>();
  for (const f of findings) {
    const id = f.where.clauseId;
    if (!id || f.severity === 'info') continue;
    const mark: ClauseMark = f.severity === 'warning' ? 'warning' : f.code === 'value-missing' ? 'values-missing' : 'blocking';
    const prev = marks.get(id);
    if (!prev || rank[mark] > rank[prev]) marks.set(id, mark);
  }
  return marks;
}
