import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../app/labels';
import { Link } from '../../../app/router';
import type { PracticeReportFieldsFragment } from '../graphql/practice-reports.documents';
import { usePartnerKindLabel, usePeriod } from '../labels';

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
  const term = useTermLabel();
  const partner = usePartnerKindLabel();
  const period = usePeriod();
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
      <dl className="practice-facts">
        <div>
          <dt>{t('report.phase')}</dt>
          <dd>{report.phase ? term(report.phase) : '—'}</dd>
        </div>
        <div>
          <dt>{t('report.sectors')}</dt>
          <dd>{report.sectors.map(term).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('report.partnerKinds')}</dt>
          <dd>{report.partnerKinds.map(partner).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('report.period')}</dt>
          <dd>{period(report.periodFrom, report.periodTo)}</dd>
        </div>
      </dl>
      <p className="practice-summary__excerpt">
        <strong>{t('report.whatItYielded')}:</strong> {report.whatItYielded}
      </p>
    </article>
  );
}
