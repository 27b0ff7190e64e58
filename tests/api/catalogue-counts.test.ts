import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CATALOGUE_COUNTS, countLowerBound, sampledCount, sampledCountMargin } from '#domain';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

/** Counts over large results: exact up to the limit, an honest estimate from the id sample above it. */

const LIST = `query ($search: String, $filter: InstrumentFilter, $first: Int, $after: String, $sort: InstrumentSort) {
  instruments(search: $search, filter: $filter, first: $first, after: $after, sort: $sort) {
    totalCount totalCountExact searchMatch pageInfo { hasNextPage endCursor } edges { cursor node { id title createdAt } }
  }
}`;
const FACETS = `query ($search: String, $filter: InstrumentFilter) {
  instrumentFacets(search: $search, filter: $filter) { name countsExact values { code count } }
}`;

type Page = {
  totalCount: number;
  totalCountExact: boolean;
  searchMatch: string | null;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; title: string; createdAt: string } }[];
};
type Facet = { name: string; countsExact: boolean; values: { code: string; count: number }[] };

const list = async (app: TestApp, variables: Record<string, unknown>) => dataOf(await app.gql<{ instruments: Page }>(LIST, variables)).instruments;
const facets = async (app: TestApp, variables: Record<string, unknown>) =>
  dataOf(await app.gql<{ instrumentFacets: Facet[] }>(FACETS, variables)).instrumentFacets;

const sqlCount = async (app: TestApp, sql: string, params: unknown[] = []) =>
  Number((await app.dataSource.query(sql, params))[0].count);

describe('on the example data (below the limit)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('counts exactly and says so, for the list and every facet', async () => {
    const all = await list(app, { first: 1 });
    expect(all.totalCountExact).toBe(true);
    // Retired instruments are hidden by default (issue 19).
    expect(all.totalCount).toBe(await sqlCount(app, `SELECT count(*) FROM instruments WHERE status <> 'RETIRED'`));
    const phases = (await facets(app, {})).find((f) => f.name === 'PHASE')!;
    expect(phases.countsExact).toBe(true);
    const develop = phases.values.find((v) => v.code === 'DEVELOP')!.count;
    expect(develop).toBe(
      await sqlCount(
        app,
        `SELECT count(*) FROM instrument_phases ip JOIN phases p ON p.id = ip.phase_id JOIN instruments i ON i.id = ip.instrument_id
         WHERE p.code = 'DEVELOP' AND i.status <> 'RETIRED'`,
      ),
    );
  });
});

describe('with a low limit (CATALOGUE_EXACT_COUNT_LIMIT=10)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { CATALOGUE_EXACT_COUNT_LIMIT: '10' } });
  });
  afterAll(() => app?.close());

  it('is exact up to the limit and a lower bound above it', async () => {
    const total = await sqlCount(app, 'SELECT count(*) FROM instruments');
    expect(total).toBeGreaterThan(10);
    const all = await list(app, { first: 5 });
    expect(all.totalCountExact).toBe(false);
    expect(all.totalCount).toBeGreaterThanOrEqual(10);
    expect(all.totalCount).toBeLessThanOrEqual(total);

    // A type that a few instruments (at most the limit) carry.
    const [few] = await app.dataSource.query(
      `SELECT t.code, count(*)::int AS count FROM instruments i JOIN instrument_types t ON t.id = i.type_id
       WHERE i.status <> 'RETIRED' GROUP BY t.code HAVING count(*) <= 10 ORDER BY count(*) DESC, t.code LIMIT 1`,
    );
    const exact = few.count as number;
    const narrow = await list(app, { filter: { types: [few.code] }, first: 5 });
    expect(narrow).toMatchObject({ totalCount: exact, totalCountExact: true });
  });

  it('counts the facets without a selection exactly when the list is small, even when the search alone is not', async () => {
    const [few] = await app.dataSource.query(
      `SELECT t.code, t.id FROM instruments i JOIN instrument_types t ON t.id = i.type_id
       WHERE i.status <> 'RETIRED' GROUP BY t.code, t.id HAVING count(*) BETWEEN 2 AND 10 ORDER BY count(*) DESC, t.code LIMIT 1`,
    );
    const answer = await facets(app, { filter: { types: [few.code] } });
    expect(answer.find((f) => f.name === 'TYPE')!.countsExact).toBe(false);
    const phases = answer.find((f) => f.name === 'PHASE')!;
    expect(phases.countsExact).toBe(true);
    for (const value of phases.values) {
      const exact = await sqlCount(
        app,
        `SELECT count(*) FROM instruments i JOIN instrument_phases ip ON ip.instrument_id = i.id JOIN phases p ON p.id = ip.phase_id
         WHERE i.type_id = $1 AND p.code = $2 AND i.status <> 'RETIRED'`,
        [few.id, value.code],
      );
      expect(value.count).toBe(exact);
    }
  });

  it('marks facet counts estimated when what they read is above the limit, exact when it is not', async () => {
    expect((await facets(app, {})).every((f) => !f.countsExact)).toBe(true);
    const few = await list(app, { search: 'rubric', first: 1 });
    expect(few.totalCountExact).toBe(true);
    expect((await facets(app, { search: 'rubric' })).every((f) => f.countsExact)).toBe(true);
  });
});

