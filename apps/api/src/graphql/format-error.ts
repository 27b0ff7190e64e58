import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { DomainError } from './domain-error.js';

/** Argument values that do not fit the schema are the client's input error, literal or variable. */
const INPUT_VALUE_PROBLEM = /does not exist in ".+" enum|cannot represent|Expected value of type|Expected type/;

/**
 * The one place errors are mapped: domain errors keep their code and message; invalid argument
 * literals become BAD_USER_INPUT like invalid variables already are; anything unexpected (which
 * Nest's exception handler has logged in full) reaches the client as a bare INTERNAL_SERVER_ERROR.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
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
  if (code === 'GRAPHQL_VALIDATION_FAILED' && INPUT_VALUE_PROBLEM.test(formatted.message)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
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
