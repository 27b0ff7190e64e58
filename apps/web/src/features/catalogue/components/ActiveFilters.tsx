import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../app/labels';
import type { CatalogueFacetsQuery } from '../graphql/catalogue.generated';
import type { FacetKey } from '../hooks/useCatalogueUrl';

export interface ActiveFilter {
  facet: FacetKey;
  code: string;
  label: string;
}

/** The selection as labelled facet values, in facet order. */
export function useActiveFilters(
  facets: CatalogueFacetsQuery['instrumentFacets'] | undefined,
  selected: Record<FacetKey, string[]>,
): ActiveFilter[] {
  const label = useTermLabel();
  return (Object.keys(selected) as FacetKey[]).flatMap((facet) =>
    selected[facet].map((code) => {
      const value = facets?.find((f) => f.name === facet)?.values.find((v) => v.code === code);
      return { facet, code, label: value ? label(value) : code };
    }),
  );
}

/** Removable chips for every active filter and the search, with "clear all". */
export function ActiveFilters({
  filters,
  search,
  onRemove,
  onClearSearch,
  onClearAll,
}: {
  filters: ActiveFilter[];
  search: string;
  onRemove: (facet: FacetKey, code: string) => void;
  onClearSearch: () => void;
  onClearAll: () => void;
}) {
  const { t } = useTranslation('catalogue');
  if (filters.length === 0 && !search) return null;
  return (
    <section className="active-filters" aria-label={t('filters.active')}>
      <ul className="chips">
        {search && (
          <li>
            <button type="button" className="filter-chip" onClick={onClearSearch} aria-label={t('filters.remove', { label: search })}>
              {t('filters.searchChip', { q: search })} <span aria-hidden="true">×</span>
            </button>
          </li>
        )}
        {filters.map((filter) => (
          <li key={`${filter.facet}:${filter.code}`}>
            <button
              type="button"
              className="filter-chip"
              onClick={() => onRemove(filter.facet, filter.code)}
              aria-label={t('filters.remove', { label: filter.label })}
            >
              {filter.label} <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button--link" onClick={onClearAll}>
        {t('filters.clearAll')}
      </button>
    </section>
  );
}
