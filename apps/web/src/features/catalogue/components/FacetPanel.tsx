import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import type { CatalogueFacetsQuery } from '../graphql/catalogue.generated';
import type { FacetKey } from '../hooks/useCatalogueUrl';

type Facet = CatalogueFacetsQuery['instrumentFacets'][number];
const COLLAPSED = 6;
/** Must agree with the breakpoint in catalogue.css. */
const WIDE = '(min-width: 52.01rem)';

function FacetGroup({
  facet,
  selected,
  onToggle,
}: {
  facet: Facet;
  selected: string[];
  onToggle: (facet: FacetKey, code: string) => void;
}) {
  const { t } = useTranslation('catalogue');
  const label = useTermLabel();
  const formatCount = useCountFormat();
  const [expanded, setExpanded] = useState(false);
  const values = facet.values;
  const isSelected = (code: string) => selected.includes(code);
  const visible = expanded ? values : values.filter((v, i) => i < COLLAPSED || isSelected(v.code));
  return (
    <fieldset className="facet" data-facet={facet.name}>
      <legend>{t(`facets.${facet.name}`)}</legend>
      <ul>
        {visible.map((value) => (
          <li key={value.code}>
            <label className={value.count === 0 && !isSelected(value.code) ? 'facet__option facet__option--empty' : 'facet__option'}>
              <input
                type="checkbox"
                checked={isSelected(value.code)}
                onChange={() => onToggle(facet.name as FacetKey, value.code)}
                data-code={value.code}
              />
              <span className="facet__label">{label(value)}</span>
              {facet.countsExact ? (
                <span className="facet__count" aria-label={t('facetCount', { n: formatCount(value.count) })}>
                  {formatCount(value.count)}
                </span>
              ) : (
                <span className="facet__count facet__count--approx" aria-label={t('facetCountApprox', { n: formatCount(value.count) })}>
                  {t('facetApprox', { n: formatCount(value.count) })}
                </span>
              )}
            </label>
          </li>
        ))}
      </ul>
      {values.length > COLLAPSED && (
        <button type="button" className="button button--link" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('filters.less') : t('filters.more', { count: values.length - COLLAPSED })}
        </button>
      )}
    </fieldset>
  );
}

/** Multi-select checkboxes with counts; each count says what picking that value would give. */
export function FacetPanel({
  facets,
  selected,
  loading,
  onToggle,
}: {
  facets: Facet[] | undefined;
  /** From the URL, so a click shows at once, before the new counts arrive. */
  selected: Record<FacetKey, string[]>;
  loading: boolean;
  onToggle: (facet: FacetKey, code: string) => void;
}) {
  const { t } = useTranslation('catalogue');
  // Beside the results on wide screens; folded above them on narrow ones, so the results come first.
  const [open, setOpen] = useState(() => window.matchMedia(WIDE).matches);
  // The URL changes in the click's own (synchronous) update, so the box shows the click at once.
  const chosen = Object.values(selected).reduce((sum, codes) => sum + codes.length, 0);
  return (
    <details className="facet-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary onClick={(event) => window.matchMedia(WIDE).matches && event.preventDefault()}>
        <h2>
          {t('filters.title')}
          {chosen > 0 && <span className="facet-panel__chosen"> ({t('filters.chosen', { count: chosen })})</span>}
        </h2>
      </summary>
      {!facets && loading
        ? Array.from({ length: 4 }, (_, i) => <div key={i} className="skeleton facet-skeleton" />)
        : facets?.map((facet) => <FacetGroup key={facet.name} facet={facet} selected={selected[facet.name as FacetKey] ?? []} onToggle={onToggle} />)}
    </details>
  );
}
