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
