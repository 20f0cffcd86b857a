// Runtime: any (pure). The parts of the PDF that are objects rather than drawing: the outline
// (bookmarks), internal links, and the empty signature fields (AcroForm /Sig widgets) that
// e-signature tools sign in place. pdf-lib has no high-level API for these, so they are built
// from its low-level objects.
import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString, type PDFPage } from 'pdf-lib';

export interface Destination {
  page: number;
  /** PDF y coordinate (from the bottom of the page) */
  y: number;
}

function destination(doc: PDFDocument, pages: PDFPage[], dest: Destination): PDFArray {
  const array = PDFArray.withContext(doc.context);
  array.push(pages[dest.page]!.ref);
  array.push(PDFName.of('XYZ'));
  array.push(PDFNull);
  array.push(PDFNumber.of(Math.round(dest.y)));
  array.push(PDFNull);
  return array;
}

/** A flat outline: one bookmark per article, the signature page and each annex. */
export function addOutline(doc: PDFDocument, pages: PDFPage[], entries: { title: string; dest: Destination }[]): void {
  if (entries.length === 0) return;
  const context = doc.context;
  const root = context.nextRef();
  const refs = entries.map(() => context.nextRef());
  entries.forEach((entry, i) => {
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), root);
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    item.set(PDFName.of('Dest'), destination(doc, pages, entry.dest));
    context.assign(refs[i]!, item);
  });
  context.assign(
    root,
    context.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: entries.length }),
  );
  doc.catalog.set(PDFName.of('Outlines'), root);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

export interface Rect {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

const rectArray = (r: Rect) => [r.x, r.y, r.x + r.width, r.y + r.height].map((n) => Math.round(n * 100) / 100);

/**
 * The annotations of each page, written once per page at the end: pdf-lib's addAnnot re-reads and
 * normalises the page dictionary on every call, and a contract has hundreds of links.
 */
export class PageAnnotations {
  private byPage = new Map<number, PDFRef[]>();

  add(page: number, ref: PDFRef): void {
    const refs = this.byPage.get(page);
    if (refs) refs.push(ref);
    else this.byPage.set(page, [ref]);
  }

  write(doc: PDFDocument, pages: PDFPage[]): void {
    for (const [page, refs] of [...this.byPage].sort((a, b) => a[0] - b[0])) pages[page]!.node.set(PDFName.of('Annots'), doc.context.obj(refs));
  }
}

/** A clickable area that jumps to a place in the document (cross-references, contents entries). */
export function addLink(doc: PDFDocument, pages: PDFPage[], annotations: PageAnnotations, at: Rect, to: Destination): void {
  const annot = doc.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: rectArray(at), Border: [0, 0, 0] });
  annot.set(PDFName.of('Dest'), destination(doc, pages, to));
  annotations.add(at.page, doc.context.register(annot));
}

/** Empty signature fields, one per signatory, listed in the AcroForm so signing tools find them. */
export function addSignatureFields(doc: PDFDocument, pages: PDFPage[], annotations: PageAnnotations, fields: { name: string; tooltip: string; rect: Rect }[]): void {
  if (fields.length === 0) return;
  const refs: PDFRef[] = [];
  for (const field of fields) {
    const page = pages[field.rect.page]!;
    const widget = doc.context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', F: 4, Rect: rectArray(field.rect) });
    widget.set(PDFName.of('T'), PDFString.of(field.name));
    widget.set(PDFName.of('TU'), PDFHexString.fromText(field.tooltip));
    widget.set(PDFName.of('P'), page.ref);
    const ref = doc.context.register(widget);
    annotations.add(field.rect.page, ref);
    refs.push(ref);
  }
  const acroForm = doc.context.obj({ Fields: refs });
  doc.catalog.set(PDFName.of('AcroForm'), doc.context.register(acroForm));
}
