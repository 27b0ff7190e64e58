import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';

/** The way back from a curation page to `/beheer` (or to `to`, with its own label). */
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
