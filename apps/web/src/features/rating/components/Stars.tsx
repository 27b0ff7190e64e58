import { RATING_LIMITS } from '#domain';
import { useHydrated } from '../../../app/useHydrated';
import '../rating.css';

const STARS = Array.from({ length: RATING_LIMITS.score.max }, (_, i) => i + 1);
const STAR_PATH = 'M12 2.6l2.9 5.9 6.5.95-4.7 4.6 1.1 6.5L12 17.5l-5.8 3.05 1.1-6.5-4.7-4.6 6.5-.95z';

/** One star outline, filled when `filled`; decoration only. */
export function StarIcon({ filled, className }: { filled: boolean; className?: string }) {
  return (
    <svg className={`star-icon${filled ? ' star-icon--filled' : ''}${className ? ` ${className}` : ''}`} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={STAR_PATH} />
    </svg>
  );
}

/**
 * Five stars filled up to `value` (fractions fill part of a star). Hidden from screen readers:
 * the number beside it carries the information.
 */
export function Stars({ value, size = 'medium' }: { value: number; size?: 'small' | 'medium' | 'large' }) {
  const percent = Math.max(0, Math.min(1, value / RATING_LIMITS.score.max)) * 100;
  // Server-rendered, the fill waits for the script (CSP); the number beside it says the same.
  const hydrated = useHydrated();
  return (
    <span className={`stars stars--${size}`} aria-hidden="true">
      <span className="stars__row">
        {STARS.map((n) => (
          <StarIcon key={n} filled={false} />
        ))}
      </span>
      <span className="stars__row stars__row--filled" style={hydrated ? { width: `${percent}%` } : undefined}>
        {STARS.map((n) => (
          <StarIcon key={n} filled />
        ))}
      </span>
    </span>
  );
}
