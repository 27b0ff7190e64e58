import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CATALOGUE_FACET_PARAMS, CATALOGUE_PARAMS, CATALOGUE_SORT_PARAMS } from '#domain';
import { baseUrl, csvFile, row, upload } from '../support/exchange.js';
import { EXPECTED_CODES, hostileString } from '../support/fuzz.js';
import { signedIn, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/**
 * The request around the query: operationName, several operations, variables of every JSON
 * shape and depth, GET, extensions; the export's URL parameters and the import's bodies.
 * Never HTTP 500, never INTERNAL_SERVER_ERROR, and the process keeps answering.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

/** Codes of a request that is malformed as a whole, beyond those of a wrong argument. */
const ENVELOPE_CODES = new Set([...EXPECTED_CODES, 'BAD_REQUEST', 'GRAPHQL_PARSE_FAILED', 'PAYLOAD_TOO_LARGE', 'PERSISTED_QUERY_NOT_FOUND']);

let app: TestApp;
let curator: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

interface Answer {
  status: number;
  codes: string[];
  messages: string[];
  data: unknown;
}

/** Sends a body as it is (a string, so that it can be nested deeper than JSON.stringify goes). */
async function raw(body: string, init: { method?: string; query?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const response = await fetch(`${app.url}${init.query ?? ''}`, {
    method: init.method ?? 'POST',
    headers: init.headers ?? { 'content-type': 'application/json' },
    ...(init.method === 'GET' ? {} : { body }),
  });
  const text = await response.text();
  let parsed: GraphQLResponse;
  try {
    parsed = JSON.parse(text) as GraphQLResponse;
  } catch {
    throw new Error(`Not JSON (HTTP ${response.status}): ${text.slice(0, 300)}`);
  }
  const errors = parsed.errors ?? [];
  return { status: response.status, codes: errors.map((e) => e.extensions?.code ?? 'NONE'), messages: errors.map((e) => e.message), data: parsed.data };
}

/** `{"a":{"a":…1…}}` or `[[…1…]]`, `depth` levels deep, as text. */
const nested = (depth: number, kind: 'object' | 'list') =>
  kind === 'object' ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('the probes of issue 15', () => {
  it('answers an operationName that names no operation, or none for several, with 400 BAD_REQUEST', async () => {
    expect(await raw(JSON.stringify({ query: 'query A { __typename }', operationName: 'B' }))).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
      messages: ['Unknown operation named "B".'],
      data: undefined,
    });
    expect(await raw(JSON.stringify({ query: 'query A { __typename } query B { __typename }' }))).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
      messages: ['Must provide operation name if query contains multiple operations.'],
      data: undefined,
    });
    // Naming one of them works, from the read cache too.
    for (let i = 0; i < 2; i++) {
      expect(await raw(JSON.stringify({ query: 'query A { a: __typename } query B { b: __typename }', operationName: 'B' }))).toEqual({
        status: 200,
        codes: [],
        messages: [],
        data: { b: 'Query' },
      });
    }
  });

  it('answers variables nested 5,000 deep with 400 BAD_REQUEST, declared or not', async () => {
    const documents = ['{ __typename }', 'query ($f: InstrumentFilter) { instruments(first: 1, filter: $f) { totalCount } }', 'query ($q: String) { instruments(first: 1, search: $q) { totalCount } }'];
    for (const query of documents) {
      for (const kind of ['object', 'list'] as const) {
        const answer = await raw(`{"query":${JSON.stringify(query)},"variables":{"f":${nested(5000, kind)},"q":${nested(5000, kind)}}}`);
        expect({ query, kind, status: answer.status, codes: answer.codes }).toEqual({ query, kind, status: 400, codes: ['BAD_REQUEST'] });
      }
    }
    // The limit is 12 levels (the deepest input, an instrument's links, needs 4).
    const at = (depth: number) => raw(`{"query":"query ($q: String) { instruments(first: 1, search: $q) { totalCount } }","variables":{"q":"a","x":${nested(depth - 1, 'object')}}}`);
    expect((await at(12)).status).toBe(200);
    expect((await at(13)).codes).toEqual(['BAD_REQUEST']);
  });

  it('refuses a subscription in validation: this API has none', async () => {
    expect(await raw(JSON.stringify({ query: 'subscription { __typename }' }))).toEqual({
      status: 400,
      codes: ['GRAPHQL_VALIDATION_FAILED'],
      messages: ['This API has no subscription operations.'],
      data: undefined,
    });
  });
});

