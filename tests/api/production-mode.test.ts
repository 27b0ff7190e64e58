import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

let app: TestApp;
/** Every error body this file saw, checked at the end for stack traces and internals. */
const seen: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ env: { NODE_ENV: 'production', RATE_LIMIT_AUTH_PER_ACCOUNT: '2' } });
});
afterAll(() => app?.close());

async function send(body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const response = await fetch(app.url, { method: 'POST', headers, body });
  const text = await response.text();
  seen.push(text);
  return { status: response.status, text, json: (() => { try { return JSON.parse(text) as GraphQLResponse; } catch { return undefined; } })() };
}
const gql = (query: string, variables?: Record<string, unknown>) => send(JSON.stringify({ query, variables }));

describe('in production (NODE_ENV=production)', () => {
  it('refuses introspection', async () => {
    const { json } = await gql('{ __schema { types { name } } }');
    expect(json?.data).toBeUndefined();
    expect(json?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(json?.errors?.[0]?.message).toMatch(/introspection/i);
    const type = await gql('{ __type(name: "Instrument") { fields { name } } }');
    expect(type.json?.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('serves no GraphiQL', async () => {
    const response = await fetch(app.url, { headers: { accept: 'text/html' } });
    const text = await response.text();
    seen.push(text);
    expect(text).not.toMatch(/graphiql/i);
  });

  it('suggests no field, argument or type names in errors', async () => {
    for (const query of ['{ instrumnts { totalCount } }', '{ instruments(frist: 1) { totalCount } }', '{ instruments { totalCont } }', 'query ($f: InstrumentFiltr) { instruments(filter: $f) { totalCount } }']) {
      const { json } = await gql(query);
      expect(json?.errors?.length).toBeGreaterThan(0);
      for (const error of json!.errors!) expect(error.message).not.toMatch(/did you mean/i);
    }
  });

  it('answers every kind of error without a stack trace, SQL or file path', async () => {
    await gql('{ instruments(');
    await gql('{ instruments(first: 1000) { totalCount } }');
    await gql('query ($n: Int) { instruments(first: $n) { totalCount } }', { n: 'many' });
    await gql('mutation { createInstrument(input: { title: "x" }) { id } }');
    await gql('{ instrument(slug: "rubric-interdisciplinaire-samenwerking") { contactEmail } }');
    for (let i = 0; i < 3; i++) await gql('mutation { signIn(input: { email: "a@example.org", password: "fout wachtwoord" }) { id } }');
    await send('{"query": ', { 'content-type': 'application/json' });
    await send(JSON.stringify({ query: 'mutation { signOut }' }), { 'content-type': 'text/plain' });
    // An unexpected failure inside a resolver: a table the overview reads is briefly missing.
    await app.dataSource.query('ALTER TABLE instrument_phases RENAME TO instrument_phases_away');
    let internal: Awaited<ReturnType<typeof gql>>;
    try {
      internal = await gql('{ overview { byPhase { code count } } }');
    } finally {
      await app.dataSource.query('ALTER TABLE instrument_phases_away RENAME TO instrument_phases');
    }
    expect(internal.json?.errors?.[0]?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(internal.json?.errors?.[0]?.message).not.toMatch(/instrument_phases|relation|SELECT/i);

    const codes = seen.flatMap((text) => {
      try {
        return ((JSON.parse(text) as GraphQLResponse).errors ?? []).map((e) => e.extensions?.code);
      } catch {
        return [];
      }
    });
    expect(new Set(codes)).toEqual(
      new Set([
        'GRAPHQL_VALIDATION_FAILED',
        'GRAPHQL_PARSE_FAILED',
        'BAD_USER_INPUT',
        'UNAUTHENTICATED',
        'TOO_MANY_REQUESTS',
        'BAD_REQUEST',
        'INTERNAL_SERVER_ERROR',
      ]),
    );
    for (const text of seen) {
      expect(text).not.toMatch(/stacktrace|\n\s+at |\.ts:\d+|\.js:\d+|node_modules|QueryFailedError|SELECT |INSERT /);
    }
  });
});
