import { RATING_LIMITS } from '#domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StarIcon } from './Stars';

const STARS = Array.from({ length: RATING_LIMITS.score.max }, (_, i) => i + 1);

/**
 * Stars as a real radio group: native radios in a fieldset, so Tab enters the group once, the
 * arrow keys move between the stars and every option has a name ("3 van 5 sterren").
 * The radios are visually hidden; their labels are the stars and show the focus.
 */
export function StarInput({
  value,
  onChange,
  error,
  disabled,
}: {
  value: number | null;
  onChange: (stars: number) => void;
  error?: string | null;
  disabled?: boolean;
}) {
  const { t } = useTranslation('rating');
  const name = useId();
  const errorId = `${name}-error`;
  const [hovered, setHovered] = useState<number | null>(null);
  const shown = hovered ?? value ?? 0;
  return (
    <fieldset className={error ? 'star-input field--invalid' : 'star-input'} aria-describedby={error ? errorId : undefined} disabled={disabled}>
      <legend className="field__label">{t('mine.stars')}</legend>
      <div className="star-input__options" onMouseLeave={() => setHovered(null)}>
        {STARS.map((stars) => (
          <span key={stars} className="star-input__option">
            <input
              type="radio"
              className="star-input__radio"
              id={`${name}-${stars}`}
              name={name}
              value={stars}
              checked={value === stars}
              onChange={() => onChange(stars)}
            />
            <label htmlFor={`${name}-${stars}`} className="star-input__star" onMouseEnter={() => setHovered(stars)}>
              <StarIcon filled={stars <= shown} />
              <span className="visually-hidden">{t('mine.star', { stars })}</span>
            </label>
          </span>
        ))}
        <span className="star-input__value" aria-hidden="true">
          {value ? t('mine.star', { stars: value }) : t('mine.pick')}
        </span>
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
