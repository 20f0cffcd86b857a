// Shared by the store tests: a real temporary data folder, a clock that ticks a second per
// call (so revisions have distinct, predictable times), and a plausible matter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MatterSchema, type Matter } from '../../engine/matter.ts';

export function tempDir(t: { after: (fn: () => void) => void }, prefix = 'mandate-store-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function tickingClock(start = Date.parse('2026-04-01T08:00:00.000Z')) {
  let t = start;
  return () => new Date((t += 1000));
}

export function sampleMatter(id = 'tarkwa-guarding', over: Partial<Matter> = {}): Matter {
  return MatterSchema.parse({
    id,
    kind: 'psp-contract',
    title: 'Guarding services at the Tarkwa mine',
    templateId: 'psp-contract',
    templateVersion: 1,
    parties: [{ role: 'company', legalName: 'Gold Fields Ghana Limited' }, { role: 'provider', legalName: 'Sentinel Guarding Ltd' }],
    facts: { armedPersonnel: false },
    clauses: { 'use-of-force': { alternative: 'preferred' }, 'grievance-mechanism': { alternative: 'preferred', values: { responseDays: 30 } } },
    createdAt: '2026-04-01T08:00:00.000Z',
    updatedAt: '2026-04-01T08:00:00.000Z',
    ...over,
  });
}
