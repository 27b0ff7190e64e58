import { describe, expect, it } from '@jest/globals';
import { SEEDED_AUDIENCE_CODES, SEEDED_PHASE_CODES, SEEDED_SECTOR_CODES, SEEDED_TYPE_CODES } from '#domain';
import { stablePlan } from './plans.js';
import { DOMAIN_FACET_CODES, distinctQuestions, listVariables, questionStream, searchWords, webBody, webOperation, zipf, seededRandom, type FacetCodes } from './questions.js';
import { TAGS } from './words.js';

const codes: FacetCodes = {
  ...DOMAIN_FACET_CODES,
  PHASE: [...SEEDED_PHASE_CODES],
  TYPE: [...SEEDED_TYPE_CODES],
  AUDIENCE: [...SEEDED_AUDIENCE_CODES],
  SECTOR: [...SEEDED_SECTOR_CODES],
  TAG: TAGS.map(([code]) => code),
};

describe('W11 question stream', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(questionStream(codes, 11, 500)).toEqual(questionStream(codes, 11, 500));
    expect(questionStream(codes, 12, 500)).not.toEqual(questionStream(codes, 11, 500));
  });

  it('holds at least 10,000 distinct questions in 30,000, with words, filters, sorts and pages varied', () => {
    const questions = questionStream(codes, 11, 30_000);
    expect(distinctQuestions(questions)).toBeGreaterThanOrEqual(10_000);
    const share = (test: (q: (typeof questions)[number]) => boolean) => questions.filter(test).length / questions.length;
    expect(share((q) => q.search === null)).toBeGreaterThan(0.05);
    expect(share((q) => q.search?.includes(' ') ?? false)).toBeGreaterThan(0.2);
    expect(share((q) => Object.keys(q.filter).length >= 3)).toBeGreaterThan(0.01);
    expect(share((q) => q.sort !== (q.search ? 'RELEVANCE' : 'USABLE_FIRST'))).toBeGreaterThan(0.15);
    expect(share((q) => q.pages > 1)).toBeGreaterThan(0.1);
    // Filters name real facets and codes.
    for (const q of questions.slice(0, 1000)) {
      for (const [field, values] of Object.entries(q.filter)) {
        expect(['phases', 'statuses', 'types', 'audiences', 'sectors', 'evidenceLevels', 'tags', 'origins']).toContain(field);
        expect(values.length).toBeGreaterThan(0);
      }
    }
  });

  it('asks the most common word far more often than a rare one (Zipf)', () => {
    const words = searchWords();
    const pick = zipf(words, 1, seededRandom(1));
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const w = pick();
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    expect(counts.get(words[0])!).toBeGreaterThan(5 * (counts.get(words[50]) ?? 0));
    expect(words).toContain('samenwerking');
    expect(words.every((w) => w.length >= 4)).toBe(true);
  });
});

describe("the catalogue page's documents", () => {
  it('are read from the web app with the fragments they use and __typename, as Apollo Client sends them', async () => {
    const list = await webOperation('CatalogueInstruments');
    expect(list.query).toMatch(/^query CatalogueInstruments\(/);
    expect(list.query).toContain('fragment TermLabel on VocabularyTerm');
    expect(list.query).toContain('__typename');
    const body = JSON.parse(webBody(list, listVariables({ search: 'rubric', filter: {}, sort: 'RELEVANCE', pages: 2 }, 'abc'))) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['operationName', 'variables', 'extensions', 'query']);
    expect(body.variables).toEqual({ filter: {}, search: 'rubric', sort: 'RELEVANCE', first: 20, after: 'abc' });
    await expect(webOperation('NoSuchOperation')).rejects.toThrow(/NoSuchOperation/);
  });
});

describe('stablePlan', () => {
  it('drops what varies between identical runs and keeps the shape and row counts', () => {
    const plan = stablePlan([
      'Limit (actual rows=20 loops=1)',
      '  ->  Gather Merge (actual rows=20 loops=1)',
      '        Workers Planned: 2',
      '        Workers Launched: 1',
      '        ->  Sort (actual rows=14 loops=2)',
      '              Sort Key: i.created_at DESC',
      '              Sort Method: top-N heapsort  Memory: 31kB',
      '              Worker 0:  Sort Method: top-N heapsort  Memory: 30kB',
      '              ->  Parallel Seq Scan on instruments i (actual rows=2500 loops=2)',
      '                    Rows Removed by Filter: 120',
      '  ->  Index Scan using x_idx on ratings r (actual rows=3 loops=20)',
      "        Index Cond: (instrument_id = ANY ('{0b7c1f0e-8d1e-4c3f-9a59-1b0c1a2b3c4d,1b7c1f0e-8d1e-4c3f-9a59-1b0c1a2b3c4d}'::uuid[]))",
      '        Heap Blocks: exact=12',
    ]);
    expect(plan).toEqual([
      'Limit (rows=20)',
      '  ->  Gather Merge (rows=20)',
      '        Workers Planned: 2',
      '        ->  Sort',
      '              Sort Key: i.created_at DESC',
      '              Sort Method: top-N heapsort',
      '              ->  Parallel Seq Scan on instruments i',
      '  ->  Index Scan using x_idx on ratings r (rows=3 loops=20)',
      "        Index Cond: (instrument_id = ANY ('{2 × <uuid>}'::uuid[]))",
    ]);
  });
});
