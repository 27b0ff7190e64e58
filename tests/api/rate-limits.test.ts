import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { createApp } from '../../apps/api/src/app.factory.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';
import { until } from '../support/api-process.js';
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
const from = (address: string) => ({ 'x-forwarded-for': address });
const signIn = (email: string, password: string, address: string, url = app.url) =>
  post(SIGN_IN, { input: { email, password } }, from(address), url);

/** Seconds until the block of the counters whose key contains `part` ends (0: none is blocked). */
async function blockedFor(part: string): Promise<number> {
  const [{ seconds }]: { seconds: number | null }[] = await app.dataSource.query(
    `SELECT max(extract(epoch FROM blocked_until - now())) AS seconds FROM throttler_hits WHERE key LIKE '%' || $1 || '%'`,
    [part],
  );
  return Math.max(0, Number(seconds ?? 0));
}

/** Waits, polling the shared counters, until no key containing `part` is blocked; at most `boundMs`. */
const untilUnblocked = (part: string, boundMs: number) => until(`${part} is no longer blocked`, async () => (await blockedFor(part)) === 0, boundMs);

async function member(email: string, password = 'het echte wachtwoord') {
  await app.nest.get(AccountsService).upsert(email, 'Doelwit', password, 'MEMBER');
  return { email, password };
}

describe('sign-in limits: only failures count, and nobody can lock a member out', () => {
  it('blocks a client after its failed attempts for an account (with retryAfter); the owner elsewhere still gets in; then it resets', async () => {
    const owner = await member('doelwit@example.org');
    const attacker = '203.0.113.1';
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) codes.push(code((await signIn(owner.email, `gok ${i} lang genoeg`, attacker)).body));
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);

    // The attacking client is blocked for this account, even when it now guesses right (any case, spaces).
    const blocked = await signIn(` ${owner.email.toUpperCase()} `, owner.password, attacker);
    expect(code(blocked.body)).toBe('TOO_MANY_REQUESTS');
    const retryAfter = (blocked.body.errors![0]!.extensions as { retryAfter: number }).retryAfter;
    expect(blocked.retryAfter).toBe(String(retryAfter));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    // retryAfter is the time the shared counter is really blocked for, rounded up.
    const remaining = await blockedFor(`doelwit@example.org|${attacker}`);
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThanOrEqual(retryAfter);

    // The owner, on another client and on the other instance: signed in.
    expect(code((await signIn(owner.email, owner.password, '192.0.2.10', secondUrl)).body)).toBe('OK');

    await untilUnblocked(`doelwit@example.org|${attacker}`, retryAfter * 1000 + 5000);
    expect(code((await signIn(owner.email, owner.password, attacker)).body)).toBe('OK');
  });

  it('30 wrong passwords for one account from several clients and both instances; the owner from another client signs in', async () => {
    const owner = await member('belaagd@example.org');
    // Ten clients, three wrong passwords each, on both instances; each client's fourth try is refused.
    for (let client = 1; client <= 10; client++) {
      const codes: string[] = [];
      for (let i = 0; i < 4; i++) {
        const { body } = await signIn(owner.email, `fout wachtwoord ${client}-${i}`, `198.18.0.${client}`, i % 2 ? secondUrl : app.url);
        codes.push(code(body));
      }
      expect({ client, codes }).toEqual({ client, codes: ['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS'] });
    }
    // …but the owner's right password from a client that has not failed gets in, on either instance.
    expect(code((await signIn(owner.email, owner.password, '192.0.2.20')).body)).toBe('OK');
    expect(code((await signIn(owner.email, owner.password, '192.0.2.21', secondUrl)).body)).toBe('OK');
  });

  it('successful sign-ins never count: many in a row, then the usual failures before a block', async () => {
    const owner = await member('vaak@example.org');
    const client = '192.0.2.30';
    const codes: string[] = [];
    // More successes than both limits (3 per account and client, 5 per client).
    for (let i = 0; i < 7; i++) codes.push(code((await signIn(owner.email, owner.password, client, i % 2 ? secondUrl : app.url)).body));
    // Not a single hit left behind for this client, per address or per account.
    const [{ counters }]: { counters: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS counters FROM throttler_hits WHERE key LIKE '%' || $1`,
      [client],
    );
    expect(counters).toBe(0);
    for (let i = 0; i < 4; i++) codes.push(code((await signIn(owner.email, `fout wachtwoord ${i}`, client)).body));
    expect(codes).toEqual([...Array(7).fill('OK'), 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS']);
  });

  it('per client address: failed sign-ins and every sign-up count; the sixth attempt is blocked whatever the account; others go on', async () => {
    const client = '198.51.100.7';
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) codes.push(code((await signIn(`iemand-${i}@example.org`, 'x'.repeat(12), client)).body));
    for (let i = 0; i < 3; i++) {
      const register = 'mutation ($input: RegisterInput!) { register(input: $input) }';
      codes.push(code((await post(register, { input: { email: `nieuw-${i}@example.org`, displayName: 'Nieuw', password: 'een lang wachtwoord' } }, from(client))).body));
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    expect(code((await signIn('iemand-0@example.org', 'x'.repeat(12), '198.51.100.8')).body)).toBe('UNAUTHENTICATED');
  });
});

describe('other mutations', () => {
  it('are limited per member, counted across two instances of the API; another member is not affected; resets', async () => {
    const [alice, bob] = await manyMembers(app, 2);
    const [{ id }]: { id: string }[] = await app.dataSource.query('SELECT id FROM instruments ORDER BY slug LIMIT 1');
    const rate = (who: { cookie: string }, score: number, url: string) =>
      post(RATE, { input: { instrumentId: id, score } }, { cookie: who.cookie }, url).then((r) => code(r.body));
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push(await rate(alice!, 1 + (i % 5), i % 2 ? secondUrl : app.url));
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);
    expect(await rate(bob!, 5, secondUrl)).toBe('OK');
    await untilUnblocked(`account:${alice!.id}`, MUTATIONS_WINDOW_MS + 5000);
    expect(await rate(alice!, 3, app.url)).toBe('OK');
  });

  it('following counts like other mutations per member; the one-click unsubscribe route per client address', async () => {
    const [carol] = await manyMembers(app, 1);
    const ids: { id: string }[] = await app.dataSource.query('SELECT id FROM instruments ORDER BY slug LIMIT 5');
    const FOLLOW = 'mutation ($input: FollowInput!) { follow(input: $input) { id } }';
    const codes = [];
    for (const { id } of ids) codes.push(code((await post(FOLLOW, { input: { instrumentId: id } }, { cookie: carol!.cookie })).body));
    expect(codes).toEqual(['OK', 'OK', 'OK', 'OK', 'TOO_MANY_REQUESTS']);

    const base = app.url.replace(/\/graphql$/, '');
    const oneClick = (address: string) =>
      fetch(`${base}/api/unsubscribe?token=vervalst`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...from(address) },
        body: 'List-Unsubscribe=One-Click',
      });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await oneClick('203.0.113.77')).status);
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    const blocked = await oneClick('203.0.113.77');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect((await oneClick('203.0.113.78')).status).toBe(400);
  });

  it('queries are not limited', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => post('{ instruments(first: 1) { totalCount } }', {})));
    expect(results.map((r) => code(r.body))).toEqual(Array(30).fill('OK'));
  });
});
