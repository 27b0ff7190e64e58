import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The API's download formats: file extension and extra parameters, with the label's key. */
const DOWNLOADS = [
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
  return (
    <details className="export-menu" onKeyDown={closeOnEscape}>
      <summary className="button button--secondary">{t('export.label')}</summary>
      <div className="export-menu__panel">
        <p>{t('export.hint')}</p>
        <ul>
          {DOWNLOADS.map(({ key, path, extra }) => (
            <li key={key}>
              <a href={`/export/${path}?${query}${extra}`} download>
                {t(`export.${key}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
