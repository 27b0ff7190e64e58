import { useCallback } from 'react';
import { useClientValue } from '../../../app/useHydrated';

/**
 * Whether a CSS media query matches now, following its changes (a window resized, a phone turned);
 * undefined on the server and while hydrating its HTML, where nobody knows yet (render for both
 * and let CSS show the right one).
 */
export function useMediaQuery(query: string): boolean | undefined {
  const matches = useCallback((): boolean | undefined => window.matchMedia(query).matches, [query]);
  const follow = useCallback(
    (changed: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useClientValue(matches, undefined, follow);
}
