import { Fragment, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../ErrorMessage';

/** What a paged list needs of a Relay connection. */
export interface PagedConnection<N> {
  totalCount: number;
  edges: { node: N }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** A list's own words: its count, its accessible name and its "more" button. */
export interface PagedListLabels {
  count: (count: number) => string;
  shown: (shown: number, count: number) => string;
  caption: string;
  more: string;
  loadingMore: string;
  /** Said when the list is empty; without it an empty list shows only its count. */
  empty?: string;
}

/** The labels under `prefix` in a namespace: `count`, `shown`, `caption`, `more`, `loadingMore` and, with `withEmpty`, `empty`. */
export function pagedListLabels(t: (key: string, options?: Record<string, unknown>) => string, prefix: string, withEmpty = false): PagedListLabels {
  return {
    count: (count) => t(`${prefix}.count`, { count }),
    shown: (shown, count) => t(`${prefix}.shown`, { shown, count }),
    caption: t(`${prefix}.caption`),
    more: t(`${prefix}.more`),
    loadingMore: t(`${prefix}.loadingMore`),
    ...(withEmpty ? { empty: t(`${prefix}.empty`) } : {}),
  };
}

interface PagedListProps<N extends { id: string }> {
  connection: PagedConnection<N> | undefined;
  /** The first page could not be read. */
  failed: boolean;
  onRetry: () => void;
  /** Reads the next page after `cursor` into the connection (Apollo's fetchMore). */
  onMore: (cursor: string) => Promise<unknown>;
  labels: PagedListLabels;
  listClassName: string;
  /** One `<li>` per node. */
  renderItem: (node: N) => ReactNode;
}

/**
 * A list page's body: its count ("20 of 45"), the items, a button for the next page, or while
 * loading a status line, after a failure a retry.
 */
export function PagedList<N extends { id: string }>({ connection, failed, onRetry, onMore, labels, listClassName, renderItem }: PagedListProps<N>) {
  const { t } = useTranslation('app');
  const [loadingMore, setLoadingMore] = useState(false);

  const more = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await onMore(connection.pageInfo.endCursor);
    } finally {
      setLoadingMore(false);
    }
  };

  if (!connection) {
    return failed ? (
      <ErrorMessage onRetry={onRetry} />
    ) : (
      <p className="page-loading" role="status">
        {t('loading')}
      </p>
    );
  }
  const { edges, totalCount, pageInfo } = connection;
  return (
    <>
      <p className="admin-count">{edges.length < totalCount ? labels.shown(edges.length, totalCount) : labels.count(totalCount)}</p>
      {edges.length === 0 ? (
        labels.empty && <p>{labels.empty}</p>
      ) : (
        <ul className={listClassName} aria-label={labels.caption}>
          {edges.map(({ node }) => (
            <Fragment key={node.id}>{renderItem(node)}</Fragment>
          ))}
        </ul>
      )}
      {pageInfo.hasNextPage && (
        <p>
          <button type="button" className="button button--secondary" disabled={loadingMore} onClick={() => void more()}>
            {loadingMore ? labels.loadingMore : labels.more}
          </button>
        </p>
      )}
    </>
  );
}
