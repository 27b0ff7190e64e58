import { FOLLOW_PATHS } from './following.js';

/**
 * The addresses of the public pages, for the web app's canonical links and the API's sitemap and
 * robots.txt: one definition, so a renamed route cannot leave a sitemap pointing at a 404.
 */
export const PUBLIC_PATHS = {
  catalogue: '/',
  overview: '/overzicht',
  practiceReports: '/praktijkvoorbeelden',
  finder: '/vinden',
  collections: '/startpakketten',
} as const;

export const instrumentPath = (slug: string): string => `/instrumenten/${encodeURIComponent(slug)}`;
export const practiceReportPath = (id: string): string => `${PUBLIC_PATHS.practiceReports}/${encodeURIComponent(id)}`;
export const collectionPath = (slug: string): string => `${PUBLIC_PATHS.collections}/${encodeURIComponent(slug)}`;

/** Paths search engines are asked to leave alone: signed-in views and the API. */
export const NOT_FOR_SEARCH_ENGINES = ['/beheer', '/account', '/mijn-account', '/voorstellen', '/mijn-praktijkvoorbeelden', FOLLOW_PATHS.list, FOLLOW_PATHS.unsubscribePage, '/graphql', '/api/'] as const;

/** A sitemap file holds at most this many URLs (sitemaps.org); above it the sitemap is an index of files. */
export const SITEMAP_MAX_URLS = 50_000;
