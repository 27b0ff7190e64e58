import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { SessionsService } from '../../apps/api/src/accounts/sessions.service.js';
import { until } from '../support/api-process.js';
import { cookieFrom, dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
});
afterAll(() => app?.close());

const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }';
const ME = '{ me { id displayName role } }';
const PROTECTED = '{ instrument(slug: "x") { id } accounts { totalCount } }';

/** Registers (which signs nobody in) and, when that worked, signs in: the sign-in's headers and cookie. */
async function register(email: string, password = 'een goed wachtwoord') {
  const { body } = await app.post<{ register: boolean }>(REGISTER, { input: { email, displayName: 'Anouk de Vries', password } });
  if (body.errors) return { body, headers: new Headers(), cookie: undefined };
  const { headers } = await app.post(SIGN_IN, { input: { email, password } });
  return { body, headers, cookie: cookieFrom(headers) };
}

describe('accounts', () => {
  it('registers a member, normalises the e-mail address, and signs in (unverified) with an httpOnly Lax cookie', async () => {
    const { body, headers, cookie } = await register('  Anouk.de.Vries@Example.ORG ');
    expect(dataOf(body).register).toBe(true);
    expect(dataOf(await app.gql(`{ me { email role emailVerified } }`, {}, cookie)).me).toEqual({
      email: 'anouk.de.vries@example.org',
      role: 'MEMBER',
      emailVerified: false,
    });
    const setCookie = headers.getSetCookie().find((c) => c.startsWith('nlc_session='))!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).toMatch(/Max-Age=1209600/);
    expect(setCookie).not.toMatch(/Secure/); // Secure only with NODE_ENV=production
    expect(dataOf(await app.gql<{ me: { role: string } }>(ME, {}, cookie)).me.role).toBe('MEMBER');
  });

  it('answers a second registration for the same address in another case as the first, and keeps one account', async () => {
    const first = await register('dubbel@example.org');
    const { body } = await app.post(REGISTER, { input: { email: 'DUBBEL@example.org', displayName: 'Iemand Anders', password: 'een ander goed wachtwoord' } });
    expect(body).toEqual(first.body);
    const rows = await app.dataSource.query(`SELECT display_name FROM accounts WHERE email = 'dubbel@example.org'`);
    expect(rows).toEqual([{ display_name: 'Anouk de Vries' }]);
  });

  it.each([
    ['a password of 9 characters', { password: '123456789' }, 'password'],
    ['a password of 129 characters', { password: 'x'.repeat(129) }, 'password'],
    ['no e-mail address', { email: 'geen-adres' }, 'email'],
    ['a one-letter name', { displayName: 'A' }, 'displayName'],
    ['a name of only spaces', { displayName: '     ' }, 'displayName'],
    ['a name of one letter between spaces', { displayName: '  A  ' }, 'displayName'],
  ])('refuses %s with BAD_USER_INPUT', async (_what, override, field) => {
    const { body } = await app.post(REGISTER, {
      input: { email: 'ok@example.org', displayName: 'Goede Naam', password: 'een goed wachtwoord', ...override },
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].extensions?.fields).toContain(field);
  });

  it('stores the display name trimmed', async () => {
    dataOf(await app.gql(REGISTER, { input: { email: 'spaties@example.org', displayName: '  Bo de Wit  ', password: 'een goed wachtwoord' } }));
    const [{ display_name }] = await app.dataSource.query(`SELECT display_name FROM accounts WHERE email = 'spaties@example.org'`);
    expect(display_name).toBe('Bo de Wit');
  });

  it('refuses a display name of only spaces from the command line and other code paths too', async () => {
    await expect(app.nest.get(AccountsService).upsert('leeg@example.org', '   ', 'een goed wachtwoord', 'MEMBER')).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['displayName'],
    });
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM accounts WHERE email = 'leeg@example.org'`);
    expect(count).toBe(0);
  });

  it('compares e-mail addresses in any case and Unicode form: register Ada@Example.org, sign in as ada@example.org', async () => {
    await register('Ada@Example.org', 'ada haar wachtwoord');
    const signIn = await app.post<{ signIn: { id: string } }>(SIGN_IN, { input: { email: 'ada@example.org', password: 'ada haar wachtwoord' } });
    expect(dataOf(signIn.body).signIn.id).toBeDefined();
    expect(cookieFrom(signIn.headers)).toBeDefined();
  });

  it('treats a composed and a decomposed accent as the same address (NFC), in any case', async () => {
    const composed = 'Jos\u00e9.M\u00fcller@example.org';
    const decomposed = 'jose\u0301.mu\u0308ller@EXAMPLE.org';
    expect(composed).not.toBe(decomposed);
    const { cookie } = await register(composed, 'josé zijn wachtwoord');
    expect(dataOf(await app.gql<{ me: { email: string } }>('{ me { email } }', {}, cookie)).me.email).toBe('jos\u00e9.m\u00fcller@example.org');
    expect(dataOf(await app.gql(SIGN_IN, { input: { email: decomposed, password: 'josé zijn wachtwoord' } }))).toHaveProperty('signIn');
    dataOf((await register(decomposed)).body);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM accounts WHERE email LIKE 'jos%'`);
    expect(count).toBe(1);
  });

  it('keeps every stored e-mail address normalised in the database itself (CHECK), whoever writes it', async () => {
    await expect(
      app.dataSource.query(`INSERT INTO accounts (email, display_name, password_hash) VALUES ('Hand@Example.org', 'Met de hand', 'x')`),
    ).rejects.toThrow(/accounts_email_normalised/);
    await expect(
      app.dataSource.query(`INSERT INTO accounts (email, display_name, password_hash) VALUES ($1, 'Met de hand', 'x')`, ['jose\u0301@example.org']),
    ).rejects.toThrow(/accounts_email_normalised/);
  });

  it('stores passwords as argon2id hashes at OWASP minimum cost, and no session token in plain text', async () => {
    const { cookie } = await register('hash@example.org', 'mijn geheime zin');
    const [{ password_hash }] = await app.dataSource.query(`SELECT password_hash FROM accounts WHERE email = 'hash@example.org'`);
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(password_hash).not.toContain('mijn geheime zin');
    const token = decodeURIComponent(cookie!.split('=')[1]);
    const sessions: { token_hash: string }[] = await app.dataSource.query('SELECT token_hash FROM sessions');
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.some((s) => s.token_hash === token || s.token_hash.includes(token))).toBe(false);
  });

  it('says the same thing for a wrong password and an unknown account', async () => {
    await register('bestaat@example.org', 'het juiste wachtwoord');
    const wrong = await app.gql(SIGN_IN, { input: { email: 'bestaat@example.org', password: 'een verkeerd wachtwoord' } });
    const unknown = await app.gql(SIGN_IN, { input: { email: 'bestaat-niet@example.org', password: 'een verkeerd wachtwoord' } });
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]).toEqual({ ...wrong.errors?.[0] });
  });

  it('refuses a 129-character password at sign-in before any hashing', async () => {
    const response = await app.gql(SIGN_IN, { input: { email: 'bestaat@example.org', password: 'x'.repeat(129) } });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the accounts list', () => {
  const ACCOUNTS = 'query ($after: String) { accounts(first: 2, after: $after) { totalCount edges { cursor node { email } } pageInfo { hasNextPage endCursor } } }';
  type Page = { accounts: { totalCount: number; edges: { cursor: string; node: { email: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

  it('pages through every account by e-mail address, each once, with keyset cursors', async () => {
    const admin = await signedIn(app, 'ADMIN');
    const [{ count }] = await app.dataSource.query('SELECT count(*)::int AS count FROM accounts');
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { accounts }: Page = dataOf(await app.gql<Page>(ACCOUNTS, { after }, admin));
      expect(accounts.totalCount).toBe(count);
      expect(accounts.pageInfo.endCursor).toBe(accounts.edges.at(-1)?.cursor ?? null);
      seen.push(...accounts.edges.map((edge) => edge.node.email));
      if (!accounts.pageInfo.hasNextPage) break;
      after = accounts.pageInfo.endCursor;
    }
    expect(count).toBeGreaterThan(2);
    expect(seen).toHaveLength(count);
    expect(seen).toEqual([...seen].sort());
  });

  it.each([['not base64 JSON', '%%%'], ['a cursor of another list', Buffer.from(JSON.stringify(['2024-01-01T00:00:00.000000Z', '0b8e6a8e-3c1f-4f8e-9a51-2a7d0c9e1f00'])).toString('base64url')]])(
    'refuses %s as after with BAD_USER_INPUT',
    async (_what, after) => {
      const admin = await signedIn(app, 'ADMIN');
      const { errors } = await app.gql(ACCOUNTS, { after }, admin);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields).toEqual(['after']);
    },
  );
});

describe('sessions', () => {
  it('gives a new token at every sign-in and revokes the one the browser had', async () => {
    const { cookie: first } = await register('tokens@example.org', 'een goed wachtwoord');
    const { headers } = await app.post(SIGN_IN, { input: { email: 'tokens@example.org', password: 'een goed wachtwoord' } }, first);
    const second = cookieFrom(headers);
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect(dataOf(await app.gql<{ me: unknown }>(ME, {}, second)).me).not.toBeNull();
    expect(dataOf(await app.gql<{ me: unknown }>(ME, {}, first)).me).toBeNull();
  });

  it('revokes the session at sign-out', async () => {
    const { cookie } = await register('uit@example.org');
    const { body, headers } = await app.post('mutation { signOut }', {}, cookie);
    expect(dataOf(body)).toEqual({ signOut: true });
    expect(headers.getSetCookie().some((c) => /^nlc_session=;/.test(c))).toBe(true);
    expect(dataOf(await app.gql<{ me: unknown }>(ME, {}, cookie)).me).toBeNull();
    const [{ revoked }] = await app.dataSource.query(
      `SELECT count(*)::int AS revoked FROM sessions s JOIN accounts a ON a.id = s.account_id
       WHERE a.email = 'uit@example.org' AND s.revoked_at IS NOT NULL`,
    );
    expect(revoked).toBe(1);
  });

  it('expires: an expired session is a visitor, and protected parts say UNAUTHENTICATED', async () => {
    const { cookie } = await register('verlopen@example.org');
    await app.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second'
       WHERE account_id = (SELECT id FROM accounts WHERE email = 'verlopen@example.org')`,
    );
    const { body, headers } = await app.post<{ me: unknown }>(ME, {}, cookie);
    expect(dataOf(body).me).toBeNull();
    expect(headers.getSetCookie().some((c) => /^nlc_session=;/.test(c))).toBe(true);
    const guarded = await app.gql(PROTECTED, {}, cookie);
    expect(guarded.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
  });

  it('slides: a session in use is renewed (at most every few minutes) and its cookie re-sent', async () => {
    const { cookie } = await register('glijdend@example.org');
    const account = `(SELECT id FROM accounts WHERE email = 'glijdend@example.org')`;
    // Fresh session: no renewal write, no new cookie.
    const quiet = await app.post(ME, {}, cookie);
    expect(quiet.headers.getSetCookie()).toEqual([]);
    await app.dataSource.query(
      `UPDATE sessions SET renewed_at = now() - interval '2 days', expires_at = now() + interval '1 hour' WHERE account_id = ${account}`,
    );
    const { headers } = await app.post(ME, {}, cookie);
    expect(cookieFrom(headers)).toBe(cookie);
    // The write follows the answer, in the next batch of renewals.
    const daysLeft = async () => {
      const [{ days }] = await app.dataSource.query(
        `SELECT extract(epoch FROM expires_at - now()) / 86400 AS days FROM sessions WHERE account_id = ${account}`,
      );
      return Number(days);
    };
    await until('the session is renewed', async () => (await daysLeft()) > 13.9, 5_000);
    const [{ recent }] = await app.dataSource.query(
      `SELECT renewed_at > now() - interval '1 minute' AS recent FROM sessions WHERE account_id = ${account}`,
    );
    expect(recent).toBe(true);
  });

  it('a session signed out while its renewal is queued stays signed out', async () => {
    const { cookie } = await register('kortstondig@example.org');
    const account = `(SELECT id FROM accounts WHERE email = 'kortstondig@example.org')`;
    await app.dataSource.query(
      `UPDATE sessions SET renewed_at = now() - interval '2 days', expires_at = now() + interval '1 hour' WHERE account_id = ${account}`,
    );
    // The renewal is queued (and may be written) around the sign-out: it never revives the session.
    await app.post(ME, {}, cookie);
    await app.post('mutation { signOut }', {}, cookie);
    await app.nest.get(SessionsService).renewDue();
    const [{ revoked }] = await app.dataSource.query(
      `SELECT revoked_at IS NOT NULL AS revoked FROM sessions WHERE account_id = ${account}`,
    );
    expect(revoked).toBe(true);
    expect(dataOf(await app.gql<{ me: unknown }>(ME, {}, cookie)).me).toBeNull();
  });
});
