import { createContext, useContext } from 'react';

/**
 * The site's public origin (APP_URL), for absolute URLs in canonical links and sharing tags. In the
 * browser it is the page's own origin; a server render provides APP_URL with
 * `<SiteOrigin value={appUrl}>`, where there is no `location`.
 */
export const SiteOrigin = createContext<string | null>(null);

export function useSiteOrigin(): string {
  const provided = useContext(SiteOrigin);
  return (provided ?? (typeof window === 'undefined' ? '' : window.location.origin)).replace(/\/+$/, '');
}
