import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import { languageReady } from './app/i18n';
import './app/styles.css';
import { preloadCatalogue } from './features/catalogue/preload';

const client = createApolloClient();
preloadCatalogue(client, window.location);

// At once in Dutch; after its small chunk for someone who chose English before.
void languageReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  ),
);
