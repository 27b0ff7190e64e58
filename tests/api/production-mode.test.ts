import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNTS } from '../../apps/api/src/accounts/demo-accounts.js';
import { freePort, startApiProcess, type ApiProcess } from '../support/api-process.js';
import { cookieFrom, startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

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

describe('the built app as a process with NODE_ENV=production on the embedded database', () => {
  let dir: string;
  let pgPort: number;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'nlc-production-'));
    await fs.chmod(dir, 0o755);
    pgPort = await freePort();
  });
  afterAll(async () => {
    await stop();
    await fs.rm(dir, { recursive: true, force: true });
  });

  /** Every setting given explicitly: no DATABASE_URL, its own embedded PostgreSQL, TRUST_PROXY unset. */
  const settings = (nodeEnv: 'production' | 'development') => ({
    NODE_ENV: nodeEnv,
    DATABASE_URL: '',
    EMBEDDED_POSTGRES_DIR: path.join(dir, 'pg'),
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    TRUST_PROXY: '',
    RATE_LIMIT_AUTH_PER_IP: '30',
    RATE_LIMIT_AUTH_PER_ACCOUNT: '3',
    UNSUBSCRIBE_SECRET: 'test-only unsubscribe secret of the built app',
  });
  async function start(nodeEnv: 'production' | 'development'): Promise<ApiProcess> {
    api = await startApiProcess(settings(nodeEnv));
    return api;
  }
  /** SIGTERM (which also stops the embedded PostgreSQL); SIGKILL only when that hangs. */
  async function stop(): Promise<void> {
    if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
    const { child, exited } = api;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }
  async function createUser(args: string[]): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [path.resolve('dist/apps/api/src/cli/create-user.js'), ...args], {
      env: { ...process.env, ...settings('production'), NLC_USER_PASSWORD: 'een lange wachtzin voor ada', LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    return { code, output };
  }
  async function signIn(email: string, password: string, headers: Record<string, string> = {}) {
    const response = await fetch(api!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id role } }', variables: { input: { email, password } } }),
    });
    const body = (await response.json()) as GraphQLResponse<{ signIn: { role: string } }>;
    return { code: body.errors?.[0]?.extensions?.code ?? 'OK', body, headers: response.headers };
  }
  async function me(cookie: string): Promise<unknown> {
    const response = await fetch(api!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    return ((await response.json()) as GraphQLResponse<{ me: unknown }>).data?.me;
  }
  const demoPasswords = DEMO_ACCOUNTS.map((d) => d.password);
  const adminHints = (output: string[]) => output.filter((line) => line.includes('npm run user:create'));

  it('a fresh start: no demo accounts, no demo password in the log, one line on creating an admin; production headers; no GraphiQL; X-Forwarded-For not believed', async () => {
    const { output, origin, url } = await start('production');
    const log = output.join('\n');
    for (const password of demoPasswords) expect(log).not.toContain(password);
    expect(adminHints(output)).toHaveLength(1);
    for (const demo of DEMO_ACCOUNTS) expect((await signIn(demo.email, demo.password)).code).toBe('UNAUTHENTICATED');

    const page = await fetch(origin + '/');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    const graphiql = await fetch(url, { headers: { accept: 'text/html' } });
    expect(graphiql.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await graphiql.text()).not.toMatch(/graphiql/i);

    // TRUST_PROXY unset: every attempt comes from the same client, whatever X-Forwarded-For claims.
    const codes: string[] = [];
    for (let i = 1; i <= 4; i++) codes.push((await signIn('niemand@example.org', 'een foute gok', { 'x-forwarded-for': `203.0.113.${i}` })).code);
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
    await stop();
    expect(await api!.exited).toBe(0);
  }, 180_000);

  it('a database a development start filled with demo accounts: in production they cannot sign in, nor their sessions; user:create makes the admin', async () => {
    const development = await start('development');
    expect(development.output.join('\n')).toContain(DEMO_ACCOUNTS[0]!.password);
    const lid = DEMO_ACCOUNTS[0]!;
    const devSignIn = await signIn(lid.email, lid.password);
    expect(devSignIn.code).toBe('OK');
    const devCookie = cookieFrom(devSignIn.headers)!;
    expect(await me(devCookie)).not.toBeNull();
    await stop();

    const blank = await createUser(['--email', 'leeg@example.org', '--role', 'ADMIN', '--name', '   ']);
    expect(blank.code).toBe(1);
    expect(blank.output).toMatch(/displayName/);
    const created = await createUser(['--email', ' Ada@Example.ORG ', '--role', 'ADMIN', '--name', 'Ada']);
    expect(created.output).toContain('Account ada@example.org (ADMIN) is ready.');
    expect(created.code).toBe(0);

    const { output } = await start('production');
    for (const password of demoPasswords) expect(output.join('\n')).not.toContain(password);
    expect(adminHints(output)).toEqual([]);
    for (const demo of DEMO_ACCOUNTS) expect((await signIn(demo.email, demo.password)).code).toBe('UNAUTHENTICATED');
    expect(await me(devCookie)).toBeNull();

    const ada = await signIn('ada@example.org', 'een lange wachtzin voor ada');
    expect(ada.code).toBe('OK');
    expect(ada.body.data?.signIn.role).toBe('ADMIN');
    const setCookie = ada.headers.getSetCookie().find((c) => c.startsWith('nlc_session='))!;
    expect(setCookie).toMatch(/; Secure/);
    expect(setCookie).toMatch(/HttpOnly/);
    await stop();
  }, 240_000);
});
