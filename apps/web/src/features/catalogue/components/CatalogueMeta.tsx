import { useTranslation } from 'react-i18next';
import { CATALOGUE_PARAMS, PUBLIC_PATHS } from '#domain';
import { PageMeta } from '../../../app/components/PageMeta';
import type { CatalogueState } from '../hooks/useCatalogueUrl';

/**
 * The catalogue's head: the search in the title and description, and a canonical URL with the
 * search and filters (they name different content) but not the order or how many are shown.
 */
export function CatalogueMeta({ state }: { state: Pick<CatalogueState, 'search' | 'viewQuery'> }) {
  const { t } = useTranslation('catalogue');
  const params = new URLSearchParams(state.viewQuery);
  params.delete(CATALOGUE_PARAMS.sort);
  params.delete(CATALOGUE_PARAMS.shown);
  const query = params.toString();
  const search = state.search.trim();
  return (
    <PageMeta
      title={search ? t('meta.searchTitle', { q: search }) : null}
      description={search ? t('meta.searchDescription', { q: search }) : t('lead')}
      path={`${PUBLIC_PATHS.catalogue}${query ? `?${query}` : ''}`}
    />
  );
}
