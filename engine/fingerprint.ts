// Runtime: any (pure). The document fingerprint: SHA-256 of the canonical Document tree (keys
// sorted, no whitespace), printed in every export's footer and by the CLI, so two files can be
// shown to come from the same text.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { DocumentTree } from './document.ts';

export function canonicalJson(value: unknown): string {
  // JSON.stringify does the escaping and drops undefined members; the replacer only sorts keys.
  return JSON.stringify(value, (_key, v: unknown) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

export function fingerprint(tree: DocumentTree): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(tree))));
}

/** The short form printed in footers: the first 16 hex digits, grouped for reading aloud. */
export const shortFingerprint = (fp: string) => fp.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
