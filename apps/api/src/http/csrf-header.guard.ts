import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { badInput } from '../common/domain-error.js';

/** Content types a page on another site may send without a CORS preflight. */
const SIMPLE_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Apollo's CSRF rule for the plain HTTP routes that change data: a request with a "simple"
 * content type (or none) must carry a header a cross-site form cannot set, `X-Requested-With`
 * or `Apollo-Require-Preflight`. Other content types (text/csv) need a preflight anyway.
 */
@Injectable()
export class CsrfHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type && !SIMPLE_TYPES.includes(type)) return true;
    if (req.headers['x-requested-with'] || req.headers['apollo-require-preflight']) return true;
    throw badInput(
      'This request needs the header X-Requested-With (any value) or Content-Type: text/csv, against cross-site request forgery.',
    );
  }
}
