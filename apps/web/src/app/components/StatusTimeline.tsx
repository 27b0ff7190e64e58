import type { PrototypeStatus } from '#domain';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../formats';
import { StatusBadge } from './StatusBadge';

/** One entry of an instrument's status history (`statusHistory`), as the instrument page and the status dialog read it. */
export interface StatusHistoryEntry {
  from?: PrototypeStatus | null;
  to: PrototypeStatus;
  note?: string | null;
  changedBy: string;
  changedAt: string;
}

/**
 * The status history as the API gives it, newest first: when, from → to, the note, and who. Its
 * texts and styles are the instrument page's, which is loaded wherever it shows.
 */
export function StatusTimeline({ history }: { history: readonly StatusHistoryEntry[] }) {
  const { t } = useTranslation('instrument');
  const formatDate = useDateFormat();
  if (history.length === 0) return <p className="instrument__muted">{t('history.empty')}</p>;
  return (
    <>
      {/* The order is not obvious from the list itself, so say it to screen-reader users. */}
      <h3 className="visually-hidden">{t('history.order')}</h3>
      <ol className="status-timeline">
        {history.map((change) => (
          <li key={`${change.changedAt}-${change.to}`} className="status-timeline__item">
            <p className="status-timeline__date">
              <time dateTime={change.changedAt}>{formatDate(change.changedAt)}</time>
            </p>
            <p className="status-timeline__change">
              {change.from ? (
                <>
                  <StatusBadge status={change.from} /> <span aria-hidden="true">→</span>
                  <span className="visually-hidden">{t('history.to')}</span> <StatusBadge status={change.to} />
                </>
              ) : (
                <>
                  {t('history.created')} <StatusBadge status={change.to} />
                </>
              )}
            </p>
            {change.note && <p className="status-timeline__note">{change.note}</p>}
            <p className="status-timeline__who">{t('history.by', { name: change.changedBy })}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
