import { PARTNER_KIND_LABELS, PRACTICE_REPORT_STATUS_LABELS, type PartnerKind, type PracticeReportStatus } from '#domain';
import { useTranslation } from 'react-i18next';
import { dateTimeFormat } from '../../app/formats';

/** A partner kind's label in the chosen language. */
export function usePartnerKindLabel(): (kind: PartnerKind) => string {
  const { i18n } = useTranslation();
  return (kind) => PARTNER_KIND_LABELS[kind][i18n.language === 'en' ? 'en' : 'nl'];
}

export function useReportStatusLabel(): (status: PracticeReportStatus) => string {
  const { i18n } = useTranslation();
  return (status) => PRACTICE_REPORT_STATUS_LABELS[status][i18n.language === 'en' ? 'en' : 'nl'];
}

/** A report's period in words: "september 2025 – januari 2026", or "sinds september 2025". */
export function usePeriod(): (from: string, to: string | null | undefined) => string {
  const { t, i18n } = useTranslation('practiceReports');
  const format = dateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const month = (value: string) => format.format(new Date(`${value}-01T00:00:00Z`));
  return (from, to) => (to ? t('report.periodRange', { from: month(from), to: month(to) }) : t('report.periodOpen', { from: month(from) }));
}
