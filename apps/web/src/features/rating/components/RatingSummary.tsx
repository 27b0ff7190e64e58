import { useTranslation } from 'react-i18next';
import { useHydrated } from '../../../app/useHydrated';
import { useAverageFormat } from '../format';
import type { Summary } from '../summary';
import { Stars } from './Stars';

/**
 * What peers think of an instrument. `compact`: stars, average and count on one line.
 * `full`: the average large, then how many ratings gave each number of stars, as bars in a table.
 */
export function RatingSummary({ summary, variant = 'compact' }: { summary: Summary; variant?: 'compact' | 'full' }) {
  const { t } = useTranslation('rating');
  const format = useAverageFormat();
  // The bars' widths are style props: not in server-rendered HTML (CSP), set once hydrated.
  const hydrated = useHydrated();
  const { average, count, distribution } = summary;

  if (variant === 'compact') {
    if (average === null || count === 0) return <p className="rating-summary__none">{t('summary.none')}</p>;
    return (
      <p className="rating-summary rating-summary--compact">
        <Stars value={average} size="small" />{' '}
        <span>
          {format(average)} {t('summary.outOfFive')} · {t('summary.count', { count })}
        </span>
      </p>
    );
  }

  const largest = Math.max(1, ...distribution);
  // The API lists 1 to 5 stars; people read ratings from the best down.
  const rows = distribution.map((n, i) => ({ stars: i + 1, n })).reverse();
  return (
    <div className="rating-summary rating-summary--full">
      <div className="rating-summary__headline">
        {average === null || count === 0 ? (
          <>
            <Stars value={0} size="large" />
            <p className="rating-summary__none">{t('summary.none')}</p>
          </>
        ) : (
          <>
            <p className="rating-summary__average">
              <span className="rating-summary__number">{format(average)}</span> {t('summary.outOfFive')}
            </p>
            <Stars value={average} size="large" />
            <p className="rating-summary__count">{t('summary.count', { count })}</p>
          </>
        )}
      </div>
      <table className="rating-distribution">
        <caption className="visually-hidden">{t('summary.distribution')}</caption>
        <thead className="visually-hidden">
          <tr>
            <th scope="col">{t('summary.starsColumn')}</th>
            <th scope="col">{t('summary.countColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ stars, n }) => (
            <tr key={stars}>
              <th scope="row">{t('summary.stars', { count: stars })}</th>
              <td>
                {/* The bar repeats the number beside it for the eye; the number carries the information. */}
                <span className="rating-distribution__bar" aria-hidden="true">
                  <span style={hydrated ? { width: `${(n / largest) * 100}%` } : undefined} />
                </span>
                <span className="rating-distribution__count">{n}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
