import { readdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  specifiedRules,
  typeFromAST,
  validate,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { QUERY_LIMITS, queryCost, queryLimits } from '../../apps/api/src/graphql/query-limits.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

/** Posts a raw body; returns status, parsed JSON (or text) and how many SQL statements ran meanwhile. */
async function attempt(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  app.statements.reset();
  const response = await fetch(app.url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: GraphQLResponse | undefined;
  try {
    json = JSON.parse(text) as GraphQLResponse;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, sql: app.statements.count };
}

const codeOf = (json?: GraphQLResponse) => json?.errors?.[0]?.extensions?.code;

describe('abusive queries are refused before any SQL runs', () => {
  it('a deep query (proposal → instrument → proposal … 20 levels)', async () => {
    let selection = 'id';
    for (let i = 0; i < 10; i++) selection = `proposal { instrument { ${selection} } }`;
    const result = await attempt(JSON.stringify({ query: `{ instrument(slug: "rubric-interdisciplinaire-samenwerking") { ${selection} } }` }));
    expect(codeOf(result.json)).toBe('QUERY_TOO_COMPLEX');
    expect(result.json?.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.json?.data).toBeUndefined();
    expect(result.sql).toBe(0);
  });

  it('500 aliases of a database field (refused by the token limit already)', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `o${i}: overview { totalInstruments }`).join(' ');
    const result = await attempt(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(codeOf(result.json)).toBe('QUERY_TOO_COMPLEX');
    expect(result.sql).toBe(0);
  });

  it(`more than ${QUERY_LIMITS.maxAliases} aliases, few tokens`, async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `o${i}: overview { totalInstruments }`).join(' ');
    const result = await attempt(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(codeOf(result.json)).toBe('QUERY_TOO_COMPLEX');
    expect(result.json?.errors?.[0]?.message).toMatch(/alias/i);
    expect(result.sql).toBe(0);
  });

  it('a 1 MB query: refused by the body limit with a JSON error', async () => {
    const query = `{ ${'__typename '.repeat(100_000)}}`;
    expect(query.length).toBeGreaterThan(1_000_000);
    const result = await attempt(JSON.stringify({ query }));
    expect(result.status).toBe(413);
    expect(codeOf(result.json)).toBe('PAYLOAD_TOO_LARGE');
    expect(result.sql).toBe(0);
  });

  it('a query under the body limit but with too many tokens', async () => {
    const query = `{ ${'__typename '.repeat(8000)}}`;
    expect(query.length).toBeLessThan(100_000);
    const result = await attempt(JSON.stringify({ query }));
    expect(codeOf(result.json)).toBe('QUERY_TOO_COMPLEX');
    expect(result.json?.errors?.[0]?.message).toMatch(/token/i);
    expect(result.sql).toBe(0);
  });

  it('too many directives', async () => {
    const query = `{ instruments(first: 1) { totalCount ${'@include(if: true) '.repeat(50)} } }`;
    const result = await attempt(JSON.stringify({ query }));
    expect(codeOf(result.json)).toBe('QUERY_TOO_COMPLEX');
    expect(result.sql).toBe(0);
  });

  it('a list query over budget: 100 instruments × 100 reviews each', async () => {
    const query = `query ($n: Int) { instruments(first: $n) { edges { node { title reviews(first: $n) { edges { node { id review author score } } } } } } }`;
    const result = await attempt(JSON.stringify({ query, variables: { n: 100 } }));
    expect(codeOf(result.json)).toBe('QUERY_TOO_COMPLEX');
    expect(result.json?.errors?.[0]?.extensions).toMatchObject({ maxCost: QUERY_LIMITS.maxCost });
    expect(Number((result.json?.errors?.[0]?.extensions as { cost?: number }).cost)).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(result.sql).toBe(0);

    // The same shape with small pages is fine: the cost follows the list sizes.
    const small = await attempt(JSON.stringify({ query, variables: { n: 5 } }));
    expect(small.json?.errors).toBeUndefined();
    expect(small.sql).toBeGreaterThan(0);
  });

  it('a catalogue page of 100 with previews and every file edition fits the budget (lists without `first` count 5)', async () => {
    const query = `{ instruments(first: 100) { edges { node { title previewUrl
      files { title currentEdition { id fileName typeLabel size downloadUrl } editions { id versionLabel changeNote fileName size downloadUrl downloadCount } } } } } }`;
    const result = await attempt(JSON.stringify({ query }));
    expect(result.json?.errors).toBeUndefined();
  });

  it('batched requests', async () => {
    const result = await attempt(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(result.status).toBe(400);
    expect(result.sql).toBe(0);
  });
});

describe('cross-site requests', () => {
  it('refuses a mutation over GET', async () => {
    app.statements.reset();
    const url = `${app.url}?query=${encodeURIComponent('mutation { signOut }')}`;
    const plain = await fetch(url);
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF|preflight/i);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(405);
    expect(app.statements.count).toBe(0);
  });

  it('refuses simple POSTs a form or a cross-site fetch can send without preflight', async () => {
    const body = JSON.stringify({ query: 'mutation { signOut }' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const result = await attempt(body, { 'content-type': type });
      expect(result.status).toBe(400);
      expect(result.sql).toBe(0);
    }
  });

  it('sends no CORS headers to another origin when none is configured', async () => {
    const preflight = await fetch(app.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(app.url, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('HTTP headers', () => {
  it('sets helmet headers and a strict Content-Security-Policy', async () => {
    const response = await fetch(app.url.replace(/\/graphql$/, '/health/live'));
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

/** The smallest valid value of an input type, with every `first` at its maximum of 100. */
function sample(type: GraphQLInputType, name = ''): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sample(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type, field.name)]),
    );
  }
  if (inner.name === 'Int') return name === 'first' ? 100 : 1;
  if (inner.name === 'Float') return 1;
  if (inner.name === 'Boolean') return true;
  return 'x';
}

function variablesFor(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
  );
}

describe('what the web app asks stays within the limits', () => {
  it('every document of apps/web fits depth, aliases, directives, tokens and cost (with pages of 100)', async () => {
    const schema = buildSchema(await readFile('schema.gql', 'utf8'));
    // Each feature's documents are in its own *.generated.ts (apps/web/codegen.ts).
    const files = (await readdir('apps/web/src', { recursive: true })).filter((file) => file.endsWith('.generated.ts'));
    const generated = Object.assign(
      {},
      ...(await Promise.all(files.map((file) => import(`../../apps/web/src/${file.replace(/\.ts$/, '.js')}`) as Promise<Record<string, unknown>>))),
    ) as Record<string, unknown>;
    const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];
    expect(documents.length).toBe(111);
    expect(documents.length).toBeGreaterThan(3);
    const { validationRules } = queryLimits();
    for (const [name, document] of documents) {
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      expect({ name, errors: errors.map((e) => e.message) }).toEqual({ name, errors: [] });
      const cost = queryCost(schema, document, variablesFor(schema, document));
      expect({ name, withinBudget: cost <= QUERY_LIMITS.maxCost / 2 }).toEqual({ name, withinBudget: true });
    }
    // The catalogue page at its largest page size, for the README's numbers.
    const catalogue = queryCost(schema, generated.CatalogueInstrumentsDocument as DocumentNode, { first: 100 });
    expect(catalogue).toBeLessThan(10_000);
  });
});
