import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, isStatementTimeout, pgErrorCode } from '../database/postgres-errors.js';
import { DomainError } from '../common/domain-error.js';
import { QUERY_LIMITS, QUERY_TOO_COMPLEX } from './query-limits.js';

/** Seconds a client should wait before retrying when the database is unavailable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Argument values that do not fit the schema are the client's input error, literal or variable. */
const INPUT_VALUE_PROBLEM = /does not exist in ".+" enum|cannot represent|Expected value of type|Expected type/;

/**
 * Faults of the database or of a value PostgreSQL refuses, as the domain error a client can act
 * on; null for anything else. The GraphQL formatter and the HTTP routes' filter both use it.
 */
export function databaseFault(error: unknown): DomainError | null {
  if (isDatabaseUnavailable(error) || isStatementTimeout(error)) {
    return new DomainError(
      'SERVICE_UNAVAILABLE',
      isStatementTimeout(error)
        ? 'Dit verzoek duurde te lang en is afgebroken. Probeer het zo opnieuw. (Request took too long)'
        : 'De database is even niet bereikbaar. Probeer het zo opnieuw. (Database unavailable)',
      [],
      { retryAfter: DATABASE_RETRY_AFTER_SECONDS },
    );
  }
  // Values PostgreSQL cannot take that slipped past validation: a NUL byte in text, a malformed id.
  if (['22021', '22P05', '22P02'].includes(pgErrorCode(error) ?? '')) {
    return new DomainError(
      'BAD_USER_INPUT',
      'A value has a form that cannot be stored or looked up (such as a NUL character or a malformed id).',
    );
  }
  return null;
}

/** graphql-js's "Did you mean …?" names schema members (fields, types, enum values) a production API keeps to itself. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * The one place errors are mapped: domain errors keep their code and message; invalid argument
 * literals become BAD_USER_INPUT like invalid variables already are; a request that names no
 * operation it holds is BAD_REQUEST; anything unexpected (which Nest's exception handler has
 * logged in full) reaches the client as a bare INTERNAL_SERVER_ERROR. In production no message
 * suggests names.
 */
export function errorFormatter(production: boolean): (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError {
  if (!production) return formatError;
  return (formatted, error) => {
    const result = formatError(formatted, error);
    return { ...result, message: result.message.replace(SUGGESTION, '') };
  };
}

function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const unwrapped = unwrapResolverError(error);
  const original = unwrapped instanceof DomainError ? unwrapped : (databaseFault(unwrapped) ?? unwrapped);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        ...(original.fields.length ? { fields: original.fields } : {}),
        ...original.details,
      },
    };
  }
  const code = formatted.extensions?.code;
  // Apollo re-codes validation errors; the limit rules' own code survives on the original error.
  const limitRule = error instanceof GraphQLError && error.originalError instanceof GraphQLError && error.originalError.extensions?.code === QUERY_TOO_COMPLEX;
  // graphql-js's parser says "more that N tokens" (sic).
  const tooManyTokens = code === 'GRAPHQL_PARSE_FAILED' && /Document contains more tha[nt] \d+ tokens/.test(formatted.message);
  if (limitRule || code === QUERY_TOO_COMPLEX || tooManyTokens) {
    const { cost, maxCost } = formatted.extensions ?? {};
    return {
      message: tooManyTokens ? `Query has too many tokens (the maximum is ${QUERY_LIMITS.maxTokens}).` : formatted.message,
      locations: formatted.locations,
      extensions: { code: QUERY_TOO_COMPLEX, ...(cost !== undefined ? { cost, maxCost } : {}) },
    };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INPUT_VALUE_PROBLEM.test(formatted.message)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
  }
  // "Unknown operation named …", "Must provide operation name if query contains multiple
  // operations.", and Apollo's other refusals of a request with a 4xx status but no code of their
  // own ("provided sha does not match query").
  const status = error instanceof GraphQLError ? (error.extensions?.http as { status?: number } | undefined)?.status : undefined;
  const refused = (code === undefined || code === 'INTERNAL_SERVER_ERROR') && status !== undefined && status >= 400 && status < 500;
  if (code === 'OPERATION_RESOLUTION_FAILURE' || refused) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
  }
  if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
    return {
      message: 'Er ging iets mis aan onze kant. Probeer het later opnieuw. (Internal server error)',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  // Parse and validation errors: keep message and code, drop anything else (stack traces).
  return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
}
