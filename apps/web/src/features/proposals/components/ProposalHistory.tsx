import { useTranslation } from 'react-i18next';
import type { ProposalFieldsFragment } from '../graphql/proposals.generated';
import { useDateTimeFormat } from '../hooks/useDateTimeFormat';
import { ProposalStatusBadge } from './ProposalStatusBadge';

/** Every state change of a proposal, oldest first: when, from → to, who, and the reason given. */
export function ProposalHistory({ history }: { history: ProposalFieldsFragment['history'] }) {
  const { t } = useTranslation('proposals');
  const format = useDateTimeFormat();
  return (
    <ol className="proposal-history" aria-label={t('history.order')}>
      {history.map((event, i) => (
        <li key={`${event.at}-${i}`} className="proposal-history__item">
          <p className="proposal-history__date">
            <time dateTime={event.at}>{format(event.at)}</time>
          </p>
          <p className="proposal-history__change">
            {event.from ? (
              <>
                <ProposalStatusBadge status={event.from} /> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('history.to')}</span> <ProposalStatusBadge status={event.to} />
              </>
            ) : (
              <ProposalStatusBadge status={event.to} />
            )}{' '}
            <span className="proposal-history__who">{t('history.by', { name: event.by })}</span>
          </p>
          {event.reason && <p className="proposal-history__reason">{t('history.reason', { reason: event.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
