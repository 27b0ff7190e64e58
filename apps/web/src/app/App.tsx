import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { CataloguePage } from '../features/catalogue/components/CataloguePage';
import { createApolloClient } from './apollo';
import { addMessages } from './i18n';
import { Layout } from './Layout';

// Markdown rendering, the charts and those pages' messages load only on the pages that use them.
const InstrumentPage = lazy(async () => {
  const [page, { instrumentMessages }] = await Promise.all([
    import('../features/instrument/components/InstrumentPage'),
    import('../features/instrument/i18n'),
  ]);
  addMessages('instrument', instrumentMessages);
  return { default: page.InstrumentPage };
});
const SignInPage = lazy(() => import('../features/account/components/SignInPage').then((m) => ({ default: m.SignInPage })));
const RegisterPage = lazy(() => import('../features/account/components/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const OverviewPage = lazy(async () => {
  const [page, { overviewMessages }] = await Promise.all([
    import('../features/overview/components/OverviewPage'),
    import('../features/overview/i18n'),
  ]);
  addMessages('overview', overviewMessages);
  return { default: page.OverviewPage };
});

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status">
      {t('loading')}
    </p>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Layout>
          <Suspense fallback={<PageLoading />}>
          <Routes>
            <Route path="/" element={<CataloguePage />} />
            <Route path="/instrumenten/:slug" element={<InstrumentPage />} />
            <Route path="/overzicht" element={<OverviewPage />} />
            <Route path="/inloggen" element={<SignInPage />} />
            <Route path="/registreren" element={<RegisterPage />} />
            <Route path="*" element={<NotFound />} />
          </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </ApolloProvider>
  );
}
