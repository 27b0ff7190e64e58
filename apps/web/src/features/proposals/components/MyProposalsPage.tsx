import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDateFormat } from '../../../app/formats';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { MyProposalsQuery } from '../graphql/proposals.documents';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import '../proposals.css';

/** "Mijn voorstellen": every proposal of the signed-in member with its state and the reasons given. */
export function MyProposalsPage() {
  const { t } = useTranslation('proposals');
  useDocumentTitle(t('mine.title'));
  const formatDate = useDateFormat();
  // Fresh on every visit: a curator may have decided since the list was cached.
  const { data, error, refetch } = useQuery(MyProposalsQuery, { fetchPolicy: 'cache-and-network' });
  const proposals = data?.myProposals;

  return (
    <div className="page proposals-page">
      <div className="proposals-heading">
        <h1>{t('mine.title')}</h1>
        <Link to="/voorstellen/nieuw" className="button">
          + {t('mine.new')}
        </Link>
      </div>
      <p className="lead">{t('mine.lead')}</p>

      {error && !proposals ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : !proposals ? (
        <p className="page-loading" role="status">
          {t('mine.loading')}
        </p>
      ) : proposals.length === 0 ? (
        <div className="notice proposals-empty">
          <h2>{t('mine.empty.title')}</h2>
          <p>{t('mine.empty.body')}</p>
          <p>
            <Link to="/voorstellen/nieuw" className="button">
              {t('mine.empty.link')}
            </Link>
          </p>
        </div>
      ) : (
        <ul className="proposal-list" aria-label={t('mine.list')}>
          {proposals.map((p) => (
            <li key={p.id} className="card proposal-card">
              <div className="proposal-card__head">
                <h2 className="proposal-card__title">
                  <Link to={`/voorstellen/${p.id}`}>{p.title}</Link>
                </h2>
                <ProposalStatusBadge status={p.status} />
              </div>
              <p className="proposal-card__summary">{p.summary}</p>
              <p className="proposal-card__dates">
                <span>{t('mine.submittedOn', { date: formatDate(p.createdAt) })}</span>
                {p.updatedAt.slice(0, 10) !== p.createdAt.slice(0, 10) && <span>{t('mine.updatedOn', { date: formatDate(p.updatedAt) })}</span>}
              </p>
              {p.decisionReason && (p.status === 'CHANGES_REQUESTED' || p.status === 'REJECTED') && (
                <p className="proposal-card__reason">
                  <strong>{p.status === 'REJECTED' ? t('mine.reasonRejected') : t('mine.reasonChanges')}</strong> {p.decisionReason}
                </p>
              )}
              {p.status === 'ACCEPTED' && p.instrument && (
                <p>
                  <Link to={`/instrumenten/${p.instrument.slug}`}>{t('mine.viewInstrument', { title: p.instrument.title })}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
