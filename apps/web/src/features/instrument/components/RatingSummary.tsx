import { useTranslation } from 'react-i18next';
import { useUiLanguage, type Instrument } from './types';

/** Average and count in words, then how many ratings gave each number of stars. */
export function RatingSummary({ summary }: { summary: Instrument['ratingSummary'] }) {
  const { t } = useTranslation('instrument');
  const { locale } = useUiLanguage();
  const { average, count, distribution } = summary;
  if (average === null || count === 0) return <p className="instrument-rating__none">{t('rating.none')}</p>;

  const formatted = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average);
  const largest = Math.max(1, ...distribution);
  // The API lists 1 to 5 stars; people read ratings from the best down.
  const rows = distribution.map((n, i) => ({ stars: i + 1, n })).reverse();
  return (
    <>
      <p className="instrument-rating__summary">{t('rating.summary', { average: formatted, count })}</p>
      <ul className="instrument-rating__distribution" aria-label={t('rating.distribution')}>
        {rows.map(({ stars, n }) => (
          <li key={stars}>
            <span>{t('rating.row', { stars: t('rating.stars', { count: stars }), count: n })}</span>
            {/* The bar repeats the number above it for the eye; the text carries the information. */}
            <span className="instrument-rating__bar" aria-hidden="true">
              <span style={{ width: `${(n / largest) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
