import {
  Controller,
  HttpStatus,
  PayloadTooLargeException,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { RequireRole } from '../accounts/require-role.decorator.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { badInput, DomainError } from '../common/domain-error.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { CsrfHeaderGuard } from '../http/csrf-header.guard.js';
import type { Separator } from './export-query.js';
import type { ImportReport } from './import-report.js';
import { ImportService } from './import.service.js';

/** Upload limit in bytes: IMPORT_MAX_MB, default 50 (about 50,000 fully described instruments). */
export function importMaxBytes(): number {
  const mb = Number(process.env.IMPORT_MAX_MB ?? 50);
  return Math.floor((Number.isFinite(mb) && mb > 0 ? mb : 50) * 1024 * 1024);
}

const FLAGS = new Set(['true', '1', 'ja', 'false', '0', 'nee', '']);
const PARAMS = ['dryRun', 'createMissing', 'separator', 'scheiding'];

export function flag(query: Record<string, unknown>, name: string): boolean {
  const value = query[name];
  if (value === undefined) return false;
  if (typeof value !== 'string' || !FLAGS.has(value)) throw badInput(`"${name}" is true or false.`, name);
  return ['true', '1', 'ja'].includes(value);
}

function separator(query: Record<string, unknown>): Separator | undefined {
  const value = query.separator ?? query.scheiding;
  if (value === undefined || value === '') return undefined;
  const separators: Record<string, Separator> = { ',': ',', ';': ';', komma: ',', puntkomma: ';' };
  const found = typeof value === 'string' ? separators[value] : undefined;
  if (!found) throw badInput('The separator is , or ; (komma or puntkomma); left out, the header line decides.', 'separator');
  return found;
}

const tooLarge = () => `The file is larger than the limit of ${+(importMaxBytes() / 1024 / 1024).toFixed(2)} MB.`;

/** Reads a text/csv (or other unparsed) body up to the limit. */
export async function readBody(req: Request): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > importMaxBytes()) throw new PayloadTooLargeException(tooLarge());
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Curators upload a CSV file or the JSON export: POST /api/import/instruments?dryRun=true&createMissing=true,
 * as multipart/form-data (field `file`) or with Content-Type text/csv or application/json. Answers the report:
 * 200 when the file is valid (and, without dryRun, imported), 422 when it is not (nothing written).
 */
@Controller('api/import')
@UseFilters(HttpErrorFilter)
export class ImportController {
  constructor(
    private readonly imports: ImportService,
    private readonly sessions: SessionsService,
  ) {}

  @Post('instruments')
  @RequireRole('CURATOR')
  @UseGuards(CsrfHeaderGuard)
  @UseInterceptors(FileInterceptor('file', { limits: () => ({ fileSize: importMaxBytes(), files: 1 }) }))
  async instruments(
    @Query() query: Record<string, unknown>,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportReport> {
    const unknown = Object.keys(query).filter((name) => !PARAMS.includes(name));
    if (unknown.length) {
      throw badInput(`Unknown parameter ${unknown.map((n) => `"${n}"`).join(', ')}; known: ${PARAMS.join(', ')}.`, ...unknown);
    }
    const options = { dryRun: flag(query, 'dryRun'), createMissing: flag(query, 'createMissing'), separator: separator(query) };
    let source: unknown;
    if (file) source = file.buffer;
    else if (req.is('text/csv')) source = await readBody(req);
    // Parsed by express.json already (up to its 1 MB); anything but an array is the report's NOT_JSON.
    else if (req.is('application/json')) source = req.body;
    else {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Send the CSV or JSON file as multipart/form-data in the field "file", or as the body with Content-Type: text/csv or application/json.',
        ['file'],
      );
    }
    const viewer = (await this.sessions.viewerOf(req, res))!;
    const report = await this.imports.import(source, {
      ...options,
      actor: { accountId: viewer.accountId, displayName: viewer.displayName },
    });
    res.status(report.ok ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY);
    res.setHeader('Cache-Control', 'no-store');
    return report;
  }
}
