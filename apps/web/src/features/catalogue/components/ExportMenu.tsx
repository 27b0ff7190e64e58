import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import './export-menu.css';

/** For people: Dutch labels, plain text and page links, in a file Dutch Excel opens as it is. */
const FOR_PEOPLE = { key: 'people', path: 'instruments-excel.csv', extra: '' } as const;

/** The files that import again (and feed other systems): the catalogue's own codes and Markdown. */
const FOR_IMPORT = [
  { key: 'csv', path: 'instruments.csv', extra: '' },
  { key: 'excel', path: 'instruments.csv', extra: '&scheiding=puntkomma' },
  { key: 'json', path: 'instruments.json', extra: '' },
] as const;

/**
 * Download links for the catalogue as shown now: the export takes the page's own URL parameters
 * (`query`), so the file holds every instrument of this view, not only the loaded page.
 */
export function ExportMenu({ query }: { query: string }) {
  const { t } = useTranslation('catalogue');
  const closeOnEscape = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !event.currentTarget.open) return;
    event.currentTarget.open = false;
    event.currentTarget.querySelector('summary')?.focus();
  };
  const href = ({ path, extra }: { path: string; extra: string }) => `/export/${path}?${query}${extra}`;
  return (
    <details className="export-menu" onKeyDown={closeOnEscape}>
      <summary className="button button--secondary">{t('export.label')}</summary>
      <div className="export-menu__panel">
        <p>{t('export.hint')}</p>
        <ul>
          <li>
            <a href={href(FOR_PEOPLE)} download aria-describedby="export-people-hint">
              {t('export.people')}
            </a>
            <p id="export-people-hint" className="export-menu__note">
              {t('export.peopleHint')}
            </p>
          </li>
        </ul>
        <p className="export-menu__group" id="export-data-title">
          {t('export.forImport')}
        </p>
        <ul aria-labelledby="export-data-title">
          {FOR_IMPORT.map((download) => (
            <li key={download.key}>
              <a href={href(download)} download>
                {t(`export.${download.key}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
