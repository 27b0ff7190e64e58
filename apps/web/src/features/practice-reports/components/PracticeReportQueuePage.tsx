import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useDateFormat } from '../../../app/formats';
import { Link } from '../../../app/router';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import { PracticeReportsQuery } from '../graphql/practice-reports.documents';
import '../practice-reports.css';
// The queue's table is the proposals' review table (stacked into cards on narrow screens).
import '../../review/review.css';

const PAGE_SIZE = 20;

/** `/beheer/praktijkvoorbeelden`: the submitted reports, oldest first; each opens on its page with the decision. */
export function PracticeReportQueuePage() {
  const { t } = useTranslation('practiceReports');
  useDocumentTitle(t('queue.title'));
  const formatDate = useDateFormat();
  // Always asked again on arrival: another curator may have decided meanwhile.
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PracticeReportsQuery, {
    variables: { filter: { status: 'SUBMITTED' }, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const queue = data?.practiceReports;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  return (
    <div className="page practice-page">
      <h1>{t('queue.title')}</h1>
      <p className="lead">{t('queue.lead')}</p>
      {error && !queue ? (
        <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />
      ) : !queue ? (
        <p className="page-loading" role="status">
          {t('list.loading')}
        </p>
      ) : queue.edges.length === 0 ? (
        <p className="notice">{t('queue.empty')}</p>
      ) : (
        <>
          <table className="review-table practice-queue">
            <caption className="visually-hidden">{t('queue.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('queue.columns.instrument')}</th>
                <th scope="col">{t('queue.columns.community')}</th>
                <th scope="col">{t('queue.columns.author')}</th>
                <th scope="col">{t('queue.columns.date')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.edges.map(({ node }) => (
                <tr key={node.id}>
                  <td data-label={t('queue.columns.instrument')}>
                    <Link to={`/praktijkvoorbeelden/${node.id}`} aria-label={t('queue.open', { title: node.instrument?.title ?? '' })}>
                      {node.instrument?.title}
                    </Link>
                  </td>
                  <td data-label={t('queue.columns.community')}>{node.communityName ?? t('report.noCommunity')}</td>
                  <td data-label={t('queue.columns.author')}>{node.authorName}</td>
                  <td data-label={t('queue.columns.date')}>
                    <time dateTime={node.createdAt}>{formatDate(node.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {queue.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button"
              disabled={loadingMore}
              onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } }).catch(() => undefined)}
            >
              {loadingMore ? t('list.loadingMore') : t('list.loadMore')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
