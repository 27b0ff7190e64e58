import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';
import { manyMembers } from '../support/members.js';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/test-app.js';

/** Long enough that a burst fits in one window on a busy machine (argon2 is slow on purpose). */
const AUTH_WINDOW_MS = 6000;
const MUTATIONS_WINDOW_MS = 4000;
let app: TestApp;
let second: INestApplication;
let secondUrl: string;

beforeAll(async () => {
  app = await startTestApp({
    env: {
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_AUTH_PER_IP: '5',
      RATE_LIMIT_AUTH_PER_ACCOUNT: '3',
      RATE_LIMIT_AUTH_WINDOW_MS: String(AUTH_WINDOW_MS),
      RATE_LIMIT_MUTATIONS_PER_MEMBER: '4',
      RATE_LIMIT_MUTATIONS_WINDOW_MS: String(MUTATIONS_WINDOW_MS),
    },
  });
  // A second instance of the API on the same database, as behind a load balancer.
  const url = (app.dataSource.options as { url: string }).url;
  second = await createApp(await prepareDatabase(url, { seed: false, log: () => undefined }), ['error'], { config: app.config });
  await second.listen(0, '127.0.0.1');
  secondUrl = `${(await second.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
});
afterAll(async () => {
  await second?.close();
  await app?.close();
});

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }';
const RATE = 'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { score } }';

async function post(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}, url = app.url) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as GraphQLResponse, retryAfter: response.headers.get('retry-after') };
}
const code = (body: GraphQLResponse) => body.errors?.[0]?.extensions?.code ?? 'OK';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rate limits', () => {
  it('sign-in per account: blocks after the limit (even with the right password), with retryAfter, then resets', async () => {
    const email = 'doelwit@example.org';
    await app.nest.get(AccountsService).upsert(email, 'Doelwit', 'het echte wachtwoord', 'MEMBER');
    const codes: string[] = [];
    // Each attempt from another address: the per-account limit must hold on its own.
    for (let i = 0; i < 3; i++) {
      codes.push(code((await post(SIGN_IN, { input: { email, password: `gok ${i} lang genoeg` } }, { 'x-forwarded-for': `203.0.113.${i + 1}` })).body));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    const blocked = await post(SIGN_IN, { input: { email: ` ${email.toUpperCase()} `, password: 'het echte wachtwoord' } }, { 'x-forwarded-for': '203.0.113.50' });
    expect(code(blocked.body)).toBe('TOO_MANY_REQUESTS');
    const retryAfter = (blocked.body.errors![0]!.extensions as { retryAfter: number }).retryAfter;
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(Math.ceil(AUTH_WINDOW_MS / 1000));
    expect(blocked.retryAfter).toBe(String(retryAfter));

    await sleep(retryAfter * 1000 + 100);
    const again = await post(SIGN_IN, { input: { email, password: 'het echte wachtwoord' } }, { 'x-forwarded-for': '203.0.113.51' });
    expect(code(again.body)).toBe('OK');
  });

  it('sign-in and sign-up per address: blocks the sixth attempt from one address whatever the account; others go on', async () => {
    // Other addresses and accounts than the test above: its counters do not count here.
    const from = { 'x-forwarded-for': '198.51.100.7' };
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) codes.push(code((await post(SIGN_IN, { input: { email: `iemand-${i}@example.org`, password: 'x'.repeat(12) } }, from)).body));
    for (let i = 0; i < 3; i++) {
      const register = 'mutation ($input: RegisterInput!) { register(input: $input) { id } }';
      codes.push(code((await post(register, { input: { email: `nieuw-${i}@example.org`, displayName: 'Nieuw', password: 'een lang wachtwoord' } }, from)).body));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    const other = await post(SIGN_IN, { input: { email: 'iemand-0@example.org', password: 'x'.repeat(12) } }, { 'x-forwarded-for': '198.51.100.8' });
    expect(code(other.body)).toBe('UNAUTHENTICATED');
  });

  it('mutations per member, counted across two instances of the API; another member is not affected; resets', async () => {
    const [alice, bob] = await manyMembers(app, 2);
    const [{ id }]: { id: string }[] = await app.dataSource.query('SELECT id FROM instruments ORDER BY slug LIMIT 1');
    const rate = (member: { cookie: string }, score: number, url: string) =>
      post(RATE, { input: { instrumentId: id, score } }, { cookie: member.cookie }, url).then((r) => code(r.body));
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await rate(alice!, 1 + (i % 5), i % 2 ? secondUrl : app.url));
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    expect(await rate(bob!, 5, secondUrl)).toBe('OK');
    await sleep(MUTATIONS_WINDOW_MS + 1100);
    expect(await rate(alice!, 3, app.url)).toBe('OK');
  });

  it('queries are not limited', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => post('{ instruments(first: 1) { totalCount } }', {})));
    expect(results.map((r) => code(r.body))).toEqual(Array(30).fill('OK'));
  });
});
