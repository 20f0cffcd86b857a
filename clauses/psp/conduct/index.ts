// Runtime: any (pure data). Clause group: psp/conduct (being drafted).
import type { ClauseGroup } from '../../group.ts';

export const group: ClauseGroup = { name: 'psp/conduct', clauses: [], glossary: [], coverage: {} };
