// Runtime: any (pure). The words both renderers print around the text, in one place so the
// DOCX and the PDF say the same thing: running header, footer, watermark, signature block labels.
import type { DocumentMeta, SignatureBlock } from '../document.ts';

export const WATERMARK = 'DRAFT - NOT FOR SIGNATURE';

export const headerLeft = (meta: DocumentMeta) => meta.shortTitle;
export const headerRight = (meta: DocumentMeta) => [`Version ${meta.versionLabel}`, meta.confidentiality].filter(Boolean).join(' \u00b7 ');
export const pageOf = (page: number, total: number) => `Page ${page} of ${total}`;
export const fingerprintLine = (fingerprint: string) => `Document fingerprint (SHA-256): ${fingerprint}`;

/** The lines of one signature block, top to bottom, as both renderers print them. */
export function signatureLines(block: SignatureBlock): { signedFor: string; party: string; fields: string[]; witness: string[] } {
  return {
    signedFor: `Signed for and on behalf of the ${block.term}`,
    party: block.partyName,
    fields: [`Name: ${block.signatoryName}`, `Title: ${block.signatoryTitle}`, 'Date:'],
    witness: block.witness ? ['In the presence of (witness):', 'Name:', 'Address:'] : [],
  };
}
