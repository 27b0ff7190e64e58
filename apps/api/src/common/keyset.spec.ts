import { describe, expect, it } from '@jest/globals';
import { DomainError } from './domain-error.js';
import { afterKey, decodeKeyset, encodeKeyset, isTimestampAndId, keysetPage } from './keyset.js';

const id = '0b8e6a8e-3c1f-4f8e-9a51-2a7d0c9e1f00';
const at = '2024-03-01T10:11:12.123456Z';

describe('keyset', () => {
  it('round-trips a key tuple', () => {
    expect(decodeKeyset(encodeKeyset([at, id]), isTimestampAndId)).toEqual([at, id]);
    expect(decodeKeyset(encodeKeyset(['TITLE', 'a b', id, 3.5]), (key) => key.length === 4)).toEqual(['TITLE', 'a b', id, 3.5]);
  });

  it('refuses what it did not make', () => {
    expect(decodeKeyset('%%%', () => true)).toBeNull();
    expect(decodeKeyset(Buffer.from('{"a":1}').toString('base64url'), () => true)).toBeNull();
    expect(decodeKeyset(encodeKeyset(['2024-01-01', id]), isTimestampAndId)).toBeNull();
    expect(decodeKeyset(encodeKeyset([at, "1' OR 1=1"]), isTimestampAndId)).toBeNull();
    expect(decodeKeyset(encodeKeyset([at, id, 1]), isTimestampAndId)).toBeNull();
  });

  it('makes a bad `after` a BAD_USER_INPUT on `after`, and no `after` no key', () => {
    expect(afterKey(undefined, isTimestampAndId)).toBeNull();
    expect(afterKey(encodeKeyset([at, id]), isTimestampAndId)).toEqual([at, id]);
    let error: unknown;
    try {
      afterKey('nonsense', isTimestampAndId, 'not ours');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'not ours', fields: ['after'] });
  });

  it('builds a page from first + 1 rows', () => {
    const rows = [1, 2, 3].map((n) => ({ n, id: `${n}` }));
    const full = keysetPage(rows, 2, (row) => ({ key: [row.n, row.id], node: row.id }));
    expect(full.edges.map((e) => e.node)).toEqual(['1', '2']);
    expect(full.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeKeyset([2, '2']) });
    const last = keysetPage(rows.slice(0, 2), 2, (row) => ({ key: [row.n, row.id], node: row.id }));
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(keysetPage([], 2, (row: { id: string }) => ({ key: [row.id], node: row })).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
