import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../common/domain-error.js';
import { HttpErrorFilter } from '../http/http-error.filter.js';
import { FileUploadError } from './file-upload-error.js';

/**
 * The file routes' errors: their own codes (FILE_TOO_LARGE 413, UNSUPPORTED_FILE_TYPE 415,
 * PROPOSAL_FILES_LIMIT 422, RATE_LIMITED 429) as `{ code, message, fields }`; everything else as the
 * other HTTP routes answer it.
 */
@Catch()
export class FilesHttpErrorFilter implements ExceptionFilter {
  private readonly fallback = new HttpErrorFilter();

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError && error.code === 'TOO_MANY_REQUESTS') {
      error = new FileUploadError('RATE_LIMITED', error.message, [], error.details);
    }
    if (!(error instanceof FileUploadError) || res.headersSent) {
      this.fallback.catch(error, host);
      return;
    }
    if (typeof error.details.retryAfter === 'number') res.setHeader('Retry-After', String(error.details.retryAfter));
    res.status(error.status).setHeader('Cache-Control', 'no-store');
    res.json({ code: error.code, message: error.message, ...(error.fields.length ? { fields: error.fields } : {}), ...error.details });
  }
}
