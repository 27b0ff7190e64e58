import { isUtf8 } from 'node:buffer';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse, type InfoRecord } from 'csv-parse';
import { cellText, EXCHANGE_COLUMNS, restoreFormula, type ExchangeColumn } from './exchange-columns.js';
import { parseJsonRows } from './json-import.js';
import type { Separator } from './export-query.js';
import { MAX_PROBLEMS, type ImportProblem, type ImportProblemCode } from './import-report.js';

/** A data row: its spreadsheet row number and the (formula-restored) cell of each column in the file. */
export interface FileRow {
  row: number;
  cells: Map<ExchangeColumn, string>;
}

export interface ParsedFile {
  columns: ExchangeColumn[];
  rows: FileRow[];
  /** Data rows in the file, valid or not (empty lines not counted). */
  count: number;
  problems: ImportProblem[];
  separator: Separator;
}

export type ProgressListener = (progress: { phase: 'read' | 'check' | 'write'; done: number; total: number }) => void;

/** The header line decides when no separator is given: its names hold neither `,` nor `;`. */
export function detectSeparator(source: Buffer): Separator {
  const start = source.subarray(0, 4096);
  const end = start.indexOf(0x0a);
  const firstLine = start.subarray(0, end === -1 ? start.length : end).toString('latin1');
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const UTF16_LE = Buffer.from([0xff, 0xfe]);
const UTF16_BE = Buffer.from([0xfe, 0xff]);

const QUOTE_PROBLEMS: Record<string, { code: ImportProblemCode; text: string }> = {
  CSV_QUOTE_NOT_CLOSED: {
    code: 'QUOTE_NOT_CLOSED',
    text: 'a quoted cell is never closed (unbalanced quotes): everything from here to the end of the file would be one cell',
  },
  CSV_INVALID_CLOSING_QUOTE: {
    code: 'QUOTE_NOT_DOUBLED',
    text: 'a quote inside a quoted cell is not doubled: write "" for a quote inside quotes',
  },
  INVALID_OPENING_QUOTE: {
    code: 'QUOTE_IN_CELL',
    text: 'a quote in the middle of a cell without quotes: put the whole cell in quotes and write "" for the quote',
  },
};

const HEADER_NAMES = new Map<string, ExchangeColumn>(
  EXCHANGE_COLUMNS.flatMap((c) => [
    [c.header.toLowerCase(), c],
    [c.key.toLowerCase(), c],
  ]),
);

function notUtf8(row: number, column: string | null): ImportProblem {
  return {
    row,
    column,
    code: 'NOT_UTF8',
    params: {},
    problem:
      'is not valid UTF-8; the file seems saved in another encoding (such as Windows-1252): save it as "CSV UTF-8"',
  };
}

/**
 * Reads a CSV file with csv-parse: checks the encoding cell by cell (fields come as bytes, so a
 * file in another encoding is found exactly where it differs), the quotes, the header and the
 * number of cells per row. Rows are taken in csv-parse's `on_record` callback, in file order.
 */
export async function parseImportFile(
  source: Buffer,
  options: { separator?: Separator; onProgress?: ProgressListener } = {},
): Promise<ParsedFile> {
  if (source.subarray(0, 2).equals(UTF16_LE) || source.subarray(0, 2).equals(UTF16_BE)) {
    return {
      columns: [],
      rows: [],
      count: 0,
      separator: options.separator ?? ',',
      problems: [{ row: null, column: null, code: 'UTF16_FILE', params: {}, problem: 'The file is UTF-16 ("Unicode text"); save it as "CSV UTF-8".' }],
    };
  }
  // csv-parse's own BOM option would turn the cells into strings; they must stay bytes here.
  if (source.subarray(0, 3).equals(UTF8_BOM)) source = source.subarray(3);
  const separator = options.separator ?? detectSeparator(source);
  const problems: ImportProblem[] = [];
  const add = (problem: ImportProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  let columns: ExchangeColumn[] | null = null;
  let headerBroken = false;
  const rows: FileRow[] = [];
  let seen = 0;
  let count = 0;
  const total = source.length;

  const take = (record: Buffer[], bytes: number) => {
    seen += 1;
    const row = seen;
    if (row % 1000 === 0) options.onProgress?.({ phase: 'read', done: bytes, total });
    if (headerBroken || record.every((cell) => cell.length === 0)) return;
    if (columns === null) {
      columns = readHeader(record, add);
      headerBroken = columns.length === 0;
      return;
    }
    count += 1;
    if (record.length !== columns.length) {
      add({
        row,
        column: null,
        code: 'CELL_COUNT',
        params: { cells: record.length, expected: columns.length },
        problem: `has ${record.length} cells where the header has ${columns.length}`,
      });
      return;
    }
    const cells = new Map<ExchangeColumn, string>();
    let valid = true;
    record.forEach((cell, index) => {
      if (!isUtf8(cell)) {
        add(notUtf8(row, columns![index].header));
        valid = false;
      } else if (!columns![index].exportOnly) cells.set(columns![index], restoreFormula(cell.toString('utf8')));
    });
    if (valid) rows.push({ row, cells });
  };

  const parser = parse({
    delimiter: separator,
    encoding: null,
    relax_column_count: true,
    skip_empty_lines: false,
    on_record: (record: unknown, context: InfoRecord) => {
      take(record as Buffer[], context.bytes);
      return null;
    },
  });
  try {
    await pipeline(Readable.from(slices(source)), parser, new Writable({ objectMode: true, write: (_r, _e, next) => next() }));
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // After a quote error csv-parse cannot tell where rows start again; the first one is the one to fix.
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    const known = QUOTE_PROBLEMS[error.code];
    add({
      row: seen + 1,
      column: null,
      code: known?.code ?? 'CSV_SYNTAX',
      params: { ...(line ? { line } : {}), ...(known ? {} : { message: error.message }) },
      problem: `${known?.text ?? error.message}${line ? ` (noticed at line ${line} of the file)` : ''}; the rows after it were not read`,
    });
  }
  options.onProgress?.({ phase: 'read', done: total, total });

  if (columns === null && problems.length === 0) {
    add({ row: null, column: null, code: 'EMPTY_FILE', params: {}, problem: 'The file is empty: it needs a header row and at least one row.' });
  }
  return { columns: columns ?? [], rows, count, problems, separator };
}

/** The file's columns in order; an empty list (with problems added) when the header is unusable. */
function readHeader(record: Buffer[], add: (problem: ImportProblem) => void): ExchangeColumn[] {
  const columns: ExchangeColumn[] = [];
  let broken = false;
  record.forEach((bytes, index) => {
    if (!isUtf8(bytes)) {
      add(notUtf8(1, `column ${index + 1}`));
      broken = true;
      return;
    }
    const name = bytes.toString('utf8').trim();
    const column = HEADER_NAMES.get(name.toLowerCase());
    if (!column) {
      add({
        row: 1,
        column: name || `column ${index + 1}`,
        code: 'UNKNOWN_COLUMN',
        params: { columns: EXCHANGE_COLUMNS.map((c) => c.header).join(', ') },
        problem: `is not a known column; the columns are ${EXCHANGE_COLUMNS.map((c) => c.header).join(', ')}`,
      });
      broken = true;
    } else if (columns.includes(column)) {
      add({ row: 1, column: column.header, code: 'DUPLICATE_COLUMN', params: {}, problem: 'appears twice in the header' });
      broken = true;
    } else columns.push(column);
  });
  for (const column of EXCHANGE_COLUMNS.filter((c) => c.required && !columns.includes(c))) {
    add({ row: 1, column: column.header, code: 'MISSING_COLUMN', params: {}, problem: 'is a required column and missing from the header' });
    broken = true;
  }
  return broken ? [] : columns;
}

/** Feeds the parser in slices, so that progress is reported while a large file is read. */
function* slices(source: Buffer, size = 1 << 20): Generator<Buffer> {
  for (let start = 0; start < source.length; start += size) yield source.subarray(start, start + size);
}

/** A file that starts (after a BOM and blanks) with `[` is the JSON export, not CSV, whose header cannot start so. */
export function isJsonFile(source: Buffer): boolean {
  const text = source.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  return text.startsWith('[');
}

/**
 * Reads the JSON export (GET /export/instruments.json: an array of objects with the columns' JSON
 * keys) as the rows a CSV file gives, each value written as its cell, so both are checked by the
 * same rules. A key an object leaves out leaves that field as it is; `row` is the object's position.
 */
export function parseJsonImportFile(source: Buffer | unknown): ParsedFile {
  // Export-only keys (`files`) are read and ignored, as their CSV columns are.
  const byKey = new Map(EXCHANGE_COLUMNS.filter((c) => !c.exportOnly).map((c) => [c.key as string, c]));
  const ignored = EXCHANGE_COLUMNS.filter((c) => c.exportOnly).map((c) => c.key as string);
  const file = parseJsonRows(source, { importable: [...byKey.keys()], ignored });
  const problems = [...file.problems];
  const rows: FileRow[] = [];
  for (const { row, values } of file.rows) {
    const cells = new Map<ExchangeColumn, string>();
    for (const [key, value] of Object.entries(values)) {
      const column = byKey.get(key)!;
      const cell = cellText(column, value);
      if (cell === null) {
        const expected = column.kind === 'codes' ? 'an array of codes' : column.kind === 'links' ? 'an array of { label, url }' : 'a string or null';
        if (problems.length < MAX_PROBLEMS) problems.push({ row, column: key, code: 'INVALID_VALUE', params: { rule: 'other' }, problem: `must be ${expected}` });
      } else cells.set(column, cell);
    }
    if (cells.size === Object.keys(values).length) rows.push({ row, cells });
  }
  return { columns: [...byKey.values()], rows, count: file.count, problems, separator: ',' };
}
