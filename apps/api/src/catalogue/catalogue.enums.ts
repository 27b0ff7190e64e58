import { registerEnumType } from '@nestjs/graphql';
import { EVIDENCE_LEVELS, FACETS, ORIGINS, PROTOTYPE_STATUSES } from '#domain';

function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
}

export const PrototypeStatusEnum = enumObject(PROTOTYPE_STATUSES);
registerEnumType(PrototypeStatusEnum, {
  name: 'PrototypeStatus',
  description: 'Where an instrument is in its lifecycle, from idea to available (or retired).',
});

export const EvidenceLevelEnum = enumObject(EVIDENCE_LEVELS);
registerEnumType(EvidenceLevelEnum, {
  name: 'EvidenceLevel',
  description: 'How well the instrument is substantiated, on the ladder of the Dutch intervention databanks.',
});

export const OriginEnum = enumObject(ORIGINS);
registerEnumType(OriginEnum, {
  name: 'InstrumentOrigin',
  description: 'EXISTING: found during the inventory; NETWORK: designed within the network.',
});

export const INSTRUMENT_SORTS = ['USABLE_FIRST', 'RELEVANCE', 'NEWEST', 'TITLE', 'BEST_RATED'] as const;
export type InstrumentSort = (typeof INSTRUMENT_SORTS)[number];
export const InstrumentSortEnum = enumObject(INSTRUMENT_SORTS);
registerEnumType(InstrumentSortEnum, {
  name: 'InstrumentSort',
  description:
    'USABLE_FIRST, the default without a search: available and piloting instruments first, then prototypes and those in design, then ideas, retired last; newest first within each group. RELEVANCE applies when searching (and is the default then); without a search it falls back to USABLE_FIRST. TITLE ignores case and accents. BEST_RATED orders by a Bayesian average of the stars, so a few ratings do not beat many; at an equal average, rated instruments come before unrated ones.',
});

const FACET_NAMES = FACETS.map((f) => f.toUpperCase() as Uppercase<typeof f>);
export const FacetNameEnum = enumObject(FACET_NAMES);
registerEnumType(FacetNameEnum, { name: 'FacetName' });

export const SEARCH_MATCHES = ['ALL', 'PARTIAL'] as const;
export type SearchMatch = (typeof SEARCH_MATCHES)[number];
export const SearchMatchEnum = enumObject(SEARCH_MATCHES);
registerEnumType(SearchMatchEnum, {
  name: 'SearchMatch',
  description:
    'How a search matched: every result has every word (ALL), or the results also hold instruments with only some of the words, ranked below those with more (PARTIAL: when at most SEARCH_LIMITS.fewResults — 3 — instruments have every word).',
});
