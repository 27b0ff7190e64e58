import { NOT_FOR_SEARCH_ENGINES } from '#domain';

/** The five XML characters as entities: a URL's `&` becomes `&amp;`, and no value can close an element. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
}

export const URLSET_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
export const URLSET_CLOSE = '</urlset>\n';
export const INDEX_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n';
export const INDEX_CLOSE = '</sitemapindex>\n';

/** One `<url>` entry; lastmod as a W3C datetime (UTC). */
export function urlEntry({ loc, lastmod }: SitemapUrl): string {
  return `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ''}</url>\n`;
}

export function sitemapEntry(loc: string): string {
  return `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`;
}

/** robots.txt: every public page, not the signed-in views or the API; where the sitemap is. */
export function robotsTxt(origin: string): string {
  return ['User-agent: *', 'Allow: /', ...NOT_FOR_SEARCH_ENGINES.map((p) => `Disallow: ${p}`), '', `Sitemap: ${origin}/sitemap.xml`, ''].join('\n');
}
