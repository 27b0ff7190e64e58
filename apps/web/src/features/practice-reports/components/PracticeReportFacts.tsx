import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../app/labels';
import type { PracticeReportFieldsFragment } from '../graphql/practice-reports.documents';
import { usePartnerKindLabel, usePeriod } from '../labels';

/** Where and when a report's practice took place: (its community,) phase, sectors, partners, period (and contact). */
export function PracticeReportFacts({ report, full = false, className = 'practice-facts' }: { report: PracticeReportFieldsFragment; full?: boolean; className?: string }) {
  const { t } = useTranslation('practiceReports');
  const term = useTermLabel();
  const partner = usePartnerKindLabel();
  const period = usePeriod();
  const facts: [string, string | null][] = [
    ...(full ? ([[t('report.community'), report.communityName ?? t('report.noCommunity')]] as [string, string][]) : []),
    [t('report.phase'), report.phase ? term(report.phase) : '—'],
    [t('report.sectors'), report.sectors.map(term).join(', ')],
    [t('report.partnerKinds'), report.partnerKinds.map(partner).join(', ')],
    [t('report.period'), period(report.periodFrom, report.periodTo)],
    ...(full ? ([[t('report.contact'), report.contact]] as [string, string | null][]) : []),
  ];
  return (
    <dl className={className}>
      {facts
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
