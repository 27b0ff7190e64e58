import { useEffect } from 'react';
import { usePageTitle } from './components/PageMeta';

/**
 * Sets the browser tab title of a signed-in view, after the render (public pages render
 * <PageMeta>, which a server render also writes into the head).
 */
export function useDocumentTitle(title: string | null | undefined): void {
  const full = usePageTitle(title);
  useEffect(() => {
    document.title = full;
  }, [full]);
}
