import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from '../common/domain-error.js';
import { databaseFault } from '../graphql/format-error.js';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_REQUESTS: HttpStatus.TOO_MANY_REQUESTS,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** The body of every error answer of the plain HTTP routes. */
export interface HttpErrorBody {
  code: string;
  message: string;
  fields?: string[];
  retryAfter?: number;
}

/**
 * For the plain HTTP routes (export, import): domain errors, and database faults as the GraphQL
 * endpoint maps them (503 SERVICE_UNAVAILABLE with Retry-After), keep their code and message
 * with a fitting status; Nest's HTTP exceptions (413 from the upload limit) keep theirs; anything
 * else is logged in full and answered as a bare 500.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) {
      // A stream broke after the first bytes: nothing to answer, the client sees a cut response.
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.destroy();
      return;
    }
    let status: number;
    let body: HttpErrorBody;
    const domain = error instanceof DomainError ? error : databaseFault(error);
    if (domain) {
      status = STATUS[domain.code];
      body = { code: domain.code, message: domain.message, ...(domain.fields.length ? { fields: domain.fields } : {}), ...domain.details };
      if (typeof domain.details.retryAfter === 'number') res.setHeader('Retry-After', String(domain.details.retryAfter));
    } else if (error instanceof HttpException) {
      status = error.getStatus();
      body = { code: HttpStatus[status] ?? 'ERROR', message: error.message };
    } else {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      status = HttpStatus.INTERNAL_SERVER_ERROR;
      body = {
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw. (Internal server error)',
      };
    }
    res.status(status).setHeader('Cache-Control', 'no-store');
    res.json(body);
  }
}
