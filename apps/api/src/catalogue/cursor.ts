import type { InstrumentSort } from './catalogue.enums.js';

/** A keyset position: the sort key of the last row seen plus its id as tie-break. */
export interface Cursor {
  sort: InstrumentSort;
  key: string | number;
  id: string;
  /** BEST_RATED only: the catalogue mean the first page used, so later pages order the same way. */
  prior?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** RELEVANCE over many matches: "<tier>|<created_at>" (CatalogueQueries' tiered pages). */
export const TIERED_KEY = /^(\d)\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)$/;

export function encodeCursor(cursor: Cursor): string {
  const parts = [cursor.sort, cursor.key, cursor.id, ...(cursor.prior !== undefined ? [cursor.prior] : [])];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Returns null for anything that is not a cursor this API made for the given sort. */
export function decodeCursor(value: string, sort: InstrumentSort): Cursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const expectedLength = sort === 'BEST_RATED' ? 4 : 3;
  if (!Array.isArray(parsed) || parsed.length !== expectedLength) return null;
  const [cursorSort, key, id, prior] = parsed as unknown[];
  if (cursorSort !== sort || typeof id !== 'string' || !UUID.test(id)) return null;
  const keyValid =
    (sort === 'NEWEST' && typeof key === 'string' && TIMESTAMP.test(key)) ||
    (sort === 'TITLE' && typeof key === 'string' && key.length <= 1000) ||
    (sort === 'RELEVANCE' && ((typeof key === 'number' && Number.isFinite(key)) || (typeof key === 'string' && TIERED_KEY.test(key)))) ||
    (sort === 'BEST_RATED' && typeof key === 'number' && Number.isFinite(key) && typeof prior === 'number' && prior >= 1 && prior <= 5);
  if (!keyValid) return null;
  return sort === 'BEST_RATED' ? { sort, key: key as number, id, prior: prior as number } : { sort, key: key as string | number, id };
}
