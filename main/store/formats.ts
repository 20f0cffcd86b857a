// Runtime: node. The files of the store, each with its schema version and the pure migrations
// that bring older files up to date (tested against fixtures in test/unit/store-migrations).
import { z } from 'zod';
import { MatterSchema } from '../../engine/matter.ts';
import { MatterSummarySchema, RevisionSummarySchema, SettingsSchema } from '../api.ts';
import type { FileFormat } from './versioned-file.ts';

export const RevisionSchema = RevisionSummarySchema.extend({ matter: MatterSchema }).strict();
export type Revision = z.infer<typeof RevisionSchema>;

/** matters/<id>.json: the revision history of one matter; the last revision is the current text. */
export const MatterFileSchema = z
  .object({
    schemaVersion: z.literal(1),
    revisions: z.array(RevisionSchema).min(1),
    trashedAt: z.string().optional(),
  })
  .strict()
  .superRefine((file, ctx) => {
    const id = file.revisions[0]!.matter.id;
    file.revisions.forEach((r, i) => {
      if (r.matter.id !== id) ctx.addIssue({ code: 'custom', path: ['revisions', i, 'matter', 'id'], message: `every revision must be of matter "${id}"` });
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
    revisions: [
      {
        number: 1,
        at: typeof bare.updatedAt === 'string' ? bare.updatedAt : typeof bare.createdAt === 'string' ? bare.createdAt : '1970-01-01T00:00:00.000Z',
        author: '',
        summary: 'Imported from a matter file without history',
        matter: bare,
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
