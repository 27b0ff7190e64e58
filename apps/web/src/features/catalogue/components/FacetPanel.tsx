import { CATALOGUE_PARAMS, CATALOGUE_PRACTICE_ONLY, CATALOGUE_RETIRED_SHOWN } from '#domain';
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountFormat } from '../../../app/formats';
import { useTermLabel } from '../../../app/labels';
import { useSearchParams } from '../../../app/router';
import { useHydrated } from '../../../app/useHydrated';
import type { CatalogueFacetsQuery } from '../graphql/catalogue.generated';
import { CATALOGUE_FORM_ID, FACET_PARAMS, type FacetKey } from '../hooks/useCatalogueUrl';

type Facet = CatalogueFacetsQuery['instrumentFacets'][number];
type FacetValue = Facet['values'][number];
/** A longer list shows its most used values first and the rest behind "Toon meer". */
const COLLAPSED = 6;

/** Most used first (the vocabulary's order among equals), for lists longer than COLLAPSED. */
export function mostUsedFirst(values: readonly FacetValue[]): FacetValue[] {
  if (values.length <= COLLAPSED) return [...values];
  return values.map((value, index) => ({ value, index })).sort((a, b) => b.value.count - a.value.count || a.index - b.index).map((v) => v.value);
}

/** The address's parameters with this facet listed in full too. */
function withMore(params: URLSearchParams, facetParam: string): string {
  const next = new URLSearchParams(params);
  if (!next.getAll(CATALOGUE_PARAMS.more).includes(facetParam)) next.append(CATALOGUE_PARAMS.more, facetParam);
  return next.toString();
}

function FacetGroup({
  facet,
  selected,
  onToggle,
  retired,
}: {
  facet: Facet;
  selected: string[];
  onToggle: (facet: FacetKey, code: string) => void;
  /** The status facet: retired instruments are a switch of their own (hidden by default). */
  retired?: { shown: boolean; onChange: (shown: boolean) => void };
}) {
  const { t } = useTranslation('catalogue');
  const label = useTermLabel();
  const formatCount = useCountFormat();
  const listId = useId();
  const param = FACET_PARAMS[facet.name as FacetKey][0];
  const [params] = useSearchParams();
  // Without JavaScript "Toon meer" is a link to this address with `meer=<facet>`, rendered open.
  const [expanded, setExpanded] = useState(() => params.getAll(CATALOGUE_PARAMS.more).includes(param));
  const scripted = useHydrated();
  const isSelected = (code: string) => selected.includes(code);
  const values = mostUsedFirst(facet.values.filter((v) => !retired || retired.shown || v.code !== 'RETIRED' || isSelected(v.code)));
  const visible = expanded ? values : values.filter((v, i) => i < COLLAPSED || isSelected(v.code));
  return (
    <fieldset className="facet" data-facet={facet.name} id={`facet-${param}`}>
      <legend>{t(`facets.${facet.name}`)}</legend>
      <ul id={listId}>
        {visible.map((value) => (
          <li key={value.code}>
            <label className={value.count === 0 && !isSelected(value.code) ? 'facet__option facet__option--empty' : 'facet__option'}>
              <input
                type="checkbox"
                form={CATALOGUE_FORM_ID}
                name={FACET_PARAMS[facet.name as FacetKey][0]}
                value={value.code}
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
      {values.length > COLLAPSED && !scripted && !expanded && (
        <a className="button button--link facet__more" href={`?${withMore(params, param)}#facet-${param}`}>
          {t('filters.more', { count: values.length - COLLAPSED })}
        </a>
      )}
      {values.length > COLLAPSED && scripted && (
        <button type="button" className="button button--link facet__more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('filters.less') : t('filters.more', { count: values.length - COLLAPSED })}
        </button>
      )}
      {retired && (
        <label className="facet__option facet__retired">
          <input
            type="checkbox"
            form={CATALOGUE_FORM_ID}
            name={CATALOGUE_PARAMS.retired}
            value={CATALOGUE_RETIRED_SHOWN}
            checked={retired.shown}
            onChange={(event) => retired.onChange(event.target.checked)}
          />
          <span className="facet__label">{t('filters.showRetired')}</span>
        </label>
      )}
    </fieldset>
  );
}

/**
 * Multi-select checkboxes with counts; each count says what picking that value would give. Beside
 * the results on wide screens, in the filter drawer on narrow ones (CataloguePage).
 */
export function FacetPanel({
  facets,
  selected,
  loading,
  onToggle,
  includeRetired,
  onIncludeRetired,
  practiceOnly,
  onPracticeOnly,
}: {
  facets: Facet[] | undefined;
  /** From the URL, so a click shows at once, before the new counts arrive. */
  selected: Record<FacetKey, string[]>;
  loading: boolean;
  onToggle: (facet: FacetKey, code: string) => void;
  includeRetired: boolean;
  onIncludeRetired: (shown: boolean) => void;
  /** Only instruments with a published practice report (`praktijk=ja`); a switch beside the status facet. */
  practiceOnly: boolean;
  onPracticeOnly: (only: boolean) => void;
}) {
  const { t } = useTranslation('catalogue');
  return (
    <div className="facet-panel">
      {!facets && loading
        ? Array.from({ length: 4 }, (_, i) => <div key={i} className="skeleton facet-skeleton" />)
        : facets?.map((facet) => (
            <Fragment key={facet.name}>
              <FacetGroup
                facet={facet}
                selected={selected[facet.name as FacetKey] ?? []}
                onToggle={onToggle}
                retired={facet.name === 'STATUS' ? { shown: includeRetired, onChange: onIncludeRetired } : undefined}
              />
              {facet.name === 'STATUS' && (
                <fieldset className="facet facet--practice" data-facet="PRACTICE">
                  <legend>{t('filters.practiceLegend')}</legend>
                  <label className="facet__option">
                    <input
                      type="checkbox"
                      form={CATALOGUE_FORM_ID}
                      name={CATALOGUE_PARAMS.practice}
                      value={CATALOGUE_PRACTICE_ONLY}
                      checked={practiceOnly}
                      onChange={(event) => onPracticeOnly(event.target.checked)}
                    />
                    <span className="facet__label">{t('filters.practiceOnly')}</span>
                  </label>
                </fieldset>
              )}
            </Fragment>
          ))}
    </div>
  );
}
