// Runtime: any (pure types). One group of the library: the clauses of a topic folder, the
// glossary terms it introduces, and the provisions of standards.md it satisfies.
import type { ClauseInput, GlossaryEntry } from './schema.ts';

export interface ClauseGroup {
  name: string;
  clauses: ClauseInput[];
  glossary: Array<Omit<GlossaryEntry, 'forms'> & { forms?: string[] }>;
  /** provision id (standards.md §2/§3 or a house provision) → ids of clauses that satisfy it */
  coverage: Record<string, string[]>;
}
