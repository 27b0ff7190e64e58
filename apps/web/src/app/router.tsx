import { useCallback, useMemo, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { Link, Redirect, Router, useLocation as useWouterLocation, useParams as useWouterParams, useSearch } from 'wouter';
// wouter's own useSearch reads the router's ssrSearch on the server (entry-server.tsx).
import { useHistoryState } from 'wouter/use-browser-location';

/**
 * Routing on wouter (about 2 kB in the catalogue's first download, where React Router took 13),
 * with the few React Router shapes the pages use: useNavigate, useLocation (with `state` and a
 * `key`), useSearchParams, useParams, NavLink and Navigate.
 *
 * Every history entry the app makes carries `{ usr: state, key }`, as React Router's do; the first
 * page of a visit has no key ('default'), so a page can tell whether "back" stays in the app.
 */
interface EntryState {
  usr: unknown;
  key: string;
}

export interface NavigateOptions {
  replace?: boolean;
  state?: unknown;
}

function entryKey(): string {
  return Math.random().toString(36).slice(2, 10);
}

export function AppRouter({ children }: { children: ReactNode }) {
  return (
    <Router aroundNav={(navigate, to, options) => navigate(to, { replace: options?.replace, state: { usr: options?.state ?? null, key: entryKey() } })}>
      {children}
    </Router>
  );
}

export { Link, Route, Switch } from 'wouter';

export interface AppLocation {
  pathname: string;
  /** With its leading "?", or empty. */
  search: string;
  state: unknown;
  key: string;
}

export function useLocation(): AppLocation {
  const [pathname] = useWouterLocation();
  const query = useSearch();
  const search = query ? `?${query}` : '';
  const entry = useHistoryState() as EntryState | null;
  return useMemo(() => ({ pathname, search, state: entry?.usr ?? null, key: entry?.key ?? 'default' }), [pathname, search, entry]);
}

/** Goes to a path, or back and forth in the history with a number (-1 is back). */
export function useNavigate(): (to: string | number, options?: NavigateOptions) => void {
  const [, navigate] = useWouterLocation();
  return useCallback(
    (to: string | number, options?: NavigateOptions) => {
      if (typeof to === 'number') history.go(to);
      else navigate(to, options);
    },
    [navigate],
  );
}

export function useParams(): Record<string, string | undefined> {
  return useWouterParams();
}

type SearchInit = URLSearchParams | Record<string, string> | string;

/** The query string as URLSearchParams (read raw, so an encoded % stays itself), and a setter like React Router's. */
export function useSearchParams(): [URLSearchParams, (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => void] {
  const search = useSearch();
  const [pathname, navigate] = useWouterLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const set = useCallback(
    (next: SearchInit | ((current: URLSearchParams) => SearchInit), options?: NavigateOptions) => {
      const value = new URLSearchParams(typeof next === 'function' ? next(new URLSearchParams(window.location.search)) : next).toString();
      navigate(pathname + (value ? `?${value}` : ''), options);
    },
    [navigate, pathname],
  );
  return [params, set];
}

/**
 * A link that says when it is the current page (aria-current="page"): for its own path and the
 * paths below it, or with `end` only its own. "/" is only ever itself.
 */
export function NavLink({ to, end, ...rest }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string; end?: boolean }) {
  const [pathname] = useWouterLocation();
  const active = pathname === to || (!end && to !== '/' && pathname.startsWith(`${to}/`));
  return <Link to={to} aria-current={active ? 'page' : undefined} {...rest} />;
}

export function Navigate({ to, replace, state }: { to: string; replace?: boolean; state?: unknown }) {
  return <Redirect to={to} replace={replace} state={state} />;
}
