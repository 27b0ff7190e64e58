import { useTranslation } from 'react-i18next';
import { Link } from '../router';

/** The way back from a curation or admin page to `/beheer` (or to `to`, with its own label); the default label is curation's. */
export function BackLink({ to = '/beheer', label }: { to?: string; label?: string }) {
  const { t } = useTranslation('curation');
  return (
    <p className="curation-back">
      <Link to={to}>
        <span aria-hidden="true">← </span>
        {label ?? t('editor.backHome')}
      </Link>
    </p>
  );
}
