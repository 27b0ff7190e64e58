import { PROPOSAL_STATUSES, type ProposalStatus } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDateFormat } from '../../../app/formats';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { ProposalStatusBadge, useProposalStatusLabel } from '../../proposals';
import { ReviewQueueQuery } from '../graphql/review.documents';
import '../review.css';

const PAGE_SIZE = 20;
const ALL = 'alle';

/** The status filter lives in the URL (`?status=IN_REVIEW`, `?status=alle`); SUBMITTED when absent. */
function useStatusFilter(): [ProposalStatus | null, (value: string) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = raw === ALL ? null : (PROPOSAL_STATUSES as readonly string[]).includes(raw ?? '') ? (raw as ProposalStatus) : 'SUBMITTED';
  const set = (value: string) => setParams(value === 'SUBMITTED' ? {} : { status: value }, { replace: true });
  return [status, set];
}

/** `/beheer/voorstellen`: the review queue, oldest first, filtered by state, loaded page by page. */
export function ReviewQueuePage() {
  const { t } = useTranslation('review');
  useDocumentTitle(t('queue.title'));
  const formatDate = useDateFormat();
  const statusLabel = useProposalStatusLabel();
  const filterId = useId();
  const [status, setStatus] = useStatusFilter();
  // Always asked again on arrival: another curator may have taken or decided proposals meanwhile.
  const { data, previousData, error, refetch, fetchMore, networkStatus } = useQuery(ReviewQueueQuery, {
    variables: { status, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const current = data ?? previousData;
  const queue = current?.proposals;
  const loadingMore = networkStatus === 3;

  return (
    <div className="page proposals-page review-page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.lead')}</p>
      {current && (
        <p className="review-awaiting" role="status">
          {t('queue.awaiting', { count: current.proposalsAwaitingReview })}
        </p>
      )}

      <div className="review-toolbar">
        <label htmlFor={filterId}>{t('queue.filter')}</label>
        <select id={filterId} value={status ?? ALL} onChange={(event) => setStatus(event.target.value)}>
          {PROPOSAL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
          <option value={ALL}>{t('queue.all')}</option>
        </select>
      </div>

      {error && !queue ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : !queue ? (
        <p className="page-loading" role="status">
          {t('queue.loading')}
        </p>
      ) : (
        <section aria-labelledby="review-count">
          <h2 id="review-count" className="review-count" aria-live="polite">
            {t('queue.count', { count: queue.totalCount })}
          </h2>
          {queue.edges.length === 0 ? (
            <p className="notice">{t('queue.empty')}</p>
          ) : (
            <>
              <table className="review-table" aria-busy={networkStatus !== 7}>
                <caption className="visually-hidden">{t('queue.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('queue.columns.title')}</th>
                    <th scope="col">{t('queue.columns.proposer')}</th>
                    <th scope="col">{t('queue.columns.date')}</th>
                    <th scope="col">{t('queue.columns.status')}</th>
                    <th scope="col">{t('queue.columns.reviewer')}</th>
                  </tr>
                </thead>
                <tbody>
                  {queue.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td data-label={t('queue.columns.title')}>
                        <Link to={`/beheer/voorstellen/${node.id}`}>{node.title}</Link>
                      </td>
                      <td data-label={t('queue.columns.proposer')}>{node.proposerName}</td>
                      <td data-label={t('queue.columns.date')}>
                        <time dateTime={node.createdAt}>{formatDate(node.createdAt)}</time>
                      </td>
                      <td data-label={t('queue.columns.status')}>
                        <ProposalStatusBadge status={node.status} />
                      </td>
                      <td data-label={t('queue.columns.reviewer')}>{node.reviewerName ?? <span className="proposals-muted">{t('queue.noReviewer')}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <div className="review-footer">
                <p>{t('queue.shown', { shown: queue.edges.length, total: queue.totalCount })}</p>
                {queue.pageInfo.hasNextPage && (
                  <button
                    type="button"
                    className="button"
                    disabled={loadingMore}
                    onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } }).catch(() => undefined)}
                  >
                    {loadingMore ? t('queue.loadingMore') : t('queue.loadMore')}
                  </button>
                )}
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
