import { FOLLOW_PATHS } from '#domain';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CataloguePage } from '../features/catalogue/components/CataloguePage';
import { addMessages } from './i18n';
import { Layout } from './Layout';
import { RequireRole } from './RequireRole';
import { useNotFoundStatus } from './serverResponse';
import { AppRouter, Link, Route, Switch } from './router';

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
const SynonymsPage = lazyPage(() => import('../features/curation/components/SynonymsPage').then((m) => m.SynonymsPage));
const ImportPage = lazyPage(() => import('../features/curation/components/ImportPage').then((m) => m.ImportPage));
const FailedMailsPage = lazyPage(() => import('../features/mails/components/FailedMailsPage').then((m) => m.FailedMailsPage));
const AccountsPage = lazyPage(() => import('../features/admin/components/AccountsPage').then((m) => m.AccountsPage));
const MyProposalsPage = lazyPage(() => import('../features/proposals/components/MyProposalsPage').then((m) => m.MyProposalsPage));
const NewProposalPage = lazyPage(() => import('../features/proposals/components/NewProposalPage').then((m) => m.NewProposalPage));
const ProposalPage = lazyPage(() => import('../features/proposals/components/ProposalPage').then((m) => m.ProposalPage));
const EditProposalPage = lazyPage(() => import('../features/proposals/components/EditProposalPage').then((m) => m.EditProposalPage));
const ReviewQueuePage = lazyPage(() => import('../features/review/components/ReviewQueuePage').then((m) => m.ReviewQueuePage));
const ForgotPasswordPage = lazyPage(() => import('../features/account/components/ForgotPasswordPage').then((m) => m.ForgotPasswordPage));
const ResetPasswordPage = lazyPage(() => import('../features/account/components/ResetPasswordPage').then((m) => m.ResetPasswordPage));
const ConfirmEmailPage = lazyPage(() => import('../features/account/components/ConfirmEmailPage').then((m) => m.ConfirmEmailPage));
const MyAccountPage = lazyPage(() => import('../features/account/components/MyAccountPage').then((m) => m.MyAccountPage));
const ReviewProposalPage = lazyPage(() => import('../features/review/components/ReviewProposalPage').then((m) => m.ReviewProposalPage));
const AcceptProposalPage = lazyPage(() => import('../features/review/components/AcceptProposalPage').then((m) => m.AcceptProposalPage));
const PracticeReportsPage = lazyPage(() => import('../features/practice-reports/components/PracticeReportsPage').then((m) => m.PracticeReportsPage));
const PracticeReportPage = lazyPage(() => import('../features/practice-reports/components/PracticeReportPage').then((m) => m.PracticeReportPage));
const NewPracticeReportPage = lazyPage(() => import('../features/practice-reports/components/PracticeReportFormPage').then((m) => m.NewPracticeReportPage));
const EditPracticeReportPage = lazyPage(() => import('../features/practice-reports/components/PracticeReportFormPage').then((m) => m.EditPracticeReportPage));
const MyPracticeReportsPage = lazyPage(() => import('../features/practice-reports/components/MyPracticeReportsPage').then((m) => m.MyPracticeReportsPage));
const FinderPage = lazyPage(() => import('../features/finder/components/FinderPage').then((m) => m.FinderPage));
const PracticeReportQueuePage = lazyPage(() => import('../features/practice-reports/components/PracticeReportQueuePage').then((m) => m.PracticeReportQueuePage));
const CollectionsPage = lazyPage(() => import('../features/collections/components/CollectionsPage').then((m) => m.CollectionsPage));
const CollectionPage = lazyPage(() => import('../features/collections/components/CollectionPage').then((m) => m.CollectionPage));
const ManageCollectionsPage = lazyPage(() => import('../features/collections/components/ManageCollectionsPage').then((m) => m.ManageCollectionsPage));
const MyFollowsPage = lazyPage(() => import('../features/following/components/MyFollowsPage').then((m) => m.MyFollowsPage));
const UnsubscribePage = lazyPage(() => import('../features/following/components/UnsubscribePage').then((m) => m.UnsubscribePage));

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
  useNotFoundStatus(true);
  return (
    <section className="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('notFound.back')}</Link>
    </section>
  );
}

/** Calls `onCommit` once its part of the tree is on screen: over server HTML, once that part has hydrated. */
function Committed({ onCommit }: { onCommit?: () => void }) {
  useEffect(() => onCommit?.(), [onCommit]);
  return null;
}

/**
 * `onPageCommit`: the page (inside the Suspense boundary, which React hydrates after the rest, and a
 * lazy page only once its chunk is there) has rendered; main.tsx switches a remembered language after it.
 */
