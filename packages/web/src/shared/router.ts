import { useEffect, useState } from 'react';

/** A matched route: its name and the `:params` it captured. */
export interface RouteMatch {
  name: string;
  params: Readonly<Record<string, string>>;
}

export interface RouteDefinition {
  name: string;
  /** `/invite/:token` style; segments starting with `:` capture. */
  pattern: string;
}

/**
 * Matches a path against route patterns, first match wins.
 * @example matchRoute([{ name: 'invite', pattern: '/invite/:token' }], '/invite/abc') // { name: 'invite', params: { token: 'abc' } }
 */
export function matchRoute(routes: readonly RouteDefinition[], path: string): RouteMatch | null {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((segment, index) => {
      const part = parts[index] ?? '';
      if (segment.startsWith(':')) {
        params[segment.slice(1)] = decodeURIComponent(part);
        return true;
      }
      return segment === part;
    });
    if (matches) return { name: route.name, params };
  }
  return null;
}

const listeners = new Set<() => void>();

/** Moves to another page of the app without reloading it. */
export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

/** The current path and query; re-renders on navigation and on the browser's back and forward buttons. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const [location, setLocation] = useState(() => readLocation());
  useEffect(() => {
    const update = () => setLocation(readLocation());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return location;
}

function readLocation(): { path: string; query: URLSearchParams } {
  return { path: window.location.pathname, query: new URLSearchParams(window.location.search) };
}
