import { Controller, HttpStatus, Post, Query, Req, Res, UploadedFile, UseFilters, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { badInput, DomainError } from '../common/domain-error.js';
import { CsrfHeaderGuard } from '../http/csrf-header.guard.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { flag, importMaxBytes } from './import.controller.js';
import type { ImportReport } from './import-report.js';
import { PilotImportService } from './pilot-import.service.js';
import { PracticeReportExchangeService } from './practice-report-exchange.service.js';

const PARAMS = ['dryRun'];

/**
 * Curators upload the JSON files the exports write: POST /api/import/practice-reports and
 * /api/import/pilots (?dryRun=true), as multipart/form-data (field `file`, up to IMPORT_MAX_MB)
 * or as an application/json body (up to the API's 1 MB for JSON bodies). Guarded as the
 * instrument import: curators only, the CSRF header, one import of a kind at a time. Answers
 * the report: 200 when the file is valid (and, without dryRun, imported), 422 when not.
 */
@Controller('api/import')
@UseFilters(HttpErrorFilter)
export class JsonImportController {
  constructor(
    private readonly practiceReports: PracticeReportExchangeService,
    private readonly pilots: PilotImportService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('practice-reports')
  @RequireRole('CURATOR')
  @UseGuards(CsrfHeaderGuard)
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: importMaxBytes(), files: 1 }) }))
  practiceReportsImport(
    @Query() query: Record<string, unknown>,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportReport> {
    return this.run(query, file, req, res, (source, options) => this.practiceReports.import(source, options));
  }

  @Post('pilots')
  @RequireRole('CURATOR')
  @UseGuards(CsrfHeaderGuard)
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: importMaxBytes(), files: 1 }) }))
  pilotsImport(
    @Query() query: Record<string, unknown>,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportReport> {
    return this.run(query, file, req, res, (source, options) => this.pilots.import(source, options));
  }

  private async run(
    query: Record<string, unknown>,
    file: { buffer: Buffer } | undefined,
    req: Request,
    res: Response,
    work: (source: unknown, options: { dryRun: boolean; actor: { accountId: string; displayName: string } }) => Promise<ImportReport>,
  ): Promise<ImportReport> {
    const unknown = Object.keys(query).filter((name) => !PARAMS.includes(name));
    if (unknown.length) {
      throw badInput(`Unknown parameter ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${PARAMS.join(', ')}.`, ...unknown);
    }
    const dryRun = flag(query, 'dryRun');
    // Express parsed an application/json body already (express.json in app.factory).
    const source: unknown = file ? file.buffer : req.is('application/json') ? req.body : undefined;
    if (source === undefined) {
      throw new DomainError('BAD_USER_INPUT', 'Send the JSON file as multipart/form-data in the field "file", or as the body with Content-Type: application/json.', ['file']);
    }
    const viewer = (await this.sessions.viewerOf(req, res))!;
    const report = await work(source, { dryRun, actor: { accountId: viewer.accountId, displayName: viewer.displayName } });
    res.status(report.ok ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY);
    res.setHeader('Cache-Control', 'no-store');
    return report;
  }
}
