import pg from 'pg';
import { encodeCursor } from '../../apps/api/src/catalogue/cursor.js';
import { RARE_TERM, THEMES, TYPO_TERM } from './words.js';

/** The catalogue route's list query, as the web app sends it (apps/web catalogue.documents.ts). */
export const CATALOGUE_QUERY = `query CatalogueInstruments($filter: InstrumentFilter, $search: String, $sort: InstrumentSort, $first: Int, $after: String) {
  instruments(filter: $filter, search: $search, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug title summary status type { code labelNl labelEn } phases { code labelNl labelEn } ratingSummary { average count } } }
  }
}`;

const FACETS_QUERY = `query CatalogueFacets($filter: InstrumentFilter, $search: String) {
  instrumentFacets(filter: $filter, search: $search) { name values { code labelNl labelEn count selected } }
}`;

/** The instrument page (apps/web instrument.documents.ts) plus the first reviews. */
const INSTRUMENT_QUERY = `query InstrumentPage($slug: String!) {
  instrument(slug: $slug) {
    id slug title summary description
    type { code labelNl labelEn } phases { code labelNl labelEn } audiences { code labelNl labelEn }
    sectors { code labelNl labelEn } tags { code labelNl labelEn }
    status evidenceLevel origin ownerOrganisation contactName links { label url } language licence timeNeeded
    createdAt updatedAt
    statusHistory { from to note changedBy changedAt }
    ratingSummary { average count distribution }
    reviews(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { id score review author updatedAt context { sector { code labelNl } } } } }
  }
}`;

const RATE_MUTATION = `mutation RateInstrument($input: RateInstrumentInput!) { rateInstrument(input: $input) { id score } }`;

const SIMILAR_QUERY = `query SimilarInstruments($title: String!, $summary: String) {
  similarInstruments(title: $title, summary: $summary) { kind id title slug status score }
}`;

export const COMMON_TERM = THEMES[0];

export interface Fixtures {
  /** W6: the cursor after row 9,980 of NEWEST, i.e. the `after` of page 500 at 20 per page. */
  deepCursor: string;
  /** W7: the most-rated instruments (many reviews, a status history). */
  popularSlugs: string[];
  /** W9: instruments that can be rated (not retired). */
  rateableIds: string[];
  /** One session cookie per generated member. */
  memberCookies: string[];
}

export interface NextRequest {
  body: string;
  headers?: Record<string, string>;
}

export interface Workload {
  id: string;
  title: string;
  /** p95 budget in milliseconds at 10 connections; null where the issue sets none (W9). */
  p95Budget: number | null;
  /** W1–W4 also run against the bare node:http + pg baseline. */
  baseline: boolean;
  next(): NextRequest;
  /** Throws when a response is not a real answer (errors, or an empty result where one is expected). */
  check(response: unknown): void;
}

type Json = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

