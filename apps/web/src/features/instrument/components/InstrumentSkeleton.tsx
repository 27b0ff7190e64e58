import { useTranslation } from 'react-i18next';

/** Placeholder blocks in the page's shape, so nothing jumps when the instrument arrives. */
export function InstrumentSkeleton() {
  const { t } = useTranslation('instrument');
  return (
    <div className="instrument__skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div aria-hidden="true">
        <div className="skeleton" style={{ height: '2.25rem', width: '70%' }} />
        <div className="skeleton" style={{ height: '1.25rem', width: '90%', marginTop: 'var(--space-4)' }} />
        <div className="skeleton" style={{ height: '1.25rem', width: '60%', marginTop: 'var(--space-2)' }} />
      </div>
      <div className="instrument__layout" aria-hidden="true">
        <div className="skeleton" style={{ height: '24rem' }} />
        <div className="skeleton" style={{ height: '24rem' }} />
      </div>
    </div>
  );
}
