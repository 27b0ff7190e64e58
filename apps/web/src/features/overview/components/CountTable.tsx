import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router';
import { useTermLabel } from '../../../app/labels';
import { catalogueHref, type CatalogueParam } from '../catalogueLink';
import type { TermCountItem } from './types';

interface CountTableProps {
  terms: readonly TermCountItem[];
  /** The catalogue URL parameter each row filters on. */
  param: CatalogueParam;
  caption: string;
  /** Header of the term column. */
  column: string;
  /** When a visible heading or figcaption already says what the caption says. */
  hideCaption?: boolean;
}

/** Counts per term as a table, each term linking to the catalogue filtered on it. */
export function CountTable({ terms, param, caption, column, hideCaption = false }: CountTableProps) {
  const { t } = useTranslation('overview');
  const label = useTermLabel();
  return (
    <table className="count-table">
      <caption className={hideCaption ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col" className="count-table__count">
            {t('countColumn')}
          </th>
        </tr>
      </thead>
      <tbody>
        {terms.map((term) => {
          const name = label(term);
          return (
            <tr key={term.code} className={term.count === 0 ? 'count-table__row--empty' : undefined}>
              <th scope="row">
                {/* An empty term would lead to an empty result list: shown, but not a link. */}
                {term.count > 0 ? (
                  <Link to={catalogueHref({ [param]: term.code })} aria-label={t('countLink', { label: name, count: term.count })}>
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </th>
              <td className="count-table__count">{term.count}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
