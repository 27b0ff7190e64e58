import { useTranslation } from 'react-i18next';
import { numberFormat } from '../../../app/formats';
import type { InstrumentPilotsSummaryFragment } from '../graphql/pilots.generated';

type Summary = InstrumentPilotsSummaryFragment['pilotsSummary'];

/** The pilots in numbers (`brief`: one pilot's feedback only): per state, and their feedback (count, mean usefulness, share that would recommend it). */
export function PilotsSummaryView({ summary, brief = false }: { summary: Summary; brief?: boolean }) {
  const { t, i18n } = useTranslation('pilots');
  const { feedback } = summary;
  const mean = feedback.meanUsefulness === null ? null : numberFormat(i18n.language, { maximumFractionDigits: 1 }).format(feedback.meanUsefulness);
  const percent = feedback.count > 0 ? Math.round((100 * feedback.recommendCount) / feedback.count) : null;
  return (
    <dl className="pilots-summary">
      {!brief && (
        <div>
          <dt>{t('summary.pilots', { count: summary.pilots })}</dt>
          <dd>{t('summary.states', { planned: summary.planned, running: summary.running, finished: summary.finished })}</dd>
        </div>
      )}
      <div>
        <dt>{feedback.count > 0 ? t('summary.feedback', { count: feedback.count }) : t('summary.noFeedback')}</dt>
        {mean !== null && <dd>{t('summary.usefulness', { mean })}</dd>}
        {percent !== null && <dd>{t('summary.recommend', { percent })}</dd>}
      </div>
    </dl>
  );
}
