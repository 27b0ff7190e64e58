import type { ApolloCache, Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useViewer } from '../../../app/viewer';
import type { RateInstrumentMutation, RatingReviewFieldsFragment, RemoveMyRatingMutation } from '../graphql/rating.generated';
import { RateInstrumentMutation as RateDocument, RemoveMyRatingMutation as RemoveDocument } from '../graphql/rating.documents';
import { nextSummary, type Summary } from '../summary';

export type Review = RatingReviewFieldsFragment;
export interface Term {
  code: string;
  labelNl: string;
  labelEn: string;
}
export interface RatingValues {
  score: number;
  review: string;
  sector: Term | null;
  phase: Term | null;
}

/** Instrument.reviews as relayStylePagination stores it. */
interface StoredReviews {
  edges: { __typename?: string; cursor: string; node: Reference }[];
  totalCount?: number;
  [key: string]: unknown;
}

const term = (value: Term | null) => (value ? { __typename: 'VocabularyTerm', ...value } : null);

/**
 * Rate and remove with an optimistic answer: the summary (computed from the current one and the
 * member's previous stars), myRating and the reviews list change at once; the server's answer
 * then replaces the guess, or Apollo rolls it back when the server refuses.
 */
export function useRatingMutations(instrumentId: string, summary: Summary, mine: Review | null) {
  const { viewer } = useViewer();
  const [rateMutation, rateState] = useMutation(RateDocument);
  const [removeMutation, removeState] = useMutation(RemoveDocument);
  const instrumentRef = { __typename: 'Instrument', id: instrumentId };

  const rate = (values: RatingValues) => {
    const previous = mine;
    const now = new Date().toISOString();
    const review = values.review.trim() || null;
    const id = previous?.id ?? `optimistic-${instrumentId}`;
    const optimistic = {
      rateInstrument: {
        __typename: 'Rating',
        id,
        score: values.score,
        review,
        hidden: false,
        hiddenReason: null,
        reportedByMe: false,
        openReports: previous?.openReports ?? null,
        author: viewer?.displayName ?? '',
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
        context: { __typename: 'RatingContext', sector: term(values.sector), phase: term(values.phase) },
        instrument: {
          ...instrumentRef,
          ratingSummary: { __typename: 'RatingSummary', ...nextSummary(summary, previous?.score ?? null, values.score) },
          myRating: { __typename: 'Rating', id },
        },
      },
    } as RateInstrumentMutation;

    return rateMutation({
      variables: {
        input: {
          instrumentId,
          score: values.score,
          review,
          context: { sector: values.sector?.code ?? null, phase: values.phase?.code ?? null },
        },
      },
      optimisticResponse: optimistic,
      // Runs for the optimistic answer (in its own layer) and again for the server's: idempotent.
      update: (cache, { data }) => {
        const saved = data?.rateInstrument;
        if (!saved) return;
        updateReviews(cache, instrumentRef, (stored, readField, toReference) => {
          const others = stored.edges.filter((edge) => {
            const nodeId = readField<string>('id', edge.node);
            return nodeId !== saved.id && nodeId !== previous?.id;
          });
          const removed = stored.edges.length - others.length;
          // Newest first, as the server orders them: the saved review moves to the top.
          const edges = saved.review
            ? [{ __typename: 'ReviewEdge', cursor: '', node: toReference({ __typename: 'Rating', id: saved.id })! }, ...others]
            : others;
          const wasListed = removed > 0 || !!previous?.review;
          const delta = (saved.review ? 1 : 0) - (wasListed ? 1 : 0);
          return { ...stored, edges, totalCount: Math.max(0, (stored.totalCount ?? 0) + delta) };
        });
        forgetRatingOrderedLists(cache);
      },
    });
  };

  const remove = () => {
    const previous = mine;
    if (!previous) return Promise.resolve();
    const optimistic = {
      removeMyRating: {
        ...instrumentRef,
        ratingSummary: { __typename: 'RatingSummary', ...nextSummary(summary, previous.score, null) },
        myRating: null,
      },
    } as RemoveMyRatingMutation;
    return removeMutation({
      variables: { input: { instrumentId } },
      optimisticResponse: optimistic,
      update: (cache) => {
        updateReviews(cache, instrumentRef, (stored, readField) => {
          const edges = stored.edges.filter((edge) => readField<string>('id', edge.node) !== previous.id);
          const delta = previous.review ? 1 : 0;
          return { ...stored, edges, totalCount: Math.max(0, (stored.totalCount ?? 0) - delta) };
        });
        forgetRatingOrderedLists(cache);
      },
    });
  };

  return { rate, remove, saving: rateState.loading, removing: removeState.loading };
}

type ReadField = <T>(field: string, from: Reference) => T | undefined;
type ToReference = (object: { __typename: string; id: string }) => Reference | undefined;

function updateReviews(
  cache: ApolloCache,
  instrument: { __typename: string; id: string },
  change: (stored: StoredReviews, readField: ReadField, toReference: ToReference) => StoredReviews,
) {
  cache.modify({
    id: cache.identify(instrument),
    fields: {
      reviews: (existing, { readField, toReference }) => {
        const stored = existing as StoredReviews | undefined;
        if (!stored?.edges) return existing;
        return change(stored, readField as ReadField, toReference as ToReference);
      },
    },
  });
}

/**
 * Catalogue lists whose order or membership depends on ratings ("best rated", a minimum rating)
 * are dropped, so they load again in the new order; other lists update through the normalised
 * instrument and keep their pages.
 */
function forgetRatingOrderedLists(cache: ApolloCache) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      instruments: (existing, { storeFieldName, DELETE }) =>
        storeFieldName.includes('"BEST_RATED"') || storeFieldName.includes('"minRating"') ? DELETE : existing,
    },
  });
}
