import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { prepareDateFormat } from './app/formats';
import i18n, { restoreLanguage } from './app/i18n';
import './app/styles.css';
import { preloadCatalogue } from './features/catalogue/preload';
import { prepareAverageFormat } from './features/rating/format';

const root = document.getElementById('root')!;
const client = createApolloClient();
let pageCommitted = () => {};
const pageHydrated = new Promise<void>((resolve) => (pageCommitted = resolve));
// Over server HTML the page reads (and its GET form works) before the app has started; tests wait
// for this mark before they type or click (tests/support/browser.ts).
void pageHydrated.then(() => {
  document.documentElement.dataset.hydrated = '';
});
const app = (
  <StrictMode>
    <App client={client} onPageCommit={pageCommitted} />
  </StrictMode>
);
// The API renders public pages for visitors (apps/api/src/ssr) and sends the answers they were
// rendered with; signed-in people (and `npm run dev`) get the empty shell.
const serverState = document.getElementById('__APOLLO_STATE__');

/** Lets the browser do other work (a tap, a paint) before the next step: each step is a task of its own. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Hydrates the server's HTML in short tasks, so a slow phone stays responsive (and Lighthouse counts
 * no long task): the cache, the first number and date formatters (slow to make the first time), then
 * React's hydration as a transition, which it does in slices of a few milliseconds.
 */
async function hydrate(state: string): Promise<void> {
  client.cache.restore(JSON.parse(state));
  // The server renders in Dutch: hydrate that, then switch to a remembered English.
  await nextTask();
  prepareAverageFormat('nl');
  await nextTask();
  prepareDateFormat('nl');
  await nextTask();
  startTransition(() => {
    hydrateRoot(root, app);
  });
  // Only once the page has hydrated: a part still waiting to hydrate (in Dutch) when the words
  // change would not match its HTML.
  await pageHydrated;
  await restoreLanguage();
  prepareAverageFormat(i18n.language);
}

if (serverState && root.firstElementChild) {
  void hydrate(serverState.textContent ?? '{}');
} else {
  const catalogue = preloadCatalogue(client, window.location);
  const languageReady = restoreLanguage();
  // The cards' star averages need a number formatter; making the first one is slow, so now, while
  // the answers travel.
  void languageReady.then(() => prepareAverageFormat(i18n.language));

  /**
   * The first render waits (briefly) for the catalogue's answers: one render with the results is
   * quicker than a render of placeholders and another with the results, on a slow device most of
   * all. A slow API still gets the placeholders after FIRST_RENDER_WAIT_MS.
   */
  const FIRST_RENDER_WAIT_MS = 500;
  const dataOrTimeout = Promise.race([catalogue, new Promise<void>((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS))]);

  // In Dutch at once; after its small chunk for someone who chose English before.
  void Promise.all([languageReady, dataOrTimeout]).then(() => createRoot(root).render(app));
}
