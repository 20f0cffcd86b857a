// Runtime: any (pure data). Clause group: psp/force (being drafted).
import type { ClauseGroup } from '../../group.ts';

export const group: ClauseGroup = { name: 'psp/force', clauses: [], glossary: [], coverage: {} };
