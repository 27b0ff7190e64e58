import { useTranslation } from 'react-i18next';
import { useAverageFormat } from '../format';
import '../rating.css';

/**
 * "★ 4,2 (12)" on a catalogue card, read out as "Gemiddeld 4,2 van 5 sterren, 12 waarderingen".
 * Its texts are the catalogue's, so the rating feature's messages can load with the instrument page.
 */
export function RatingBadge({ average, count }: { average: number | null; count: number }) {
  const { t } = useTranslation('catalogue');
  const format = useAverageFormat();
  if (average === null || count === 0) return <p className="rating-badge rating-badge--none">{t('rating.none')}</p>;
  return (
    <p className="rating-badge">
      <span aria-hidden="true">
        <span className="rating-badge__star">★</span> {format(average)} ({count})
      </span>
      <span className="visually-hidden">{t('rating.label', { average: format(average), count })}</span>
    </p>
  );
}
