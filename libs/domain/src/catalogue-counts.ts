/**
 * Counts over large result sets: exact up to a limit, estimated from a fixed sample above it, so a
 * common word or the whole catalogue costs what a small result costs.
 */
export const CATALOGUE_COUNTS = {
  /** Counts up to this many are exact (the app's CATALOGUE_EXACT_COUNT_LIMIT may lower it). */
  exactUpTo: 1_000,
  /**
   * The sample: instruments whose id (a random UUID v4) falls in the first 1/32 of the id space;
   * partial indexes cover exactly these rows (migration `CatalogueCounts`).
   */
  sampleShare: 1 / 32,
  sampleIdBound: '08000000-0000-0000-0000-000000000000',
  /**
   * Facet estimates read about this many matches of the sample: when it holds more, a part of it
   * (ids below a lower bound), so a common word's facets cost what a mid-frequency word's cost.
   */
  facetSampleMatches: 1_000,
  /**
   * A search whose sample holds at least this many matches (about 3,200 instruments, 3 % of 100,000)
   * is dense: its tiered pages walk the NEWEST index (at 100,000 about 650 rows for a page, 8 ms);
   * sparser ones are read by the search index and sorted (5,500 matches: 48 ms walking 4 ms).
   */
  denseSampleMatches: 100,
  /**
   * A dense tier's page walks at most this many of the newest instruments (3 % dense: about 30 per
   * match, so a page of 100 in 3,300); beyond, the tier is read by its index and sorted.
   */
  walkRows: 5_000,
  /** z of the stated error: a 95 % two-sided interval, 97.5 % one-sided. */
  z: 1.96,
  /**
   * z at which the sample alone shows a count above the limit (a chance below 1 in 4,000 of being
   * wrong), so the exact count is not even started: for common words and the whole catalogue.
   */
  zSure: 3.5,
  /**
   * BEST_RATED's index (migration `BestRatedOrder`) orders rated instruments by their Bayesian
   * average with this fixed prior instead of the catalogue's mean; pages read it in that order and
   * correct for the difference (CatalogueQueries), so they stay exact whatever the mean is.
   */
  bestRatedIndexPrior: 3.5,
} as const;

/** The id below which a share of the (uniformly random) id space lies: 1/32 -> '08000000-0000-…'. */
export function sampleIdBound(share: number): string {
  return `${Math.floor(share * 2 ** 32).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`;
}

/**
 * The share of the id space facet estimates read when the sample holds `hits` matches: the whole
 * sample, or the part of it that holds about `facetSampleMatches`; a share an id bound can express.
 */
export function facetSampleShare(hits: number): number {
  const share = CATALOGUE_COUNTS.sampleShare * Math.min(1, CATALOGUE_COUNTS.facetSampleMatches / Math.max(hits, 1));
  return Math.floor(share * 2 ** 32) / 2 ** 32;
}

/** Rounds down to two significant digits: 83,412 -> 83,000; 1,234 -> 1,200. */
function twoDigitsDown(value: number): number {
  if (value < 100) return Math.max(0, Math.floor(value));
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.floor(value / unit) * unit;
}

/** Rounds to two significant digits: 1,250 -> 1,300; 47 -> 47. */
function twoDigits(value: number): number {
  if (value < 100) return Math.round(value);
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}

/**
 * "Well over" this many: the lower end of the 95 % interval of a count whose sample has `hits`
 * rows (binomial, share `CATALOGUE_COUNTS.sampleShare`), rounded down to two significant digits,
 * and never below what was counted exactly (`atLeast`). The true count is above it but for a
 * 2.5 % chance.
 */
export function countLowerBound(hits: number, atLeast: number, share: number = CATALOGUE_COUNTS.sampleShare): number {
  return Math.max(twoDigitsDown(atLeast), twoDigitsDown(lowerEnd(hits, CATALOGUE_COUNTS.z, share)));
}

/** True when the sample shows, beyond reasonable doubt (`zSure`), more than `limit` matches. */
export function sampleShowsMoreThan(hits: number, limit: number, share: number = CATALOGUE_COUNTS.sampleShare): boolean {
  return lowerEnd(hits, CATALOGUE_COUNTS.zSure, share) > limit;
}

/** The fewest sample matches that show more than `limit` (see `sampleShowsMoreThan`). */
export function sureSampleHits(limit: number, share: number = CATALOGUE_COUNTS.sampleShare): number {
  let hits = Math.ceil(limit * share);
  while (!sampleShowsMoreThan(hits, limit, share)) hits++;
  return hits;
}

function lowerEnd(hits: number, z: number, share: number): number {
  return (hits - z * Math.sqrt(hits * (1 - share))) / share;
}

/**
 * A count scaled up from its sample, rounded to two significant digits. Its stated error: within
 * ±z·√(hits·(1−share))/share of the true count in 95 % of samples (about ±11 % at 300 hits).
 */
export function sampledCount(hits: number, share: number = CATALOGUE_COUNTS.sampleShare): number {
  return twoDigits(hits / share);
}

/** Half the width of the 95 % interval of a sampled count (see `sampledCount`). */
export function sampledCountMargin(hits: number, share: number = CATALOGUE_COUNTS.sampleShare): number {
  return (CATALOGUE_COUNTS.z * Math.sqrt(Math.max(hits, 1) * (1 - share))) / share;
}
