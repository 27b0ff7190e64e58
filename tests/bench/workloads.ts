import pg from 'pg';
import { USABLE_FIRST_RANK } from '#domain';
import { encodeCursor } from '../../apps/api/src/catalogue/cursor.js';
import {
  DOMAIN_FACET_CODES,
  distinctQuestions,
  facetVariables,
  listVariables,
  pageUrl,
  questionStream,
  webBody,
  webOperation,
  type FacetCodes,
  type Question,
} from './questions.js';
import { RARE_TERM, THEMES, TYPO_TERM } from './words.js';

/** USABLE_FIRST's groups as SQL CASE branches (libs/domain USABLE_FIRST_RANK), for W6's cursor. */
const USABLE_RANK_CASES = Object.entries(USABLE_FIRST_RANK)
  .map(([status, rank]) => `WHEN '${status}' THEN ${rank}`)
  .join(' ');

/**
 * The catalogue's list query with the fields the baseline answers too (W1–W6); W11 asks the
 * page's own documents (apps/web catalogue.graphql, read by questions.ts).
 */
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
export const INSTRUMENT_QUERY = `query InstrumentPage($slug: String!) {
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
  /**
   * W6: the cursor after row 9,980 of the default order (USABLE_FIRST, retired instruments hidden),
   * i.e. the `after` of page 500 at 20 per page (in a
   * dataset under 20,000 instruments, of the page halfway).
   */
  deepCursor: string;
  /** The page W6 asks for. */
  deepPage: number;
  /** W7: the most-rated instruments (many reviews, a status history). */
  popularSlugs: string[];
  /** W9: instruments that can be rated (not retired). */
  rateableIds: string[];
  /** One session cookie per generated member. */
  memberCookies: string[];
  /** W11: the codes visitors filter on, per facet, in the vocabularies' order. */
  facetCodes: FacetCodes;
  /** W12: instruments visitors land on from a search engine or a shared link (many, spread over the catalogue). */
  landingSlugs: string[];
}

export interface NextRequest {
  /** A GraphQL request's body; empty for a page. */
  body: string;
  /** W12: a server-rendered page (GET this path as a browser asks for HTML) instead of POST /graphql. */
  page?: string;
  headers?: Record<string, string>;
  /** W11: the question this request belongs to and which page of it (1 for the first). */
  visit?: { question: Question; page: number };
}

/**
 * A budget from the issue, judged on the cold figures (anonymous read cache off: what a new
 * question costs) or, for the visitors' stream W11, on the app as it runs (cache on).
 */
export interface Budget {
  on: 'cold' | 'warm';
  p95?: number;
  p99?: number;
  /** Requests per second at least. */
  rps?: number;
}

export interface Workload {
  id: string;
  title: string;
  /** Null where the issue sets none (W9). */
  budget: Budget | null;
  /** W1–W4 also run against the bare node:http + pg baseline. */
  baseline: boolean;
  /** False for signed-in workloads: the read cache never answers them, so they run on the cold app only. */
  cacheable: boolean;
  /** Connections for this workload instead of the run's (W11.1: one visitor). */
  connections?: number;
  /** A line for the notes under the table, read when the measurements are done. */
  note?(): string;
  next(): NextRequest;
  /** Sees each answer during the load (W11: a visitor paging on follows the endCursor). */
  answered?(request: NextRequest, body: string): void;
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

const cold = (p95: number): Budget => ({ on: 'cold', p95 });

export async function workloads(fixtures: Fixtures): Promise<Workload[]> {
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
    { id: 'W1', title: 'default browse page', budget: cold(25), baseline: true, cacheable: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W1), check: list(20) },
    { id: 'W2', title: 'three facets, NEWEST', budget: cold(25), baseline: true, cacheable: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W2), check: list(20) },
    { id: 'W3', title: `rare search term "${RARE_TERM}"`, budget: cold(25), baseline: true, cacheable: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W3), check: list(1) },
    { id: 'W4', title: `common search term "${COMMON_TERM}"`, budget: cold(50), baseline: true, cacheable: true, next: fixed(CATALOGUE_QUERY, CATALOGUE_VARIABLES.W4), check: list(20) },
    { id: 'W5', title: `typo search "${TYPO_TERM}"`, budget: cold(25), baseline: false, cacheable: true, next: fixed(CATALOGUE_QUERY, { search: TYPO_TERM, first: 20 }), check: list(20) },
    { id: 'W6', title: `deep cursor page (page ${fixtures.deepPage})`, budget: cold(25), baseline: false, cacheable: true, next: fixed(CATALOGUE_QUERY, { first: 20, sort: 'USABLE_FIRST', after: fixtures.deepCursor }), check: list(20) },
    {
      id: 'W7',
      title: 'instrument page: history, rating summary, reviews',
      budget: cold(25),
      baseline: false,
      cacheable: true,
      next: () => ({ body: body(INSTRUMENT_QUERY, { slug: slug() }) }),
      check: (response) => {
        const found = answered(response, 'instrument') as { reviews: { edges: unknown[] }; statusHistory: unknown[] };
        if (!found.reviews.edges.length || !found.statusHistory.length) throw new Error('instrument without reviews or history');
      },
    },
    { id: 'W8', title: `facet counts for "${COMMON_TERM}"`, budget: cold(50), baseline: false, cacheable: true, next: fixed(FACETS_QUERY, { search: COMMON_TERM }), check: (r) => void answered(r, 'instrumentFacets') },
    {
      id: 'W9',
      title: 'rateInstrument by many members',
      budget: null,
      baseline: false,
      cacheable: false,
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
      budget: cold(25),
      baseline: false,
      cacheable: false,
      next: () => ({ body: body(SIMILAR_QUERY, { title: similarTitles(), summary: 'Een instrument voor samenwerking' }), headers: { cookie: member() } }),
      check: (r) => {
        const items = (r as Json).data?.similarInstruments as unknown[] | undefined;
        answered(r, 'similarInstruments');
        if (!items?.length) throw new Error('no similar instruments');
      },
    },
    await visitors('W11', 'visitors: varied catalogue questions, list and facets as the page asks', fixtures, VISITOR_SEED, { on: 'warm', p95: 50, rps: 200 }),
    {
      ...(await visitors('W11.1', 'one visitor alone (W11 at 1 connection)', fixtures, VISITOR_SEED + 1, { on: 'warm', p99: 50 })),
      connections: 1,
    },
    await firstVisits('W12', 'first visits: server-rendered catalogue and instrument pages at varied addresses, then "load more"', fixtures, VISITOR_SEED + 2),
  ];
}

/** The identity of a request for the bench's "asked before" (a page by its address, GraphQL by its body). */
export const requestIdentity = (request: NextRequest) => (request.page ? `GET ${request.page}` : request.body);

/** W12: one visit in this many lands on an instrument page, the others on a catalogue address. */
const INSTRUMENT_VISIT_EVERY = 4;

/**
 * Visitors arriving from a search engine or a shared link: the first page they see is rendered
 * on the server (no session cookie). Three in four land on the catalogue at one of W11's
 * questions' addresses (search, filters, sort as the page writes them), one in four on an
 * instrument page; a visitor paging on then asks "load more" as the hydrated page does (the
 * list document after the rendered page's endCursor, read from its inline Apollo state).
 */
async function firstVisits(id: string, title: string, fixtures: Fixtures, seed: number): Promise<Workload> {
  const listOperation = await webOperation('CatalogueInstruments');
  const questions = questionStream(fixtures.facetCodes, seed, VISITOR_QUESTIONS);
  const slug = rotate(fixtures.landingSlugs);
  let visits = 0;
  let catalogue = 0;
  let followed = 0;
  const queue: NextRequest[] = [];
  return {
    id,
    title,
    budget: null,
    baseline: false,
    cacheable: true,
    note: () =>
      `${visits.toLocaleString('en')} first visits (${catalogue.toLocaleString('en')} catalogue addresses from a stream of ${questions.length.toLocaleString('en')} questions, seed ${seed}; ` +
      `${(visits - catalogue).toLocaleString('en')} instrument pages over ${fixtures.landingSlugs.length.toLocaleString('en')} instruments), with ${followed.toLocaleString('en')} "load more" requests by endCursor`,
    next: () => {
      const waiting = queue.shift();
      if (waiting) return waiting;
      visits++;
      if (visits % INSTRUMENT_VISIT_EVERY === 0) return { body: '', page: `/instrumenten/${encodeURIComponent(slug())}` };
      const question = questions[catalogue++ % questions.length];
      return { body: '', page: pageUrl(question), visit: { question, page: 1 } };
    },
    answered: (request, text) => {
      if (!request.visit || request.visit.page >= request.visit.question.pages) return;
      const after = nextCursor(text, Boolean(request.page));
      if (!after) return;
      const { question, page } = request.visit;
      followed++;
      queue.unshift({ body: webBody(listOperation, listVariables(question, after)), visit: { question, page: page + 1 } });
    },
    check: (response) => {
      if (typeof response === 'string') {
        if (!response.includes('id="__APOLLO_STATE__"') || !/<h1[\s>]/.test(response)) throw new Error(`not a rendered page: ${response.slice(0, 300)}`);
        return;
      }
      answered(response, 'instruments');
    },
  };
}

/**
 * The endCursor a visitor paging on follows, from a GraphQL answer or from a rendered page's inline
 * Apollo state; null at the last page, or for an answer that is not one (counted as a failure by the
 * measurement: the visitor stops there).
 */
function nextCursor(text: string, rendered: boolean): string | null {
  if (rendered) return /"hasNextPage":true,"endCursor":"([^"]+)"/.exec(text)?.[1] ?? null;
  try {
    const page = (JSON.parse(text) as Json).data?.instruments as { pageInfo?: { hasNextPage: boolean; endCursor: string | null } } | undefined;
    return page?.pageInfo?.hasNextPage ? page.pageInfo.endCursor : null;
  } catch {
    return null;
  }
}

/** W11's stream: this many questions, cycled; at least MIN_DISTINCT of them differ. */
export const VISITOR_QUESTIONS = 30_000;
export const MIN_DISTINCT = 10_000;
const VISITOR_SEED = 11;

/**
 * Visitors asking the catalogue page's questions, one after another from a seeded stream: for
 * each question the page's list and its facets (sent together, as the page does), then, for a
 * visitor paging on, the next page after the previous answer's endCursor. Follow-up requests go
 * before new questions, on whichever connection is free next (a browser uses several too).
 */
async function visitors(id: string, title: string, fixtures: Fixtures, seed: number, budget: Budget): Promise<Workload> {
  const [listOperation, facetsOperation] = await Promise.all([webOperation('CatalogueInstruments'), webOperation('CatalogueFacets')]);
  const questions = questionStream(fixtures.facetCodes, seed, VISITOR_QUESTIONS);
  const distinct = distinctQuestions(questions);
  if (distinct < MIN_DISTINCT) throw new Error(`${id}: only ${distinct} distinct questions in the stream (at least ${MIN_DISTINCT} wanted)`);
  let asked = 0;
  let followed = 0;
  const queue: NextRequest[] = [];
  return {
    id,
    title,
    budget,
    baseline: false,
    cacheable: true,
    note: () =>
      `a stream of ${questions.length.toLocaleString('en')} questions (seed ${seed}), ${distinct.toLocaleString('en')} distinct, cycled ` +
      `(${distinctQuestions(questions.slice(0, 1000))} distinct in the first 1,000); ${asked.toLocaleString('en')} questions asked ` +
      `(${Math.min(asked, questions.length).toLocaleString('en')} of the stream, ${distinctQuestions(questions.slice(0, Math.min(asked, questions.length))).toLocaleString('en')} distinct), ` +
      `with ${followed.toLocaleString('en')} further pages by endCursor`,
    next: () => {
      const waiting = queue.shift();
      if (waiting) return waiting;
      const question = questions[asked++ % questions.length];
      queue.push({ body: webBody(facetsOperation, facetVariables(question)) });
      return { body: webBody(listOperation, listVariables(question)), visit: { question, page: 1 } };
    },
    answered: (request, text) => {
      if (!request.visit || request.visit.page >= request.visit.question.pages) return;
      const cursor = nextCursor(text, false);
      if (!cursor) return;
      const { question, page } = request.visit;
      followed++;
      queue.unshift({ body: webBody(listOperation, listVariables(question, cursor)), visit: { question, page: page + 1 } });
    },
    check: (r) => {
      const data = (r as Json).data ?? {};
      answered(r, 'instruments' in data ? 'instruments' : 'instrumentFacets');
    },
  };
}

export async function loadFixtures(url: string, sessionSecret: string, members: number): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: counted } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM instruments`);
    const deepPages = Math.min(499, Math.floor(counted[0].n / 40));
    const deepRows = deepPages * 20;
    const deep = await client.query<{ key: string; id: string }>(
      `SELECT rank || '|' || to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key, id
       FROM (SELECT id, created_at, (CASE status ${USABLE_RANK_CASES} ELSE 0 END) AS rank FROM instruments WHERE status <> 'RETIRED') i
       ORDER BY rank DESC, created_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [deepRows - 1],
    );
    if (!deep.rows[0]) throw new Error('W6 needs at least 40 instruments');
    const popular = await client.query<{ slug: string }>(
      `SELECT i.slug FROM instruments i JOIN rating_summaries s ON s.instrument_id = i.id
       WHERE EXISTS (SELECT 1 FROM ratings r WHERE r.instrument_id = i.id AND r.review IS NOT NULL)
       ORDER BY s.rating_count DESC, i.id LIMIT 200`,
    );
    // Many instruments, spread over popularity, in a fixed pseudo-random order.
    const rateable = await client.query<{ id: string }>(
      `SELECT id FROM instruments WHERE status <> 'RETIRED' ORDER BY md5(id::text) LIMIT 4999`,
    );
    const facetCodes = { ...DOMAIN_FACET_CODES } as FacetCodes;
    const vocabularies = { PHASE: 'phases', TYPE: 'instrument_types', AUDIENCE: 'audiences', SECTOR: 'sectors', TAG: 'tags' } as const;
    for (const [facet, table] of Object.entries(vocabularies) as [keyof typeof vocabularies, string][]) {
      const { rows } = await client.query<{ code: string }>(`SELECT code FROM ${table} WHERE NOT hidden ORDER BY position, code`);
      facetCodes[facet] = rows.map((r) => r.code);
    }
    const landing = await client.query<{ slug: string }>(`SELECT slug FROM instruments WHERE status <> 'RETIRED' ORDER BY md5(id::text) LIMIT 5000`);
    return {
      facetCodes,
      landingSlugs: landing.rows.map((r) => r.slug),
      deepCursor: encodeCursor({ sort: 'USABLE_FIRST', key: deep.rows[0].key, id: deep.rows[0].id }),
      deepPage: deepPages + 1,
      popularSlugs: popular.rows.map((r) => r.slug),
      rateableIds: rateable.rows.map((r) => r.id),
      memberCookies: Array.from({ length: members }, (_, i) => `nlc_session=${sessionSecret}-${i + 1}`),
    };
  } finally {
    await client.end();
  }
}
