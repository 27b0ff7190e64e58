import { RATING_LIMITS } from '#domain';

export interface Summary {
  average: number | null;
  count: number;
  /** Counts for 1, 2, 3, 4 and 5 stars. */
  distribution: number[];
}

const STARS = Array.from({ length: RATING_LIMITS.score.max }, (_, i) => i + 1);

/**
 * The summary after one member's rating moves from `from` stars to `to` stars (null: none), as the
 * server will compute it. Used for the optimistic answer; the server's own summary replaces it.
 */
export function nextSummary(summary: Summary, from: number | null, to: number | null): Summary {
  const distribution = STARS.map((stars, i) => {
    const n = (summary.distribution[i] ?? 0) + (to === stars ? 1 : 0) - (from === stars ? 1 : 0);
    return Math.max(0, n);
  });
  const count = distribution.reduce((total, n) => total + n, 0);
  const sum = distribution.reduce((total, n, i) => total + n * STARS[i]!, 0);
  return { average: count > 0 ? sum / count : null, count, distribution };
}
