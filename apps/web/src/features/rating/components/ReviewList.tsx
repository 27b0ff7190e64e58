import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import type { Review } from '../hooks/useRatingMutations';
import { ReviewModeration } from './ReviewModeration';
import { Stars } from './Stars';

/** Reviews, newest first, with "load more" by cursor. */
export function ReviewList({
  reviews,
  totalCount,
  hasMore,
  loadingMore,
  onLoadMore,
  mineId,
}: {
  reviews: Review[];
  totalCount: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  mineId: string | null;
}) {
  const { t } = useTranslation('rating');
  // A link to one review (the curators' list of reported reviews) scrolls to it once it is shown.
  useEffect(() => {
    const hash = window.location.hash;
    if (hash.startsWith('#review-')) document.getElementById(hash.slice(1))?.scrollIntoView({ block: 'center' });
  }, [reviews.length]);
  if (reviews.length === 0) return <p className="reviews__empty">{t('reviews.empty')}</p>;
  return (
    <>
      <ol className="reviews">
        {reviews.map((review) => (
          <ReviewItem key={review.id} review={review} mine={review.id === mineId} />
        ))}
      </ol>
      <div className="reviews__more">
        <p className="reviews__shown" aria-live="polite">
          {t('reviews.shown', { shown: reviews.length, total: Math.max(totalCount, reviews.length) })}
        </p>
        {hasMore && (
          // Not disabled while loading: a disabled button would drop the keyboard focus.
          <button type="button" className="button button--secondary" onClick={() => !loadingMore && onLoadMore()} aria-disabled={loadingMore || undefined}>
            {loadingMore ? t('reviews.loadingMore') : t('reviews.more')}
          </button>
        )}
      </div>
    </>
  );
}

function ReviewItem({ review, mine }: { review: Review; mine: boolean }) {
  const { t } = useTranslation('rating');
  const formatDate = useDateFormat();
  const label = useTermLabel();
  const context = [review.context.sector, review.context.phase].filter((term) => term !== null).map(label);
  return (
    <li className={['review', mine && 'review--mine', review.openReports?.length && 'review--reported'].filter(Boolean).join(' ')} id={`review-${review.id}`}>
      <p className="review__stars">
        <Stars value={review.score} size="small" />
        <span className="visually-hidden">{t('reviews.stars', { stars: review.score })}</span>
      </p>
      <p className="review__meta">
        <span className="review__author">{t('reviews.by', { author: review.author })}</span>{' '}
        <time dateTime={review.updatedAt}>{t('reviews.on', { date: formatDate(review.updatedAt) })}</time>
        {context.length > 0 && (
          <>
            <br />
            <span className="review__context">{t('reviews.context', { context: context.join(' · ') })}</span>
          </>
        )}
      </p>
      {review.hidden && review.review === null ? (
        <p className="review__hidden">{t('reviews.hidden')}</p>
      ) : (
        <>
          {review.hidden && (
            <p className="review__hidden">
              {t('reviews.hiddenForYou')}
              {review.hiddenReason && <> {t('reviews.hiddenReason', { reason: review.hiddenReason })}</>}
            </p>
          )}
          <p className="review__text">{review.review}</p>
        </>
      )}
      <ReviewModeration review={review} mine={mine} />
    </li>
  );
}
