import type { ReferenceVocabulary } from '#domain';

/** One thing wrong with the file. `row` counts like a spreadsheet (the header is row 1); null for the whole file. */
export interface ImportProblem {
  row: number | null;
  /** The CSV header of the cell, or null for the whole row. */
  column: string | null;
  problem: string;
}

export interface ImportReport {
  /** True when the file is valid: with dryRun nothing was written, otherwise everything was. */
  ok: boolean;
  dryRun: boolean;
  /** Data rows read (empty lines not counted). */
  rows: number;
  /** What was (or, in a dry run, would be) done; all zero when ok is false. */
  created: number;
  updated: number;
  unchanged: number;
  /** Vocabulary codes that were (would be) created because of createMissing. */
  createdTerms: { vocabulary: ReferenceVocabulary; code: string }[];
  problems: ImportProblem[];
}

/** Reports stop listing problems here; a file this broken has one cause to fix first. */
export const MAX_PROBLEMS = 1000;

export function failedReport(dryRun: boolean, rows: number, problems: ImportProblem[]): ImportReport {
  return { ok: false, dryRun, rows, created: 0, updated: 0, unchanged: 0, createdTerms: [], problems };
}
