import { TIMESTAMP, UUID, decodeKeyset, encodeKeyset, type KeyTuple } from '../common/keyset.js';
import type { InstrumentSort } from './catalogue.enums.js';

/** A keyset position: the sort key of the last row seen plus its id as tie-break. */
export interface Cursor {
  sort: InstrumentSort;
  key: string | number;
  id: string;
  /** BEST_RATED only: the catalogue mean the first page used, so later pages order the same way. */
  prior?: number;
  /** BEST_RATED only: 1 when the row has ratings (at an equal score, rated rows come first), else 0. */
  rated?: number;
}

/** RELEVANCE over many matches: "<tier>|<created_at>" (CatalogueQueries' tiered pages). */
export const TIERED_KEY = /^(\d)\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)$/;
/** USABLE_FIRST: "<rank>|<created_at>" (libs/domain USABLE_FIRST_RANK). */
export const USABLE_FIRST_KEY = /^([0-3])\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)$/;

/** The position after a row of a page: its sort key and id (and, for BEST_RATED, the prior and whether it is rated). */
export function cursorAfter(sort: InstrumentSort, row: { id: string; sortKey: string | number; prior?: number; rated?: number }): Cursor {
  return {
    sort,
    key: row.sortKey,
    id: row.id,
    ...(row.prior !== undefined ? { prior: row.prior } : {}),
    ...(row.rated !== undefined ? { rated: row.rated } : {}),
  };
}

/** The cursor's key tuple (common/keyset): [sort, key, id] plus the prior and the rated flag for BEST_RATED. */
export function cursorKey(cursor: Cursor): KeyTuple {
  return [
    cursor.sort,
    cursor.key,
    cursor.id,
    ...(cursor.prior !== undefined ? [cursor.prior] : []),
    ...(cursor.rated !== undefined ? [cursor.rated] : []),
  ];
}

export function encodeCursor(cursor: Cursor): string {
  return encodeKeyset(cursorKey(cursor));
}

function validFor(sort: InstrumentSort) {
  return (parts: readonly unknown[]): boolean => {
    if (parts.length !== (sort === 'BEST_RATED' ? 5 : 3)) return false;
    const [cursorSort, key, id, prior, rated] = parts;
    if (cursorSort !== sort || typeof id !== 'string' || !UUID.test(id)) return false;
    return (
      (sort === 'NEWEST' && typeof key === 'string' && TIMESTAMP.test(key)) ||
      (sort === 'USABLE_FIRST' && typeof key === 'string' && USABLE_FIRST_KEY.test(key)) ||
      (sort === 'TITLE' && typeof key === 'string' && key.length <= 1000) ||
      (sort === 'RELEVANCE' && ((typeof key === 'number' && Number.isFinite(key)) || (typeof key === 'string' && TIERED_KEY.test(key)))) ||
      (sort === 'BEST_RATED' &&
        typeof key === 'number' &&
        Number.isFinite(key) &&
        typeof prior === 'number' &&
        prior >= 1 &&
        prior <= 5 &&
        (rated === 0 || rated === 1))
    );
  };
}

/** Returns null for anything that is not a cursor this API made for the given sort. */
export function decodeCursor(value: string, sort: InstrumentSort): Cursor | null {
  const parts = decodeKeyset<[InstrumentSort, string | number, string, number, number]>(value, validFor(sort));
  if (!parts) return null;
  const [, key, id, prior, rated] = parts;
  return sort === 'BEST_RATED' ? { sort, key, id, prior, rated } : { sort, key, id };
}
