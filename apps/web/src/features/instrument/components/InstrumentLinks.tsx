import { defaultUrlTransform } from 'react-markdown';
import { useTranslation } from 'react-i18next';
import type { Instrument } from './types';

/** The host name shown next to a link, so people see where it leads before they follow it. */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** The instrument's links; a URL with an unsafe protocol is shown as text, never as a link. */
export function InstrumentLinks({ links }: { links: Instrument['links'] }) {
  const { t } = useTranslation('instrument');
  if (links.length === 0) return <p className="instrument__muted">{t('links.empty')}</p>;
  return (
    <ul className="instrument-links">
      {links.map((link, i) => {
        // Same rule as the description: javascript:, data: and the like become ''.
        const href = defaultUrlTransform(link.url.trim());
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
