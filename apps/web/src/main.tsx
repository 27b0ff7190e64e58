import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createApolloClient } from './app/apollo';
import './app/i18n';
import './app/styles.css';
import { preloadCatalogue } from './features/catalogue/preload';

const client = createApolloClient();
preloadCatalogue(client, window.location);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
