/** How search reads a typed question; shared so the web app can say the same about it. */
export const SEARCH_LIMITS = {
  /** Words after the first dozen do not change what a person looks for; they only cost. */
  maxWords: 12,
  /** Longest run of words looked up as one synonym or vocabulary label ("theory of change"). */
  maxPhraseWords: 3,
  /** A typed word this short is not expanded to the compounds that contain it. */
  minCompoundPart: 4,
  /** A typed word this short is not corrected as a typo. */
  minTypoLength: 4,
  /**
   * "Few results": a search that finds at most this many offers a close spelling that finds more,
   * and when at most this many instruments have every word, those that have most words follow.
   */
  fewResults: 3,
} as const;

/**
 * Words of a typed question that say nothing about the instruments sought ("hoe meet ik de … van
 * onze …"): Dutch first, and the English a visitor types. They never count against a match.
 */
export const SEARCH_STOP_WORDS: ReadonlySet<string> = new Set([
  // Dutch
  'aan', 'al', 'alle', 'als', 'bij', 'dan', 'dat', 'de', 'die', 'dit', 'door', 'een', 'en', 'er', 'het', 'hoe', 'hun',
  'ik', 'in', 'is', 'je', 'jij', 'jouw', 'kan', 'kun', 'kunnen', 'maar', 'me', 'met', 'mij', 'mijn', 'na', 'naar', 'niet',
  'of', 'om', 'ons', 'onze', 'op', 'over', 'te', 'tot', 'u', 'uw', 'van', 'voor', 'waar', 'wanneer', 'wat', 'we', 'welk',
  'welke', 'wie', 'wij', 'wil', 'willen', 'zich', 'zij', 'zijn', 'ze', 'zo', 'hebben', 'heb', 'heeft', 'moet', 'moeten',
  'gaan', 'gaat', 'ga', 'doe', 'doen', 'iets', 'goed', 'goede', 'manier', 'graag', 'zoek', 'zoeken', 'instrument', 'instrumenten',
  // English
  'a', 'an', 'and', 'are', 'can', 'do', 'for', 'how', 'i', 'is', 'it', 'my', 'of', 'on', 'or', 'our', 'the', 'to',
  'we', 'what', 'which', 'who', 'with',
]);

export interface SearchToken {
  /** As typed. */
  typed: string;
  /** Lower case, accents removed: how the catalogue's words are kept. */
  word: string;
  stop: boolean;
}

/** The words of a typed search, in order, with punctuation dropped (hyphenated words stay whole). */
export function searchTokens(search: string): SearchToken[] {
  const typed = search.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
  return typed.map((t) => {
    const word = t.normalize('NFKD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    return { typed: t, word, stop: SEARCH_STOP_WORDS.has(word) };
  });
}
