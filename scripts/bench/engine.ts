// Runtime: node. Medians of assemble and validate on the largest document (the full PSP
// agreement, every optional clause on), the figures that decide whether the UI can re-validate
// on every keystroke.
import { fullMatter } from '../../examples/full-matter.ts';
import { assemble } from '../../engine/assemble.ts';
import { validate } from '../../engine/validate.ts';
import { loadLibrary } from '../../engine/library.ts';
import { medianMs, ms, type BenchRow } from './measure.ts';

export default async function (): Promise<BenchRow[]> {
  const library = loadLibrary();
  const rows: BenchRow[] = [];
  for (const kind of ['psp-contract', 'public-security-mou'] as const) {
    const matter = fullMatter(kind, library);
    const label = kind === 'psp-contract' ? 'full PSP agreement' : 'full MoU';
    const clauses = Object.keys(matter.clauses).length;
    rows.push({ name: `assemble, ${label}`, median: ms(await medianMs(() => assemble(matter, { library }), 200)), target: '< 5 ms', note: `${clauses} clauses` });
    rows.push({ name: `validate, ${label}`, median: ms(await medianMs(() => validate(matter, library), 200)), target: '< 2 ms', note: `${validate(matter, library).length} findings` });
  }
  return rows;
}
