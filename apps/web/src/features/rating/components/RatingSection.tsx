import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../../app/router';
import { ErrorMessage } from '../../../app/ErrorMessage';
import { useViewer } from '../../../app/viewer';
import { InstrumentRatingsQuery } from '../graphql/rating.documents';
import { MyRatingForm } from './MyRatingForm';
import { RatingSummary } from './RatingSummary';
import { ReviewList } from './ReviewList';
import '../rating.css';

/**
 * The ratings of one instrument: the average and distribution, the member's own rating (or an
 * invitation to sign in), and the reviews. The summary is the same cache entry the rest of the
 * page and the catalogue read, so a new rating shows everywhere at once.
 */
export function RatingSection({ slug }: { slug: string }) {
  const { t } = useTranslation('rating');
  const { viewer, loading: viewerLoading, can } = useViewer();
  const location = useLocation();
  const mineHeading = useRef<HTMLHeadingElement>(null);
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(InstrumentRatingsQuery, {
    variables: { slug },
    notifyOnNetworkStatusChange: true,
  });
  const instrument = data?.instrument;
  const focusMine = useCallback(() => mineHeading.current?.focus(), []);
  const [moreFailed, setMoreFailed] = useState(false);

  let body;
  if (instrument) {
    const reviews = instrument.reviews;
    const back = encodeURIComponent(location.pathname + location.search);
    const loadMore = () => {
      setMoreFailed(false);
      fetchMore({ variables: { after: reviews.pageInfo.endCursor } }).catch(() => setMoreFailed(true));
    };
    body = (
      <>
        <RatingSummary summary={instrument.ratingSummary} variant="full" />

        <div className="rating-section__mine">
          <h3 ref={mineHeading} tabIndex={-1}>
            {t('mine.title')}
          </h3>
          {viewerLoading ? null : viewer && can('MEMBER') ? (
            <MyRatingForm
              key={viewer.id}
              instrumentId={instrument.id}
              summary={instrument.ratingSummary}
              mine={instrument.myRating}
              retired={instrument.status === 'RETIRED'}
              onRemoved={focusMine}
            />
          ) : (
            <div className="rating-section__visitor">
              <p>{t('mine.visitor')}</p>
              <p className="rating-section__visitor-links">
                <Link className="button" to={`/inloggen?terug=${back}`}>
                  {t('mine.signIn')}
                </Link>
                <Link to={`/registreren?terug=${back}`}>{t('mine.register')}</Link>
              </p>
            </div>
          )}
        </div>

        <div className="rating-section__reviews">
          <h3>
            {t('reviews.title')} <span className="rating-section__count">({reviews.totalCount})</span>
          </h3>
          <ReviewList
            reviews={reviews.edges.map((edge) => edge.node)}
            totalCount={reviews.totalCount}
            hasMore={reviews.pageInfo.hasNextPage}
            loadingMore={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={loadMore}
            mineId={instrument.myRating?.id ?? null}
          />
          {moreFailed && <ErrorMessage onRetry={loadMore} />}
        </div>
      </>
    );
  } else if (error) {
    body = <ErrorMessage onRetry={() => void refetch().catch(() => undefined)} />;
  } else {
    body = (
      <p className="rating-section__loading" role="status">
        {t('loading')}
      </p>
    );
  }

  return (
    // Deliberately not labelled by its heading: a named section becomes a region landmark.
    <section className="card instrument__section rating-section" id="waarderingen">
      <h2>{t('title')}</h2>
      {body}
    </section>
  );
}
