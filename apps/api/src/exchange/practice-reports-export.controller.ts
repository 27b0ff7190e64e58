import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionsService } from '../accounts/sessions.service.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { sendJsonDownload } from './json-download.js';
import { PracticeReportExchangeService } from './practice-report-exchange.service.js';

/**
 * Public download of the published practice reports: GET /export/practice-reports.json, what
 * everyone may read, by instrument slug; the contact only for signed-in readers, as in the API.
 */
@Controller('export')
@UseFilters(HttpErrorFilter)
export class PracticeReportsExportController {
  constructor(
    private readonly reports: PracticeReportExchangeService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('practice-reports.json')
  async json(@Req() req: Request, @Res() res: Response): Promise<void> {
    const signedIn = (await this.sessions.viewerOf(req, res)) !== null;
    sendJsonDownload(res, 'praktijkvoorbeelden', await this.reports.records(signedIn));
  }
}
