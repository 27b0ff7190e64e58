import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { serverProblem } from '../../../app/errors';
import { useDateFormat } from '../../../app/formats';
import { Link, useParams } from '../../../app/router';
import { practiceReportPath } from '#domain';
import { PageMeta } from '../../../app/components/PageMeta';
import { useViewer } from '../../../app/viewer';
import { PracticeReportQuery, type PracticeReportFieldsFragment } from '../graphql/practice-reports.documents';
import { PracticeReportFacts } from './PracticeReportFacts';
import { PracticeReportDecision } from './PracticeReportDecision';
import { PracticeReportStatusBadge } from './PracticeReportStatusBadge';
import '../practice-reports.css';

/** `/praktijkvoorbeelden/:id`: one report; its author sees its state, a curator decides on a submitted one. */
export function PracticeReportPage() {
  const { t } = useTranslation('practiceReports');
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(PracticeReportQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const report = data?.practiceReport;

  if (!report) {
    const notFound = error && serverProblem(error)?.code === 'NOT_FOUND';
    return (
      <div className="page practice-page">
        <PageMeta title={t('list.title')} path={practiceReportPath(id)} />
        <Link to="/praktijkvoorbeelden">{t('report.back')}</Link>
        {notFound ? (
          <p className="notice">{t('report.notFound')}</p>
        ) : error ? (
          <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
        ) : (
          <p className="page-loading" role="status">
            {t('report.loading')}
          </p>
        )}
      </div>
    );
  }
  return <PracticeReportDetails report={report} />;
}

function reportTitle(t: (key: string, options?: Record<string, string>) => string, report: PracticeReportFieldsFragment): string {
  return report.communityName
    ? t('report.titleWith', { community: report.communityName })
    : t('report.titleWithout', { instrument: report.instrument?.title ?? '' });
}

function PracticeReportDetails({ report }: { report: PracticeReportFieldsFragment }) {
  const { t } = useTranslation('practiceReports');
  const { can } = useViewer();
  const formatDate = useDateFormat();
  const own = report.mine && report.status !== 'PUBLISHED';

  return (
    <div className="page practice-page practice-report">
      <PageMeta title={reportTitle(t, report)} description={report.whatWeDid} path={practiceReportPath(report.id)} type="article" />
      <Link to="/praktijkvoorbeelden">{t('report.back')}</Link>
      <h1>{reportTitle(t, report)}</h1>
      {report.instrument && (
        <p className="lead">
          {t('report.about')}: <Link to={`/instrumenten/${report.instrument.slug}`}>{report.instrument.title}</Link>
        </p>
      )}
      <p className="practice-report__meta">
        {report.status !== 'PUBLISHED' && (
          <>
            <PracticeReportStatusBadge status={report.status} />{' '}
          </>
        )}
        {t('report.by', { name: report.authorName })} ·{' '}
        {report.publishedAt ? t('report.publishedOn', { date: formatDate(report.publishedAt) }) : t('report.submittedOn', { date: formatDate(report.createdAt) })}
      </p>

      {own && (
        <div className={report.status === 'DECLINED' ? 'notice notice--error' : 'notice'}>
          <p>{report.status === 'DECLINED' ? t('report.declinedNotice', { reason: report.decisionReason ?? '' }) : t('report.submittedNotice')}</p>
          <Link className="button" to={`/praktijkvoorbeelden/${report.id}/bewerken`}>
            {t('report.edit')}
          </Link>
        </div>
      )}
      {can('CURATOR') && report.status === 'SUBMITTED' && <PracticeReportDecision report={report} />}
      {can('CURATOR') && report.status === 'DECLINED' && !own && (
        <p className="notice">{t('report.declinedNotice', { reason: report.decisionReason ?? '' })}</p>
      )}

      <div className="practice-report__layout">
        <div className="practice-report__main card">
          <h2>{t('report.whatWeDid')}</h2>
          <p className="practice-report__text">{report.whatWeDid}</p>
          <h2>{t('report.whatItYielded')}</h2>
          <p className="practice-report__text">{report.whatItYielded}</p>
          <h2>{t('report.whatWeWouldChange')}</h2>
          <p className="practice-report__text">{report.whatWeWouldChange}</p>
        </div>
        <PracticeReportFacts report={report} full className="practice-facts practice-report__facts card" />
      </div>
    </div>
  );
}
