import { useTranslation } from 'react-i18next';
import type { UnknownCode } from '../hooks/useCatalogueUrl';

/** Says which filters of the link named nothing and were left out; the rest of the page works. */
export function UnknownCodesNotice({ codes, onClose }: { codes: UnknownCode[]; onClose: () => void }) {
  const { t } = useTranslation('catalogue');
  const list = codes.map(({ facet, code }) => t('unknown.item', { code, facet: t(`facets.${facet}`) })).join(', ');
  return (
    <div className="notice catalogue__unknown" role="status">
      <p>{t('unknown.body', { count: codes.length, list })}</p>
      <button type="button" className="button button--link" onClick={onClose}>
        {t('unknown.close')}
      </button>
    </div>
  );
}
