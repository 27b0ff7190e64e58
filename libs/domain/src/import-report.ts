import type { ReferenceVocabulary } from './vocabulary.js';

/** One thing wrong with the file. `row` counts like a spreadsheet (the header is row 1); null for the whole file. */
export interface ImportProblem {
  row: number | null;
  /** The CSV header of the cell, or null for the whole row. */
  column: string | null;
  problem: string;
}

/** The answer of an import (the API's upload, the CLI's --json), as the web app reads it too. */
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
