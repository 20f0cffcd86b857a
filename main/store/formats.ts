// Runtime: node. The files of the store, each with its schema version and the pure migrations
// that bring older files up to date (tested against fixtures in test/unit/store-migrations).
import * as z from 'zod';
import { MatterSchema } from '../../engine/matter.ts';
import { MatterSummarySchema, RevisionSummarySchema, SettingsSchema } from '../api.ts';
import type { FileFormat } from './versioned-file.ts';
import { DeltaSchema } from './delta.ts';

/**
 * One revision. The newest has no delta: its text is the file's `matter`. Every older one keeps
 * the delta that turns the revision after it back into itself (see delta.ts).
 */
export const RevisionSchema = RevisionSummarySchema.extend({ delta: DeltaSchema.optional() }).strict();
export type Revision = z.infer<typeof RevisionSchema>;

/** matters/<id>.json: the current matter and its revision history, oldest revision first. */
export const MatterFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    matter: MatterSchema,
    revisions: z.array(RevisionSchema).min(1),
    trashedAt: z.string().optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const last = file.revisions.length - 1;
    file.revisions.forEach((r, i) => {
      if ((i === last) !== (r.delta === undefined))
        ctx.addIssue({ code: 'custom', path: ['revisions', i, 'delta'], message: i === last ? 'the newest revision is the matter itself and has no delta' : 'an older revision needs its delta' });
      if (i > 0 && r.number <= file.revisions[i - 1]!.number)
        ctx.addIssue({ code: 'custom', path: ['revisions', i, 'number'], message: 'revision numbers must increase' });
    });
  });
export type MatterFile = z.infer<typeof MatterFileSchema>;

/**
 * Migrations are pure: raw JSON of version n in, raw JSON of version n+1 out.
 * Version 0 is a bare matter (the format `mandate` CLI commands and the examples/ folder use):
 * dropping one into the matters folder imports it with a one-revision history.
 */
export const matterFileMigrations: FileFormat<MatterFile>['migrations'] = {
  0: (bare) => ({
    schemaVersion: 1,
    matter: bare,
    revisions: [
      {
        number: 1,
        at: typeof bare.updatedAt === 'string' ? bare.updatedAt : typeof bare.createdAt === 'string' ? bare.createdAt : '1970-01-01T00:00:00.000Z',
        author: '',
        summary: 'Imported from a matter file without history',
      },
    ],
  }),
};

export const matterFileFormat: FileFormat<MatterFile> = { what: 'matter file', version: 1, schema: MatterFileSchema, migrations: matterFileMigrations };

/** index.json: one summary per matter, so that listing never opens every matter file. */
export const IndexFileSchema = z.object({ schemaVersion: z.literal(1), matters: z.array(MatterSummarySchema) }).strict();
export type IndexFile = z.infer<typeof IndexFileSchema>;
export const indexFileFormat: FileFormat<IndexFile> = { what: 'matter index', version: 1, schema: IndexFileSchema, migrations: {} };

/** settings.json. Version 0 is a bare settings object (hand-written by an administrator). */
export const SettingsFileSchema = z.object({ schemaVersion: z.literal(1), settings: SettingsSchema }).strict();
export type SettingsFile = z.infer<typeof SettingsFileSchema>;
export const settingsFileFormat: FileFormat<SettingsFile> = {
  what: 'settings file',
  version: 1,
  schema: SettingsFileSchema,
  migrations: { 0: (bare) => ({ schemaVersion: 1, settings: bare }) },
};

/** A generic file holding `data` of a caller's schema (bid evaluations, window state …). */
export function dataFileFormat<T>(what: string, data: z.ZodType<T>, version = 1, migrations: FileFormat<{ schemaVersion: number; data: T }>['migrations'] = {}) {
  const schema = z.object({ schemaVersion: z.literal(version), data }).strict() as unknown as z.ZodType<{ schemaVersion: number; data: T }>;
  return { what, version, schema, migrations } satisfies FileFormat<{ schemaVersion: number; data: T }>;
}
