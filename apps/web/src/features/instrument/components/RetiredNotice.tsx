import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { useDateFormat } from '../../../app/formats';
import type { Instrument } from './types';

/** At the top of a retired instrument's page: that it is retired, why, and what replaces it. */
export function RetiredNotice({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instrument');
  const formatDate = useDateFormat();
  // The history is newest first; the retirement is its last step.
  const retirement = instrument.statusHistory.find((change) => change.to === 'RETIRED');
  const successor = instrument.replacedBy;
  return (
    <div className="notice notice--warning instrument-retired">
      <h2 className="instrument-retired__title">{t('retired.title')}</h2>
      <p>
        {retirement
          ? t('retired.since', { date: formatDate(retirement.changedAt) })
          : t('retired.body')}
      </p>
      {retirement?.note && <p>{t('retired.reason', { reason: retirement.note })}</p>}
      {successor ? (
        <p className="instrument-retired__successor">
          {t('retired.useInstead')}{' '}
          <Link to={`/instrumenten/${successor.slug}`}>{successor.title}</Link>
        </p>
      ) : (
        <p>
          <Link to="/">{t('retired.findAnother')}</Link>
        </p>
      )}
    </div>
  );
}
