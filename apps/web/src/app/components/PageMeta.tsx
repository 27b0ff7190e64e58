import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSiteOrigin } from '../siteOrigin';

export interface PageMetaProps {
  /** The page's own title; null for the site's home (its name and the network's). */
  title: string | null;
  description?: string | null;
  /** The canonical path, with a query string only where it names different content; the current path when left out. */
  path?: string;
  /** Open Graph type: an instrument or a report is an article, the lists are the website. */
  type?: 'website' | 'article';
  /** An absolute or site-relative preview image (Instrument.previewUrl, issue #22): a large card when there is one. */
  imageUrl?: string | null;
  /** Structured data (schema.org), written as JSON-LD. */
  jsonLd?: Record<string, unknown> | null;
}

/** "<page> · Instrumentencatalogus", or the site's name and the network's for the home page. */
export function usePageTitle(title: string | null | undefined): string {
  const { t } = useTranslation();
  return title ? `${title} · ${t('siteName')}` : `${t('siteName')} · ${t('network')}`;
}

/**
 * JSON for inside a <script> element: `<`, `>` and `&` as \u escapes (still the same JSON), so no
 * value can close the element or open a comment; U+2028/2029 too, for old JavaScript parsers.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A description fit for a snippet or a preview card: plain, one line, at most about 200 characters. */
export function snippet(text: string, max = 200): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** index.html's site-wide description, for visitors without JavaScript; the page's own replaces it. */
const SHELL_DESCRIPTION = 'meta[name="description"][data-shell]';

/**
 * A public page's head: title, description, canonical URL, Open Graph and Twitter card tags and,
 * when given, JSON-LD. React 19 hoists <title>, <meta> and <link> into <head>, in the browser and
 * in a server render alike, and removes them with the page.
 */
export function PageMeta({ title, description, path, type = 'website', imageUrl, jsonLd }: PageMetaProps) {
  const { t, i18n } = useTranslation();
  const origin = useSiteOrigin();
  const fullTitle = usePageTitle(title);
  const url = `${origin}${path ?? (typeof window === 'undefined' ? '/' : window.location.pathname)}`;
  const image = imageUrl ? new URL(imageUrl, `${origin}/`).href : null;
  const text = description ? snippet(description) : null;
  useEffect(() => document.querySelector(SHELL_DESCRIPTION)?.remove(), []);
  return (
    <>
      <title>{fullTitle}</title>
      {text && <meta name="description" content={text} />}
      <link rel="canonical" href={url} />
      <meta property="og:title" content={title ?? t('siteName')} />
      {text && <meta property="og:description" content={text} />}
      <meta property="og:url" content={url} />
      <meta property="og:type" content={type} />
      <meta property="og:site_name" content={`${t('siteName')} · ${t('network')}`} />
      <meta property="og:locale" content={i18n.language === 'en' ? 'en_GB' : 'nl_NL'} />
      {image && <meta property="og:image" content={image} />}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title ?? t('siteName')} />
      {text && <meta name="twitter:description" content={text} />}
      {image && <meta name="twitter:image" content={image} />}
      {jsonLd && <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(jsonLd) }} />}
    </>
  );
}
