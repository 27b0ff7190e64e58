import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { Link, useLocation } from '../../../app/router';
import { useViewer } from '../../../app/viewer';
import { InstrumentPracticeReportsQuery } from '../graphql/practice-reports.documents';
import { PracticeReportSummary } from './PracticeReportSummary';
import '../practice-reports.css';

/** The instrument page's section: how many reports are published, the newest ones, and a way to write one. */
export function PracticeReportsSection({ slug }: { slug: string }) {
  const { t } = useTranslation('practiceReports');
  const { viewer, can } = useViewer();
  const location = useLocation();
  const { data, error, refetch } = useQuery(InstrumentPracticeReportsQuery, { variables: { slug } });
  const instrument = data?.instrument;
  const back = encodeURIComponent(location.pathname + location.search);

  let body;
  if (instrument) {
    body = (
      <>
        <p className="practice-section__count" data-testid="practice-report-count">
          {t('section.count', { count: instrument.practiceReportCount })}
        </p>
        {instrument.practiceReports.length > 0 && (
          <ul className="practice-list">
            {instrument.practiceReports.map((report) => (
              <li key={report.id}>
                <PracticeReportSummary report={report} />
              </li>
            ))}
          </ul>
        )}
        <p className="practice-section__links">
          {viewer && can('MEMBER') ? (
            <Link className="button" to={`/instrumenten/${slug}/praktijkvoorbeeld`}>
              {t('section.write')}
            </Link>
          ) : (
            <Link to={`/inloggen?terug=${back}`}>{t('section.signIn')}</Link>
          )}
          {instrument.practiceReportCount > instrument.practiceReports.length && (
            <Link to={`/praktijkvoorbeelden?instrument=${slug}`}>{t('section.all')}</Link>
          )}
          <Link to="/praktijkvoorbeelden">{t('section.everything')}</Link>
        </p>
      </>
    );
  } else if (error) {
    body = <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    body = (
      <p role="status" className="instrument__muted">
        {t('section.loading')}
      </p>
    );
  }

  return (
    // Deliberately not labelled by its heading: a named section becomes a region landmark.
    <section className="card instrument__section practice-section" id="praktijkvoorbeelden">
      <h2>{t('section.title')}</h2>
      <p className="practice-section__lead">{t('section.lead')}</p>
      {body}
    </section>
  );
}
