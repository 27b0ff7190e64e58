import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useCountFormat } from '../../../app/formats';
import { useDocumentTitle } from '../../../app/useDocumentTitle';
import type { InstrumentSort } from '../../../generated/graphql';
import { CatalogueFacetsQuery, CatalogueInstrumentsQuery } from '../graphql/catalogue.documents';
import { PAGE_SIZE, useCatalogueUrl } from '../hooks/useCatalogueUrl';
import { facetVariables, listVariables } from '../preload';
import { ActiveFilters, useActiveFilters } from './ActiveFilters';
import { ExportMenu } from './ExportMenu';
import { FacetPanel } from './FacetPanel';
import { InstrumentCard, InstrumentCardSkeleton } from './InstrumentCard';
import { SearchBox } from './SearchBox';
import { SearchHints, type FacetSuggestion } from './SearchHints';
import './catalogue.css';

const SORTS: InstrumentSort[] = ['RELEVANCE', 'NEWEST', 'TITLE', 'BEST_RATED'];

export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const formatCount = useCountFormat();
  useDocumentTitle(null);
  const { state, toggle, setSearch, filterInstead, searchHref, setSort, clearAll, showMore } = useCatalogueUrl();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  // The page size a shared link asked for, on first load only; "load more" fetches by cursor.
  const [initialFirst] = useState(state.shown);
  const list = useQuery(CatalogueInstrumentsQuery, {
    variables: listVariables(state, initialFirst),
    notifyOnNetworkStatusChange: true,
  });
  const facets = useQuery(CatalogueFacetsQuery, { variables: facetVariables(state) });
  const activeFilters = useActiveFilters(facets.data?.instrumentFacets ?? facets.previousData?.instrumentFacets, state.selected);

  const data = list.data ?? list.previousData;
  const instruments = data?.instruments;
  const loadingFirst = list.loading && !list.data;
  const loadingMore = list.networkStatus === 3;

  // The offer disappears with the words it was about; focus goes on to the new results.
  const takeFilter = (offer: FacetSuggestion) => {
    filterInstead(offer.facet, offer.term.code, offer.remainingSearch ?? null);
    resultsHeading.current?.focus();
  };

  const loadMore = async () => {
    if (!instruments?.pageInfo.endCursor) return;
    await list.fetchMore({ variables: { after: instruments.pageInfo.endCursor, first: PAGE_SIZE } });
    showMore(instruments.edges.length + PAGE_SIZE);
  };

  return (
    <div className="catalogue">
      <section className="catalogue__intro">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <SearchBox value={state.search} onSearch={setSearch} />
      </section>

      <div className="catalogue__layout">
        <aside className="catalogue__facets" aria-label={t('filters.title')}>
          <FacetPanel facets={facets.data?.instrumentFacets ?? facets.previousData?.instrumentFacets} selected={state.selected} loading={facets.loading} onToggle={toggle} />
        </aside>

        <section className="catalogue__results" aria-labelledby="results-heading">
          <div className="results-bar">
            <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="results-bar__count" aria-live="polite">
              {!instruments
                ? t('loading')
                : instruments.totalCountExact
                  ? t('results.count', { count: instruments.totalCount, n: formatCount(instruments.totalCount) })
                  : t('results.countAtLeast', { n: formatCount(instruments.totalCount) })}
            </h2>
            <div className="results-bar__tools">
              <label className="sort-menu">
                <span>{t('sort.label')}</span>
                <select value={state.sort} onChange={(event) => setSort(event.target.value as InstrumentSort)}>
                  {SORTS.filter((sort) => sort !== 'RELEVANCE' || state.search).map((sort) => (
                    <option key={sort} value={sort}>
                      {t(`sort.${sort}`)}
                    </option>
                  ))}
                </select>
              </label>
              <ExportMenu query={state.viewQuery} />
            </div>
          </div>

          {instruments?.searchMatch === 'PARTIAL' && instruments.totalCount > 0 && <p className="results-partial">{t('hints.partial')}</p>}

          <ActiveFilters
            filters={activeFilters}
            search={state.search}
            onRemove={toggle}
            onClearSearch={() => setSearch('')}
            onClearAll={clearAll}
          />

          <SearchHints answer={instruments} selected={state.selected} searchHref={searchHref} onFilter={takeFilter} />

          {list.error && !instruments ? (
            <ErrorMessage onRetry={() => void list.refetch()} />
          ) : loadingFirst ? (
            <div className="results-grid" aria-busy="true" aria-label={t('loading')}>
              {Array.from({ length: 6 }, (_, i) => (
                <InstrumentCardSkeleton key={i} />
              ))}
            </div>
          ) : instruments && instruments.totalCount === 0 ? (
            <div className="notice empty-state">
              <h3>{t('empty.title')}</h3>
              <p>{t('empty.body')}</p>
              <div className="empty-state__actions">
                {activeFilters.length > 0 && (
                  <button type="button" className="button button--secondary" onClick={() => toggle(activeFilters.at(-1)!.facet, activeFilters.at(-1)!.code)}>
                    {t('empty.removeLast', { label: activeFilters.at(-1)!.label })}
                  </button>
                )}
                {state.search && (
                  <button type="button" className="button button--secondary" onClick={() => setSearch('')}>
                    {t('empty.clearSearch')}
                  </button>
                )}
                <button type="button" className="button" onClick={clearAll}>
                  {t('empty.clearFilters')}
                </button>
              </div>
            </div>
          ) : (
            instruments && (
              <>
                <ul className="results-grid" aria-label={t('results.list')} aria-busy={list.loading}>
                  {instruments.edges.map(({ node }) => (
                    <li key={node.id}>
                      <InstrumentCard instrument={node} />
                    </li>
                  ))}
                </ul>
                <div className="results-footer">
                  <p>
                    {t(instruments.totalCountExact ? 'results.shown' : 'results.shownOfAtLeast', {
                      shown: formatCount(instruments.edges.length),
                      total: formatCount(instruments.totalCount),
                    })}
                  </p>
                  {instruments.pageInfo.hasNextPage && (
                    <button type="button" className="button" onClick={() => void loadMore()} disabled={loadingMore}>
                      {loadingMore ? t('results.loadingMore') : t('results.loadMore')}
                    </button>
                  )}
                </div>
              </>
            )
          )}
        </section>
      </div>
    </div>
  );
}
