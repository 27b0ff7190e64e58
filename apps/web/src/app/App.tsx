import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { CataloguePage } from '../features/catalogue/components/CataloguePage';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';

// Markdown rendering and the charts load only on the pages that use them.
const InstrumentPage = lazy(() =>
  import('../features/instrument/components/InstrumentPage').then((m) => ({ default: m.InstrumentPage })),
);
const SignInPage = lazy(() => import('../features/account/components/SignInPage').then((m) => ({ default: m.SignInPage })));
const RegisterPage = lazy(() => import('../features/account/components/RegisterPage').then((m) => ({ default: m.RegisterPage })));
const OverviewPage = lazy(() => import('../features/overview/components/OverviewPage').then((m) => ({ default: m.OverviewPage })));
const CurationHomePage = lazy(() => import('../features/curation/components/CurationHomePage').then((m) => ({ default: m.CurationHomePage })));
const InstrumentEditorPage = lazy(() =>
  import('../features/curation/components/InstrumentEditorPage').then((m) => ({ default: m.InstrumentEditorPage })),
);
const VocabulariesPage = lazy(() => import('../features/curation/components/VocabulariesPage').then((m) => ({ default: m.VocabulariesPage })));
const AccountsPage = lazy(() => import('../features/admin/components/AccountsPage').then((m) => ({ default: m.AccountsPage })));
const MyProposalsPage = lazy(() => import('../features/proposals/components/MyProposalsPage').then((m) => ({ default: m.MyProposalsPage })));
const NewProposalPage = lazy(() => import('../features/proposals/components/NewProposalPage').then((m) => ({ default: m.NewProposalPage })));
const ProposalPage = lazy(() => import('../features/proposals/components/ProposalPage').then((m) => ({ default: m.ProposalPage })));
const EditProposalPage = lazy(() => import('../features/proposals/components/EditProposalPage').then((m) => ({ default: m.EditProposalPage })));
const ReviewQueuePage = lazy(() => import('../features/review/components/ReviewQueuePage').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewProposalPage = lazy(() => import('../features/review/components/ReviewProposalPage').then((m) => ({ default: m.ReviewProposalPage })));

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
            <Route path="/beheer" element={<RequireRole role="CURATOR"><CurationHomePage /></RequireRole>} />
            <Route path="/beheer/instrumenten/nieuw" element={<RequireRole role="CURATOR"><InstrumentEditorPage /></RequireRole>} />
            <Route path="/beheer/instrumenten/:slug/bewerken" element={<RequireRole role="CURATOR"><InstrumentEditorPage /></RequireRole>} />
            <Route path="/beheer/vocabulaires" element={<RequireRole role="CURATOR"><VocabulariesPage /></RequireRole>} />
            <Route path="/beheer/accounts" element={<RequireRole role="ADMIN"><AccountsPage /></RequireRole>} />
            <Route path="/voorstellen" element={<RequireRole role="MEMBER"><MyProposalsPage /></RequireRole>} />
            <Route path="/voorstellen/nieuw" element={<RequireRole role="MEMBER"><NewProposalPage /></RequireRole>} />
            <Route path="/voorstellen/:id" element={<RequireRole role="MEMBER"><ProposalPage /></RequireRole>} />
            <Route path="/voorstellen/:id/bewerken" element={<RequireRole role="MEMBER"><EditProposalPage /></RequireRole>} />
            <Route path="/beheer/voorstellen" element={<RequireRole role="CURATOR"><ReviewQueuePage /></RequireRole>} />
            <Route path="/beheer/voorstellen/:id" element={<RequireRole role="CURATOR"><ReviewProposalPage /></RequireRole>} />
            <Route path="*" element={<NotFound />} />
          </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </ApolloProvider>
  );
}
