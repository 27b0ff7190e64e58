import type { ReferenceVocabulary } from './vocabulary.js';

/** What kind of problem; the web app words each one in the reader's language from `params`. */
export type ImportProblemCode =
  | 'UTF16_FILE'
  | 'NOT_UTF8'
  | 'QUOTE_NOT_CLOSED'
  | 'QUOTE_NOT_DOUBLED'
  | 'QUOTE_IN_CELL'
  | 'CSV_SYNTAX'
  | 'EMPTY_FILE'
  | 'CELL_COUNT'
  | 'UNKNOWN_COLUMN'
  | 'DUPLICATE_COLUMN'
  | 'MISSING_COLUMN'
  | 'NOT_A_LINK'
  | 'NOT_A_DATE'
  | 'INVALID_VALUE'
  | 'TYPE_EMPTY'
  | 'CODE_CASE'
  | 'CODE_NOT_VALID'
  | 'UNKNOWN_CODE'
  | 'SLUG_NEEDED'
  | 'DUPLICATE_SLUG'
  | 'STATUS_STEP'
  | 'CHANGED_DURING_IMPORT'
  // Lineage in the instrument file (afgeleid_van, vervangen_door).
  | 'UNKNOWN_INSTRUMENT'
  | 'LINEAGE_SELF'
  | 'DERIVED_FROM_CYCLE'
  | 'REPLACED_BY_NOT_RETIRED'
  | 'REPLACED_BY_RETIRED'
  // JSON files of practice reports and pilots.
  | 'NOT_JSON'
  | 'NOT_AN_OBJECT'
  | 'UNKNOWN_FIELD'
  | 'UNKNOWN_ACCOUNT'
  | 'PERIOD_ORDER'
  | 'DUPLICATE_ROW'
  | 'PILOT_HAS_FEEDBACK';

/** Which rule an INVALID_VALUE broke (from the curation input's validation), with its limits in params. */
export type ImportValueRule = 'length' | 'maxLength' | 'minItems' | 'maxItems' | 'email' | 'url' | 'oneOf' | 'slug' | 'other';

/** One thing wrong with the file. `row` counts like a spreadsheet (the header is row 1); null for the whole file. */
export interface ImportProblem {
  row: number | null;
  /** The CSV header of the cell, or null for the whole row. */
  column: string | null;
  code: ImportProblemCode;
  /** The values the wording needs (a code, a line, limits...). */
  params: Record<string, string | number>;
  /** The problem in English: for the CLI and other API clients. */
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
