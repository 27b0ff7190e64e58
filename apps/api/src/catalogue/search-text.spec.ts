import { describe, expect, it } from '@jest/globals';
import { SEARCH_MAX_LENGTH } from '#domain';
import { normaliseSearch } from './search-text.js';

describe('normaliseSearch', () => {
  it('keeps ordinary text, trimmed and with single spaces', () => {
    expect(normaliseSearch('  ideeën   voor\tevaluatie ')).toBe('ideeën voor evaluatie');
  });

  it('returns null when nothing is left', () => {
    expect(normaliseSearch(undefined)).toBeNull();
    expect(normaliseSearch('')).toBeNull();
    expect(normaliseSearch(' \u0000 \n ')).toBeNull();
  });

  it('removes NUL and lone surrogates but keeps paired ones', () => {
    expect(normaliseSearch('a\u0000b')).toBe('a b');
    expect(normaliseSearch('x\ud800y')).toBe('x y');
    expect(normaliseSearch('leren 🧑‍🏫')).toBe('leren 🧑‍🏫');
  });

  it('cuts very long input to the maximum length', () => {
    expect(Array.from(normaliseSearch('é'.repeat(10_000))!)).toHaveLength(SEARCH_MAX_LENGTH);
  });
});
