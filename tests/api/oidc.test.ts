import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { localReturnPath } from '../../apps/api/src/accounts/oidc/oidc-failure.js';
import { loadConfig } from '../../apps/api/src/config/app-config.js';
import { originOf } from '../support/browser.js';
import { startTestOidcProvider, type TestOidcProvider, type TestPerson } from '../support/oidc-provider.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let idp: TestOidcProvider;
let app: TestApp;
/** OIDC on, and at most 3 counted sign-in attempts per address. */
let limited: TestApp;
/** No OIDC_* settings. */
let plain: TestApp;
/** A client secret the provider does not accept. */
let wrongSecret: TestApp;
/** An issuer where nothing listens. */
let unreachable: TestApp;

beforeAll(async () => {
  idp = await startTestOidcProvider();
  [app, limited, plain, wrongSecret, unreachable] = await Promise.all([
    startTestApp({ seed: false, env: idp.env }),
    startTestApp({ seed: false, env: { ...idp.env, RATE_LIMIT_AUTH_PER_IP: '3' } }),
    startTestApp({ seed: false }),
    startTestApp({ seed: false, env: { ...idp.env, OIDC_CLIENT_SECRET: 'niet-het-goede-geheim' } }),
    startTestApp({ seed: false, env: { ...idp.env, OIDC_ISSUER: 'http://127.0.0.1:9' } }),
  ]);
  idp.registerApp(originOf(app), originOf(limited), originOf(wrongSecret));
});
afterAll(async () => {
  await Promise.all([app, limited, plain, wrongSecret, unreachable].map((each) => each?.close()));
  await idp?.close();
});

const ME = '{ me { id displayName role email } }';
const OPTIONS = '{ signInOptions { institution { label startPath } } }';

/** Cookies of one browser; the app and the provider share the host 127.0.0.1, as cookies ignore ports. */
class Browser {
  readonly cookies = new Map<string, string>();

  async go(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...(cookie ? { cookie } : {}), ...init.headers } });
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1);
      const gone = value === '' || attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a) || /max-age=0\b/i.test(a));
      if (gone) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  session(): string | undefined {
    const value = this.cookies.get('nlc_session');
    return value ? `nlc_session=${value}` : undefined;
  }
}

interface Flow {
  browser: Browser;
  /** Where the app sent the browser at the end (a path on the app; empty when stopped before the callback). */
  location: string;
  /** The provider's redirect back to the app, as it came. */
  callback?: URL;
}

/**
 * A browser's whole sign-in with the institution: the app's start, the provider's login page (sign in
 * as `login`, or cancel), the provider's redirect to the callback (`editCallback` may tamper with it)
 * and the app's answer.
 */
