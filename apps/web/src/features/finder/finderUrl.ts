import type { TimeAvailable } from '../../generated/graphql';

/** The finder's questions in order; each answer lives in the URL under its parameter. */
export const QUESTIONS = [
  { key: 'phase', param: 'fase', multiple: false },
  { key: 'goals', param: 'doel', multiple: true },
  { key: 'sector', param: 'sector', multiple: false },
  { key: 'audiences', param: 'wie', multiple: true },
  { key: 'time', param: 'tijd', multiple: false },
] as const;
export type QuestionKey = (typeof QUESTIONS)[number]['key'];

export const TIME_ANSWERS: TimeAvailable[] = ['UP_TO_1_HOUR', 'HALF_DAY', 'MORE'] as TimeAvailable[];

/** `stap` is the question shown (1…5) or `resultaat`; several answers of one question are comma-separated. */
export const STEP_PARAM = 'stap';
export const RESULTS_STEP = 'resultaat';

export type Answers = Record<QuestionKey, string[]>;

export function answersOf(params: URLSearchParams): Answers {
  const answers = {} as Answers;
  for (const q of QUESTIONS) {
    // Comma-separated (the app's own links) or repeated (the form submitted without JavaScript).
    const values = params.getAll(q.param).flatMap((value) => value.split(',')).filter(Boolean);
    answers[q.key] = q.multiple ? [...new Set(values)] : values.slice(0, 1);
  }
  return answers;
}

/** The question index shown (0-based), or null for the results. */
export function stepOf(params: URLSearchParams): number | null {
  const step = params.get(STEP_PARAM);
  if (step === RESULTS_STEP) return null;
  const n = Number(step);
  return Number.isInteger(n) && n >= 1 && n <= QUESTIONS.length ? n - 1 : 0;
}

/** The search string for the answers and the step (null: the results). */
export function searchOf(answers: Answers, step: number | null): string {
  // Commas stay literal between encoded values, so a shared address reads `doel=pps,co-creatie`.
  const parts = QUESTIONS.filter((q) => answers[q.key].length).map((q) => `${q.param}=${answers[q.key].map(encodeURIComponent).join(',')}`);
  parts.push(`${STEP_PARAM}=${step === null ? RESULTS_STEP : step + 1}`);
  return parts.join('&');
}
