import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import type { PracticeReportFieldsFragment } from '../graphql/practice-reports.documents';
import { PracticeReportFacts } from './PracticeReportFacts';

/** One report in a list: who, where, when, and what it yielded; its heading links to the report. */
export function PracticeReportSummary({
  report,
  headingLevel = 3,
  showInstrument = false,
}: {
  report: PracticeReportFieldsFragment;
  headingLevel?: 2 | 3;
  showInstrument?: boolean;
}) {
  const { t } = useTranslation('practiceReports');
  const Heading = `h${headingLevel}` as const;
  const title = report.communityName
    ? t('report.titleWith', { community: report.communityName })
    : t('report.titleWithout', { instrument: report.instrument?.title ?? '' });
  return (
    <article className="practice-summary">
      <Heading className="practice-summary__title">
        <Link to={`/praktijkvoorbeelden/${report.id}`}>{title}</Link>
      </Heading>
      {showInstrument && report.instrument && (
        <p className="practice-summary__instrument">
          {t('report.about')}: <Link to={`/instrumenten/${report.instrument.slug}`}>{report.instrument.title}</Link>
        </p>
      )}
      <PracticeReportFacts report={report} />
      <p className="practice-summary__excerpt">
        <strong>{t('report.whatItYielded')}:</strong> {report.whatItYielded}
      </p>
    </article>
  );
}
