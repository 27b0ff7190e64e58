import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { hasRole } from '#domain';
import { SessionsService } from '../accounts/sessions.service.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { ExportService } from './export.service.js';
import { parseExportQuery } from './export-query.js';

/** Public downloads of the (filtered) catalogue: GET /export/instruments.csv, /export/instruments-excel.csv and /export/instruments.json. */
@Controller('export')
@UseFilters(HttpErrorFilter)
export class ExportController {
  private readonly logger = new Logger('Export');

  constructor(
    private readonly exports: ExportService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('instruments.csv')
  async csv(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const parsed = parseExportQuery(query);
    const member = await this.isMember(req, res);
    const records = await this.exports.records(parsed, member);
    this.start(res, 'text/csv; charset=utf-8', 'csv');
    await this.send(this.exports.csv(records, parsed.separator, member), res);
  }

  /** For reading in Dutch Excel, not for importing again: labels, plain text, a link to each page. */
  @Get('instruments-excel.csv')
  async excel(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const parsed = parseExportQuery(query);
    const member = await this.isMember(req, res);
    const records = await this.exports.records(parsed, member);
    const body = await this.exports.excel(records, member);
    this.start(res, 'text/csv; charset=utf-8', 'csv', '-excel');
    await this.send(body, res);
  }

  @Get('instruments.json')
  async json(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const parsed = parseExportQuery(query);
    const member = await this.isMember(req, res);
    const records = await this.exports.records(parsed, member);
    this.start(res, 'application/json; charset=utf-8', 'json');
    await this.send(this.exports.json(records), res);
  }

  /** Contact e-mail addresses go only to signed-in members, as in the GraphQL API. */
  private async isMember(req: Request, res: Response): Promise<boolean> {
    const viewer = await this.sessions.viewerOf(req, res);
    return viewer !== null && hasRole(viewer.role, 'MEMBER');
  }

  private start(res: Response, contentType: string, extension: string, suffix = ''): void {
    const date = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Disposition', `attachment; filename="instrumenten-${date}${suffix}.${extension}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  }

  /** Streams with backpressure; a client that goes away stops the reading. */
  private async send(body: NodeJS.ReadableStream, res: Response): Promise<void> {
    try {
      await pipeline(body, res);
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') return;
      this.logger.error(`Export stopped: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      res.destroy();
    }
  }
}
