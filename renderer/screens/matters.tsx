// Runtime: browser. The matters list: search, filter by kind and status, sort; new PSP
// agreement / new MoU; open, duplicate, delete with undo; the trash; files that could not be
// read, with what to do about them.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MatterSummary, QuarantineEntry } from '../../main/api.ts';
import { call, messageOf, useApi } from '../api.ts';
import { formatWhen, kindLabels, statusLabels, type DocumentKind } from '../model.ts';
import { href, navigate } from '../router.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';

type Sort = 'changed-desc' | 'changed-asc' | 'title';

export function MattersScreen() {
  const { api } = useApi();
  const [trashed, setTrashed] = useState(false);
  const [matters, setMatters] = useState<MatterSummary[] | undefined>();
  const [quarantine, setQuarantine] = useState<QuarantineEntry[]>([]);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'' | DocumentKind>('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<Sort>('changed-desc');
  const [error, setError] = useState<string | undefined>();
  const [undo, setUndo] = useState<MatterSummary | undefined>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setMatters(await call(api, 'listMatters', { trashed }));
      setQuarantine(await call(api, 'quarantineReport', {}));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [api, trashed]);
  useEffect(() => void load(), [load]);

  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const list = (matters ?? []).filter((m) => (!kind || m.kind === kind) && (!status || m.status === status) && (!q || m.title.toLowerCase().includes(q) || m.id.includes(q)));
    return list.sort((a, b) => (sort === 'title' ? a.title.localeCompare(b.title, 'en') : sort === 'changed-asc' ? a.updatedAt.localeCompare(b.updatedAt) : b.updatedAt.localeCompare(a.updatedAt)));
  }, [matters, query, kind, status, sort]);

  const act = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  const remove = (m: MatterSummary) =>
    act(async () => {
      await call(api, 'deleteMatter', { id: m.id });
      setUndo(m);
      await load();
    });
  const restore = (m: MatterSummary) =>
    act(async () => {
      await call(api, 'restoreMatter', { id: m.id });
      setUndo(undefined);
      await load();
    });
  const duplicate = (m: MatterSummary) =>
    act(async () => {
      const copy = await call(api, 'duplicateMatter', { id: m.id });
      navigate({ screen: 'matter', id: copy.id, tab: 'draft' });
    });

  useEffect(() => {
    if (!undo) return;
    const t = setTimeout(() => setUndo(undefined), 15_000);
    return () => clearTimeout(t);
  }, [undo]);

  return (
    <main className="page matters" id="main">
      <header className="page-head">
        <div>
          <h1>{trashed ? 'Trash' : 'Matters'}</h1>
          <p className="lede">Security services agreements with private security providers and memoranda of understanding with public security forces.</p>
        </div>
        {!trashed && (
          <div className="actions">
            <a className="button primary" href={href({ screen: 'new', kind: 'psp-contract' })}>
              New PSP agreement
            </a>
            <a className="button secondary" href={href({ screen: 'new', kind: 'public-security-mou' })}>
              New MoU
            </a>
            <a className="button secondary" href={href({ screen: 'bids' })}>
              Bid evaluations
            </a>
          </div>
        )}
      </header>

      {quarantine.length > 0 && (
        <section className="banner warning" aria-labelledby="quarantine-title">
          <h2 id="quarantine-title">{quarantine.length === 1 ? 'One file could not be read' : `${quarantine.length} files could not be read`}</h2>
          <p>Mandate moved them aside untouched and will not read them again. To recover one, open the moved file in a text editor, correct it (or take the copy from a backup), and put it back in the data folder under its original name; then restart Mandate.</p>
          <ul>
            {quarantine.map((q) => (
              <li key={q.movedTo}>
                <code>{q.file}</code> — {q.reason} <span className="muted">Moved to <code>{q.movedTo}</code> on {formatWhen(q.at)}.</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {undo && (
        <div className="toast" role="status">
          Moved “{undo.title}” to the trash.
          <button type="button" className="link-button" onClick={() => void restore(undo)}>
            Undo
          </button>
        </div>
      )}

      <div className="filters" role="search">
        <div className="field grow">
          <label htmlFor="search">Search</label>
          <input id="search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title or id" />
        </div>
        <div className="field">
          <label htmlFor="filter-kind">Kind</label>
          <select id="filter-kind" value={kind} onChange={(e) => setKind(e.target.value as '' | DocumentKind)}>
            <option value="">All kinds</option>
            {Object.entries(kindLabels).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-status">Status</label>
          <select id="filter-status" value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">Any status</option>
            {Object.entries(statusLabels).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="sort">Sort by</label>
          <select id="sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
            <option value="changed-desc">Last change, newest first</option>
            <option value="changed-asc">Last change, oldest first</option>
            <option value="title">Title</option>
          </select>
        </div>
        <button type="button" className="link-button" onClick={() => { setTrashed((t) => !t); setUndo(undefined); }}>
          {trashed ? 'Back to the matters' : 'Show the trash'}
        </button>
      </div>

      <ErrorNote message={error} />
      <Pending active={!matters || busy} label="Loading…" />
      {matters && (
        <table className="list-table matters-table">
          <caption className="visually-hidden">{trashed ? 'Matters in the trash' : 'Matters'}</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col">Status</th>
              <th scope="col">Last change</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((m) => (
              <tr key={m.id}>
                <td>
                  {trashed ? <span>{m.title}</span> : <a href={href({ screen: 'matter', id: m.id, tab: 'draft' })}>{m.title}</a>}
                  <span className="muted small block">{m.id}</span>
                </td>
                <td>{kindLabels[m.kind]}</td>
                <td>
                  <span className={`status-pill ${m.status}`}>{statusLabels[m.status]}</span>
                </td>
                <td>
                  {formatWhen(m.updatedAt)} <span className="muted small">· {m.revisionCount} revision{m.revisionCount === 1 ? '' : 's'}</span>
                </td>
                <td className="row-actions">
                  {trashed ? (
                    <button type="button" className="secondary small" onClick={() => void restore(m)} aria-label={`Restore ${m.title}`}>
                      Restore
                    </button>
                  ) : (
                    <>
                      <button type="button" className="secondary small" onClick={() => void duplicate(m)} aria-label={`Duplicate ${m.title}`}>
                        Duplicate
                      </button>
                      <button type="button" className="secondary small danger" onClick={() => void remove(m)} aria-label={`Delete ${m.title}`}>
                        Delete
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {matters && shown.length === 0 && (
        <p className="empty">{matters.length === 0 ? (trashed ? 'The trash is empty.' : 'No matters yet. Start with a new PSP agreement or MoU.') : 'No matter matches these filters.'}</p>
      )}
    </main>
  );
}
