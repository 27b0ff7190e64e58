/** Sizes of a starter kit (collection); the entity's checks and the inputs' rules both read them. */
export const COLLECTION_LIMITS = {
  title: { min: 3, max: 120 },
  slug: { max: 80, pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/ },
  introduction: { max: 5_000 },
  why: { max: 500 },
  items: { max: 20 },
} as const;

export const COLLECTION_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type CollectionStatus = (typeof COLLECTION_STATUSES)[number];
