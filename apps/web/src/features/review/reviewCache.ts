import type { ApolloCache } from '@apollo/client';
import { AwaitingReviewQuery } from '../../app/shell.documents';

export type ReviewAction = 'startReview' | 'accept' | 'reject' | 'requestChanges';

/**
 * After any review step: the queue pages are dropped (they are asked again when shown); after an
 * accept also the catalogue, its facets and the overview, so the new instrument shows up without a
 * reload. The header badge is refetched (REFETCH_AFTER_REVIEW).
 */
export function afterReview(cache: ApolloCache, action: ReviewAction): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'proposals' });
  if (action === 'accept') {
    for (const fieldName of ['instruments', 'instrumentFacets', 'overview']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}

export const REFETCH_AFTER_REVIEW = [AwaitingReviewQuery];