function answered(response: unknown, field: string): Record<string, unknown> {
  const json = response as Json;
  if (json?.errors?.length) {
    throw new Error(`GraphQL errors: ${json.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
  }
  const value = json?.data?.[field];
  if (value === undefined || value === null) throw new Error(`no data.${field} in ${JSON.stringify(response).slice(0, 300)}`);
  return value as Record<string, unknown>;
}

function list(minimum = 1) {
  return (response: unknown) => {
    const { edges } = answered(response, 'instruments') as { edges: unknown[] };
    if (edges.length < minimum) throw new Error(`expected at least ${minimum} instruments, got ${edges.length}`);
  };
}

const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const fixed = (query: string, variables: Record<string, unknown>) => {
  const request = { body: body(query, variables) };
  return () => request;
};

function rotate<T>(items: T[]): () => T {
  let i = 0;
  return () => items[i++ % items.length];
}

export const CATALOGUE_VARIABLES: Record<string, Record<string, unknown>> = {
  W1: { first: 20 },
  W2: { filter: { phases: ['EVALUATE'], sectors: ['HBO'], types: ['RUBRIC'] }, sort: 'NEWEST', first: 20 },
  W3: { search: RARE_TERM, first: 20 },
  W4: { search: COMMON_TERM, first: 20 },
};

export function workloads(fixtures: Fixtures): Workload[] {
  const slug = rotate(fixtures.popularSlugs);
  const member = rotate(fixtures.memberCookies);
  // Walks instruments and members with different strides so (member, instrument) pairs vary.
  const instrument = rotate(fixtures.rateableIds);
  let rating = 0;
  const similarTitles = rotate([
    'Rubric voor samenwerking met het werkveld',
    'Checklist leiderschap in de community',
    'Reflectiekaart feedback studenten',
    'Canvas regionale samenwerking',
    'Zelfscan borging en verduurzaming',
  ]);
  return [
    { id: 'W1', title: 'default browse page', p95Budget: 25, baseline: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W1), check: list(20) },
    { id: 'W2', title: 'three facets, NEWEST', p95Budget: 25, baseline: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W2), check: list(20) },
    { id: 'W3', title: `rare search term "${RARE_TERM}"`, p95Budget: 25, baseline: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W3), check: list(1) },
    { id: 'W4', title: `common search term "${COMMON_TERM}"`, p95Budget: 25, baseline: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W4), check: list(20) },
    { id: 'W5', title: `typo search "${TYPO_TERM}"`, p95Budget: 25, baseline: false, next: fixed(CATALOGUE_QUERY, { search: TYPO_TERM, first: 20 }), check: list(20) },
    { id: 'W6', title: 'deep cursor page (page 500)', p95Budget: 25, baseline: false, next: fixed(CATALOGUE_QUERY, { first: 20, sort: 'NEWEST', after: fixtures.deepCursor }), check: list(20) },
    {
      id: 'W7',
      title: 'instrument page: history, rating summary, reviews',
      p95Budget: 25,
      baseline: false,
      next: () => ({ body: body(INSTRUMENT_QUERY, { slug: slug() }) }),
      check: (response) => {
        const found = answered(response, 'instrument') as { reviews: { edges: unknown[] }; statusHistory: unknown[] };
        if (!found.reviews.edges.length || !found.statusHistory.length) throw new Error('instrument without reviews or history');
      },
    },
    { id: 'W8', title: `facet counts for "${COMMON_TERM}"`, p95Budget: 25, baseline: false, next: fixed(FACETS_QUERY, { search: COMMON_TERM }), check: (r) => void answered(r, 'instrumentFacets') },
    {
      id: 'W9',
      title: 'rateInstrument by many members',
      p95Budget: null,
      baseline: false,
      next: () => {
        rating++;
        return {
          body: body(RATE_MUTATION, {
            input: { instrumentId: instrument(), score: 1 + (rating % 5), review: rating % 4 === 0 ? 'Bruikbaar in ons team.' : null },
          }),
          headers: { cookie: member() },
        };
      },
      check: (r) => void answered(r, 'rateInstrument'),
    },
    {
      id: 'W10',
      title: 'similarInstruments while proposing',
      p95Budget: 25,
      baseline: false,
      next: () => ({ body: body(SIMILAR_QUERY, { title: similarTitles(), summary: 'Een instrument voor samenwerking' }), headers: { cookie: member() } }),
      check: (r) => {
        const items = (r as Json).data?.similarInstruments as unknown[] | undefined;
        answered(r, 'similarInstruments');
        if (!items?.length) throw new Error('no similar instruments');
      },
    },
  ];
}

export async function loadFixtures(url: string, sessionSecret: string, members: number): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deep = await client.query<{ key: string; id: string }>(
      `SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key, id
       FROM instruments ORDER BY created_at DESC, id DESC OFFSET 9979 LIMIT 1`,
    );
    if (!deep.rows[0]) throw new Error('W6 needs at least 9,980 instruments');
    const popular = await client.query<{ slug: string }>(
      `SELECT i.slug FROM instruments i JOIN rating_summaries s ON s.instrument_id = i.id
       WHERE EXISTS (SELECT 1 FROM ratings r WHERE r.instrument_id = i.id AND r.review IS NOT NULL)
       ORDER BY s.rating_count DESC, i.id LIMIT 200`,
    );
    // Many instruments, spread over popularity, in a fixed pseudo-random order.
    const rateable = await client.query<{ id: string }>(
      `SELECT id FROM instruments WHERE status <> 'RETIRED' ORDER BY md5(id::text) LIMIT 4999`,
    );
    return {
      deepCursor: encodeCursor({ sort: 'NEWEST', key: deep.rows[0].key, id: deep.rows[0].id }),
      popularSlugs: popular.rows.map((r) => r.slug),
      rateableIds: rateable.rows.map((r) => r.id),
      memberCookies: Array.from({ length: members }, (_, i) => `nlc_session=${sessionSecret}-${i + 1}`),
    };
  } finally {
    await client.end();
  }
}
