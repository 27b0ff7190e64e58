import { SYNONYM_LIMITS } from '#domain';
import type { TFunction } from 'i18next';
import { serverProblem } from '../../app/errors';

/**
 * The words of a group as a curator types them: separated by commas, semicolons or new lines,
 * trimmed, inner spaces single, lower case, each once, in the order typed.
 */
export function splitWords(text: string): string[] {
  const words = text
    .split(/[,;\n]/)
    .map((word) => word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl'))
    .filter(Boolean);
  return [...new Set(words)];
}

/** The words as the input field shows them for editing. */
export function joinWords(words: readonly string[]): string {
  return words.join(', ');
}

/** What is wrong with these words, as a message key and its values, or null when they may be saved. */
export function wordsProblem(words: readonly string[]): { key: string; values?: Record<string, unknown> } | null {
  const tooLong = words.find((word) => word.length > SYNONYM_LIMITS.word.max);
  if (tooLong) return { key: 'synonyms.errors.word', values: { word: tooLong } };
  if (words.length < SYNONYM_LIMITS.words.min) return { key: 'synonyms.errors.tooFew' };
  if (words.length > SYNONYM_LIMITS.words.max) return { key: 'synonyms.errors.tooMany' };
  return null;
}

/** Groups in the order the API gives them: by their first word. */
export function byFirstWord<T extends { words: readonly string[] }>(groups: readonly T[]): T[] {
  return [...groups].sort((a, b) => (a.words[0] ?? '').localeCompare(b.words[0] ?? '', 'nl'));
}

/**
 * A failed save or delete said in Dutch (or English) from the API's code and field: which word is
 * wrong, which word another group already has, or that the group is gone. `field` says whether the
 * text belongs at the words field or above the form.
 */
export function synonymErrorText(t: TFunction, error: unknown, words: readonly string[]): { text: string; field: boolean } {
  const problem = serverProblem(error);
  if (!problem) return { text: t('errors.NETWORK', { ns: 'app' }), field: false };
  // CONFLICT names the words another group already has.
  const taken = Array.isArray(problem.extensions.words) ? problem.extensions.words.filter((word): word is string => typeof word === 'string') : [];
  switch (problem.code) {
    case 'BAD_USER_INPUT': {
      const index = problem.fields.map((path) => /^words\.(\d+)$/.exec(path)?.[1]).find((found) => found !== undefined);
      const named = index === undefined ? undefined : words[Number(index)];
      if (named !== undefined) return { text: t('synonyms.errors.word', { word: named }), field: true };
      if (problem.fields.some((path) => path === 'words' || path.startsWith('words.'))) return { text: t('synonyms.errors.words'), field: true };
      return { text: t('errors.BAD_USER_INPUT', { ns: 'app' }), field: false };
    }
    case 'CONFLICT':
      return {
        text: taken.length ? t('synonyms.errors.taken', { count: taken.length, words: taken.map((word) => t('synonyms.quoted', { word })).join(', ') }) : t('synonyms.errors.takenSome'),
        field: true,
      };
    case 'NOT_FOUND':
      return { text: t('synonyms.errors.gone'), field: false };
    default:
      return { text: t(`errors.${problem.code}`, { ns: 'app', defaultValue: t('errors.INTERNAL_SERVER_ERROR', { ns: 'app' }) }), field: false };
  }
}
