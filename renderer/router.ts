// Runtime: browser. A small hash router: the screen is part of the address, so reload and the
// browser's back button work, and the e2e tests can open any screen directly.
import { useEffect, useState } from 'react';
import type { DocumentKind } from './model.ts';

export type Route =
  | { screen: 'matters' }
  | { screen: 'bids' }
  | { screen: 'new'; kind: DocumentKind }
  | { screen: 'matter'; id: string; tab: 'draft' | 'preview' | 'export' | 'history' };

export function parseRoute(hash: string): Route {
  const parts = hash.split('?')[0]!.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'bids') return { screen: 'bids' };
  if (parts[0] === 'new' && (parts[1] === 'psp-contract' || parts[1] === 'public-security-mou')) return { screen: 'new', kind: parts[1] };
  if (parts[0] === 'matter' && parts[1]) {
    const tab = parts[2] === 'preview' || parts[2] === 'export' || parts[2] === 'history' ? parts[2] : 'draft';
    return { screen: 'matter', id: parts[1], tab };
  }
  return { screen: 'matters' };
}

export function href(route: Route): string {
  if (route.screen === 'bids') return '#/bids';
  if (route.screen === 'new') return `#/new/${route.kind}`;
  if (route.screen === 'matter') return `#/matter/${encodeURIComponent(route.id)}${route.tab === 'draft' ? '' : `/${route.tab}`}`;
  return '#/';
}

export function navigate(route: Route) {
  location.hash = href(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}
