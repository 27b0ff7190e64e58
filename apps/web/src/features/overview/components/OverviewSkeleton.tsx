import { useTranslation } from 'react-i18next';

/** Placeholder blocks in the page's shape, so the layout does not jump when the counts arrive. */
export function OverviewSkeleton() {
  const { t } = useTranslation('overview');
  return (
    <div className="overview__skeleton" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div className="skeleton" style={{ height: '3.5rem', width: '16rem', maxWidth: '100%' }} aria-hidden="true" />
      <div className="skeleton" style={{ height: '18rem' }} aria-hidden="true" />
      <div className="overview__grid" aria-hidden="true">
        <div className="skeleton" style={{ height: '22rem' }} />
        <div className="skeleton" style={{ height: '22rem' }} />
      </div>
    </div>
  );
}
