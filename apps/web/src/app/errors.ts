import { CombinedGraphQLErrors } from '@apollo/client';
import { serverMessage, type FieldProblem } from './fields/fieldProblem';

/** What the API said was wrong, read from a GraphQL error's `extensions`. */
export interface ServerProblem {
  code: string;
  message: string;
  /** Input paths the API named, e.g. `title`, `links.0.url`. */
  fields: string[];
  extensions: Record<string, unknown>;
}

/** The first GraphQL error of a failed request, or null for a network failure. */
export function serverProblem(error: unknown): ServerProblem | null {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return null;
  const first = error.errors[0]!;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  return {
    code: typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
    message: first.message,
    fields: Array.isArray(extensions.fields) ? (extensions.fields as string[]) : [],
    extensions,
  };
}

/**
 * Server errors per form field (the API's own message at each named field), plus a general
 * message key for the form when no field was named. `problems` holds the same per-field errors in
 * the forms' one shape (app/fields/fieldProblem.ts), `byField` as plain text.
 */
export function fieldErrors(
  error: unknown,
  known: readonly string[],
): { byField: Record<string, string>; problems: Record<string, FieldProblem>; general: string | null } {
  const problem = serverProblem(error);
  if (!problem) return { byField: {}, problems: {}, general: 'errors.NETWORK' };
  const byField: Record<string, string> = {};
  for (const path of problem.fields) {
    const field = known.find((name) => path === name || path.startsWith(`${name}.`));
    if (field && !byField[field]) byField[field] = problem.message;
  }
  const problems = Object.fromEntries(Object.entries(byField).map(([field, message]) => [field, serverMessage(message)]));
  return { byField, problems, general: Object.keys(byField).length ? null : `errors.${problem.code}` };
}

/**
 * What a plain HTTP route (export, import) said was wrong, read from its JSON error body
 * `{ code, message, fields }`; a body without a code counts as an internal error.
 */
export function httpProblem(body: unknown): ServerProblem {
  const { code, message, fields } = (body ?? {}) as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
    message: typeof message === 'string' ? message : '',
    fields: Array.isArray(fields) ? (fields as string[]) : [],
    extensions: {},
  };
}
