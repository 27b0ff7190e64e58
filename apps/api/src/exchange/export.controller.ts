import type { Readable } from 'node:stream';
import { Controller, Get, Logger, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { hasRole } from '#domain';
import { SessionsService } from '../accounts/sessions.service.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { streamAnswer } from '../http/stream-response.js';
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
    await this.send(res, 'text/csv; charset=utf-8', 'csv', this.exports.csv(records, parsed.separator, member));
  }

  /** For reading in Dutch Excel, not for importing again: labels, plain text, a link to each page. */
  @Get('instruments-excel.csv')
  async excel(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const parsed = parseExportQuery(query);
    const member = await this.isMember(req, res);
    const records = await this.exports.records(parsed, member);
    await this.send(res, 'text/csv; charset=utf-8', 'csv', await this.exports.excel(records, member), '-excel');
  }

  @Get('instruments.json')
  async json(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const parsed = parseExportQuery(query);
    const member = await this.isMember(req, res);
    const records = await this.exports.records(parsed, member);
    await this.send(res, 'application/json; charset=utf-8', 'json', this.exports.json(records));
  }

  /** Contact e-mail addresses go only to signed-in members, as in the GraphQL API. */
  private async isMember(req: Request, res: Response): Promise<boolean> {
    const viewer = await this.sessions.viewerOf(req, res);
    return viewer !== null && hasRole(viewer.role, 'MEMBER');
  }

  private send(res: Response, contentType: string, extension: string, body: Readable, suffix = ''): Promise<void> {
    const date = new Date().toISOString().slice(0, 10);
    return streamAnswer(res, { contentType, cacheControl: 'no-store', filename: `instrumenten-${date}${suffix}.${extension}` }, body, this.logger, 'Export');
  }
}
