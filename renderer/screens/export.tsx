// Runtime: browser. Export a matter as DOCX or PDF: signature-ready (refused, with the reasons
// listed, while blocking findings exist) or a watermarked draft. Shows where the file went and
// the fingerprint printed in its footer, so a reader can match a file to this text.
import { useMemo, useState } from 'react';
import { assemble } from '../../engine/assemble.ts';
import { isSignatureReady } from '../../engine/findings.ts';
import { fingerprint, shortFingerprint } from '../../engine/fingerprint.ts';
import { validate } from '../../engine/validate.ts';
import type { ExportFormat } from '../../main/api.ts';
import { call, messageOf, useApi } from '../api.ts';
import { theLibrary, type Matter } from '../model.ts';
import { href } from '../router.ts';
import type { MatterSession } from '../state/matter-session.ts';
import { targetOf } from '../editor/targets.ts';
import { downloadBase64 } from '../ui/download.ts';
import { nativeUndo } from '../ui/edit-commands.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';

interface Done {
  fileName: string;
  where: string;
  byteLength: number;
  fingerprint: string;
  draft: boolean;
}

export function ExportScreen({ session, matter }: { session: MatterSession; matter: Matter }) {
  const { api, transport } = useApi();
  const library = theLibrary();
  const findings = useMemo(() => validate(matter, library), [matter, library]);
  const ready = isSignatureReady(findings);
  const blocking = findings.filter((f) => f.severity === 'blocking');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [mode, setMode] = useState<'final' | 'draft'>(ready ? 'final' : 'draft');
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<Done | undefined>();
  const draft = mode === 'draft' || !ready;

  const run = async () => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      if (!(await session.saveNow())) throw new Error('The matter could not be saved, so it was not exported. Resolve the saving problem shown above first.');
      const saved = session.current;
      const print = fingerprint(assemble(saved, { draft, library }));
      const result = await call(api, 'exportMatter', { id: saved.id, format, draft, ...(path.trim() ? { path: path.trim() } : {}) });
      if (result.saved === 'cancelled') return;
      if (result.saved === 'bytes') downloadBase64(result.base64, result.fileName, result.mediaType);
      if (!draft) await session.adoptExportMark(); // the server marked the matter exported
      setDone({
        fileName: result.fileName,
        where: result.saved === 'file' ? result.path : `your browser’s downloads folder (${result.fileName})`,
        byteLength: result.byteLength,
        fingerprint: print,
        draft,
      });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page narrow export" id="main">
      <h2>Export</h2>
      <fieldset className="choice-group">
        <legend>Format</legend>
        <label className="choice">
          <input type="radio" name="format" value="docx" checked={format === 'docx'} onChange={() => setFormat('docx')} /> Word document (DOCX) — for negotiation and mark-up
        </label>
        <label className="choice">
          <input type="radio" name="format" value="pdf" checked={format === 'pdf'} onChange={() => setFormat('pdf')} /> PDF — for signature and the file
        </label>
      </fieldset>
      <fieldset className="choice-group">
        <legend>Version</legend>
        <label className={`choice${ready ? '' : ' disabled'}`}>
          <input type="radio" name="mode" value="final" disabled={!ready} checked={mode === 'final' && ready} onChange={() => setMode('final')} aria-describedby={ready ? undefined : 'not-ready'} /> Signature-ready
        </label>
        {!ready && (
          <div className="not-ready" id="not-ready">
            <p>
              Not available while {blocking.length} blocking {blocking.length === 1 ? 'issue remains' : 'issues remain'}:
            </p>
            <ul>
              {blocking.slice(0, 8).map((f, i) => (
                <li key={i}>{f.message}</li>
              ))}
            </ul>
            {blocking.length > 8 && <p className="muted">…and {blocking.length - 8} more.</p>}
            <p>
              <a href={`${href({ screen: 'matter', id: matter.id, tab: 'draft' })}${blocking[0] ? `?at=${targetPaneKey(blocking[0])}` : ''}`}>Resolve them in the draft</a>
            </p>
          </div>
        )}
        <label className="choice">
          <input type="radio" name="mode" value="draft" checked={draft} onChange={() => setMode('draft')} /> Draft — watermarked, missing values marked
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="export-path">{transport === 'web' ? 'Save to a file on this computer (optional)' : 'Save to (optional; otherwise you will be asked)'}</label>
        <input {...nativeUndo} id="export-path" value={path} onChange={(e) => setPath(e.target.value)} placeholder={`/home/me/Contracts/${matter.id}.${format}`} aria-describedby="export-path-hint" />
        <p className="hint" id="export-path-hint">
          {transport === 'web' ? 'A full path. Leave empty to download the file through the browser.' : 'A full path.'}
        </p>
      </div>
      <div className="actions">
        <button type="button" className="primary" onClick={() => void run()} disabled={busy}>
          Export {format.toUpperCase()}
          {draft ? ' draft' : ''}
        </button>
        <Pending active={busy} label="Exporting…" />
      </div>
      <ErrorNote message={error} />
      {done && (
        <section className="export-done" role="status" aria-labelledby="export-done-title">
          <h3 id="export-done-title">Exported{done.draft ? ' (draft)' : ''}</h3>
          <dl>
            <dt>File</dt>
            <dd data-testid="export-where">{done.where}</dd>
            <dt>Size</dt>
            <dd>{(done.byteLength / 1024).toFixed(0)} KB</dd>
            <dt>Fingerprint</dt>
            <dd>
              <code data-testid="export-fingerprint" title={done.fingerprint}>
                {shortFingerprint(done.fingerprint)}
              </code>
              <span className="muted small"> (printed in the footer; full SHA-256: {done.fingerprint})</span>
            </dd>
          </dl>
        </section>
      )}
    </main>
  );
}

function targetPaneKey(f: Parameters<typeof targetOf>[0]): string {
  const p = targetOf(f).pane;
  return p.kind === 'clause' ? `clause:${p.id}` : p.kind === 'requirements' ? 'details' : p.kind;
}
