import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SEARCH_LIMITS } from '#domain';
import { sqlRows } from '../database/typed-sql.js';

/**
 * Below this trigram similarity a dictionary word is not taken for a typo of the typed one, unless
 * it has the same letters in another order ("rubirc" for "rubric", which shares few trigrams).
 */
const TYPO_SIMILARITY = 0.4;
const sortedLetters = (word: string) => `(SELECT string_agg(ch, '' ORDER BY ch) FROM regexp_split_to_table(${word}, '') AS ch)`;

/** Texts whose Dutch query form is kept in memory (labels, and the words typed most). */
const MAX_REMEMBERED_LEXEMES = 20_000;
/** Compounds one typed word expands to, shortest first. */
const MAX_COMPOUNDS = 20;

export interface DictionaryAnswer {
  /** The word is in the catalogue's text, a label or a synonym. */
  known: boolean;
  /** Dictionary words that contain it (zelfscan, teamscan for scan). */
  compounds: string[];
  /** For an unknown word: the nearest spellings, best first. */
  corrections: string[];
}

/**
 * Lookups that turn typed words into the words the catalogue has, each by index: the synonym
 * groups by word or Dutch query form (btree), the words dictionary by trigram (GiST).
 */
@Injectable()
export class SearchWordsQueries {
  private readonly lexemesOf = new Map<string, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The words of every group that holds one of the phrases (as written, or as the same Dutch stems). */
  async synonyms(phrases: string[]): Promise<Map<string, string[]>> {
    if (!phrases.length) return new Map();
    const rows = await sqlRows<{ phrase: string; words: string[] }>(
      this.dataSource,
      `SELECT p.phrase, array_agg(DISTINCT g.word) AS words
       FROM unnest($1::text[]) AS p(phrase)
       CROSS JOIN LATERAL (SELECT websearch_to_tsquery('dutch', nlc_unaccent(p.phrase))::text AS lexemes) l
       JOIN synonym_words s ON s.word = p.phrase OR (l.lexemes <> '' AND s.lexemes = l.lexemes)
       JOIN synonym_words g ON g.group_id = s.group_id
       GROUP BY p.phrase`,
      [phrases],
    );
    return new Map(rows.map((r) => [r.phrase, r.words]));
  }

  async dictionary(words: string[]): Promise<Map<string, DictionaryAnswer>> {
    if (!words.length) return new Map();
    const rows = await sqlRows<{ word: string } & DictionaryAnswer>(
      this.dataSource,
      `SELECT p.word, k.known,
         CASE WHEN length(p.word) >= $2 THEN ARRAY(
           SELECT d.word FROM search_words d WHERE d.word LIKE '%' || p.word || '%' AND d.word <> p.word
           ORDER BY length(d.word), d.word LIMIT ${MAX_COMPOUNDS}) ELSE '{}' END AS compounds,
         CASE WHEN NOT k.known AND length(p.word) >= $3 THEN ARRAY(
           SELECT c.word FROM (SELECT d.word FROM search_words d ORDER BY d.word <-> p.word LIMIT 5) c
           WHERE similarity(c.word, p.word) >= ${TYPO_SIMILARITY}
              OR (length(c.word) = length(p.word) AND ${sortedLetters('c.word')} = ${sortedLetters('p.word')})
           ORDER BY similarity(c.word, p.word) DESC, c.word) ELSE '{}' END AS corrections
       FROM unnest($1::text[]) AS p(word)
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_words d WHERE d.word = p.word) AS known) k`,
      [words, SEARCH_LIMITS.minCompoundPart, SEARCH_LIMITS.minTypoLength],
    );
    return new Map(rows.map(({ word, ...answer }) => [word, answer]));
  }

  /**
   * Each text as a Dutch full-text query ('' for stop words only), to OR together or compare.
   * A pure function of the text, so kept in memory: the vocabulary labels, compared on every
   * search, are computed once per process.
   */
  async lexemes(texts: string[]): Promise<Map<string, string>> {
    const missing = texts.filter((t) => !this.lexemesOf.has(t));
    if (missing.length) {
      const rows = await sqlRows<{ text: string; lexemes: string }>(
        this.dataSource,
        `SELECT t AS text, websearch_to_tsquery('dutch', nlc_unaccent(t))::text AS lexemes FROM unnest($1::text[]) AS t`,
        [missing],
      );
      if (this.lexemesOf.size + rows.length > MAX_REMEMBERED_LEXEMES) this.lexemesOf.clear();
      for (const r of rows) this.lexemesOf.set(r.text, r.lexemes);
    }
    return new Map(texts.map((t) => [t, this.lexemesOf.get(t) ?? '']));
  }
}
