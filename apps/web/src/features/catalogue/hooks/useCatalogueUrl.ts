import { CATALOGUE_FACET_PARAMS, CATALOGUE_PARAMS, CATALOGUE_PRACTICE_ONLY, CATALOGUE_RETIRED_SHOWN, CATALOGUE_SORT_PARAMS, FIXED_FACET_CODES } from '#domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../../app/router';
import type { InstrumentFilter, InstrumentSort } from '../../../generated/graphql';

/** Facet names of the API, each with its Dutch URL parameter and filter field (libs/domain, shared with the export). */
export const FACET_PARAMS = CATALOGUE_FACET_PARAMS satisfies Record<string, readonly [string, keyof InstrumentFilter]>;
export type FacetKey = keyof typeof FACET_PARAMS;
/** The other URL parameters of the catalogue's state. */
const PARAM = CATALOGUE_PARAMS;

const SORT_PARAM: Record<string, InstrumentSort> = CATALOGUE_SORT_PARAMS;
/** Each sort order's Dutch URL value (`titel`). */
export const SORT_VALUE = Object.fromEntries(Object.entries(SORT_PARAM).map(([k, v]) => [v, k])) as Record<InstrumentSort, string>;
export const PAGE_SIZE = 20;
/** The most a page shows at once from its address (`toon`): the API's largest page. */
export const MAX_SHOWN = 100;
/** The catalogue's GET form (CataloguePage): search, filters and sort, also without JavaScript. */
export const CATALOGUE_FORM_ID = 'catalogue-form';

/** A code in the address that names nothing (an old link to a removed term, a typo). */
export interface UnknownCode {
  facet: FacetKey;
  code: string;
}

export interface CatalogueState {
  search: string;
  filter: InstrumentFilter;
  /** Selected codes per facet. */
  selected: Record<FacetKey, string[]>;
  sort: InstrumentSort;
  /** Retired instruments are shown too (`vervallen=ja`); hidden by default. */
  includeRetired: boolean;
  /** Only instruments with a published practice report (`praktijk=ja`). */
  practiceOnly: boolean;
  /** Codes of fixed facets that name nothing; left out of `filter` (the API would refuse them). */
  unknownFixed: UnknownCode[];
  /** How many results are shown (grows with "load more"). */
  shown: number;
  /** The URL parameters of what is shown (search, filters, sort; not how many), e.g. for an export link. */
  viewQuery: string;
}

function viewQuery(search: string, selected: Record<FacetKey, string[]>, sort: InstrumentSort, includeRetired: boolean, practiceOnly: boolean): string {
  const query = new URLSearchParams();
  if (search) query.set(PARAM.search, search);
  for (const facet of Object.keys(FACET_PARAMS) as FacetKey[]) {
    for (const code of selected[facet]) query.append(FACET_PARAMS[facet][0], code);
  }
  query.set(PARAM.sort, SORT_VALUE[sort]);
  if (includeRetired) query.set(PARAM.retired, CATALOGUE_RETIRED_SHOWN);
  if (practiceOnly) query.set(PARAM.practice, CATALOGUE_PRACTICE_ONLY);
  return query.toString();
}

/** Sets (or, when empty, removes) the search; "best match" makes no sense without one. */
function putSearch(next: URLSearchParams, search: string): void {
  if (search.trim()) next.set(PARAM.search, search.trim());
  else next.delete(PARAM.search);
  if (!search.trim() && next.get(PARAM.sort) === SORT_VALUE.RELEVANCE) next.delete(PARAM.sort);
}

