import { describe, expect, it } from '@jest/globals';
import { searchTokens } from './search.js';

describe('searchTokens', () => {
  it('keeps the words as typed, lower-cased without accents, and marks stop words', () => {
    expect(searchTokens('Hoe meet ik de Enquête-resultaten?')).toEqual([
      { typed: 'Hoe', word: 'hoe', stop: true },
      { typed: 'meet', word: 'meet', stop: false },
      { typed: 'ik', word: 'ik', stop: true },
      { typed: 'de', word: 'de', stop: true },
      { typed: 'Enquête-resultaten', word: 'enquete-resultaten', stop: false },
    ]);
  });

  it('drops punctuation and operators, keeps digits and other scripts', () => {
    expect(searchTokens('& | ! "rubric" <-> 24 中文').map((t) => t.word)).toEqual(['rubric', '24', '中文']);
    expect(searchTokens('!!! -')).toEqual([]);
  });
});
