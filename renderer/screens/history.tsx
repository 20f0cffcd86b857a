// Runtime: browser. The saved revisions of a matter, newest first, and restoring one. Restoring
// is itself a new revision, so nothing is lost by it.
import { useCallback, useEffect, useState } from 'react';
import type { RevisionSummary } from '../../main/api.ts';
import { call, messageOf, useApi } from '../api.ts';
import { formatWhen, type Matter } from '../model.ts';
import type { MatterSession } from '../state/matter-session.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';

export function HistoryScreen({ session, matter }: { session: MatterSession; matter: Matter }) {
  const { api } = useApi();
  const [revisions, setRevisions] = useState<RevisionSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState<number | undefined>();
  const [confirming, setConfirming] = useState<number | undefined>();
  const [restored, setRestored] = useState<number | undefined>();

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
      await load();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <main className="page narrow history" id="main">
      <h2>History</h2>
      <p className="lede">Every save is kept as a revision. Restoring one makes it the current text again and is recorded as a new revision, so you can always go back.</p>
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
      <Pending active={busy !== undefined} label="Restoring…" />
    </main>
  );
}
