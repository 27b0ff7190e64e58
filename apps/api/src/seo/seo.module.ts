import { Module } from '@nestjs/common';
import { SeoController } from './seo.controller.js';
import { SitemapQueries } from './sitemap.queries.js';
import { SitemapService } from './sitemap.service.js';

/** robots.txt and sitemap.xml for search engines (the pages' own meta tags are the web app's). */
@Module({
  controllers: [SeoController],
  providers: [SitemapService, SitemapQueries],
})
export class SeoModule {}
