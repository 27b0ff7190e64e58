import { describe, expect, it } from '@jest/globals';
import { decodeCursor, encodeCursor } from './cursor.js';

const id = '0b8e6a8e-3c1f-4f8e-9a51-2a7d0c9e1f00';

describe('cursor', () => {
  it('round-trips each sort with its key', () => {
    const cases = [
      { sort: 'NEWEST', key: '2024-03-01T10:11:12.123456Z', id },
      { sort: 'TITLE', key: 'rubric interdisciplinaire samenwerking', id },
      { sort: 'RELEVANCE', key: 0.30000001192092896, id },
      { sort: 'RELEVANCE', key: '2|2024-03-01T10:11:12.123456Z', id },
      { sort: 'USABLE_FIRST', key: '3|2024-03-01T10:11:12.123456Z', id },
      { sort: 'BEST_RATED', key: 4.2, id, prior: 3.9, rated: 1 },
    ] as const;
    for (const cursor of cases) expect(decodeCursor(encodeCursor(cursor), cursor.sort)).toEqual(cursor);
  });

  it('refuses a cursor of another sort, a forged key, a bad id or garbage', () => {
    const title = encodeCursor({ sort: 'TITLE', key: 'a', id });
    expect(decodeCursor(title, 'NEWEST')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'NEWEST', key: '2024-01-01', id }), 'NEWEST')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'RELEVANCE', key: 'x', id }), 'RELEVANCE')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'RELEVANCE', key: "1|2024-03-01' OR 1=1", id }), 'RELEVANCE')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'TITLE', key: 'a', id: "1' OR 1=1" }), 'TITLE')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'USABLE_FIRST', key: '4|2024-03-01T10:11:12.123456Z', id }), 'USABLE_FIRST')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'BEST_RATED', key: 4.2, id, prior: 3.9 }), 'BEST_RATED')).toBeNull();
    expect(decodeCursor(encodeCursor({ sort: 'BEST_RATED', key: 4.2, id, prior: 3.9, rated: 2 }), 'BEST_RATED')).toBeNull();
    expect(decodeCursor('%%%', 'TITLE')).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString('base64url'), 'TITLE')).toBeNull();
  });
});
