import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cookieFrom, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
const lines: string[] = [];

beforeAll(async () => {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  app = await startTestApp({ logStream: stream, logLevel: 'debug' });
});
afterAll(() => app?.close());

describe('logs', () => {
  it('are JSON lines with a request id, and hold no password, session token or cookie', async () => {
    const password = 'Zeer-Geheim-Wachtwoord-4711';
    const email = `logtest-${Date.now()}@example.org`;
    await app.post('mutation ($input: RegisterInput!) { register(input: $input) }', { input: { email, displayName: 'Log Test', password } });
    const signedIn = await app.post('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } });
    const cookie = cookieFrom(signedIn.headers)!;
    const token = cookie.split('=')[1]!;
    await app.post('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } }, cookie);
    await app.post('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password: `${password}-fout` } });
    // A GET carries the variables in the URL: the query string is never logged.
    await fetch(`${app.url}?query=${encodeURIComponent('query ($p: String) { __typename }')}&variables=${encodeURIComponent(JSON.stringify({ p: password }))}`, {
      headers: { cookie, authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    const chosen = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'mijn-verzoek-42', cookie },
      body: JSON.stringify({ query: '{ me { displayName } }' }),
    });
    expect(chosen.headers.get('x-request-id')).toBe('mijn-verzoek-42');
    const hostile = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'x'.repeat(500) },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const entries = lines.map((line) => JSON.parse(line) as { req?: { id?: string }; msg?: string });
    const requests = entries.filter((e) => e.req);
    expect(requests.length).toBeGreaterThanOrEqual(5);
    for (const entry of requests) expect(entry.req!.id).toEqual(expect.any(String));
    expect(requests.some((e) => e.req!.id === 'mijn-verzoek-42')).toBe(true);
    const all = lines.join('\n');
    expect(all).not.toContain(password);
    expect(all).not.toContain(token);
    expect(all).not.toContain(encodeURIComponent(password));
    expect(all).not.toMatch(/nlc_session=/);
  });
});
