import { isUtf8 } from 'node:buffer';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer.js';
import { sqlRun } from '../database/typed-sql.js';
import { brokenRule, flatten } from './import-rows.js';
import { failedReport, MAX_PROBLEMS, type ImportProblem, type ImportProblemCode, type ImportReport } from './import-report.js';

/** The curator who imports: author and recorder of what the file adds. */
export type Curator = Pick<Viewer, 'accountId' | 'displayName'>;

/** The keys of a JSON file's objects: those an import reads, and those the export writes that it leaves alone. */
export interface JsonFields {
  importable: readonly string[];
  ignored: readonly string[];
}

/** One object of the array; `row` is its position, 1 for the first. */
export interface JsonRow {
  row: number;
  values: Record<string, unknown>;
}

/** Collects a file's problems, up to MAX_PROBLEMS. */
export class Problems {
  readonly list: ImportProblem[] = [];

  add(row: number | null, column: string | null, code: ImportProblemCode, params: Record<string, string | number>, problem: string): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push({ row, column, code, params, problem });
  }

  get any(): boolean {
    return this.list.length > 0;
  }
}

/**
 * Reads a JSON array of objects as the exports write it: an upload's bytes, or a body Express
 * already parsed (application/json). Keys outside `fields` are problems; ignored keys are dropped.
 */
export function parseJsonRows(source: Buffer | unknown, fields: JsonFields): { rows: JsonRow[]; count: number; problems: ImportProblem[] } {
  const problems = new Problems();
  let data: unknown = source;
  if (Buffer.isBuffer(source)) {
    let bytes = source;
    if (bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) bytes = bytes.subarray(3);
    if (!isUtf8(bytes)) {
      problems.add(null, null, 'NOT_UTF8', {}, 'is not valid UTF-8; save the file as UTF-8');
      return { rows: [], count: 0, problems: problems.list };
    }
    try {
      data = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.add(null, null, 'NOT_JSON', { message }, `The file is not JSON (${message}).`);
      return { rows: [], count: 0, problems: problems.list };
    }
  }
  if (!Array.isArray(data)) {
    problems.add(null, null, 'NOT_JSON', { message: 'not an array' }, 'The file is not a JSON array of objects, as the export writes it.');
    return { rows: [], count: 0, problems: problems.list };
  }
  if (data.length === 0) problems.add(null, null, 'EMPTY_FILE', {}, 'The file is an empty array: it needs at least one object.');
  const known = [...fields.importable, ...fields.ignored];
  const rows: JsonRow[] = [];
  data.forEach((item: unknown, index) => {
    const row = index + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      problems.add(row, null, 'NOT_AN_OBJECT', {}, 'is not an object with the export’s keys');
      return;
    }
    const values: Record<string, unknown> = {};
    let valid = true;
    for (const [key, value] of Object.entries(item)) {
      if (fields.importable.includes(key)) values[key] = value;
      else if (!fields.ignored.includes(key)) {
        problems.add(row, key, 'UNKNOWN_FIELD', { field: key, fields: known.join(', ') }, `is not a known key; the keys are ${known.join(', ')}`);
        valid = false;
      }
    }
    if (valid) rows.push({ row, values });
  });
  return { rows, count: data.length, problems: problems.list };
}

/**
 * Checks a row with the rules of the mutation's own input class (a practice report's or a
 * pilot's); `skip` names the input's fields the file gives differently (an instrument by slug).
 */
export function checkInput<T extends object>(
  input: new () => T,
  row: JsonRow,
  skip: readonly string[],
  problems: Problems,
): T {
  const instance = plainToInstance(input, row.values);
  for (const { property, error } of flatten(validateSync(instance, { whitelist: true }))) {
    if (skip.includes(property)) continue;
    problems.add(row.row, property, 'INVALID_VALUE', brokenRule(error), Object.values(error.constraints ?? {}).join('; '));
  }
  return instance;
}

/** A slug given as a string; otherwise a problem. */
export function slugOf(row: JsonRow, key: string, problems: Problems): string | null {
  const value = row.values[key];
  if (typeof value === 'string' && value.trim()) return value.trim();
  problems.add(row.row, key, 'INVALID_VALUE', { rule: 'other' }, `${key} must be the slug of an instrument`);
  return null;
}

/** Thrown inside the transaction to roll it back: a dry run's report, or a file's problems. */
class RollBack extends Error {
  constructor(readonly report: ImportReport) {
    super('rolled back');
  }
}

export interface JsonImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/**
 * Runs an import in one transaction, one of its kind at a time (`lock`): all rows or none. A
 * dry run does the same work and rolls it back, so it reports what the import would do.
 * `work` adds problems for what only the database knows and writes only when there are none.
 */
export async function runJsonImport(
  dataSource: DataSource,
  options: { dryRun: boolean; lock: string; rows: number },
  problems: Problems,
  work: (em: EntityManager) => Promise<JsonImportCounts>,
): Promise<ImportReport> {
  // Rows with problems are left out of `work`; the valid ones are still checked against the database, so one report tells all.
  try {
    return await dataSource.transaction(async (em) => {
      await sqlRun(em, `SELECT pg_advisory_xact_lock(hashtext($1))`, [options.lock]);
      const counts = await work(em);
      if (problems.any) {
        const sorted = [...problems.list].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
        throw new RollBack(failedReport(options.dryRun, options.rows, sorted));
      }
      const report: ImportReport = { ok: true, dryRun: options.dryRun, rows: options.rows, ...counts, createdTerms: [], problems: [] };
      if (options.dryRun) throw new RollBack(report);
      return report;
    });
  } catch (error) {
    if (error instanceof RollBack) return error.report;
    throw error;
  }
}
