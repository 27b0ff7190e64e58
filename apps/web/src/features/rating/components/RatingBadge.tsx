import { useTranslation } from 'react-i18next';
import { useAverageFormat } from '../format';
import '../rating.css';

/** "★ 4,2 (12)" on a catalogue card, read out as "Gemiddeld 4,2 van 5 sterren, 12 waarderingen". */
export function RatingBadge({ average, count }: { average: number | null; count: number }) {
  const { t } = useTranslation('rating');
  const format = useAverageFormat();
  if (average === null || count === 0) return <p className="rating-badge rating-badge--none">{t('summary.none')}</p>;
  return (
    <p className="rating-badge">
      <span aria-hidden="true">
        <span className="rating-badge__star">★</span> {format(average)} ({count})
      </span>
      <span className="visually-hidden">{t('summary.label', { average: format(average), count })}</span>
    </p>
  );
}
