import { IntrinsicException } from '@nestjs/common';

/** Codes a client can act on; they become `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** Over a rate limit; `extensions.retryAfter` says after how many seconds to try again. */
  | 'TOO_MANY_REQUESTS'
  /** The database is unreachable or too slow; `extensions.retryAfter` suggests when to retry. */
  | 'SERVICE_UNAVAILABLE';

/**
 * An expected failure with a message meant for a person. Mapped once, in the error formatter;
 * an IntrinsicException, so Nest does not log it as a crash.
 */
export class DomainError extends IntrinsicException {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For input errors: the offending argument or field paths, e.g. `first`, `filter.phases`. */
    readonly fields: string[] = [],
    /** More for the client to act on, e.g. the current version after a conflict. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function badInput(message: string, ...fields: string[]): DomainError {
  return new DomainError('BAD_USER_INPUT', message, fields);
}
