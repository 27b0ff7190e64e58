import type { PageInfo } from '../graphql/page-info.model.js';
import { badInput } from './domain-error.js';

/**
 * Keyset pages, for every connection: a cursor is the sort key of the last row seen plus its id
 * (a tuple), written as base64url JSON, so it is opaque to clients and checked when it comes back.
 * A page is read as `first + 1` rows; the extra row only says that there is a next page.
 */
export type KeyTuple = readonly (string | number)[];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** A timestamp key as the query classes write it: to_char(… AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'). */
export const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** The commonest key: a timestamp (TIMESTAMP) and an id. */
export const isTimestampAndId = (key: readonly unknown[]): boolean =>
  key.length === 2 && typeof key[0] === 'string' && TIMESTAMP.test(key[0]) && typeof key[1] === 'string' && UUID.test(key[1]);

export function encodeKeyset(key: KeyTuple): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** The key of a cursor this API made, or null for anything else (not base64url JSON, or not `valid`). */
export function decodeKeyset<K extends KeyTuple>(cursor: string, valid: (key: readonly unknown[]) => boolean): K | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  return Array.isArray(parsed) && valid(parsed) ? (parsed as unknown as K) : null;
}

/** The `after` argument's key, or null without one; a cursor that is not this list's is the client's error. */
export function afterKey<K extends KeyTuple>(
  after: string | null | undefined,
  valid: (key: readonly unknown[]) => boolean,
  message = '"after" is not a cursor of this list.',
): K | null {
  if (!after) return null;
  const key = decodeKeyset<K>(after, valid);
  if (!key) throw badInput(message, 'after');
  return key;
}

export interface KeysetPage<N> {
  edges: { cursor: string; node: N }[];
  pageInfo: PageInfo;
}

/** The edges and page info of `first + 1` rows read in order; `edge` gives each row's key and node. */
export function keysetPage<R, N>(rows: readonly R[], first: number, edge: (row: R) => { key: KeyTuple; node: N }): KeysetPage<N> {
  const edges = rows.slice(0, first).map((row) => {
    const { key, node } = edge(row);
    return { cursor: encodeKeyset(key), node };
  });
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
