import { useTranslation } from 'react-i18next';
import { hostOf, safeHref } from './links';
import type { Instrument } from './types';

/** The instrument's links; a URL with an unsafe protocol is shown as text, never as a link. */
export function InstrumentLinks({ links }: { links: Instrument['links'] }) {
  const { t } = useTranslation('instrument');
  if (links.length === 0) return <p className="instrument__muted">{t('links.empty')}</p>;
  return (
    <ul className="instrument-links">
      {links.map((link, i) => {
        const href = safeHref(link.url);
        const host = hostOf(link.url);
        return (
          <li key={`${i}-${link.url}`}>
            {href ? (
              <a href={href} rel="noopener noreferrer">
                {link.label}
              </a>
            ) : (
              link.label
            )}
            {host && <span className="instrument-links__host"> {t('links.host', { host })}</span>}
          </li>
        );
      })}
    </ul>
  );
}
