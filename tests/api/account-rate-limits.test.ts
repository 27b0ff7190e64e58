import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ seed: false, env: { RATE_LIMIT_AUTH_PER_IP: '4', RATE_LIMIT_AUTH_PER_ACCOUNT: '2' } });
});
afterAll(() => app?.close());

const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const REQUEST_RESET = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';

describe('rate limits on the account mutations', () => {
  it('count wrong current passwords like failed sign-ins, and every mailed-link request per client address', async () => {
    const cookie = await signedIn(app, 'MEMBER');
    const codes: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const { errors } = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: `fout wachtwoord ${i}`, newPassword: 'een nieuw en lang wachtwoord' } }, cookie);
      codes.push(errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS']);

    const reset = () => app.post(REQUEST_RESET, { input: { email: 'iemand@example.org' } });
    expect((await reset()).body.data).toEqual({ requestPasswordReset: true });
    const { body, headers } = await reset();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: expect.any(Number) });
    expect(Number(headers.get('retry-after'))).toBeGreaterThan(500);
  });
});
