import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { type ComponentType, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { CataloguePage } from '../features/catalogue/components/CataloguePage';
import { addMessages } from './i18n';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';

// Markdown rendering, the charts and the other pages' messages load only with the pages that use them.
function lazyPage(load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [Page, { lazyMessages }] = await Promise.all([load(), import('./lazyMessages')]);
    for (const [namespace, messages] of Object.entries(lazyMessages)) addMessages(namespace, messages);
    return { default: Page };
  });
}
const InstrumentPage = lazyPage(() => import('../features/instrument/components/InstrumentPage').then((m) => m.InstrumentPage));
const SignInPage = lazyPage(() => import('../features/account/components/SignInPage').then((m) => m.SignInPage));
const RegisterPage = lazyPage(() => import('../features/account/components/RegisterPage').then((m) => m.RegisterPage));
const OverviewPage = lazyPage(() => import('../features/overview/components/OverviewPage').then((m) => m.OverviewPage));
const CurationHomePage = lazyPage(() => import('../features/curation/components/CurationHomePage').then((m) => m.CurationHomePage));
const InstrumentEditorPage = lazyPage(() => import('../features/curation/components/InstrumentEditorPage').then((m) => m.InstrumentEditorPage));
const VocabulariesPage = lazyPage(() => import('../features/curation/components/VocabulariesPage').then((m) => m.VocabulariesPage));
const ImportPage = lazyPage(() => import('../features/curation/components/ImportPage').then((m) => m.ImportPage));
const AccountsPage = lazyPage(() => import('../features/admin/components/AccountsPage').then((m) => m.AccountsPage));
const MyProposalsPage = lazyPage(() => import('../features/proposals/components/MyProposalsPage').then((m) => m.MyProposalsPage));
const NewProposalPage = lazyPage(() => import('../features/proposals/components/NewProposalPage').then((m) => m.NewProposalPage));
const ProposalPage = lazyPage(() => import('../features/proposals/components/ProposalPage').then((m) => m.ProposalPage));
const EditProposalPage = lazyPage(() => import('../features/proposals/components/EditProposalPage').then((m) => m.EditProposalPage));
const ReviewQueuePage = lazyPage(() => import('../features/review/components/ReviewQueuePage').then((m) => m.ReviewQueuePage));
const ReviewProposalPage = lazyPage(() => import('../features/review/components/ReviewProposalPage').then((m) => m.ReviewProposalPage));

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

export function App({ client }: { client: ApolloClient }) {
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
            <Route path="/beheer/import" element={<RequireRole role="CURATOR"><ImportPage /></RequireRole>} />
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
