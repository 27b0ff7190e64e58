import { Injectable } from '@nestjs/common';
import { PUBLIC_PATHS, SITEMAP_MAX_URLS, collectionPath, instrumentPath } from '#domain';
import { appUrl } from '../common/app-url.js';
import { DomainError } from '../common/domain-error.js';
import { SitemapQueries } from './sitemap.queries.js';
import { INDEX_CLOSE, INDEX_OPEN, URLSET_CLOSE, URLSET_OPEN, sitemapEntry, urlEntry, type SitemapUrl } from './sitemap-xml.js';

/** Rows read per statement; memory holds one batch, whatever the size of the catalogue. */
export const SITEMAP_BATCH = 1000;

/** The public pages that are not an instrument; with the published starter kits they lead the sitemap (its first file when split). */
const PAGES = [PUBLIC_PATHS.catalogue, PUBLIC_PATHS.overview, PUBLIC_PATHS.practiceReports, PUBLIC_PATHS.finder, PUBLIC_PATHS.collections];

/**
 * sitemap.xml: one file while the catalogue fits in SITEMAP_MAX_URLS URLs, else an index of
 * files (/sitemap/1.xml, /sitemap/2.xml, …) of at most that many each. Written as a stream from
 * keyset batches, so a large catalogue costs no more memory than a small one.
 */
@Injectable()
export class SitemapService {
  constructor(private readonly queries: SitemapQueries) {}

  /** `maxUrls` is the sitemaps.org limit; tests pass a small one to see the split. */
  async sitemap(maxUrls = SITEMAP_MAX_URLS): Promise<AsyncGenerator<string>> {
    const pages = await this.pages();
    const total = pages.length + (await this.queries.count());
    return total <= maxUrls ? this.urlset(pages, 0, Number.POSITIVE_INFINITY) : this.index(Math.ceil(total / maxUrls));
  }

  /** Part `part` (1-based) of a split sitemap; NOT_FOUND beyond the last one. */
  async part(part: number, maxUrls = SITEMAP_MAX_URLS): Promise<AsyncGenerator<string>> {
    const pages = await this.pages();
    const total = pages.length + (await this.queries.count());
    const parts = Math.ceil(total / maxUrls);
    if (!Number.isInteger(part) || part < 1 || part > parts || parts < 2) throw new DomainError('NOT_FOUND', `There is no sitemap part ${part}.`);
    // Part 1 holds the pages and the first instruments; the others only instruments.
    const first = part === 1 ? 0 : (part - 1) * maxUrls - pages.length;
    const count = part === 1 ? maxUrls - pages.length : maxUrls;
    return this.urlset(part === 1 ? pages : [], first, count);
  }

  /** The fixed pages, then each published starter kit's own page (a handful: read whole). */
  private async pages(): Promise<SitemapUrl[]> {
    const origin = appUrl();
    const kits = await this.queries.publishedCollections();
    return [...PAGES.map((page) => ({ loc: `${origin}${page}` })), ...kits.map((kit) => ({ loc: `${origin}${collectionPath(kit.slug)}`, lastmod: kit.updatedAt }))];
  }

  private async *index(parts: number): AsyncGenerator<string> {
    yield INDEX_OPEN;
    for (let part = 1; part <= parts; part++) yield sitemapEntry(`${appUrl()}/sitemap/${part}.xml`);
    yield INDEX_CLOSE;
  }

  /** `pages`, then `count` instruments from the `first`-th (0-based) in slug order. */
  private async *urlset(pages: SitemapUrl[], first: number, count: number): AsyncGenerator<string> {
    const origin = appUrl();
    yield URLSET_OPEN;
    for (const page of pages) yield urlEntry(page);
    let after = await this.queries.slugBefore(first);
    let left = count;
    while (left > 0) {
      const rows = await this.queries.page(after, Math.min(SITEMAP_BATCH, left));
      if (rows.length === 0) break;
      yield rows.map((row) => urlEntry({ loc: `${origin}${instrumentPath(row.slug)}`, lastmod: row.updatedAt })).join('');
      left -= rows.length;
      after = rows.at(-1)!.slug;
    }
    yield URLSET_CLOSE;
  }
}
