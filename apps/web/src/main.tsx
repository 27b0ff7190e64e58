import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import i18n, { restoreLanguage } from './app/i18n';
import './app/styles.css';
import { preloadCatalogue } from './features/catalogue/preload';
import { prepareAverageFormat } from './features/rating/format';

const root = document.getElementById('root')!;
const client = createApolloClient();
const app = (
  <StrictMode>
    <App client={client} />
  </StrictMode>
);
// The API renders public pages for visitors (apps/api/src/ssr) and sends the answers they were
// rendered with; signed-in people (and `npm run dev`) get the empty shell.
const serverState = document.getElementById('__APOLLO_STATE__');

if (serverState && root.firstElementChild) {
  client.cache.restore(JSON.parse(serverState.textContent ?? '{}'));
  // The server renders in Dutch: hydrate that, then switch to a remembered English. As a transition
  // React hydrates in slices of a few milliseconds, so a slow phone answers a tap meanwhile.
  startTransition(() => {
    hydrateRoot(root, app);
  });
  void restoreLanguage().then(() => prepareAverageFormat(i18n.language));
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
