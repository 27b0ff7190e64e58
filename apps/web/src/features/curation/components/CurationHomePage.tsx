import { REVIEW_REPORT_REASON_LABELS } from '#domain';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { useDateFormat } from '../../../app/formats';
import { AwaitingReviewQuery } from '../../../app/shell.documents';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { useViewer } from '../../../app/viewer';
import { RecentInstrumentsQuery } from '../graphql/curation.documents';
import { ReportedReviewsQuery } from '../graphql/reported.documents';
import { PracticeReportsTask } from '../../practice-reports/components/PracticeReportsTask';
import { FailedMailsTask } from '../../mails/components/FailedMailsTask';
import '../curation.css';

/** `/beheer`: the curators' tasks, each with what it is for, and the newest instruments. */
export function CurationHomePage() {
  const { t } = useTranslation('curation');
  useDocumentTitle(t('home.title'));
  const { can } = useViewer();
  const awaiting = useQuery(AwaitingReviewQuery, { fetchPolicy: 'cache-and-network' }).data?.proposalsAwaitingReview;

  return (
    <div className="page curation-page">
      <h1>{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <h2 className="visually-hidden">{t('home.tasks')}</h2>
      <ul className="curation-tasks">
        <Task to="/beheer/voorstellen" title={t('home.review.title')}>
          <p>{t('home.review.body')}</p>
          {awaiting !== undefined && (
            <p className={awaiting > 0 ? 'curation-tasks__count curation-tasks__count--active' : 'curation-tasks__count'}>
              {t('home.review.count', { count: awaiting })}
            </p>
          )}
        </Task>
        <PracticeReportsTask />
        <Task to="/beheer/instrumenten/nieuw" title={t('home.newInstrument.title')}>
          <p>{t('home.newInstrument.body')}</p>
        </Task>
        <Task to="/beheer/vocabulaires" title={t('home.vocabularies.title')}>
          <p>{t('home.vocabularies.body')}</p>
        </Task>
        <Task to="/beheer/zoekwoorden" title={t('home.synonyms.title')}>
          <p>{t('home.synonyms.body')}</p>
        </Task>
        <Task to="/beheer/import" title={t('home.import.title')}>
          <p>{t('home.import.body')}</p>
        </Task>
        {can('ADMIN') && (
          <Task to="/beheer/accounts" title={t('home.accounts.title')}>
            <p>{t('home.accounts.body')}</p>
          </Task>
        )}
        {can('ADMIN') && <FailedMailsTask />}
      </ul>
      <p className="curation-hint">{t('home.editHint')}</p>
      <ReportedReviews />
      <RecentInstruments />
    </div>
  );
}

function Task({ to, title, children }: { to: string; title: string; children: ReactNode }) {
  return (
    <li className="card curation-tasks__item">
      <h3>
        <Link to={to}>{title}</Link>
      </h3>
      {children}
    </li>
  );
}

/** Not kept in the cache: it would share the catalogue's "newest" list and cut it to five. */
function RecentInstruments() {
  const { t } = useTranslation('curation');
  const formatDate = useDateFormat();
  const { data, loading } = useQuery(RecentInstrumentsQuery, { fetchPolicy: 'no-cache' });
  const instruments = data?.instruments.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="curation-recent">
      <h2>{t('home.recent.title')}</h2>
      {loading && !data ? (
        <p className="page-loading" role="status">
          {t('loading', { ns: 'app' })}
        </p>
      ) : instruments.length === 0 ? (
        <p className="curation-muted">{t('home.recent.empty')}</p>
      ) : (
        <ul className="curation-recent__list">
          {instruments.map((instrument) => (
            <li key={instrument.id} className="curation-recent__item">
              <span className="curation-recent__title">
                <Link to={`/instrumenten/${instrument.slug}`}>{instrument.title}</Link>
              </span>
              <StatusBadge status={instrument.status} />
              <span className="curation-muted">{t('home.recent.added', { date: formatDate(instrument.createdAt) })}</span>
              <Link
                className="curation-recent__edit"
                to={`/beheer/instrumenten/${instrument.slug}/bewerken`}
                aria-label={t('home.recent.editLabel', { title: instrument.title })}
              >
                {t('home.recent.edit')}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Reviews members reported that no curator has settled, each linked to its place on the instrument's page. */
function ReportedReviews() {
  const { t, i18n } = useTranslation('curation');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  const { data } = useQuery(ReportedReviewsQuery, { fetchPolicy: 'cache-and-network' });
  const reported = data?.reportedReviews;
  return (
    <section className="curation-recent curation-reported">
      <h2>{t('home.reported.title')}</h2>
      {reported === undefined ? (
        <p className="page-loading" role="status">
          {t('loading', { ns: 'app' })}
        </p>
      ) : (
        <>
          <p className={reported.totalCount > 0 ? 'curation-tasks__count curation-tasks__count--active' : 'curation-tasks__count'}>
            {t('home.reported.count', { count: reported.totalCount })}
          </p>
          {reported.totalCount > 0 && <p className="curation-muted">{t('home.reported.body')}</p>}
          {reported.edges.length > 0 && (
            <ul className="curation-recent__list">
              {reported.edges.map(({ node }) => (
                <li key={node.id} className="curation-recent__item curation-reported__item">
                  <span>
                    {t('home.reported.by', { author: node.author })}{' '}
                    <Link to={`/instrumenten/${node.instrument.slug}#review-${node.id}`}>{node.instrument.title}</Link>
                  </span>
                  <span className="curation-muted">
                    {t('home.reported.reasons', {
                      reasons: [...new Set((node.openReports ?? []).map((report) => REVIEW_REPORT_REASON_LABELS[report.reason][lang]))].join(', '),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
