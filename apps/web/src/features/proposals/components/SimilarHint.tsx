import { PROPOSAL_STATUSES, PROTOTYPE_STATUSES, type ProposalStatus, type PrototypeStatus } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { StatusBadge } from '../../../app/components/StatusBadge';
import { SimilarInstrumentsQuery } from '../graphql/proposals.documents';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { ProposalStatusBadge } from './ProposalStatusBadge';

const MIN_TITLE = 3;

/**
 * Instruments and open proposals that resemble the title (and summary) being typed: a hint beside
 * the form, never a block. Queried once typing pauses; the last answer stays while the next loads.
 */
export function SimilarHint({ title, summary, excludeId }: { title: string; summary: string; excludeId?: string }) {
  const { t } = useTranslation('proposals');
  const headingId = useId();
  const settledTitle = useDebouncedValue(title.trim(), 400);
  const settledSummary = useDebouncedValue(summary.trim(), 400);
  const skip = settledTitle.length < MIN_TITLE;
  const { data, previousData, loading } = useQuery(SimilarInstrumentsQuery, {
    variables: { title: settledTitle, summary: settledSummary || null },
    skip,
  });
  const items = skip ? [] : ((data ?? previousData)?.similarInstruments ?? []).filter((item) => item.id !== excludeId).slice(0, 5);

  return (
    // Announced politely when the hint appears or changes; the form never waits for it.
    <div className="similar-hint" aria-live="polite">
      {items.length > 0 && (
        <section className="similar-hint__box" aria-labelledby={headingId} aria-busy={loading}>
          <h3 id={headingId} className="similar-hint__title">
            {t('similar.title')}
          </h3>
          <p className="similar-hint__body">{t('similar.body')}</p>
          <ul className="similar-hint__list">
            {items.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                {item.kind === 'INSTRUMENT' && item.slug ? (
                  <Link to={`/instrumenten/${item.slug}`} target="_blank" rel="noopener">
                    {item.title}
                    <span className="visually-hidden"> {t('similar.newTab')}</span>
                  </Link>
                ) : (
                  <span>
                    {item.title} <span className="similar-hint__kind">({t('similar.proposal')})</span>
                  </span>
                )}{' '}
                {isPrototypeStatus(item.status) && item.kind === 'INSTRUMENT' && <StatusBadge status={item.status} />}
                {isProposalStatus(item.status) && item.kind === 'PROPOSAL' && <ProposalStatusBadge status={item.status} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function isPrototypeStatus(value: string): value is PrototypeStatus {
  return (PROTOTYPE_STATUSES as readonly string[]).includes(value);
}

function isProposalStatus(value: string): value is ProposalStatus {
  return (PROPOSAL_STATUSES as readonly string[]).includes(value);
}
