import type { INestApplication } from '@nestjs/common';
import type { DestinationStream } from 'pino';
import type { DataSource } from 'typeorm';
import { StatementCounter, createTestDatabase, type TestDatabase } from '#database';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { createApp } from '../../apps/api/src/app.factory.js';
import { loadConfig, type AppConfig } from '../../apps/api/src/config/app-config.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: string[] }; path?: (string | number)[] }[];
}

export interface TestApp {
  url: string;
  nest: INestApplication;
  dataSource: DataSource;
  config: AppConfig;
  /** Every SQL statement the app sends through its DataSource. */
  statements: StatementCounter;
  /** A GraphQL request; `cookie` acts as a signed-in browser. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<GraphQLResponse<T>>;
  /** The same, with the response headers (for Set-Cookie). */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<{ body: GraphQLResponse<T>; headers: Headers }>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  seed?: boolean;
  /** Settings as environment strings over the test defaults, e.g. `{ NODE_ENV: 'production' }`. */
  env?: Record<string, string>;
  /** Receives the app's JSON log lines (at `logLevel`). */
  logStream?: DestinationStream;
  logLevel?: 'error' | 'log' | 'debug';
}

/**
 * Rate limits out of the way of tests that sign in often; the rate-limit test sets its own. A new
 * connection may wait longer than in production: on a test machine busy with two suites and a browser,
 * starting a PostgreSQL backend once took over the 3 s default and failed a whole suite's setup (the
 * database-faults test, which is about that timeout, sets its own).
 */
const TEST_ENV = {
  DATABASE_CONNECT_TIMEOUT_MS: '20000',
  // Production refuses the development key; the tests' apps (in production mode too) sign with this one.
  UNSUBSCRIBE_SECRET: 'test-only unsubscribe secret of the test apps',
  RATE_LIMIT_AUTH_PER_IP: '1000000',
  RATE_LIMIT_AUTH_PER_ACCOUNT: '1000000',
  RATE_LIMIT_MUTATIONS_PER_MEMBER: '1000000',
};

/** The real app over HTTP on its own database cloned from the migrated template. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ ...process.env, ...TEST_ENV, ...options.env });
  // Tests deliver outbox mail themselves (OutboxSender.deliverDue), not on a timer.
  process.env.OUTBOX_INTERVAL_MS = '0';
  const database: TestDatabase = await createTestDatabase();
  const statements = new StatementCounter();
  const dataSource = await prepareDatabase(database.url, {
    seed: options.seed ?? true,
    log: () => undefined,
    sqlLogger: statements,
    pool: config.database,
  });
  const levels = { error: ['error'], log: ['error', 'warn', 'log'], debug: ['error', 'warn', 'log', 'debug'] } as const;
  const app: INestApplication = await createApp(dataSource, [...levels[options.logLevel ?? 'error']], {
    config,
    logStream: options.logStream,
  });
  await app.listen(0, '127.0.0.1');
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  const post = async <T>(query: string, variables?: Record<string, unknown>, cookie?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as GraphQLResponse<T>, headers: response.headers };
  };
  return {
    url,
    nest: app,
    dataSource,
    config,
    statements,
    post,
    async gql<T>(query: string, variables?: Record<string, unknown>, cookie?: string) {
      return (await post<T>(query, variables, cookie)).body;
    },
    async close() {
      await app.close();
      if (dataSource.isInitialized) await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Data of a response that must have succeeded; the errors are shown when it did not. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(response.errors, null, 2)}`);
  }
  return response.data;
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
export function cookieFrom(headers: Headers, name = 'nlc_session'): string | undefined {
  const header = headers.getSetCookie().findLast((c) => c.startsWith(`${name}=`));
  const pair = header?.split(';')[0];
  return pair && pair !== `${name}=` ? pair : undefined;
}

/** Creates an account with this role directly, then signs in over HTTP; returns the session cookie. */
export async function signedIn(app: TestApp, role: 'MEMBER' | 'CURATOR' | 'ADMIN', email?: string): Promise<string> {
  const address = email ?? `${role.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const password = 'correct horse battery';
  await app.nest.get(AccountsService).upsert(address, `Test ${role}`, password, role);
  const { body, headers } = await app.post(
    'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
    { input: { email: address, password } },
  );
  dataOf(body);
  const cookie = cookieFrom(headers);
  if (!cookie) throw new Error('signIn set no session cookie');
  return cookie;
}
