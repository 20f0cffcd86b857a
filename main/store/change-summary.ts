// Runtime: node. What a save changed, in one line for the revision list:
// "Facts: armedPersonnel, crowdControlRisk · Added use-of-force · Values of grievance-mechanism".
import type { Matter } from '../../engine/matter.ts';
import { sameJson as same } from './same-json.ts';

/** Equal content: the same matter but for its timestamps (a save of it writes nothing). */
export function sameContent(a: Matter, b: Matter): boolean {
  const { updatedAt: _ua, createdAt: _ca, ...x } = a;
  const { updatedAt: _ub, createdAt: _cb, ...y } = b;
  return same(x, y);
}

function changedKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => !same(a[k], b[k])).sort();
}

function list(label: string, names: string[], max = 3): string | undefined {
  if (names.length === 0) return undefined;
  const shown = names.slice(0, max).join(', ');
  return `${label} ${shown}${names.length > max ? ` and ${names.length - max} more` : ''}`;
}

export function summarizeChange(before: Matter, after: Matter): string {
  const parts: (string | undefined)[] = [];
  if (before.title !== after.title) parts.push(`Title "${after.title}"`);
  if (!same(before.parties, after.parties)) parts.push('Parties');
  parts.push(list('Facts:', changedKeys(before.facts, after.facts)));
  parts.push(list('Document values:', changedKeys(before.values, after.values)));
  const ids = [...new Set([...Object.keys(before.clauses), ...Object.keys(after.clauses)])].sort();
  const added = ids.filter((id) => !before.clauses[id] && after.clauses[id]);
  const removed = ids.filter((id) => before.clauses[id] && !after.clauses[id]);
  const common = ids.filter((id) => before.clauses[id] && after.clauses[id]);
  parts.push(list('Added', added));
  parts.push(list('Removed', removed));
  parts.push(list('Alternative of', common.filter((id) => before.clauses[id]!.alternative !== after.clauses[id]!.alternative)));
  parts.push(list('Values of', common.filter((id) => !same(before.clauses[id]!.values, after.clauses[id]!.values))));
  parts.push(list('Text of', common.filter((id) => !same(before.clauses[id]!.edit, after.clauses[id]!.edit))));
  for (const field of ['status', 'documentDate', 'versionLabel', 'confidentiality', 'templateVersion'] as const)
    if (before[field] !== after[field]) parts.push(`${field} ${JSON.stringify(after[field])}`);
  const line = parts.filter(Boolean).join(' · ');
  return line || 'No change of content';
}
