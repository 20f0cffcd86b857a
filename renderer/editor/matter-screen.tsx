// Runtime: browser. One open matter: the header (title, saved state, undo/redo), the tabs
// Draft / Preview / Export / History, and the shortcuts that work on every tab.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { call, messageOf, useApi } from '../api.ts';
import { kindLabels, formatWhen, type Matter } from '../model.ts';
import { href, navigate, type Route } from '../router.ts';
import type { FactQuestion } from '../screens/fact-questions.tsx';
import { ExportScreen } from '../screens/export.tsx';
import { HistoryScreen } from '../screens/history.tsx';
import { PreviewScreen } from '../screens/preview.tsx';
import { MatterSession, type SaveState } from '../state/matter-session.ts';
import { ErrorNote, Pending } from '../ui/progress.tsx';
import { setOpenHistory } from '../ui/edit-commands.ts';
import { ariaKeys, shortcutText, useShortcuts } from '../ui/shortcuts.ts';
import { Draft } from './draft.tsx';

type Tab = Extract<Route, { screen: 'matter' }>['tab'];
const tabs: { tab: Tab; label: string; keys: string }[] = [
  { tab: 'draft', label: 'Draft', keys: 'Mod+1' },
  { tab: 'preview', label: 'Preview', keys: 'Mod+2' },
  { tab: 'export', label: 'Export', keys: 'Mod+3' },
  { tab: 'history', label: 'History', keys: 'Mod+4' },
];

export function MatterScreen({ id, tab }: { id: string; tab: Tab }) {
  const { api } = useApi();
  const [session, setSession] = useState<MatterSession | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [questions, setQuestions] = useState<FactQuestion[]>([]);

  useEffect(() => {
    let live = true;
    setSession(undefined);
    setError(undefined);
    call(api, 'getMatter', { id })
      .then(async (m) => {
        if (!live) return;
        setSession(new MatterSession(api, m));
        setQuestions(await call(api, 'factQuestions', { kind: m.kind }));
      })
      .catch((e) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [api, id]);
  useEffect(() => () => session?.dispose(), [session]);

  if (error)
    return (
      <main className="page narrow" id="main">
        <h1>This matter could not be opened</h1>
        <ErrorNote message={error} />
        <a href={href({ screen: 'matters' })}>Back to the matters</a>
      </main>
    );
  if (!session)
    return (
      <main className="page narrow" id="main" aria-busy="true">
        <Pending active label="Opening the matter…" />
      </main>
    );
  return <OpenMatter session={session} tab={tab} questions={questions} />;
}

function SaveIndicator({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  const text =
    save.state === 'saved'
      ? `Saved ${formatWhen(save.at).split(', ')[1] ?? ''}`
      : save.state === 'saving'
        ? 'Saving…'
        : save.state === 'unsaved'
          ? 'Unsaved changes'
          : save.state === 'conflict'
            ? 'Not saved: changed elsewhere'
            : 'Not saved';
  return (
    <span className={`save-state ${save.state}`} role="status" aria-live="polite" data-testid="save-state" title={'message' in save ? save.message : undefined}>
      {text}
      {save.state === 'error' && (
        <button type="button" className="link-button" onClick={onRetry}>
          Try again
        </button>
      )}
    </span>
  );
}

function OpenMatter({ session, tab, questions }: { session: MatterSession; tab: Tab; questions: FactQuestion[] }) {
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const { matter } = snap;
  const change = (edit: (m: Matter) => Matter, key?: string) => session.change(edit, key);
  const go = (t: Tab) => navigate({ screen: 'matter', id: matter.id, tab: t });

  useShortcuts([
    { keys: 'Mod+S', run: () => void session.saveNow() },
    ...tabs.map((t) => ({ keys: t.keys, run: () => go(t.tab) })),
  ]);
  useEffect(() => setOpenHistory(session), [session]); // Undo / Redo (keyboard, menu) reach this matter: ui/edit-commands.ts
  useEffect(() => window.mandateMenu?.onExport(() => go('export')), [matter.id]); // follows the matter, not every render
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (session.dirty) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [session]);

  return (
    <div className="matter-screen">
      <header className="matter-bar">
        <div className="crumbs">
          <a href={href({ screen: 'matters' })}>Matters</a>
          <span aria-hidden="true"> / </span>
          <span className="muted">{kindLabels[matter.kind]}</span>
        </div>
        <h1 className="matter-title">{matter.title}</h1>
        <div className="bar-actions">
          <SaveIndicator save={snap.save} onRetry={() => void session.saveNow()} />
          <button type="button" className="icon-button" onClick={() => session.undo()} disabled={!snap.canUndo} title={`Undo (${shortcutText('Mod+Z')})`} aria-keyshortcuts={ariaKeys('Mod+Z')}>
            Undo
          </button>
          <button type="button" className="icon-button" onClick={() => session.redo()} disabled={!snap.canRedo} title={`Redo (${shortcutText('Mod+Shift+Z')})`} aria-keyshortcuts={ariaKeys('Mod+Shift+Z')}>
            Redo
          </button>
        </div>
        <nav className="tabs-bar" aria-label="Matter views">
          {tabs.map((t) => (
            <a key={t.tab} href={href({ screen: 'matter', id: matter.id, tab: t.tab })} aria-current={t.tab === tab ? 'page' : undefined} title={`${t.label} (${shortcutText(t.keys)})`} aria-keyshortcuts={ariaKeys(t.keys)}>
              {t.label}
            </a>
          ))}
        </nav>
      </header>
      {snap.save.state === 'conflict' && (
        <div className="banner warning" role="alert">
          {snap.save.message}{' '}
          <button type="button" className="secondary small" onClick={() => location.reload()}>
            Reload the saved version
          </button>
        </div>
      )}
      {snap.save.state === 'error' && <ErrorNote message={`Your last change is not saved yet: ${snap.save.message}`} />}
      {tab === 'draft' && <Draft matter={matter} change={change} questions={questions} />}
      {tab === 'preview' && <PreviewScreen matter={matter} />}
      {tab === 'export' && <ExportScreen session={session} matter={matter} />}
      {tab === 'history' && <HistoryScreen session={session} matter={matter} />}
    </div>
  );
}
