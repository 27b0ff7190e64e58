import { startTransition, useEffect, useState } from 'react';

/**
 * Whether what renders now is no longer hydrating the server's HTML: false on the server and until
 * the first commit over server HTML, true from the start in the client-rendered app.
 */
let hydrated = typeof document !== 'undefined' && !document.getElementById('__APOLLO_STATE__');

/**
 * A value only the browser knows, which server-rendered HTML must not depend on: `serverValue` on
 * the server and while hydrating, `clientValue()` after (at once in components that mount later).
 * `follow` subscribes to its changes. The switch after hydrating is a transition, which React
 * renders in slices: a useSyncExternalStore whose server snapshot differs forces a synchronous
 * re-render instead (on the catalogue, the whole page in one long task of a slow phone).
 */
export function useClientValue<T>(clientValue: () => T, serverValue: T, follow?: (changed: () => void) => () => void): T {
  const [value, setValue] = useState(() => (hydrated ? clientValue() : serverValue));
  useEffect(() => {
    hydrated = true;
    const update = () => setValue(() => clientValue());
    startTransition(update);
    return follow?.(update);
  }, [clientValue, follow]);
  return value;
}

const always = () => true;

/**
 * False on the server and while hydrating its HTML, true after. For what server-rendered HTML
 * must not carry: a `style` prop there becomes a style attribute, which the CSP refuses (in the
 * browser React sets it through the CSSOM), and controls only a script can work.
 */
export function useHydrated(): boolean {
  return useClientValue(always, false);
}