/** A JSON value of any shape, sometimes nested past the limit. */
const anyJsonText = fc.oneof(
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('object' as const, 'list' as const)).map(([depth, kind]) => nested(depth, kind)) },
);

const DOCUMENTS = [
  'query Page($first: Int, $q: String) { instruments(first: $first, search: $q) { totalCount edges { node { slug } } } }',
  'query A { __typename } query B { instruments(first: 1) { totalCount } }',
  '{ instruments(first: 2) { totalCount } }',
  'query ($sort: InstrumentSort) { instruments(first: 1, sort: $sort) { totalCount } }',
  'query { instruments(first: $undeclared) { totalCount } }',
  'subscription S { __typename }',
  'mutation M { signOut }',
  'query ($f: InstrumentFilter, $first: Int = 3) { instruments(filter: $f, first: $first) { totalCount pageInfo { hasNextPage } } }',
  '{ instrument(slug: "x") { title } }',
  'query (',
];

const member = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 4 });

/** Every field of the envelope: missing, of the wrong type, or plausible. */
const envelope = fc.record(
  {
    query: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DOCUMENTS) }, { weight: 1, arbitrary: hostileString }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) }),
    operationName: fc.oneof(fc.constantFrom('Page', 'A', 'B', 'S', 'M', 'Unknown', ''), fc.constant(null), hostileString, fc.jsonValue({ maxDepth: 1 })),
    variablesText: fc.oneof(
      { weight: 4, arbitrary: fc.record({ first: member(fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constant(null), hostileString)), q: member(fc.oneof(hostileString, fc.integer(), fc.constant(null))), sort: member(fc.oneof(fc.constantFrom('NEWEST', 'NEWST', 'newest'), fc.integer())), f: member(fc.jsonValue({ maxDepth: 3 })) }).map((v) => JSON.stringify(v)) },
      { weight: 3, arbitrary: anyJsonText },
    ),
    extensions: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), fc.integer()), sha256Hash: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), hostileString) }) })),
    extra: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
  },
  { requiredKeys: [] },
);

/** The property: a well-formed answer with a code a client can act on, never a server fault. */
function expectHandled(answer: Answer, sent: unknown): void {
  const unexpected = answer.codes.filter((code) => !ENVELOPE_CODES.has(code));
  expect({ sent, status: answer.status < 500, unexpected }).toEqual({ sent, status: true, unexpected: [] });
}

