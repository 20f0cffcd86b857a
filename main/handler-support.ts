// Runtime: node. What the API handlers share (main/handlers.ts for matters, main/bids-handlers.ts
// for evaluations): the refusal a user can act on, readable ids, and delivering an exported
// document either to a path (written atomically) or as bytes for the browser.
import { writeFileAtomic } from './atomic-write.ts';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, extname, isAbsolute } from 'node:path';
import type { ApiError, ApiOutput, ExportFormat } from './api.ts';

/** A refusal the user can act on, e.g. exporting a final version while blocking findings remain. */
export class ApiRefusal extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
    readonly issues: ApiError['issues'] = [],
  ) {
    super(message);
  }
}

/** A readable, unique id: "guarding-services-at-tarkwa-3f9a1c". */
export function newRecordId(title: string | undefined, fallback: string): string {
  const slug = (title ?? fallback)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || fallback}-${randomBytes(3).toString('hex')}`;
}

export const mediaTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** "Security Services Agreement – Tarkwa" → "Security Services Agreement - Tarkwa", safe on every OS. */
export function fileStem(title: string, fallback: string): string {
  const stem = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return stem || fallback;
}

function withExtension(path: string, format: ExportFormat): string {
  if (!isAbsolute(path)) throw new ApiRefusal('invalid-input', `Export path "${path}" must be absolute (a full path such as /home/me/contract.${format}).`);
  return extname(path).toLowerCase() === `.${format}` ? path : `${path}.${format}`;
}

/** Temporary file, then rename: a reader never sees half an export, and a failure leaves no stub. */
function writeAtomically(target: string, bytes: Uint8Array) {
  const dir = dirname(target);
  mkdirSync(dir, { recursive: true });
  writeFileAtomic(target, bytes);
}

export interface Rendered {
  bytes: Uint8Array;
  fingerprint: string;
  pageCount?: number;
}

/** An export's answer: written to `path` (absolute; the extension added when missing), else the bytes. */
export function deliver(rendered: Rendered, format: ExportFormat, stem: string, path: string | undefined): ApiOutput<'exportMatter'> {
  const base = {
    fileName: `${stem}.${format}`,
    byteLength: rendered.bytes.byteLength,
    mediaType: mediaTypes[format],
    fingerprint: rendered.fingerprint,
    ...(rendered.pageCount ? { pageCount: rendered.pageCount } : {}),
  };
  if (!path) return { saved: 'bytes', ...base, base64: Buffer.from(rendered.bytes).toString('base64') };
  const target = withExtension(path, format);
  writeAtomically(target, rendered.bytes);
  return { saved: 'file', ...base, path: target };
}
