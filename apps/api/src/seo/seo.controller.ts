import { Controller, Get, Logger, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { appUrl } from '../common/app-url.js';
import { DomainError } from '../common/domain-error.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { streamAnswer } from '../http/stream-response.js';
import { robotsTxt } from './sitemap-xml.js';
import { SitemapService } from './sitemap.service.js';

/** What search engines read first: GET /robots.txt, GET /sitemap.xml and, for a large catalogue, GET /sitemap/N.xml. */
@Controller()
@UseFilters(HttpErrorFilter)
export class SeoController {
  private readonly logger = new Logger('Sitemap');

  constructor(private readonly sitemaps: SitemapService) {}

  @Get('robots.txt')
  robots(@Res() res: Response): void {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.send(robotsTxt(appUrl()));
  }

  @Get('sitemap.xml')
  async sitemap(@Res() res: Response): Promise<void> {
    await this.send(await this.sitemaps.sitemap(), res);
  }

  @Get('sitemap/:file')
  async part(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^([1-9]\d{0,5})\.xml$/.exec(file);
    if (!match) throw new DomainError('NOT_FOUND', `There is no sitemap file "${file}".`);
    await this.send(await this.sitemaps.part(Number(match[1])), res);
  }

  private send(body: AsyncIterable<string>, res: Response): Promise<void> {
    return streamAnswer(res, { contentType: 'application/xml; charset=utf-8', cacheControl: 'public, max-age=3600' }, body, this.logger, 'Sitemap');
  }
}
