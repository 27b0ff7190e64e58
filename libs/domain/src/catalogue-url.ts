import { CATALOGUE_FACETS, type CatalogueFacetEntry } from './catalogue-facets.js';
import type { PrototypeStatus } from './vocabulary.js';

/**
 * The catalogue's address: a filtered view is a link (`/?q=rubric&fase=EVALUATE&sortering=titel`),
 * and the export takes the same parameters, so the page's query string downloads what it shows.
 * Each facet's Dutch URL parameter, with the InstrumentFilter field it fills, by the facet's
 * GraphQL name; derived from the one facet table (CATALOGUE_FACETS), in its order.
 */
export const CATALOGUE_FACET_PARAMS = Object.fromEntries(
  CATALOGUE_FACETS.map((facet) => [facet.name.toUpperCase(), [facet.param, facet.filterField]]),
  // Object.fromEntries forgets the keys; this is the type it builds.
) as unknown as { readonly [F in CatalogueFacetEntry as Uppercase<F['name']>]: readonly [F['param'], F['filterField']] };

export type CatalogueFacet = keyof typeof CATALOGUE_FACET_PARAMS;
export type CatalogueFacetParam = (typeof CATALOGUE_FACET_PARAMS)[CatalogueFacet][0];
export type CatalogueFilterField = (typeof CATALOGUE_FACET_PARAMS)[CatalogueFacet][1];

/**
 * The other parameters of the catalogue's state; `toon` (how many are shown) and `meer` (a facet
 * whose values are all listed, by its URL parameter: the "Toon meer" link without JavaScript) do
 * not change an export. `vervallen=ja` shows retired instruments too (the catalogue hides them by default).
 */
export const CATALOGUE_PARAMS = { search: 'q', sort: 'sortering', shown: 'toon', retired: 'vervallen', practice: 'praktijk', more: 'meer' } as const;

/** The value of CATALOGUE_PARAMS.retired that shows retired instruments too. */
export const CATALOGUE_RETIRED_SHOWN = 'ja';

/** The value of CATALOGUE_PARAMS.practice that shows only instruments with a published practice report. */
export const CATALOGUE_PRACTICE_ONLY = 'ja';

/** The sort orders by their Dutch URL value. */
export const CATALOGUE_SORT_PARAMS = {
  bruikbaar: 'USABLE_FIRST',
  relevantie: 'RELEVANCE',
  nieuwste: 'NEWEST',
  titel: 'TITLE',
  waardering: 'BEST_RATED',
} as const;

export type CatalogueSort = (typeof CATALOGUE_SORT_PARAMS)[keyof typeof CATALOGUE_SORT_PARAMS];

/**
 * USABLE_FIRST, the default order without a search: what a practitioner can use now first, ideas
 * last, retired (when shown) after them; newest first within a group. Higher ranks come first; the
 * API's SQL and its index (migration UsableFirstOrder) use these ranks.
 */
export const USABLE_FIRST_RANK: Readonly<Record<PrototypeStatus, number>> = {
  AVAILABLE: 3,
  PILOTING: 3,
  PROTOTYPE: 2,
  IN_DESIGN: 2,
  IDEA: 1,
  RETIRED: 0,
};
