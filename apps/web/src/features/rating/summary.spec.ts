import { describe, expect, it } from '@jest/globals';
import { nextSummary } from './summary';

const empty = { average: null, count: 0, distribution: [0, 0, 0, 0, 0] };

describe('nextSummary', () => {
  it('adds a first rating', () => {
    expect(nextSummary(empty, null, 4)).toEqual({ average: 4, count: 1, distribution: [0, 0, 0, 1, 0] });
  });

  it('moves a changed rating between buckets without changing the count', () => {
    const before = { average: 3.5, count: 2, distribution: [0, 0, 1, 1, 0] };
    expect(nextSummary(before, 3, 5)).toEqual({ average: 4.5, count: 2, distribution: [0, 0, 0, 1, 1] });
  });

  it('removes a rating, back to no average at all', () => {
    expect(nextSummary({ average: 2, count: 1, distribution: [0, 1, 0, 0, 0] }, 2, null)).toEqual(empty);
  });
});
