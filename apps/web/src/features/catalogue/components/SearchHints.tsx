import { useTranslation } from 'react-i18next';
import { useTermLabel } from '../../../app/labels';
import { Link } from '../../../app/router';
import type { CatalogueInstrumentsQuery } from '../graphql/catalogue.generated';
import type { FacetKey } from '../hooks/useCatalogueUrl';

type Answer = CatalogueInstrumentsQuery['instruments'];
export type FacetSuggestion = Answer['facetSuggestions'][number];

/**
 * What the search understood, as small offers above the results: a better spelling ("Bedoelde je
 * …?", a link, so Back returns to what was typed) and words that name a filter ("Filter op fase
 * Evalueren?", one click takes the filter and searches on for the other words). The region is
 * always there, so screen readers hear new offers politely.
 */
export function SearchHints({
  answer,
  selected,
  searchHref,
  onFilter,
}: {
  answer: Answer | undefined;
  selected: Record<FacetKey, string[]>;
  searchHref: (search: string) => string;
  onFilter: (suggestion: FacetSuggestion) => void;
}) {
  const { t } = useTranslation('catalogue');
  const label = useTermLabel();
  // A value already chosen needs no offer.
  const offers = (answer?.facetSuggestions ?? []).filter((offer) => !selected[offer.facet].includes(offer.term.code));
  const suggestion = answer?.suggestion;

  return (
    <div className="search-hints" aria-live="polite">
      {suggestion && (
        <p className="search-hint">
          {t('hints.didYouMean')}{' '}
          <Link to={searchHref(suggestion)} className="search-hint__spelling">
            {suggestion}
          </Link>
          ?
        </p>
      )}
      {offers.length > 0 && (
        <ul className="search-hints__offers" aria-label={t('hints.offers')}>
          {offers.map((offer) => (
            <li key={`${offer.facet}:${offer.term.code}`} className="search-hint">
              <button type="button" className="search-hint__offer" onClick={() => onFilter(offer)}>
                {t('hints.filter', { facet: t(`hints.facet.${offer.facet}`) })} <strong>{label(offer.term)}</strong>?
              </button>{' '}
              <span className="search-hint__detail">
                {offer.remainingSearch
                  ? t('hints.searchOn', { matched: offer.matchedText, remaining: offer.remainingSearch })
                  : t('hints.insteadOf', { matched: offer.matchedText })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