describe('fuzzing the request envelope', () => {
  it('POST: never HTTP 500 nor INTERNAL_SERVER_ERROR', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, async ({ variablesText, extra, ...fields }) => {
        const json = JSON.stringify({ ...extra, ...fields, variables: '@@VARIABLES@@' });
        const body = variablesText === undefined ? JSON.stringify({ ...extra, ...fields }) : json.replace('"@@VARIABLES@@"', variablesText);
        expectHandled(await raw(body), body.slice(0, 400));
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  }, 60_000);

  it('GET with a query string: never HTTP 500 nor INTERNAL_SERVER_ERROR', async () => {
    await fc.assert(
      fc.asyncProperty(envelope, fc.boolean(), async ({ variablesText, extensions, query, operationName }, preflight) => {
        const params = new URLSearchParams();
        if (query !== undefined) params.set('query', typeof query === 'string' ? query : JSON.stringify(query));
        if (operationName !== undefined) params.set('operationName', typeof operationName === 'string' ? operationName : JSON.stringify(operationName));
        // Node refuses request lines over 16 kB itself (431, before the app).
        if (variablesText !== undefined) params.set('variables', variablesText.slice(0, 4000));
        if (extensions !== undefined) params.set('extensions', JSON.stringify(extensions));
        const headers: Record<string, string> = preflight ? { 'apollo-require-preflight': 'true', accept: 'application/json' } : { accept: 'application/json' };
        expectHandled(await raw('', { method: 'GET', query: `?${params}`, headers }), params.toString().slice(0, 400));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // A plain GET query (with the preflight header CSRF prevention asks for) is answered.
    const answer = await raw('', { method: 'GET', query: `?query=${encodeURIComponent('{ instruments(first: 1) { totalCount } }')}`, headers: { 'apollo-require-preflight': 'true' } });
    expect(answer.status).toBe(200);
  }, 60_000);
});

describe('fuzzing the export and import', () => {
  const PARAMS = [...Object.values(CATALOGUE_FACET_PARAMS).flat(), ...Object.values(CATALOGUE_PARAMS), 'scheiding', 'separator', 'onbekend', ''];
  const VALUES = ['EVALUATE', 'DEVELOP', 'PILOTING', 'CANVAS', 'MBO', ...Object.keys(CATALOGUE_SORT_PARAMS), 'komma', 'puntkomma', ';', ','];

  it('export URL parameters: never HTTP 500', async () => {
    const query = fc.array(fc.tuple(fc.constantFrom(...PARAMS), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...VALUES) }, { weight: 2, arbitrary: hostileString })), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom('csv', 'json'), async (pairs, format) => {
        const search = new URLSearchParams(pairs.map(([k, v]) => [k, v.slice(0, 2000)]));
        const response = await fetch(`${baseUrl(app)}/export/instruments.${format}?${search}`);
        const text = await response.text();
        const sent = `${format}?${search.toString().slice(0, 300)}`;
        expect({ sent, status: response.status }).toEqual({ sent, status: response.ok ? 200 : 400 });
        if (!response.ok) expect((JSON.parse(text) as { code: string }).code).toBe('BAD_USER_INPUT');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);

  /** A cell that has broken importers before. */
  const hostileCell = fc.oneof(
    hostileString,
    fc.constantFrom('"', '""', 'a"b', '"open', '\r', '\n', '\uFEFF', 'x'.repeat(200_000), '=1+1', '\u0000', 'a\u0000b'),
  );
  /** Valid files with hostile cells, and bytes that are no CSV at all. */
  const csvBody = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(fc.uniqueArray(fc.stringMatching(/^[a-z]{4,10}-[a-z0-9]{3,6}$/), { minLength: 1, maxLength: 3 }), fc.dictionary(fc.constantFrom('titel', 'samenvatting', 'slug', 'fase', 'links', 'e-mail', 'aangemaakt', 'status'), hostileCell, { maxKeys: 2 }), fc.boolean(), fc.constantFrom(',' as const, ';' as const))
        .map(([slugs, cells, bom, separator]) => Buffer.from(csvFile(slugs.map((slug, i) => row(slug, i === 0 ? cells : {})), { bom, separator }))),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 100 }).map((bytes) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('slug,titel\n'), Buffer.from(bytes)])) },
  );

  it('import bodies as a curator: never HTTP 500, and the import finds nothing the dry run missed', async () => {
    let imported = 0;
    await fc.assert(
      fc.asyncProperty(csvBody, fc.boolean(), async (file, multipart) => {
        const dry = await upload(app, file, { cookie: curator, query: 'dryRun=true', multipart });
        const sent = file.subarray(0, 300).toString('latin1');
        // 200 valid, 422 a report of its problems, 400 no file at all (an empty multipart field).
        expect({ sent, status: dry.status }).toEqual({ sent, status: dry.report.ok ? 200 : dry.status === 400 ? 400 : 422 });
        if (!dry.report.ok) return;
        const real = await upload(app, file, { cookie: curator, multipart });
        expect({ sent, status: real.status, problems: real.report.problems }).toEqual({ sent, status: 200, problems: [] });
        imported++;
      }),
      { numRuns: Math.ceil(RUNS / 2), seed: SEED },
    );
    console.log(`import fuzz: ${imported} of ${Math.ceil(RUNS / 2)} files were valid and imported`);
    expect(imported).toBeGreaterThan(0);
    expect((await fetch(`${baseUrl(app)}/health/ready`)).status).toBe(200);
  }, 60_000);
});

describe('in production', () => {
  let production: TestApp;
  beforeAll(async () => {
    production = await startTestApp({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => production?.close());

  it('suggests no enum value, as a literal or as a variable', async () => {
    const literal = await production.gql('{ instruments(first: 2, sort: NEWST) { totalCount } }');
    const variable = await production.gql('query ($s: InstrumentSort) { instruments(first: 2, sort: $s) { totalCount } }', { s: 'NEWST' });
    const nestedEnum = await production.gql('query ($f: InstrumentFilter) { instruments(first: 2, filter: $f) { totalCount } }', { f: { statuses: ['PILOTNG'] } });
    for (const answer of [literal, variable, nestedEnum]) {
      expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(answer.errors?.[0].message).toMatch(/does not exist in "(InstrumentSort|PrototypeStatus)" enum\.$/);
      expect(answer.errors?.[0].message).not.toMatch(/did you mean|NEWEST|PILOTING/i);
    }
    // Outside production the suggestion helps.
    expect((await app.gql('{ instruments(first: 2, sort: NEWST) { totalCount } }')).errors?.[0].message).toMatch(/Did you mean the enum value "NEWEST"\?/);
  });
});
