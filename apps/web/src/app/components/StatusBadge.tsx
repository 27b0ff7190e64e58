import { PROTOTYPE_STATUS_LABELS, type PrototypeStatus } from '#domain';
import { useTranslation } from 'react-i18next';

/** The prototype status as a coloured badge (colour plus text, never colour alone). */
export function StatusBadge({ status }: { status: PrototypeStatus }) {
  const { i18n } = useTranslation();
  const labels = PROTOTYPE_STATUS_LABELS[status];
  return (
    <span className={`badge badge--${status.toLowerCase().replace('_', '-')}`}>
      {i18n.language === 'en' ? labels.en : labels.nl}
    </span>
  );
}
