import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDateFormat } from '../../../app/formats';
import { Link } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { MyPracticeReportsQuery } from '../graphql/practice-reports.documents';
import { PracticeReportStatusBadge } from './PracticeReportStatusBadge';
import '../practice-reports.css';

/** `/mijn-praktijkvoorbeelden`: the reports a member wrote, with their state and a curator's reason. */
export function MyPracticeReportsPage() {
  const { t } = useTranslation('practiceReports');
  useDocumentTitle(t('mine.title'));
  const formatDate = useDateFormat();
  const { data, error, refetch } = useQuery(MyPracticeReportsQuery, { fetchPolicy: 'cache-and-network' });
  const reports = data?.myPracticeReports;

  return (
    <div className="page practice-page">
      <h1>{t('mine.title')}</h1>
      <p className="lead">{t('mine.lead')}</p>
      {error && !reports ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : !reports ? (
        <p className="page-loading" role="status">
          {t('mine.loading')}
        </p>
      ) : reports.length === 0 ? (
        <p className="notice">{t('mine.empty')}</p>
      ) : (
        <ul className="practice-list">
          {reports.map((report) => (
            <li key={report.id} className="card practice-mine">
              <h2 className="practice-summary__title">
                <Link to={`/praktijkvoorbeelden/${report.id}`}>
                  {report.communityName
                    ? t('report.titleWith', { community: report.communityName })
                    : t('report.titleWithout', { instrument: report.instrument?.title ?? '' })}
                </Link>
              </h2>
              <p>
                <PracticeReportStatusBadge status={report.status} /> {report.instrument?.title} ·{' '}
                {t('report.submittedOn', { date: formatDate(report.createdAt) })}
              </p>
              {report.status === 'DECLINED' && report.decisionReason && <p>{t('mine.reason', { reason: report.decisionReason })}</p>}
              {report.status !== 'PUBLISHED' && (
                <Link to={`/praktijkvoorbeelden/${report.id}/bewerken`}>{t('report.edit')}</Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
