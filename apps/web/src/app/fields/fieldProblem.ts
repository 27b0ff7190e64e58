/**
 * The one shape of a problem with a form field, shared by the curators' instrument editor, the
 * proposal form and the server-error mapping (app/errors.ts `fieldErrors`): a message key of the
 * form's namespace and the values it interpolates (numbers too, e.g. a length and its maximum).
 */
export interface FieldProblem {
  key: string;
  values?: Record<string, number | string>;
}

/** Problems per field path (a form field, or a link cell `links.<i>.label|url`). */
export type FieldProblems<P extends string = string> = Partial<Record<P, FieldProblem>>;

/**
 * The key of a problem the API described in its own words: not a message key of any namespace,
 * its text is `values.message` as the API sent it.
 */
export const SERVER_MESSAGE = '$server';

export function serverMessage(message: string): FieldProblem {
  return { key: SERVER_MESSAGE, values: { message } };
}

/** The text of a problem: the API's own words, or the form's message with its values. */
export function problemText(t: (key: string, values?: Record<string, number | string>) => string, problem: FieldProblem | undefined | null): string | null {
  if (!problem) return null;
  if (problem.key === SERVER_MESSAGE) return String(problem.values?.message ?? '');
  return t(problem.key, problem.values);
}
