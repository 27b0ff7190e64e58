/** Field limits shared by the API's validation, the database constraints and the web forms. */
export const INSTRUMENT_LIMITS = {
  title: { min: 3, max: 160 },
  slug: { min: 3, max: 120, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
  summary: { min: 10, max: 400 },
  description: { max: 20_000 },
  ownerOrganisation: { max: 160 },
  contactName: { max: 120 },
  contactEmail: { max: 254 },
  licence: { max: 120 },
  timeNeeded: { max: 120 },
  linkLabel: { min: 1, max: 120 },
  linkUrl: { max: 2_000 },
  links: { max: 20 },
  statusNote: { max: 2_000 },
  phases: { min: 1, max: 10 },
  terms: { max: 20 },
} as const;

export const PAGINATION = {
  defaultPageSize: 20,
  maxPageSize: 100,
} as const;

/** Longer search input is cut, not refused: search must accept anything a person pastes. */
export const SEARCH_MAX_LENGTH = 500;

export const VOCABULARY_LIMITS = {
  code: { max: 60, pattern: /^[A-Za-z0-9]+(?:[_-][A-Za-z0-9]+)*$/ },
  label: { min: 1, max: 120 },
} as const;

/** A URL-safe slug from a title: "Ideeën & co-creatie" becomes "ideeen-co-creatie". */
export function toSlug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, INSTRUMENT_LIMITS.slug.max)
    .replace(/^-+|-+$/g, '');
}

export const RATING_LIMITS = {
  score: { min: 1, max: 5 },
  review: { max: 2_000 },
  hideReason: { min: 3, max: 500 },
} as const;

/**
 * Bayesian average for "best rated": (C·m + Σscores) / (C + n), with m the catalogue's mean
 * rating and C this weight, so that a few ratings do not beat many. C = 5 means an instrument
 * needs about five ratings before its own mean counts as much as the catalogue's.
 */
export const BAYESIAN_WEIGHT = 5;
/** The prior when the catalogue has no ratings at all: the middle of the scale. */
export const BAYESIAN_DEFAULT_PRIOR = 3;

export function bayesianAverage(sum: number, count: number, prior: number, weight = BAYESIAN_WEIGHT): number {
  return (weight * prior + sum) / (weight + count);
}

/** Synonym groups curators keep for search: words that mean the same to a searcher. */
export const SYNONYM_LIMITS = {
  words: { min: 2, max: 20 },
  word: { min: 1, max: 60 },
} as const;
