// Runtime: browser. The document as the exports will print it: the engine's tree, drawn as
// sheets, with missing values marked in drafts.
import { useMemo } from 'react';
import { assemble } from '../../engine/assemble.ts';
import { isSignatureReady } from '../../engine/findings.ts';
import { validate } from '../../engine/validate.ts';
import { theLibrary, type Matter } from '../model.ts';
import { DocumentView } from './document-view.tsx';

export function PreviewScreen({ matter }: { matter: Matter }) {
  const library = theLibrary();
  const tree = useMemo(() => assemble(matter, { draft: !isSignatureReady(validate(matter, library)), library }), [matter, library]);
  return (
    <main className="preview" id="main" aria-label="Preview">
      <p className="preview-note muted">
        {tree.meta.draft ? 'Draft: missing values are marked, and the exports carry a DRAFT watermark until every blocking issue is resolved.' : 'Signature-ready text.'} Numbering is the same as in the DOCX and PDF.
      </p>
      <DocumentView tree={tree} />
    </main>
  );
}
