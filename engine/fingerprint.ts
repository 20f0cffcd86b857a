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

/** SHA-256 of UTF-8 text, as hex. */
export type Sha256Hex = (text: string) => string;

/** The pure-JS hash, for the browser. The node side passes node:crypto's, which is native and several times faster on a 50-page tree. */
export const pureSha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

export function fingerprint(tree: DocumentTree, sha256Hex: Sha256Hex = pureSha256Hex): string {
  return sha256Hex(canonicalJson(tree));
}

/** The short form printed in footers: the first 16 hex digits, grouped for reading aloud. */
export const shortFingerprint = (fp: string) => fp.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