/**
 * 3,200 generated instruments carrying one word, with ids from md5 (fixed, so the sample and
 * thus the estimate are the same on every run, as a random UUID would be on average).
 */
describe('at 3,200 matches (above the default limit of 1,000)', () => {
  const SIZE = 3200;
  const WORD = 'proefmeting';
  let app: TestApp;
  let hits: number;

  beforeAll(async () => {
    app = await startTestApp({ seed: false });
    await app.dataSource.query(
      `INSERT INTO instrument_types (code, label_nl, label_en, position) VALUES ('PROEF', 'Proef', 'Trial', 1) ON CONFLICT DO NOTHING`,
    );
    await app.dataSource.query(
      `INSERT INTO instruments (id, slug, title, summary, status, origin, type_id, created_at)
       SELECT md5('nlc-counts-' || g)::uuid, 'proef-' || g,
              CASE WHEN g % 4 = 0 THEN 'Canvas ${WORD} ' || g ELSE 'Canvas nummer ' || g END,
              'Een ${WORD} voor de telling.', 'AVAILABLE', 'NETWORK',
              (SELECT min(id) FROM instrument_types), now() - g * interval '1 minute'
       FROM generate_series(1, ${SIZE}) g`,
    );
    await app.dataSource.query(
      `INSERT INTO instrument_phases (instrument_id, phase_id)
       SELECT i.id, (SELECT id FROM phases ORDER BY position OFFSET (abs(hashtext(i.slug)) % 3) LIMIT 1) FROM instruments i`,
    );
    await app.dataSource.query('ANALYZE instruments');
    hits = await sqlCount(app, `SELECT count(*) FROM instruments WHERE id < $1::uuid`, [CATALOGUE_COUNTS.sampleIdBound]);
  }, 120_000);
  afterAll(() => app?.close());

  /** 2,000 more instruments with the word (once), so the sample holds enough matches to walk an index (denseSampleMatches). */
  const addDense = async () => {
    await app.dataSource.query(
      `INSERT INTO instruments (id, slug, title, summary, status, origin, type_id, created_at)
       SELECT md5('nlc-rated-' || g)::uuid, 'beoordeeld-' || g, 'Kaart nummer ' || g, 'Nog een ${WORD}.', 'AVAILABLE', 'NETWORK',
              (SELECT min(id) FROM instrument_types), now() - g * interval '1 hour'
       FROM generate_series(1, 2000) g ON CONFLICT (id) DO NOTHING`,
    );
    await app.dataSource.query('ANALYZE instruments');
  };

  it('estimates the count as a lower bound within the stated error', async () => {
    expect(hits).toBeGreaterThan(0);
    const page = await list(app, { search: WORD, first: 20 });
    expect(page.totalCountExact).toBe(false);
    expect(page.totalCount).toBe(countLowerBound(hits, CATALOGUE_COUNTS.exactUpTo + 1));
    expect(page.totalCount).toBeLessThanOrEqual(SIZE);
    expect(page.totalCount).toBeGreaterThanOrEqual(SIZE - 2 * sampledCountMargin(hits) - SIZE / 10);
    expect(page.edges).toHaveLength(20);
  });

  it('estimates facet counts from the sample, each within the stated error of the exact count', async () => {
    const phases = (await facets(app, { search: WORD })).find((f) => f.name === 'PHASE')!;
    expect(phases.countsExact).toBe(false);
    for (const value of phases.values) {
      const exact = await sqlCount(
        app,
        `SELECT count(*) FROM instrument_phases ip JOIN phases p ON p.id = ip.phase_id WHERE p.code = $1`,
        [value.code],
      );
      const sampled = await sqlCount(
        app,
        `SELECT count(*) FROM instrument_phases ip JOIN phases p ON p.id = ip.phase_id WHERE p.code = $1 AND ip.instrument_id < $2::uuid`,
        [value.code, CATALOGUE_COUNTS.sampleIdBound],
      );
      expect(value.count).toBe(sampledCount(sampled));
      // Within three standard errors of the binomial sample (99.7 %), plus the rounding.
      const share = CATALOGUE_COUNTS.sampleShare;
      expect(Math.abs(value.count - exact)).toBeLessThanOrEqual(3 * Math.sqrt((exact * (1 - share)) / share) + value.count / 100);
    }
  });

  it('orders RELEVANCE by tiers (title matches first, newest first within a tier) and walks every match once', async () => {
    const seen: Page['edges'] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 40; pages++) {
      const page: Page = await list(app, { search: WORD, first: 100, after });
      seen.push(...page.edges);
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(seen).toHaveLength(SIZE);
    expect(new Set(seen.map((e) => e.node.id)).size).toBe(SIZE);
    const inTitle = seen.map((e) => e.node.title.includes(WORD));
    const firstOther = inTitle.indexOf(false);
    expect(firstOther).toBe(SIZE / 4);
    expect(inTitle.slice(firstOther).every((t) => !t)).toBe(true);
    for (const tier of [seen.slice(0, firstOther), seen.slice(firstOther)]) {
      const times = tier.map((e) => Date.parse(e.node.createdAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }
  }, 120_000);

  it('under PARTIAL, tiers put the instruments with every word first, then title matches', async () => {
    // Two with both words, ten with only the second (in the title), 3,200 with only the first.
    await app.dataSource.query(
      `INSERT INTO instruments (id, slug, title, summary, status, origin, type_id, created_at)
       SELECT md5('nlc-partial-' || g)::uuid, 'zeldzaam-' || g, 'Kaart zeldzaamwoord ' || g,
              CASE WHEN g <= 2 THEN 'Ook een ${WORD}.' ELSE 'Iets anders.' END, 'AVAILABLE', 'NETWORK',
              (SELECT min(id) FROM instrument_types), now() - g * interval '1 second'
       FROM generate_series(1, 12) g`,
    );
    const seen: Page['edges'] = [];
    let after: string | null = null;
    let match: string | null = null;
    for (let pages = 0; pages < 40; pages++) {
      const page: Page = await list(app, { search: `${WORD} zeldzaamwoord`, first: 100, after });
      match = page.searchMatch;
      seen.push(...page.edges);
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(match).toBe('PARTIAL');
    expect(seen).toHaveLength(SIZE + 12);
    expect(new Set(seen.map((e) => e.node.id)).size).toBe(SIZE + 12);
    expect(seen.slice(0, 2).map((e) => e.node.title)).toEqual(['Kaart zeldzaamwoord 1', 'Kaart zeldzaamwoord 2']);
    const titled = seen.slice(2, 2 + 10 + SIZE / 4);
    expect(titled.every((e) => e.node.title.includes('zeldzaamwoord') || e.node.title.includes(WORD))).toBe(true);
    expect(seen.slice(2 + 10 + SIZE / 4).every((e) => !e.node.title.includes(WORD) && !e.node.title.includes('zeldzaamwoord'))).toBe(true);
  }, 120_000);

  it('orders BEST_RATED along its index (when the matches are dense) exactly as by every score, whatever the catalogue mean, page by page', async () => {
    await addDense();
    // Ratings for all but every 10th instrument: 1 to 12 ratings of one or five stars, many ties.
    await app.dataSource.query(
      `INSERT INTO rating_summaries (instrument_id, rating_count, rating_sum, count_1, count_5, mean)
       SELECT i.id, r.n, 5 * r.fives + (r.n - r.fives), r.n - r.fives, r.fives, (5 * r.fives + (r.n - r.fives))::float8 / r.n
       FROM instruments i
       CROSS JOIN LATERAL (SELECT 1 + abs(hashtext(i.slug)::bigint) % 12 AS n) c
       CROSS JOIN LATERAL (SELECT c.n AS n, abs(hashtext(i.slug || 'v')::bigint) % (c.n + 1) AS fives) r
       WHERE abs(hashtext(i.slug || 'r')::bigint) % 10 <> 0`,
    );
    const sampleMatches = async (search: string | null, filter: string) =>
      sqlCount(
        app,
        `SELECT count(*) FROM instruments i LEFT JOIN rating_summaries rs ON rs.instrument_id = i.id
         WHERE ($1::text IS NULL OR i.search_vector @@ to_tsquery('dutch', $1)) AND ${filter} AND i.id < $2::uuid`,
        [search, CATALOGUE_COUNTS.sampleIdBound],
      );
    const expected = async (search: string | null, filter: string) =>
      (
        await app.dataSource.query(
          `SELECT i.id FROM instruments i LEFT JOIN rating_summaries rs ON rs.instrument_id = i.id
           CROSS JOIN (SELECT sum(rating_sum)::float8 / sum(rating_count) AS m FROM rating_summaries) p
           WHERE ($1::text IS NULL OR i.search_vector @@ to_tsquery('dutch', $1)) AND ${filter}
           ORDER BY (5 * p.m + coalesce(rs.rating_sum, 0)) / (5 + coalesce(rs.rating_count, 0)) DESC, i.id DESC`,
          [search],
        )
      ).map((r: { id: string }) => r.id);
    const walk = async (variables: Record<string, unknown>, first: number, pages: number) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < pages; page++) {
        const result: Page = await list(app, { ...variables, sort: 'BEST_RATED', first, after });
        ids.push(...result.edges.map((e) => e.node.id));
        after = result.pageInfo.endCursor;
        if (!result.pageInfo.hasNextPage) break;
      }
      return ids;
    };
    const alongTheIndex = (statements: string[]) => statements.some((s) => /rs\.rating_count\)\) >= \$\d+::float8/.test(s));
    const check = async () => {
      const mean = Number((await app.dataSource.query('SELECT sum(rating_sum)::float8 / sum(rating_count) AS m FROM rating_summaries'))[0].m);
      let walked = 0;
      for (const [variables, search, filter] of [
        [{ search: WORD }, WORD, 'TRUE'],
        [{}, null, 'TRUE'],
        [{ filter: { minRating: 2 } }, null, 'rs.mean >= 2'],
      ] as const) {
        const reference = await expected(search, filter);
        app.statements.reset();
        const all = await walk(variables, 100, 100);
        // Along the index where the matches are dense; sparse ones are sorted.
        const dense = (await sampleMatches(search, filter)) >= CATALOGUE_COUNTS.denseSampleMatches;
        expect(alongTheIndex(app.statements.statements)).toBe(dense);
        if (dense) walked++;
        expect(all).toEqual(reference);
        // Small pages: cursors inside runs of equal scores.
        expect(await walk(variables, 7, 30)).toEqual(reference.slice(0, 210));
      }
      expect(walked).toBeGreaterThanOrEqual(2);
      return mean;
    };
    // The mean below the index's prior (3.5), then above it.
    expect(await check()).toBeLessThan(CATALOGUE_COUNTS.bestRatedIndexPrior - 0.2);
    await app.dataSource.query(
      `UPDATE rating_summaries SET count_5 = rating_count, count_1 = 0, rating_sum = 5 * rating_count, mean = 5
       WHERE abs(hashtext(instrument_id::text)::bigint) % 2 = 0`,
    );
    expect(await check()).toBeGreaterThan(CATALOGUE_COUNTS.bestRatedIndexPrior + 0.2);
  }, 120_000);

  it('walks the NEWEST index for a dense tier, in the same order as reading it by index', async () => {
    await addDense();
    const sample = await sqlCount(app, `SELECT count(*) FROM instruments WHERE id < $1::uuid AND search_vector @@ to_tsquery('dutch', $2)`, [
      CATALOGUE_COUNTS.sampleIdBound,
      WORD,
    ]);
    expect(sample).toBeGreaterThanOrEqual(CATALOGUE_COUNTS.denseSampleMatches);
    // Tiers: the word in the title first, then the rest; newest first within each.
    const reference = (
      await app.dataSource.query(
        `SELECT id FROM instruments WHERE search_vector @@ to_tsquery('dutch', $1)
         ORDER BY (nlc_title_document(search_vector) @@ to_tsquery('dutch', $1)) DESC, created_at DESC, id DESC`,
        [WORD],
      )
    ).map((r: { id: string }) => r.id);
    // Page sizes the tier test above did not ask (its pages may still be in the read cache).
    for (const first of [99, 9]) {
      app.statements.reset();
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 80; pages++) {
        const page: Page = await list(app, { search: WORD, first, after });
        seen.push(...page.edges.map((e) => e.node.id));
        after = page.pageInfo.endCursor;
        if (!page.pageInfo.hasNextPage) break;
      }
      if (first === 99) {
        // The title tier is sparse (read by its index), the rest dense: walked.
        expect(app.statements.statements.some((s) => s.includes(') AS hit FROM instruments i'))).toBe(true);
        expect(seen).toEqual(reference);
      } else {
        expect(seen).toEqual(reference.slice(0, 720));
      }
    }
  }, 120_000);
});
