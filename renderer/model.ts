// Runtime: browser. The engine's types and pure functions as the UI uses them. The clause
// library is bundled with the app (it is pure data) so that validation and assembly run in the
// page on every keystroke; the server runs the same code on save and export.
import { loadLibrary, type Library } from '../engine/library.ts';
import type { Matter } from '../engine/matter.ts';

export type { Matter, Party, SelectedClause, TextEdit } from '../engine/matter.ts';
export type { Finding } from '../engine/findings.ts';
export type { DocumentTree, Section, DocBlock, Run } from '../engine/document.ts';
export type { Library } from '../engine/library.ts';
export type Clause = Library['clauses'] extends Map<string, infer C> ? C : never;
export type Template = Library['templates'] extends Map<string, infer T> ? T : never;
export type Variable = Clause['variables'][number];
export type DocumentKind = Matter['kind'];
export type Block = Clause['alternatives'][number]['body'][number];
export type PartialFacts = Matter['facts'];

let library: Library | undefined;
/** The clause library, parsed once on first use. */
export function theLibrary(): Library {
  library ??= loadLibrary();
  return library;
}

export const kindLabels: Record<DocumentKind, string> = {
  'psp-contract': 'PSP agreement',
  'public-security-mou': 'Public-security MoU',
};

export const statusLabels: Record<Matter['status'], string> = {
  draft: 'Draft',
  'signature-ready': 'Signature-ready',
  exported: 'Exported',
};

export function formatWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
