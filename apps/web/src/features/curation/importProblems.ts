import { PROTOTYPE_STATUS_LABELS, type ImportProblem, type PrototypeStatus } from '#domain';
import type { TFunction } from 'i18next';

/**
 * An import problem in the reader's language, from its code and params; the API's English text
 * when this version of the web app does not know the code yet.
 */
export function importProblemText(t: TFunction, language: string, problem: ImportProblem): string {
  const params: Record<string, string | number> = { ...problem.params };
  const status = (code: string | number) => {
    const labels = PROTOTYPE_STATUS_LABELS[code as PrototypeStatus];
    return labels ? (language === 'en' ? labels.en : labels.nl) : String(code);
  };
  if (typeof params.vocabulary === 'string') params.vocabulary = t(`import.vocabulary.${params.vocabulary}`);
  if (params.line === undefined) params.line = '?';
  let key = `import.problem.${problem.code}`;
  if (problem.code === 'STATUS_STEP') {
    params.from = status(params.from);
    params.to = status(params.to);
    params.allowed = String(params.allowed ?? '')
      .split(', ')
      .filter(Boolean)
      .map(status)
      .join(', ');
    if (!params.allowed) key = 'import.problem.STATUS_STEP_RETIRED';
  }
  if (problem.code === 'INVALID_VALUE') key = `import.problem.rule.${String(params.rule)}`;
  // A file that cannot create codes (practice reports) names the known ones only.
  if (problem.code === 'UNKNOWN_CODE' && params.fixed) key = 'import.problem.UNKNOWN_CODE_FIXED';
  return t(key, { ...params, ...(typeof params.min === 'number' ? { count: params.min } : {}), defaultValue: problem.problem });
}
