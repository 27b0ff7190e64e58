import { PROTOTYPE_STATUSES, type PrototypeStatus } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { SimilarInstrumentsQuery, type ProposalFieldsFragment } from '../../proposals';

/** Instruments and other open proposals that resemble this one (by its title and summary). */
export function SimilarToProposal({ proposal }: { proposal: ProposalFieldsFragment }) {
  const { t } = useTranslation('review');
  const { data, error, loading, refetch } = useQuery(SimilarInstrumentsQuery, {
    variables: { title: proposal.title, summary: proposal.summary },
  });
  // The proposal itself is open and resembles itself best; the instrument made from it too.
  const items = (data?.similarInstruments ?? []).filter((item) => item.id !== proposal.id && item.id !== proposal.instrument?.id);

  return (
    <>
      <p className="proposals-muted">{t('proposal.similarLead')}</p>
      {error && !data ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : loading && !data ? (
        <p role="status">{t('loading', { ns: 'app' })}</p>
      ) : items.length === 0 ? (
        <p>{t('proposal.similarNone')}</p>
      ) : (
        <ul className="review-similar">
          {items.map((item) => (
            <li key={`${item.kind}-${item.id}`} className="review-similar__item">
              {item.kind === 'INSTRUMENT' && item.slug ? (
                <Link to={`/instrumenten/${item.slug}`}>{item.title}</Link>
              ) : (
                <Link to={`/beheer/voorstellen/${item.id}`}>{item.title}</Link>
              )}
              <span className="review-similar__meta">
                {item.kind === 'INSTRUMENT' && (PROTOTYPE_STATUSES as readonly string[]).includes(item.status) ? (
                  <StatusBadge status={item.status as PrototypeStatus} />
                ) : (
                  <span className="proposals-muted">{t('proposal.similarProposal')}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
