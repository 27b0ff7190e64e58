import type { ImportProblem, ImportReport } from '#domain';

export type { ImportProblem, ImportProblemCode, ImportReport } from '#domain';

/** Reports stop listing problems here; a file this broken has one cause to fix first. */
export const MAX_PROBLEMS = 1000;

export function failedReport(dryRun: boolean, rows: number, problems: ImportProblem[]): ImportReport {
  return { ok: false, dryRun, rows, created: 0, updated: 0, unchanged: 0, createdTerms: [], problems };
}
