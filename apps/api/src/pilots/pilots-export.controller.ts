import { Controller, Get, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { PilotsQueries } from './pilots.queries.js';

/**
 * Public download of every pilot, as the instrument pages show them: GET /export/pilots.json.
 * Only what everyone may read (no invited members, no feedback texts), by instrument slug.
 */
@Controller('export')
@UseFilters(HttpErrorFilter)
export class PilotsExportController {
  constructor(private readonly queries: PilotsQueries) {}

  @Get('pilots.json')
  async json(@Res() res: Response): Promise<void> {
    const pilots = await this.queries.forExport();
    const date = new Date().toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Disposition', `attachment; filename="pilots-${date}.json"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.json(pilots);
  }
}
