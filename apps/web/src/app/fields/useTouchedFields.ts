import { useCallback, useState } from 'react';
import { afterPointerRelease } from './pointerRelease';

/**
 * The fields a person has left, for forms that check a field on blur. Marking a field touched
 * shows its error, which moves what is below it; so it waits until no pointer is down
 * (pointerRelease.ts), and a press on a submit button always becomes a click.
 */
export function useTouchedFields(): { isTouched: (path: string) => boolean; touch: (path: string) => () => void } {
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touch = useCallback(
    (path: string) => () =>
      afterPointerRelease(() => setTouched((current) => (current.has(path) ? current : new Set(current).add(path)))),
    [],
  );
  const isTouched = useCallback((path: string) => touched.has(path), [touched]);
  return { isTouched, touch };
}