export function App({ client, onPageCommit }: { client: ApolloClient; onPageCommit?: () => void }) {
  return (
    <ApolloProvider client={client}>
      <AppRouter>
        <Layout>
          <Suspense fallback={<PageLoading />}>
          <Committed onCommit={onPageCommit} />
          <Switch>
            <Route path="/"><CataloguePage /></Route>
            <Route path="/instrumenten/:slug"><InstrumentPage /></Route>
            <Route path="/overzicht"><OverviewPage /></Route>
            <Route path="/inloggen"><SignInPage /></Route>
            <Route path="/registreren"><RegisterPage /></Route>
            <Route path="/beheer"><RequireRole role="CURATOR"><CurationHomePage /></RequireRole></Route>
            <Route path="/beheer/instrumenten/nieuw"><RequireRole role="CURATOR"><InstrumentEditorPage /></RequireRole></Route>
            <Route path="/beheer/instrumenten/:slug/bewerken"><RequireRole role="CURATOR"><InstrumentEditorPage /></RequireRole></Route>
            <Route path="/beheer/vocabulaires"><RequireRole role="CURATOR"><VocabulariesPage /></RequireRole></Route>
            <Route path="/beheer/zoekwoorden"><RequireRole role="CURATOR"><SynonymsPage /></RequireRole></Route>
            <Route path="/beheer/import"><RequireRole role="CURATOR"><ImportPage /></RequireRole></Route>
            <Route path="/beheer/accounts"><RequireRole role="ADMIN"><AccountsPage /></RequireRole></Route>
            <Route path="/beheer/mails"><RequireRole role="ADMIN"><FailedMailsPage /></RequireRole></Route>
            <Route path="/voorstellen"><RequireRole role="MEMBER"><MyProposalsPage /></RequireRole></Route>
            <Route path="/voorstellen/nieuw"><RequireRole role="MEMBER"><NewProposalPage /></RequireRole></Route>
            <Route path="/voorstellen/:id"><RequireRole role="MEMBER"><ProposalPage /></RequireRole></Route>
            <Route path="/voorstellen/:id/bewerken"><RequireRole role="MEMBER"><EditProposalPage /></RequireRole></Route>
            <Route path="/beheer/voorstellen"><RequireRole role="CURATOR"><ReviewQueuePage /></RequireRole></Route>
            <Route path="/beheer/voorstellen/:id/opnemen"><RequireRole role="CURATOR"><AcceptProposalPage /></RequireRole></Route>
            <Route path="/beheer/voorstellen/:id"><RequireRole role="CURATOR"><ReviewProposalPage /></RequireRole></Route>
            <Route path="/wachtwoord-vergeten"><ForgotPasswordPage /></Route>
            <Route path="/wachtwoord-herstellen"><ResetPasswordPage /></Route>
            <Route path="/e-mail-bevestigen"><ConfirmEmailPage /></Route>
            <Route path="/mijn-account"><RequireRole role="MEMBER"><MyAccountPage /></RequireRole></Route>
            <Route path="/praktijkvoorbeelden"><PracticeReportsPage /></Route>
            <Route path="/praktijkvoorbeelden/:id"><PracticeReportPage /></Route>
            <Route path="/praktijkvoorbeelden/:id/bewerken"><RequireRole role="MEMBER"><EditPracticeReportPage /></RequireRole></Route>
            <Route path="/instrumenten/:slug/praktijkvoorbeeld"><RequireRole role="MEMBER"><NewPracticeReportPage /></RequireRole></Route>
            <Route path="/mijn-praktijkvoorbeelden"><RequireRole role="MEMBER"><MyPracticeReportsPage /></RequireRole></Route>
            <Route path="/beheer/praktijkvoorbeelden"><RequireRole role="CURATOR"><PracticeReportQueuePage /></RequireRole></Route>
            <Route path="/vinden"><FinderPage /></Route>
            <Route path="/startpakketten"><CollectionsPage /></Route>
            <Route path="/startpakketten/:slug"><CollectionPage /></Route>
            <Route path="/beheer/startpakketten"><RequireRole role="CURATOR"><ManageCollectionsPage /></RequireRole></Route>
            <Route path={FOLLOW_PATHS.list}><RequireRole role="MEMBER"><MyFollowsPage /></RequireRole></Route>
            <Route path={FOLLOW_PATHS.unsubscribePage}><UnsubscribePage /></Route>
            <Route><NotFound /></Route>
          </Switch>
          </Suspense>
        </Layout>
      </AppRouter>
    </ApolloProvider>
  );
}
