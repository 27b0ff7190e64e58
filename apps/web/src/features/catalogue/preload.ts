import type { ApolloClient } from '@apollo/client';
import { CatalogueFacetsQuery, CatalogueInstrumentsQuery } from './graphql/catalogue.documents';
import { catalogueState, type CatalogueState } from './hooks/useCatalogueUrl';

export const listVariables = (state: CatalogueState, first: number) => ({
  filter: state.filter,
  search: state.search || null,
  sort: state.sort,
  first,
});

export const facetVariables = (state: CatalogueState) => ({ filter: state.filter, search: state.search || null });

/** The catalogue's first page and facets for an address's query string: the documents and variables the page asks. */
export function catalogueOperations(search: string) {
  const state = catalogueState(new URLSearchParams(search));
  return {
    list: { query: CatalogueInstrumentsQuery, variables: listVariables(state, state.shown) },
    facets: { query: CatalogueFacetsQuery, variables: facetVariables(state) },
  };
}

/**
 * On the catalogue's address, asks for its first page and facets before React renders, so the
 * network and the first render overlap; the page's own queries (same documents and variables)
 * join these requests in flight or find the answers in the cache. Resolves when both have
 * answered (or failed: the page shows errors from its own queries).
 */
export function preloadCatalogue(client: ApolloClient, { pathname, search }: { pathname: string; search: string }): Promise<void> {
  if (pathname !== '/') return Promise.resolve();
  const { list, facets } = catalogueOperations(search);
  return Promise.allSettled([client.query(list), client.query(facets)]).then(() => undefined);
}
