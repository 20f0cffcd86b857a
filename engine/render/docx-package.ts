// Runtime: any (pure). Making the DOCX package byte-identical for the same matter. The docx
// library stamps the clock twice: the created/modified dates of docProps/core.xml (replaced
// here by our own core.xml, with the matter's dates) and the modification time of every zip
// entry (rewritten here in the zip headers, which no checksum covers).

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * word/document.xml around a body written as text. Only the namespaces the body and sectPr use
 * are declared (w, r); the docx library declares thirty more for features we do not use.
 */
export function documentXml(body: string, sectPr: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<w:body>${body}${sectPr}</w:body></w:document>`
  );
}

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  createdAt: Date;
  modifiedAt: Date;
}

export function coreXml(p: CoreProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(p.title)}</dc:title><dc:subject>${xml(p.subject)}</dc:subject><dc:creator>${xml(p.creator)}</dc:creator>` +
    `<cp:keywords>${xml(p.keywords)}</cp:keywords><dc:description>${xml(p.description)}</dc:description>` +
    `<cp:lastModifiedBy>Mandate</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso(p.createdAt)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso(p.modifiedAt)}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** MS-DOS date and time fields of a zip entry (local time fields, as zip has no time zone). */
function dosDateTime(d: Date): { time: number; date: number } {
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1);
  const date = ((Math.max(1980, d.getUTCFullYear()) - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, date };
}

/** Sets the modification time of every entry of a zip file to `when`, in place. */
export function stampZip(zip: Uint8Array, when: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { time, date } = dosDateTime(when);
  // End of central directory: the last 22+ bytes, signature 0x06054b50.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('docx: the package is not a zip file (no end of central directory)');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('docx: unexpected zip central directory record');
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('docx: unexpected zip local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
