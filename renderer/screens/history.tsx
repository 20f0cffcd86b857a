// Runtime: browser. The saved revisions of a matter, newest first: view one read-only (the
// document as it stood then, drawn from the revision the server rebuilds from its history) and
// restore it. Restoring is itself a new revision, so nothing is lost by it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { assemble } from '../../engine/assemble.ts';
import { isSignatureReady } from '../../engine/findings.ts';
import { validate } from '../../engine/validate.ts';
import type { ApiOutput, RevisionSummary } from '../../main/api.ts';
import { call, messageOf, useApi } from '../api.ts';
import { formatWhen, statusLabels, theLibrary, type Matter } from '../model.ts';
import type { MatterSession } from '../state/matter-session.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';
import { DocumentView } from './document-view.tsx';

type Viewed = ApiOutput<'getRevision'>;

export function HistoryScreen({ session, matter }: { session: MatterSession; matter: Matter }) {
  const { api } = useApi();
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<number | undefined>();
  const [confirming, setConfirming] = useState<number | undefined>();
  const [restored, setRestored] = useState<number | undefined>();
  const [opening, setOpening] = useState<number | undefined>();
  const [viewed, setViewed] = useState<Viewed | undefined>();

  const load = useCallback(async () => {
    try {
      await session.saveNow();
      setRevisions(await call(api, 'listRevisions', { id: matter.id }));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api, matter.id, session]);
  useEffect(() => void load(), [load]);

  const restore = async (n: number) => {
    setBusy(n);
    setError(undefined);
    try {
      await session.saveNow();
      const m = await call(api, 'restoreRevision', { id: matter.id, revision: n });
      session.replace(m);
      setRestored(n);
      setConfirming(undefined);
      setViewed(undefined);
      await load();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  const view = async (n: number) => {
    setOpening(n);
    setError(undefined);
    try {
      setViewed(await call(api, 'getRevision', { id: matter.id, revision: n }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setOpening(undefined);
    }
  };

  const newest = revisions?.[0]?.number;
  if (viewed)
    return (
      <RevisionView
        viewed={viewed}
        isCurrent={viewed.revision.number === newest}
        busy={busy !== undefined}
        error={error}
        onRestore={() => void restore(viewed.revision.number)}
        onClose={(n) => {
          setViewed(undefined);
          // back on the list, focus returns to the row's View button
          requestAnimationFrame(() => document.getElementById(`view-revision-${n}`)?.focus());
        }}
      />
    );

  return (
    <main className="page narrow history" id="main">
      <h2>History</h2>
      <p className="lede">Every save is kept as a revision. View one to read the document as it stood then; restoring one makes it the current text again and is recorded as a new revision, so you can always go back.</p>
      <ErrorNote message={error} />
      {restored !== undefined && (
        <p className="notice" role="status">
          Revision {restored} is the current text again.
        </p>
      )}
      {!revisions ? (
        <Pending active label="Loading the history…" />
      ) : (
        <table className="list-table">
          <caption className="visually-hidden">Revisions of {matter.title}</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">What changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r, i) => (
              <tr key={r.number}>
                <td className="num">{r.number}</td>
                <td>{formatWhen(r.at)}</td>
                <td>{r.author || <span className="muted">—</span>}</td>
                <td>{r.summary}</td>
                <td className="row-actions">
                  <button type="button" className="secondary small" id={`view-revision-${r.number}`} onClick={() => void view(r.number)} disabled={opening !== undefined} aria-label={`View revision ${r.number}`}>
                    View
                  </button>
                  {i === 0 ? (
                    <span className="muted">Current</span>
                  ) : confirming === r.number ? (
                    <>
                      <button type="button" className="primary small" onClick={() => void restore(r.number)} disabled={busy !== undefined}>
                        Restore revision {r.number}
                      </button>
                      <button type="button" className="secondary small" onClick={() => setConfirming(undefined)}>
                        Cancel
                      </button>
                    </>
                  ) : (
                    <button type="button" className="secondary small" onClick={() => setConfirming(r.number)} aria-label={`Restore revision ${r.number}…`}>
                      Restore…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pending active={opening !== undefined} label="Opening the revision…" />
      <Pending active={busy !== undefined} label="Restoring…" />
    </main>
  );
}

/** One revision, read-only: what it was, and the document drawn as the exports would have printed it then. */
function RevisionView({ viewed, isCurrent, busy, error, onRestore, onClose }: { viewed: Viewed; isCurrent: boolean; busy: boolean; error?: string; onRestore: () => void; onClose: (n: number) => void }) {
  const { revision, matter } = viewed;
  const library = theLibrary();
  const tree = useMemo(() => assemble(matter, { draft: !isSignatureReady(validate(matter, library)), library }), [matter, library]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [revision.number]);

  return (
    <main className="preview revision-view" id="main" aria-labelledby="revision-title">
      <header className="revision-bar">
        <div>
          <h2 id="revision-title" ref={heading} tabIndex={-1}>
            Revision {revision.number}
            {isCurrent ? ' (current)' : ''} · read-only
          </h2>
          <p className="muted">
            Saved {formatWhen(revision.at)}
            {revision.author ? ` by ${revision.author}` : ''} · {revision.summary} · {statusLabels[matter.status]}
            {matter.title ? ` · “${matter.title}”` : ''}
          </p>
        </div>
        <div className="actions">
          <button type="button" className="secondary" onClick={() => onClose(revision.number)}>
            Back to the history
          </button>
          {!isCurrent && (
            <button type="button" className="primary" onClick={onRestore} disabled={busy}>
              Restore revision {revision.number}
            </button>
          )}
        </div>
      </header>
      <ErrorNote message={error} />
      <Pending active={busy} label="Restoring…" />
      <p className="preview-note muted">The document as it stood at this revision{tree.meta.draft ? ', marked as a draft where values were missing' : ''}. Nothing here can be edited; restore it to make it the current text again.</p>
      <DocumentView tree={tree} />
    </main>
  );
}
