import { CATALOGUE_PARAMS, CATALOGUE_SORT_PARAMS } from '#domain';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../app/components/Dialog';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useCountFormat } from '../../../app/formats';
import { useHydrated } from '../../../app/useHydrated';
import { useTermLabel } from '../../../app/labels';
import { Link, useSearchParams } from '../../../app/router';
import type { InstrumentSort } from '../../../generated/graphql';
import { CatalogueFacetsQuery, CatalogueInstrumentsQuery } from '../graphql/catalogue.documents';
import { CATALOGUE_FORM_ID, FACET_PARAMS, MAX_SHOWN, PAGE_SIZE, SORT_VALUE, useCatalogueUrl, type FacetKey, type UnknownCode } from '../hooks/useCatalogueUrl';
import { useMediaQuery } from '../hooks/useMediaQuery';
import { facetVariables, listVariables } from '../preload';
import { ActiveFilters, useActiveFilters } from './ActiveFilters';
import { CatalogueMeta } from './CatalogueMeta';
import { ExportMenu } from './ExportMenu';
import { FacetPanel } from './FacetPanel';
import { InstrumentCard, InstrumentCardSkeleton } from './InstrumentCard';
import { SearchBox } from './SearchBox';
import { CollectionsBlock } from '../../collections/components/CollectionsBlock';
import { PhaseFollowButton } from '../../following/components/FollowButton';
import { SearchHints, type FacetSuggestion } from './SearchHints';
import { UnknownCodesNotice } from './UnknownCodesNotice';
import './catalogue.css';

const SORTS: InstrumentSort[] = ['USABLE_FIRST', 'RELEVANCE', 'NEWEST', 'TITLE', 'BEST_RATED'];
/** Filters beside the results from here on, in a drawer below; must agree with the breakpoint in catalogue.css. */
const WIDE = '(min-width: 52.01rem)';
const FACET_KEYS = Object.keys(FACET_PARAMS) as FacetKey[];
/** The side column of filters; on a narrow screen without JavaScript the filter link targets it. */
const FILTERS_ID = 'filters';

/** The address's parameters with another number shown. */
function withShown(params: URLSearchParams, shown: number): string {
  const next = new URLSearchParams(params);
  next.set(CATALOGUE_PARAMS.shown, String(shown));
  return next.toString();
}

