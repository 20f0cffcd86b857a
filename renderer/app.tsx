// Runtime: browser. The application frame: skip link, the current screen from the address,
// and the desktop menu's events when running in Electron.
import { useEffect } from 'react';
import { MatterScreen } from './editor/matter-screen.tsx';
import { BidsScreen } from './bids/bids-screen.tsx';
import { MattersScreen } from './screens/matters.tsx';
import { NewMatterScreen } from './screens/new-matter.tsx';
import { navigate, useRoute } from './router.ts';
import { useEditCommands } from './ui/edit-commands.ts';

export function App() {
  const route = useRoute();
  useEditCommands(); // Undo / Redo from the keyboard and the desktop menu
  useEffect(() => {
    const menu = window.mandateMenu;
    if (!menu) return;
    const offs = [menu.onNewMatter(({ kind }) => navigate({ screen: 'new', kind })), menu.onOpenMatter(({ id }) => navigate({ screen: 'matter', id, tab: 'draft' }))];
    return () => offs.forEach((off) => off());
  }, []);
  useEffect(() => {
    document.title = route.screen === 'matters' ? 'Mandate' : route.screen === 'bids' ? 'Bid evaluations · Mandate' : route.screen === 'new' ? 'New matter · Mandate' : 'Matter · Mandate';
  }, [route]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        Skip to content
      </a>
      <div className="app">
        {route.screen === 'matters' && <MattersScreen />}
        {route.screen === 'bids' && <BidsScreen />}
        {route.screen === 'new' && <NewMatterScreen key={route.kind} kind={route.kind} />}
        {route.screen === 'matter' && <MatterScreen key={route.id} id={route.id} tab={route.tab} />}
      </div>
    </>
  );
}
