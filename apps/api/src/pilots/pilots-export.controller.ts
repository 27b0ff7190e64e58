import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { sendJsonDownload } from '../exchange/json-download.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { PilotsQueries } from './pilots.queries.js';

/**
 * Public download of every pilot, as the instrument pages show them: GET /export/pilots.json.
 * Only what everyone may read (no invited members, no feedback texts), by instrument slug;
 * POST /api/import/pilots (exchange) reads it back.
 */
@Controller('export')
@UseFilters(HttpErrorFilter)
export class PilotsExportController {
  constructor(private readonly queries: PilotsQueries) {}

  @Get('pilots.json')
  async json(@Res() res: Response): Promise<void> {
    sendJsonDownload(res, 'pilots', await this.queries.forExport());
  }
}