async function signInWithInstitution(
  target: TestApp,
  login: string,
  options: { next?: string; cancel?: boolean; editCallback?: (url: URL) => void; stopBeforeCallback?: boolean } = {},
): Promise<Flow> {
  const browser = new Browser();
  const origin = originOf(target);
  let response = await browser.go(`${origin}/api/auth/oidc/start${options.next !== undefined ? `?next=${encodeURIComponent(options.next)}` : ''}`);
  expect(response.status).toBe(303);
  const authorization = response.headers.get('location')!;
  if (!authorization.startsWith(idp.issuer)) return { browser, location: authorization };
  expect(new URL(authorization).searchParams.get('code_challenge_method')).toBe('S256');

  response = await browser.go(authorization);
  const page = new URL(response.headers.get('location')!, idp.issuer);
  expect(page.pathname).toMatch(/^\/interaction\//);
  expect((await browser.go(page.href)).status).toBe(200);
  response = await browser.go(`${page.href}/${options.cancel ? 'abort' : 'login'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login }).toString(),
  });
  expect(response.status).toBe(303);
  response = await browser.go(new URL(response.headers.get('location')!, idp.issuer).href);
  const callback = new URL(response.headers.get('location')!);
  expect(callback.origin + callback.pathname).toBe(`${origin}/api/auth/oidc/callback`);
  options.editCallback?.(callback);
  if (options.stopBeforeCallback) return { browser, location: '', callback };
  response = await browser.go(callback.href);
  expect(response.status).toBe(303);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return { browser, location: response.headers.get('location')!, callback };
}

async function me(target: TestApp, browser: Browser) {
  return dataOf(await target.gql<{ me: { id: string; displayName: string; role: string; email: string } | null }>(ME, {}, browser.session())).me;
}

async function identities(target: TestApp, email: string): Promise<{ issuer: string; subject: string }[]> {
  return target.dataSource.query(
    `SELECT i.issuer, i.subject FROM account_identities i JOIN accounts a ON a.id = i.account_id WHERE a.email = $1`,
    [email],
  );
}

let serial = 0;
function person(claims: Omit<TestPerson, 'sub'>): TestPerson {
  serial += 1;
  return idp.person({ sub: `persoon-${serial}-${Date.now()}`, ...claims });
}

describe('sign-in with the institution (OpenID Connect)', () => {
  it('tells the web app the button and its label', async () => {
    expect(dataOf(await app.gql(OPTIONS)).signInOptions).toEqual({
      institution: { label: 'Inloggen met je instelling', startPath: '/api/auth/oidc/start' },
    });
  });

  it('creates a member named from the claims on the first sign-in and finds them by subject later', async () => {
    const anne = person({ email: 'Anne.Jansen@Hogeschool.example', email_verified: true, name: ' Anne  Jansen ' });
    const first = await signInWithInstitution(app, anne.sub, { next: '/instrumenten/teamscan?tab=reviews' });
    expect(first.location).toBe('/instrumenten/teamscan?tab=reviews');
    const signedIn = await me(app, first.browser);
    expect(signedIn).toMatchObject({ displayName: 'Anne Jansen', role: 'MEMBER', email: 'anne.jansen@hogeschool.example' });
    expect(await identities(app, 'anne.jansen@hogeschool.example')).toEqual([{ issuer: idp.issuer, subject: anne.sub }]);
    // The pending sign-in's cookie is gone; the session cookie is the one password sign-in sets.
    expect(first.browser.cookies.has('nlc_oidc')).toBe(false);

    // Another browser, later: the same account, whatever the provider now says about the name or address.
    idp.person({ ...anne, name: 'A. Jansen-de Boer', email: 'a.jansen@elders.example' });
    const again = await signInWithInstitution(app, anne.sub);
    expect(again.location).toBe('/');
    expect(await me(app, again.browser)).toEqual(signedIn);
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM accounts WHERE email LIKE '%jansen%'`);
    expect(count).toBe(1);
  });

  it('links an existing account with the same verified e-mail address, keeping its role and name', async () => {
    const existing = await app.nest.get(AccountsService).upsert('bram.curator@roc.example', 'Bram Bakker', 'een lang wachtwoord', 'CURATOR');
    const bram = person({ email: 'BRAM.Curator@roc.example', email_verified: true, name: 'B. Bakker (ROC)' });
    const flow = await signInWithInstitution(app, bram.sub);
    expect(flow.location).toBe('/');
    expect(await me(app, flow.browser)).toMatchObject({ id: existing.id, displayName: 'Bram Bakker', role: 'CURATOR' });
    expect(await identities(app, 'bram.curator@roc.example')).toEqual([{ issuer: idp.issuer, subject: bram.sub }]);
  });

  it('does not link an account whose address the provider does not call verified; an unused address gets a new member', async () => {
    await app.nest.get(AccountsService).upsert('carla@mbo.example', 'Carla', 'een lang wachtwoord', 'ADMIN');
    for (const emailVerified of [false, undefined]) {
      const carla = person({ email: 'carla@mbo.example', email_verified: emailVerified, name: 'Carla' });
      const flow = await signInWithInstitution(app, carla.sub, { next: '/voorstellen' });
      expect(flow.location).toBe('/inloggen?instelling=niet-bevestigd&terug=%2Fvoorstellen');
      expect(flow.browser.session()).toBeUndefined();
    }
    expect(await identities(app, 'carla@mbo.example')).toEqual([]);

    const dirk = person({ email: 'dirk@mbo.example', email_verified: false, name: 'Dirk' });
    const flow = await signInWithInstitution(app, dirk.sub);
    expect(await me(app, flow.browser)).toMatchObject({ displayName: 'Dirk', role: 'MEMBER', email: 'dirk@mbo.example' });
  });

  it('confirms the address of an account it makes only when the provider says it is verified (issue #20.2)', async () => {
    const ES = '{ me { emailVerified } }';
    for (const [emailVerified, expected] of [[true, true], [false, false]] as const) {
      const someone = person({ email: `bevestigd-${String(emailVerified)}@hbo.example`, email_verified: emailVerified, name: 'Iemand' });
      const flow = await signInWithInstitution(app, someone.sub);
      expect(dataOf(await app.gql<{ me: { emailVerified: boolean } }>(ES, {}, flow.browser.session())).me.emailVerified).toBe(expected);
    }
  });

  it('refuses an account an admin disabled, found by subject or by address (issue #20.5)', async () => {
    const frits = person({ email: 'frits@roc.example', email_verified: true, name: 'Frits' });
    await signInWithInstitution(app, frits.sub);
    const gert = await app.nest.get(AccountsService).upsert('gert@roc.example', 'Gert', 'een lang wachtwoord', 'MEMBER');
    await app.dataSource.query(`UPDATE accounts SET disabled_at = now() WHERE email IN ('frits@roc.example', 'gert@roc.example')`);
    const bySubject = await signInWithInstitution(app, frits.sub);
    expect(bySubject.location).toBe('/inloggen?instelling=geblokkeerd');
    expect(bySubject.browser.session()).toBeUndefined();
    const byAddress = await signInWithInstitution(app, person({ email: 'gert@roc.example', email_verified: true, name: 'Gert' }).sub);
    expect(byAddress.location).toBe('/inloggen?instelling=geblokkeerd');
    expect(await identities(app, 'gert@roc.example')).toEqual([]);
    expect(gert.id).toBeDefined();
  });

  it('makes one account when one person finishes two first sign-ins at once', async () => {
    const ida = person({ email: 'ida@x.example', email_verified: true, name: 'Ida' });
    const flows = await Promise.all([1, 2].map(() => signInWithInstitution(app, ida.sub, { stopBeforeCallback: true })));
    const answers = await Promise.all(flows.map((flow) => flow.browser.go(flow.callback!.href)));
    expect(answers.map((answer) => answer.headers.get('location'))).toEqual(['/', '/']);
    const [first, second] = await Promise.all(flows.map((flow) => me(app, flow.browser)));
    expect(second!.id).toBe(first!.id);
    expect(await identities(app, 'ida@x.example')).toHaveLength(1);
  });

  it('refuses a provider that sends no e-mail address', async () => {
    const flow = await signInWithInstitution(app, person({ name: 'Zonder Adres' }).sub);
    expect(flow.location).toBe('/inloggen?instelling=geen-email');
    expect(flow.browser.session()).toBeUndefined();
  });

  it('refuses a wrong state, a callback without its cookie, and a callback used twice', async () => {
    const eva = person({ email: 'eva@hogeschool.example', email_verified: true, name: 'Eva' });
    const wrongState = await signInWithInstitution(app, eva.sub, {
      next: '/overzicht',
      editCallback: (url) => url.searchParams.set('state', 'een-andere-state'),
    });
    expect(wrongState.location).toBe('/inloggen?instelling=verlopen&terug=%2Foverzicht');
    expect(wrongState.browser.session()).toBeUndefined();
    // The sign-in under way was used up: the true callback does not work afterwards either.
    const replay = await wrongState.browser.go(wrongState.callback!.href.replace('een-andere-state', 'x'));
    expect(replay.headers.get('location')).toBe('/inloggen?instelling=verlopen');

    const good = await signInWithInstitution(app, eva.sub);
    expect(good.browser.session()).toBeDefined();
    const twice = await good.browser.go(good.callback!.href);
    expect(twice.headers.get('location')).toBe('/inloggen?instelling=verlopen');

    // Another browser (no cookie of this sign-in) cannot finish it, e.g. a link sent to someone else.
    const stranger = new Browser();
    const started = await signInWithInstitution(app, eva.sub, { stopBeforeCallback: true });
    const stolen = await stranger.go(started.callback!.href);
    expect(stolen.headers.get('location')).toBe('/inloggen?instelling=verlopen');
    expect(stranger.session()).toBeUndefined();
    expect(await identities(app, 'eva@hogeschool.example')).toHaveLength(1);
  });

  it('says so when the person cancels at the provider', async () => {
    const flow = await signInWithInstitution(app, person({ email: 'f@x.example', email_verified: true }).sub, { cancel: true, next: '/voorstellen' });
    expect(flow.location).toBe('/inloggen?instelling=geweigerd&terug=%2Fvoorstellen');
    expect(flow.browser.session()).toBeUndefined();
  });

  it('says so when the provider refuses the code exchange or cannot be reached', async () => {
    const flow = await signInWithInstitution(wrongSecret, person({ email: 'j@x.example', email_verified: true }).sub, { next: '/overzicht' });
    expect(flow.location).toBe('/inloggen?instelling=mislukt&terug=%2Foverzicht');
    expect(flow.browser.session()).toBeUndefined();
    const down = await signInWithInstitution(unreachable, 'wie-dan-ook', { next: '/overzicht' });
    expect(down.location).toBe('/inloggen?instelling=onbereikbaar&terug=%2Foverzicht');
  });

  it.each(['https://evil.example/', '//evil.example/pad', '/\\evil.example', 'javascript:alert(1)', '/\r\nSet-Cookie: x=1', ''])(
    'never redirects outside the site (next=%j)',
    async (next) => {
      const flow = await signInWithInstitution(app, person({ email: `g${serial}@x.example`, email_verified: true }).sub, { next });
      expect(flow.location).toBe('/');
    },
  );

  it('keeps local paths and drops the rest (unit)', () => {
    expect(localReturnPath('/instrumenten?fase=EVALUATE#reviews')).toBe('/instrumenten?fase=EVALUATE#reviews');
    for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example', '/\tevil', 'evil', undefined, ['/a'], '/'.padEnd(1001, 'a')]) {
      expect(localReturnPath(bad)).toBe('/');
    }
  });

  it('counts attempts against the sign-in limit per address; successful sign-ins give theirs back', async () => {
    const hans = person({ email: 'hans@x.example', email_verified: true, name: 'Hans' });
    for (let i = 0; i < 4; i++) expect((await signInWithInstitution(limited, hans.sub)).location).toBe('/');
    // Three sign-ins started and never finished count; the fourth attempt is refused.
    for (let i = 0; i < 3; i++) expect((await new Browser().go(`${originOf(limited)}/api/auth/oidc/start`)).status).toBe(303);
    const blocked = await new Browser().go(`${originOf(limited)}/api/auth/oidc/start?next=/a`);
    expect(blocked.headers.get('location')).toBe('/inloggen?instelling=te-vaak&terug=%2Fa');
  });

  it('is off without the OIDC settings: no button, no routes', async () => {
    expect(dataOf(await plain.gql(OPTIONS)).signInOptions).toEqual({ institution: null });
    for (const path of ['/api/auth/oidc/start', '/api/auth/oidc/callback?code=x&state=y']) {
      const response = await fetch(originOf(plain) + path, { redirect: 'manual', headers: { accept: 'text/html' } });
      expect(response.status).toBe(404);
    }
  });

  it('checks its settings at start: all three together, https in production', () => {
    const settings = { OIDC_ISSUER: 'https://connect.surfconext.nl', OIDC_CLIENT_ID: 'catalogus', OIDC_CLIENT_SECRET: 'geheim' };
    expect(loadConfig({ ...settings, NODE_ENV: 'production', UNSUBSCRIBE_SECRET: 'a production secret, long enough', OIDC_BUTTON_LABEL: 'Inloggen via SURFconext' }).oidc).toMatchObject({
      issuer: 'https://connect.surfconext.nl',
      buttonLabel: 'Inloggen via SURFconext',
    });
    expect(() => loadConfig({ OIDC_ISSUER: settings.OIDC_ISSUER })).toThrow(/^Invalid configuration: OIDC_CLIENT_ID must be set.*OIDC_CLIENT_SECRET must be set/);
    expect(() => loadConfig({ OIDC_CLIENT_SECRET: 'geheim' })).toThrow(/OIDC_ISSUER must be set/);
    expect(() => loadConfig({ ...settings, OIDC_ISSUER: 'http://idp.example', NODE_ENV: 'production' })).toThrow(/OIDC_ISSUER must be an https:\/\/ URL in production/);
    expect(loadConfig({}).oidc).toBeNull();
  });
});
