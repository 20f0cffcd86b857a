// Runtime: any (pure data). Clause group: mou (being drafted).
import type { ClauseGroup } from '../group.ts';

export const group: ClauseGroup = { name: 'mou', clauses: [], glossary: [], coverage: {} };
