import type { InstrumentSort } from './catalogue.enums.js';

/** A keyset position: the sort key of the last row seen plus its id as tie-break. */
export interface Cursor {
  sort: InstrumentSort;
  key: string | number;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

/** Returns null for anything that is not a cursor this API made for the given sort. */
export function decodeCursor(value: string, sort: InstrumentSort): Cursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) return null;
  const [cursorSort, key, id] = parsed as unknown[];
  if (cursorSort !== sort || typeof id !== 'string' || !UUID.test(id)) return null;
  const keyValid =
    (sort === 'NEWEST' && typeof key === 'string' && TIMESTAMP.test(key)) ||
    (sort === 'TITLE' && typeof key === 'string' && key.length <= 1000) ||
    (sort === 'RELEVANCE' && typeof key === 'number' && Number.isFinite(key));
  return keyValid ? { sort, key: key as string | number, id } : null;
}