/** The catalogue's state from its URL parameters. */
export function catalogueState(params: URLSearchParams): CatalogueState {
  const search = params.get(PARAM.search)?.trim() ?? '';
  const unknownFixed: UnknownCode[] = [];
  const selected = Object.fromEntries(
    (Object.keys(FACET_PARAMS) as FacetKey[]).map((facet) => {
      const codes = [...new Set(params.getAll(FACET_PARAMS[facet][0]))];
      // A fixed facet's code outside its list cannot even be asked (a GraphQL enum).
      const fixed = FIXED_FACET_CODES[facet.toLowerCase()];
      unknownFixed.push(...codes.filter((code) => fixed && !fixed.includes(code)).map((code) => ({ facet, code })));
      return [facet, fixed ? codes.filter((code) => fixed.includes(code)) : codes];
    }),
  ) as Record<FacetKey, string[]>;
  const includeRetired = params.get(PARAM.retired) === CATALOGUE_RETIRED_SHOWN;
  const practiceOnly = params.get(PARAM.practice) === CATALOGUE_PRACTICE_ONLY;
  const filter: InstrumentFilter = { ...(includeRetired && { includeRetired }), ...(practiceOnly && { withPracticeReports: true }) };
  for (const facet of Object.keys(FACET_PARAMS) as FacetKey[]) {
    if (selected[facet].length) (filter as Record<string, string[]>)[FACET_PARAMS[facet][1]] = selected[facet];
  }
  const sort = SORT_PARAM[params.get(PARAM.sort) ?? ''] ?? (search ? 'RELEVANCE' : 'USABLE_FIRST');
  const shown = Math.min(Math.max(Number(params.get(PARAM.shown)) || PAGE_SIZE, PAGE_SIZE), MAX_SHOWN);
  return {
    search,
    filter,
    selected,
    sort,
    includeRetired,
    practiceOnly,
    unknownFixed,
    shown,
    viewQuery: viewQuery(search, selected, sort, includeRetired, practiceOnly),
  };
}

/** The catalogue's state lives in the URL, so a copied link shows the same view and back/forward work. */
export function useCatalogueUrl() {
  const [params, setParams] = useSearchParams();

  const state = useMemo(() => catalogueState(params), [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          if (!next.has('toon_keep')) next.delete(PARAM.shown);
          next.delete('toon_keep');
          return next;
        },
        { replace: options.replace },
      );
    },
    [setParams],
  );

  const toggle = useCallback(
    (facet: FacetKey, code: string) =>
      update((next) => {
        const name = FACET_PARAMS[facet][0];
        const values = next.getAll(name);
        next.delete(name);
        const kept = values.includes(code) ? values.filter((v) => v !== code) : [...values, code];
        kept.forEach((v) => next.append(name, v));
      }),
    [update],
  );

  const setSearch = useCallback((search: string, replace = false) => update((next) => putSearch(next, search), { replace }), [update]);

  /** Takes a facet value the search named as a filter, and searches on for what remains (or nothing). */
  const filterInstead = useCallback(
    (facet: FacetKey, code: string, remainingSearch: string | null) =>
      update((next) => {
        const name = FACET_PARAMS[facet][0];
        if (!next.getAll(name).includes(code)) next.append(name, code);
        putSearch(next, remainingSearch ?? '');
      }),
    [update],
  );

  /** The address of this view with another search (a link, so it opens in a new tab and Back works). */
  const searchHref = useCallback(
    (search: string) => {
      const next = new URLSearchParams(params);
      next.delete(PARAM.shown);
      putSearch(next, search);
      const query = next.toString();
      return query ? `/?${query}` : '/';
    },
    [params],
  );

  const setSort = useCallback(
    (sort: InstrumentSort) => update((next) => next.set(PARAM.sort, SORT_VALUE[sort])),
    [update],
  );

  /** A switch in the address: `name=value` when on, gone when off. */
  const setSwitch = useCallback(
    (name: string, value: string, on: boolean) =>
      update((next) => {
        if (on) next.set(name, value);
        else next.delete(name);
      }),
    [update],
  );
  const setIncludeRetired = useCallback((include: boolean) => setSwitch(PARAM.retired, CATALOGUE_RETIRED_SHOWN, include), [setSwitch]);
  const setPracticeOnly = useCallback((only: boolean) => setSwitch(PARAM.practice, CATALOGUE_PRACTICE_ONLY, only), [setSwitch]);

  /** Takes codes that name nothing out of the address (in place: Back does not bring them back). */
  const dropCodes = useCallback(
    (codes: UnknownCode[]) =>
      update(
        (next) => {
          for (const { facet, code } of codes) next.delete(FACET_PARAMS[facet][0], code);
          next.set('toon_keep', '1');
        },
        { replace: true },
      ),
    [update],
  );

  const clearAll = useCallback(
    () =>
      update((next) => {
        for (const [name] of Object.values(FACET_PARAMS)) next.delete(name);
        next.delete(PARAM.search);
        next.delete(PARAM.retired);
        next.delete(PARAM.practice);
      }),
    [update],
  );

  const showMore = useCallback(
    (shown: number) =>
      update(
        (next) => {
          next.set(PARAM.shown, String(shown));
          next.set('toon_keep', '1');
        },
        { replace: true },
      ),
    [update],
  );

  return { state, toggle, setSearch, filterInstead, searchHref, setSort, setIncludeRetired, setPracticeOnly, dropCodes, clearAll, showMore };
}
