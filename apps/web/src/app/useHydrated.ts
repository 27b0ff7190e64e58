import { useSyncExternalStore } from 'react';

const noChanges = () => () => undefined;

/**
 * False on the server and while hydrating its HTML, true after. For what server-rendered HTML
 * must not carry: a `style` prop there becomes a style attribute, which the CSP refuses (in the
 * browser React sets it through the CSSOM), and controls only a script can work.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noChanges, () => true, () => false);
}
