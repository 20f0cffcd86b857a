// Runtime: node. Exporting a matter as DOCX or PDF: the one function the CLI and the API
// handlers both call. It refuses while blocking findings exist (unless a draft is asked for),
// assembles the Document tree once, and hands it to the pure renderers with the fonts read
// from assets/fonts/ as bytes and the dates taken from the matter, never from the clock.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { assemble } from '../engine/assemble.ts';
import { fingerprint, type Sha256Hex } from '../engine/fingerprint.ts';
import { isSignatureReady, type Finding } from '../engine/findings.ts';
import type { Matter } from '../engine/matter.ts';
import { validate } from '../engine/validate.ts';
import type { FontFiles } from '../engine/render/fonts.ts';
// The renderers are loaded on demand: a PDF export never parses the DOCX library, and the
// command line starts without either.
const loadPdfRenderer = () => import('../engine/render/pdf.ts');
const loadDocxRenderer = () => import('../engine/render/docx.ts');

export type ExportFormat = 'docx' | 'pdf';

export type ExportResult =
  | { ok: true; bytes: Uint8Array; fingerprint: string; pageCount?: number; findings: Finding[] }
  | { ok: false; findings: Finding[] };

const fontFiles = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf', italic: 'DejaVuSerif-Italic.ttf', boldItalic: 'DejaVuSerif-BoldItalic.ttf' } as const;

/** assets/fonts/, found from this module whether it runs from source (main/) or from a bundle (dist/, dist/electron/). */
function fontsDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (let dir = here, i = 0; i < 5; i++, dir = dirname(dir)) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, fontFiles.regular))) return candidate;
  }
  throw new Error(`The PDF fonts were not found in assets/fonts/ above ${here}. Reinstall Mandate, or restore the folder from the repository.`);
}

let fonts: FontFiles | undefined;
/** The embedded fonts, read once per process. */
export function loadFonts(dir = fontsDir()): FontFiles {
  if (!fonts) {
    const read = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
    fonts = { regular: read(fontFiles.regular), bold: read(fontFiles.bold), italic: read(fontFiles.italic), boldItalic: read(fontFiles.boldItalic) };
  }
  return fonts;
}

/** Native zlib for the PDF's page streams: the same bytes every run, several times faster than pure JS. */
export const nativeDeflate = (data: Uint8Array) => new Uint8Array(deflateSync(data));

/** node:crypto's SHA-256 for the fingerprint: the same digest as the engine's pure-JS one, natively. */
export const nativeSha256Hex: Sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A matter timestamp as a date; the document date, then a fixed date, when it is not one (still deterministic). */
function matterDate(...candidates: string[]): Date {
  for (const c of candidates) {
    const d = new Date(c);
    if (c && !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 1980) return d;
  }
  return new Date('1980-01-01T00:00:00Z');
}

export async function exportMatter(matter: Matter, options: { format: ExportFormat; draft: boolean }): Promise<ExportResult> {
  const findings = validate(matter);
  if (!options.draft && !isSignatureReady(findings)) return { ok: false, findings };
  const tree = assemble(matter, { draft: options.draft });
  const print = fingerprint(tree, nativeSha256Hex);
  const dates = { createdAt: matterDate(matter.createdAt, matter.documentDate), modifiedAt: matterDate(matter.updatedAt, matter.createdAt, matter.documentDate) };
  if (options.format === 'docx') {
    const { renderDocx } = await loadDocxRenderer();
    const bytes = await renderDocx(tree, { fingerprint: print, ...dates });
    return { ok: true, bytes, fingerprint: print, findings };
  }
  const { renderPdf, UnsupportedCharactersError } = await loadPdfRenderer();
  try {
    const { bytes, pageCount } = await renderPdf(tree, { fonts: loadFonts(), fingerprint: print, ...dates, deflate: nativeDeflate });
    return { ok: true, bytes, fingerprint: print, pageCount, findings };
  } catch (e) {
    if (!(e instanceof UnsupportedCharactersError)) throw e;
    const finding: Finding = {
      severity: 'blocking',
      code: 'pdf-unsupported-characters',
      message: e.message,
      where: {},
      fix: 'Write the names concerned in Latin script in the matter (for example the registered English name), or export DOCX instead.',
    };
    return { ok: false, findings: [...findings, finding] };
  }
}
