// Runtime: any (pure data). Clause group: psp/framework (being drafted).
import type { ClauseGroup } from '../../group.ts';

export const group: ClauseGroup = { name: 'psp/framework', clauses: [], glossary: [], coverage: {} };
