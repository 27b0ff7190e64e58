/**
 * The only script a server-rendered page starts with (apps/api/src/ssr/server-render.ts puts it in
 * place of index.html's entry and module preloads, naming them in `data-entry` and `data-preload`).
 * The page is already readable, so the app that hydrates it is asked for once the first paint is on
 * screen: on a slow link its ~150 kB no longer compete with the page, and Lighthouse's simulation no
 * longer counts them before the first paint (it does for any module script requested before it).
 */
const script = document.querySelector<HTMLScriptElement>('script[data-entry]');
/** When no paint is reported (a browser without paint timing, a page never shown), the app still starts. */
const LATEST_START_MS = 2000;

let started = false;
function start(): void {
  if (started || !script?.dataset.entry) return;
  started = true;
  for (const href of script.dataset.preload?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  void import(/* @vite-ignore */ script.dataset.entry);
}

if (document.visibilityState !== 'visible') {
  // Opened in the background: nothing is painted until it is shown, nothing to wait for.
  start();
} else if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  // The paint entry arrives once the frame is on screen (its presentation time), later than the
  // task after the frame's animation callbacks.
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, LATEST_START_MS);
} else {
  requestAnimationFrame(() => setTimeout(start));
}
