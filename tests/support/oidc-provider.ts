import { generateKeyPairSync } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { type InteractionContext } from 'oidc-provider';
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { INSTITUTION_SIGN_IN } from '#domain';
import { freePort } from './api-process.js';

/** Someone with an account at the test institution; the claims the provider gives out. */
export interface TestPerson {
  /** The login name on the provider's page, and the subject (`sub`). */
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface TestOidcProvider {
  issuer: string;
  /** The app's OIDC_* settings for this provider (pass to startTestApp's env before the app starts). */
  env: Record<string, string>;
  /** Adds (or replaces) a person who can sign in. */
  person(person: TestPerson): TestPerson;
  /** Registers the app as the provider's one client, with its redirect URI on each origin (one per app instance). */
  registerApp(...origins: string[]): void;
  close(): Promise<void>;
}

const CLIENT_ID = 'instrumentencatalogus';
const CLIENT_SECRET = 'test-client-secret-that-is-long-enough-0123456789';

/**
 * A real OpenID provider (oidc-provider 9) on a free localhost port, in the test process: discovery,
 * authorization with PKCE required, token, userinfo and JWKS endpoints, and a small login page of its
 * own (`/interaction/:uid`, a login name, "Inloggen" or "Annuleren") instead of a mock. It listens at
 * once, so the app can be started with its issuer; the client (whose redirect URI needs the app's
 * port) is made by `registerApp`. Consent is given on the person's behalf (a first-party client).
 */
export async function startTestOidcProvider(): Promise<TestOidcProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const people = new Map<string, TestPerson>();
  let provider: Provider | undefined;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;

  const server = http.createServer((req, res) => {
    if (!provider || !handle) {
      res.statusCode = 503;
      res.end('no client registered yet');
      return;
    }
    const match = /^\/interaction\/([\w-]+)(?:\/(login|abort))?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return handle(req, res);
    interaction(provider, people, req, res, match[2]).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  return {
    issuer,
    env: { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET },
    person(person) {
      people.set(person.sub, person);
      return person;
    },
    registerApp(...origins) {
      provider = new Provider(issuer, configuration(people, origins.map((origin) => `${origin}${INSTITUTION_SIGN_IN.callbackPath}`)));
      handle = provider.callback();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function configuration(people: Map<string, TestPerson>, redirectUris: string[]): Record<string, unknown> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    // In memory, as the provider's own quick start, but chosen here (the provider warns about its default).
    adapter: createMemoryAdapter(),
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-signing-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    pkce: { required: () => true },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const person = people.get(sub);
      return person && { accountId: sub, claims: () => ({ ...person }) };
    },
    // A first-party client: the person is not asked for consent.
    loadExistingGrant: async (ctx: InteractionContext) => {
      const { client, session, result, provider } = ctx.oidc;
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
      if (grantId) return provider.Grant.find(grantId);
      const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope('openid email profile');
      await grant.save();
      return grant;
    },
  };
}

/** The provider's own login page: GET shows it, POST …/login signs in the named person, POST …/abort cancels. */
async function interaction(provider: Provider, people: Map<string, TestPerson>, req: IncomingMessage, res: ServerResponse, action: string | undefined): Promise<void> {
  await provider.interactionDetails(req, res);
  if (req.method === 'POST' && action === 'abort') {
    await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false });
    return;
  }
  if (req.method === 'POST' && action === 'login') {
    const login = new URLSearchParams(await body(req)).get('login') ?? '';
    if (people.has(login)) {
      await provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      return;
    }
  }
  const { uid } = await provider.interactionDetails(req, res);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Testinstelling: inloggen</title></head>
<body style="font-family: sans-serif; max-width: 30rem; margin: 2rem auto; padding: 0 1rem">
<main>
<h1>Testinstelling</h1>
<p>Log in met je account van de instelling.</p>
<form method="post" action="/interaction/${uid}/login">
<p><label for="login">Gebruikersnaam</label><br><input id="login" name="login" autocomplete="username" required></p>
<p><button type="submit">Inloggen</button></p>
</form>
<form method="post" action="/interaction/${uid}/abort"><p><button type="submit">Annuleren</button></p></form>
</main>
</body></html>`);
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (text += chunk));
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}