export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const formatCount = useCountFormat();
  const { state, toggle, setSearch, filterInstead, searchHref, setSort, setIncludeRetired, setPracticeOnly, dropCodes, clearAll, showMore } = useCatalogueUrl();
  const [params] = useSearchParams();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const filterButton = useRef<HTMLButtonElement>(null);
  // Unknown on the server and while hydrating: both the side column and the drawer's button are
  // rendered, and catalogue.css shows the one that fits (no shift when the script decides).
  const wide = useMediaQuery(WIDE);
  const [drawerOpen, setDrawerOpen] = useState(false);
  // Without JavaScript the filters and sort are sent with the search form's button or this one.
  const scripted = useHydrated();
  // The page size a shared link asked for, on first load only; "load more" fetches by cursor.
  const [initialFirst] = useState(state.shown);
  const list = useQuery(CatalogueInstrumentsQuery, {
    variables: listVariables(state, initialFirst),
    notifyOnNetworkStatusChange: true,
  });
  const facets = useQuery(CatalogueFacetsQuery, { variables: facetVariables(state) });
  const activeFilters = useActiveFilters(facets.data?.instrumentFacets ?? facets.previousData?.instrumentFacets, state.selected);
  const termLabel = useTermLabel();
  // Exactly one phase chosen: that phase can be followed ("Volg de fase Evalueren").
  const onePhase =
    state.selected.PHASE.length === 1
      ? (facets.data ?? facets.previousData)?.instrumentFacets.find((f) => f.name === 'PHASE')?.values.find((v) => v.code === state.selected.PHASE[0])
      : undefined;

  // Codes in the address that name nothing (an old link to a removed term): the fixed ones are
  // never asked, the API leaves the others out and answers them unselected. They leave the
  // address, and a notice says so.
  const answered = facets.loading ? undefined : facets.data?.instrumentFacets;
  const unknown = useMemo<UnknownCode[]>(
    () => [
      ...state.unknownFixed,
      ...(answered
        ? FACET_KEYS.flatMap((facet) =>
            state.selected[facet]
              .filter((code) => !answered.find((f) => f.name === facet)?.values.some((v) => v.code === code && v.selected))
              .map((code) => ({ facet, code })),
          )
        : []),
    ],
    [state.unknownFixed, state.selected, answered],
  );
  const [ignored, setIgnored] = useState<UnknownCode[]>([]);
  const unknownKey = JSON.stringify(unknown);
  useEffect(() => {
    if (!unknown.length) return;
    setIgnored((earlier) => [...earlier, ...unknown]);
    dropCodes(unknown);
    // unknownKey stands for unknown's content (a new array on every render).
  }, [unknownKey, dropCodes]);

  const data = list.data ?? list.previousData;
  const instruments = data?.instruments;
  const loadingFirst = list.loading && !list.data;
  const loadingMore = list.networkStatus === 3;

  // The offer disappears with the words it was about; focus goes on to the new results.
  const takeFilter = (offer: FacetSuggestion) => {
    filterInstead(offer.facet, offer.term.code, offer.remainingSearch ?? null);
    resultsHeading.current?.focus();
  };

  const chosen = Object.values(state.selected).reduce((sum, codes) => sum + codes.length, 0) + (state.includeRetired ? 1 : 0) + (state.practiceOnly ? 1 : 0);
  const countText = !instruments
    ? list.error
      ? t('results.error')
      : t('loading')
    : instruments.totalCountExact
      ? t('results.count', { count: instruments.totalCount, n: formatCount(instruments.totalCount) })
      : t('results.countAtLeast', { n: formatCount(instruments.totalCount) });
  const panel = (
    <FacetPanel
      facets={facets.data?.instrumentFacets ?? facets.previousData?.instrumentFacets}
      selected={state.selected}
      loading={facets.loading}
      onToggle={toggle}
      includeRetired={state.includeRetired}
      onIncludeRetired={setIncludeRetired}
      practiceOnly={state.practiceOnly}
      onPracticeOnly={setPracticeOnly}
    />
  );
  // "Toon N resultaten": the drawer closes on the results, their heading focused.
  const showResults = () => {
    setDrawerOpen(false);
    requestAnimationFrame(() => {
      resultsHeading.current?.focus();
      resultsHeading.current?.scrollIntoView({ block: 'start' });
    });
  };

  const loadMore = async () => {
    if (!instruments?.pageInfo.endCursor) return;
    await list.fetchMore({ variables: { after: instruments.pageInfo.endCursor, first: PAGE_SIZE } });
    showMore(instruments.edges.length + PAGE_SIZE);
  };

  return (
    <div className="catalogue">
      <CatalogueMeta state={state} />
      <section className="catalogue__intro">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <p className="catalogue__finder-link"><Link to="/vinden">{t('finderLink')}</Link></p>
        <SearchBox value={state.search} onSearch={setSearch} />
        <CollectionsBlock />
      </section>

      {ignored.length > 0 && <UnknownCodesNotice codes={ignored} onClose={() => setIgnored([])} />}

      <div className="catalogue__layout">
        {wide !== false && (
          <aside className="catalogue__facets" id={FILTERS_ID} aria-labelledby="filters-heading">
            <h2 id="filters-heading" className="catalogue__facets-title">
              {t('filters.title')}
              {chosen > 0 && <span className="facet-panel__chosen"> ({t('filters.chosen', { count: chosen })})</span>}
            </h2>
            {panel}
            {!scripted && (
              <button type="submit" form={CATALOGUE_FORM_ID} className="button catalogue__apply">
                {t('filters.apply')}
              </button>
            )}
          </aside>
        )}

        <section className="catalogue__results" aria-labelledby="results-heading">
          {wide !== true && !scripted && (
            // Without JavaScript no drawer: the link shows the side column above the results (catalogue.css, :target).
            <a className="button button--secondary filter-drawer__open" href={`#${FILTERS_ID}`}>
              {chosen > 0 ? t('filters.openChosen', { count: chosen }) : t('filters.open')}
            </a>
          )}
          {wide !== true && scripted && (
            <button
              ref={filterButton}
              type="button"
              className="button button--secondary filter-drawer__open"
              aria-haspopup="dialog"
              onClick={() => setDrawerOpen(true)}
            >
              {chosen > 0 ? t('filters.openChosen', { count: chosen }) : t('filters.open')}
            </button>
          )}
          <div className="results-bar">
            <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="results-bar__count" aria-live="polite">
              {countText}
            </h2>
            <div className="results-bar__tools">
              <label className="sort-menu">
                <span>{t('sort.label')}</span>
                <select
                  form={CATALOGUE_FORM_ID}
                  name={CATALOGUE_PARAMS.sort}
                  value={SORT_VALUE[state.sort]}
                  onChange={(event) => setSort(CATALOGUE_SORT_PARAMS[event.target.value as keyof typeof CATALOGUE_SORT_PARAMS])}
                >
                  {SORTS.filter((sort) => sort !== 'RELEVANCE' || state.search).map((sort) => (
                    <option key={sort} value={SORT_VALUE[sort]}>
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
          {onePhase && <PhaseFollowButton code={onePhase.code} label={termLabel(onePhase)} />}

          <SearchHints answer={instruments} selected={state.selected} searchHref={searchHref} onFilter={takeFilter} />

          {list.error && !instruments ? (
            <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
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
                  {instruments.pageInfo.hasNextPage && !scripted && instruments.edges.length < MAX_SHOWN && (
                    // Without JavaScript: the same address with more shown, as "load more" leaves it.
                    <a className="button" href={`?${withShown(params, Math.min(instruments.edges.length + PAGE_SIZE, MAX_SHOWN))}`}>
                      {t('results.loadMore')}
                    </a>
                  )}
                  {instruments.pageInfo.hasNextPage && scripted && (
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

      {wide === false && (
        <Dialog open={drawerOpen} title={t('filters.title')} onClose={() => setDrawerOpen(false)} returnFocus={filterButton}>
          <div className="filter-drawer">
            {panel}
            <div className="filter-drawer__footer">
              <button type="button" className="button filter-drawer__show" onClick={showResults}>
                {!instruments
                  ? t('filters.showResultsPending')
                  : instruments.totalCountExact
                    ? t('filters.showResults', { count: instruments.totalCount, n: formatCount(instruments.totalCount) })
                    : t('filters.showResultsAtLeast', { n: formatCount(instruments.totalCount) })}
              </button>
            </div>
          </div>
        </Dialog>
      )}
    </div>
  );
}
