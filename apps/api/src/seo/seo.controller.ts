import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Controller, Get, Logger, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { appUrl } from '../common/app-url.js';
import { DomainError } from '../common/domain-error.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
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

  /** Streams with backpressure; a client that goes away stops the reading. */
  private async send(body: AsyncIterable<string>, res: Response): Promise<void> {
    res.status(200);
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await pipeline(Readable.from(body), res);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      this.logger.error(`Sitemap stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      res.destroy();
    }
  }
}
