// Runtime: any (pure types). The Document tree: the single source of truth for what a reader
// sees. The preview, the DOCX and the PDF are three renderings of this tree; numbering,
// cross-references and defined terms are already resolved in it, so renderers only draw.
import type { DocumentKind } from '../clauses/schema.ts';

/** A run of text with one look. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** a value still missing: rendered as a visible "[MISSING: …]" marker in drafts */
  missing?: { clauseId?: string; variable: string };
  /** a resolved cross-reference: the anchor of its target section or clause */
  ref?: string;
}

export type DocBlock =
  /** article heading ("12. USE OF FORCE"), annex heading, or a heading inside an annex */
  | { type: 'heading'; level: 1 | 2 | 3; number?: string; text: string; anchor?: string }
  /** a numbered clause: "12.3 Apprehension. The Provider shall …" */
  | { type: 'clause'; number: string; title?: string; runs: Run[]; anchor?: string; clauseId?: string }
  /** a sub-clause: "(a) …" at depth 1, "(i) …" at depth 2 */
  | { type: 'item'; number: string; depth: 1 | 2 | 3; runs: Run[]; clauseId?: string }
  | {
      type: 'paragraph';
      runs: Run[];
      style?: 'body' | 'recital' | 'centered' | 'note' | 'continuation';
      /** a recital carries its letter: (A), (B) … */
      number?: string;
      clauseId?: string;
    }
  | { type: 'definition'; term: string; runs: Run[] }
  | { type: 'table'; header: string[]; rows: Run[][][]; blankRows: number }
  | { type: 'signatures'; blocks: SignatureBlock[] };

export interface SignatureBlock {
  /** the defined term of the party, e.g. "Provider" */
  term: string;
  partyName: string;
  signatoryName: string;
  signatoryTitle: string;
  witness: boolean;
  /** a stable field name for the PDF signature widget, e.g. "Signature_Provider" */
  fieldName: string;
}

export interface TocEntry {
  number?: string;
  title: string;
  anchor: string;
}

export type SectionKind = 'cover' | 'toc' | 'parties' | 'article' | 'signature' | 'annex';

export interface Section {
  kind: SectionKind;
  /** stable anchor for bookmarks, links and the outline */
  anchor: string;
  title: string;
  /** article number ("12") or annex number ("3"), where there is one */
  number?: string;
  /** starts on a new page (cover, contents, signature page, each annex) */
  newPage: boolean;
  blocks: DocBlock[];
  /** toc sections list the entries (articles, signature page, annexes) */
  toc?: TocEntry[];
}

export interface DocumentMeta {
  kind: DocumentKind;
  title: string;
  shortTitle: string;
  versionLabel: string;
  /** the document date as printed, e.g. "27 November 2026" */
  dateText: string;
  confidentiality: string;
  /** true while blocking findings exist: renderers watermark and keep [MISSING] markers */
  draft: boolean;
  parties: { term: string; name: string }[];
  subject: string;
  keywords: string[];
}

export interface DocumentTree {
  meta: DocumentMeta;
  sections: Section[];
}

/** The plain text of a list of runs, as a reader sees it (missing values as markers). */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
