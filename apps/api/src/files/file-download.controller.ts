import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, Param, Req, Res, UseFilters } from '@nestjs/common';
import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import rangeParser from 'range-parser';
import { SessionsService } from '../accounts/sessions.service.js';
import { DomainError } from '../common/domain-error.js';
import { isUuid, PREVIEW_NAME } from './file-edition.mapper.js';
import { FilesHttpErrorFilter } from './files-http-error.filter.js';
import { FilesQueries } from './files.queries.js';
import { mayDownload } from './files.service.js';
import { FilesStore } from './storage/files-store.js';

/** Public editions may be kept a little while by browsers and proxies; a retire reaches them within five minutes. */
const PUBLIC_CACHE = 'public, max-age=300';
/** Attachments and retired editions are for some viewers only: never in a shared cache. */
const PRIVATE_CACHE = 'private, no-cache';

/** Whether an If-None-Match / If-Range value names this (strong) ETag. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Downloads, safe whatever the bytes are: always `Content-Disposition: attachment` with the sanitised
 * name (UTF-8 `filename*`), `X-Content-Type-Options: nosniff`, the stored type (never HTML or SVG:
 * they cannot be stored), a sandboxing CSP; a strong ETag (the sha256) with If-None-Match → 304, and
 * Range (206, 416). Not found, and not allowed (a retired edition for a visitor, another member's
 * attachment), are the same 404, so existence does not leak. A full download, or a range from byte
 * 0, counts once.
 *
 * `GET /files/:editionId/preview.png` is the PNG of a PDF's first page (only PDFs have one, so no
 * PNG's own name is shadowed).
 */
@Controller('files')
@UseFilters(FilesHttpErrorFilter)
export class FileDownloadController {
  private readonly logger = new Logger('FileDownload');

  constructor(
    private readonly queries: FilesQueries,
    private readonly store: FilesStore,
    private readonly sessions: SessionsService,
  ) {}

  @Get(':editionId/:fileName')
  async download(@Param('editionId') id: string, @Param('fileName') name: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const row = isUuid(id) ? await this.queries.downloadable(id) : undefined;
    if (!row || !mayDownload(row, await this.sessions.viewerOf(req, res))) {
      throw new DomainError('NOT_FOUND', 'Dit bestand bestaat niet (meer). (There is no such file.)');
    }
    const preview = name === PREVIEW_NAME && row.previewKey ? await this.store.stat(row.previewKey) : null;
    const key = preview ? preview.key : row.storedFileKey;
    const size = preview ? preview.size : row.size;
    const etag = `"${preview ? preview.sha256 : row.sha256}"`;

    res.setHeader('Content-Type', preview ? 'image/png' : row.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', preview ? contentDisposition(PREVIEW_NAME, { type: 'inline' }) : contentDisposition(row.fileName));
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cache-Control', row.proposalId || row.retiredAt ? PRIVATE_CACHE : PUBLIC_CACHE);
    res.setHeader('ETag', etag);
    res.setHeader('Accept-Ranges', 'bytes');
    if (matches(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }

    let range: { start: number; end: number } | undefined;
    const ifRange = req.get('if-range');
    if (req.headers.range && (!ifRange || matches(ifRange, etag))) {
      const ranges = rangeParser(size, req.headers.range, { combine: true });
      if (ranges === -1) {
        res.setHeader('Content-Range', `bytes */${size}`);
        res.status(416).end();
        return;
      }
      // A malformed header, another unit or several ranges: the whole file (a server may ignore Range).
      if (ranges !== -2 && ranges.type === 'bytes' && ranges.length === 1) range = ranges[0];
    }
    if (range) {
      res.status(206);
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('Content-Length', String(range.end - range.start + 1));
    } else {
      res.status(200);
      res.setHeader('Content-Length', String(size));
    }
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    if (!preview && (!range || range.start === 0)) {
      res.once('finish', () => {
        this.queries.countDownload(row.id).catch((error: unknown) => this.logger.warn(`download of ${row.id} not counted: ${String(error)}`));
      });
    }
    const body: Readable = await this.store.get(key, range);
    try {
      await pipeline(body, res);
    } catch (error) {
      // The client went away, or the store failed after the first bytes: the answer is cut, nothing more to say.
      if (!res.writableFinished) this.logger.warn(`download of ${row.id} cut: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
