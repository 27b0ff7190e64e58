import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountRecoveryService } from '../../apps/api/src/accounts/account-recovery.service.js';
import { OutboxSender } from '../../apps/api/src/notifications/outbox-sender.service.js';
import { createInstrument } from '../support/instrument-builder.js';
import { SUBMIT, proposalInput } from '../support/proposal-builder.js';
import { mailsTo, signInCookie, tokenMailedTo } from '../support/account-mails.js';
import { cookieFrom, dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  curator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

const REGISTER = 'mutation ($input: RegisterInput!) { register(input: $input) }';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }';
const REQUEST_RESET = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';
const RESET = 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }';
const CONFIRM = 'mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) { id displayName } }';
const ME = '{ me { id emailVerified } }';
const RATE = 'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id score } }';
const PASSWORD = 'een lange zin als wachtwoord';

const register = (email: string, password = PASSWORD, displayName = 'Fenna Jansen') => app.post(REGISTER, { input: { email, displayName, password } });

const signIn = (email: string, password = PASSWORD) => signInCookie(app, email, password);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

describe('registration and e-mail verification', () => {
  it('registers without signing in, mails a Dutch verification link, and the link verifies once', async () => {
    const { body, headers } = await register('Fenna@Example.org');
    expect(body).toEqual({ data: { register: true } });
    expect(cookieFrom(headers)).toBeUndefined();
    const [mail] = await mailsTo(app, 'fenna@example.org');
    expect(mail!.subject).toBe('Bevestig je e-mailadres');
    expect(mail!.body_text).toMatch(/http:\/\/localhost:\d+\/e-mail-bevestigen\?token=/);
    const token = await tokenMailedTo(app, 'fenna@example.org', '/e-mail-bevestigen');
    const [stored] = await app.dataSource.query(`SELECT token_hash FROM account_tokens WHERE email = 'fenna@example.org'`);
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    // Unverified: may sign in, may not rate.
    const cookie = await signIn('fenna@example.org');
    expect(dataOf(await app.gql<{ me: { emailVerified: boolean } }>(ME, {}, cookie)).me.emailVerified).toBe(false);
    const { id: instrumentId } = await createInstrument(app, curator);
    const refused = await app.gql(RATE, { input: { instrumentId, score: 4 } }, cookie);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    const proposal = await app.gql(SUBMIT, { input: proposalInput() }, cookie);
    expect(proposal.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });
    const report = await app.gql(
      'mutation ($input: ReportReviewInput!) { reportReview(input: $input) { id } }',
      { input: { ratingId: '00000000-0000-4000-8000-000000000000', reason: 'SPAM' } },
      cookie,
    );
    expect(report.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });

    expect(dataOf(await app.gql(CONFIRM, { input: { token } })).confirmEmail).toMatchObject({ displayName: 'Fenna Jansen' });
    const again = await app.gql(CONFIRM, { input: { token } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'], reason: 'TOKEN_INVALID' });
    // The same session now may rate and propose.
    expect(dataOf(await app.gql<{ me: { emailVerified: boolean } }>(ME, {}, cookie)).me.emailVerified).toBe(true);
    expect(dataOf(await app.gql(RATE, { input: { instrumentId, score: 4 } }, cookie))).toMatchObject({ rateInstrument: { score: 4 } });
    expect(dataOf(await app.gql(SUBMIT, { input: proposalInput() }, cookie))).toBeTruthy();
  });

  it('resends the verification link on request ("stuur opnieuw"), and only the newest link works', async () => {
    await register('opnieuw@example.org');
    const first = await tokenMailedTo(app, 'opnieuw@example.org', '/e-mail-bevestigen');
    const cookie = await signIn('opnieuw@example.org');
    expect(dataOf(await app.gql('mutation { resendMyVerification }', {}, cookie))).toEqual({ resendMyVerification: true });
    const second = await tokenMailedTo(app, 'opnieuw@example.org', '/e-mail-bevestigen');
    expect(second).not.toBe(first);
    expect((await app.gql(CONFIRM, { input: { token: first } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    dataOf(await app.gql(CONFIRM, { input: { token: second } }));
  });

  it('answers a registration for an address that has an account exactly as a new one, and mails the owner', async () => {
    await register('bestaand@example.org');
    const existing = await register('BESTAAND@example.org', 'een heel ander lang wachtwoord', 'Iemand Anders');
    const fresh = await register('gloednieuw@example.org', 'een heel ander lang wachtwoord', 'Iemand Anders');
    expect(existing.body).toEqual(fresh.body);
    expect(cookieFrom(existing.headers)).toBeUndefined();
    const mails = await mailsTo(app, 'bestaand@example.org');
    expect(mails.map((m) => m.subject)).toEqual(['Bevestig je e-mailadres', 'Je hebt al een account']);
    expect(mails[1]!.body_text).toContain('/wachtwoord-vergeten');
    // The owner's password did not change.
    await signIn('bestaand@example.org');
  });

  it('takes about as long for a known address as for a new one (medians of a few tries)', async () => {
    await register('tijd@example.org');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await timed(() => register('tijd@example.org')));
      unknown.push(await timed(() => register(`tijd-${i}@example.org`)));
    }
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(Math.max(150, median(unknown)));
  });

  it('refuses common passwords and ones built from the e-mail address or name, with a reason', async () => {
    const cases: [string, string, string][] = [
      ['wachtwoord123', 'zwak-1@example.org', 'PASSWORD_WEAK'],
      ['password1234', 'zwak-2@example.org', 'PASSWORD_COMMON'],
      ['fennajansen1', 'fenna.jansen@example.org', 'PASSWORD_PERSONAL'],
    ];
    for (const [password, email, reason] of cases) {
      const { body } = await register(email, password);
      expect({ password, extensions: body.errors?.[0]?.extensions }).toMatchObject({
        password,
        extensions: { code: 'BAD_USER_INPUT', fields: ['password'], reason },
      });
    }
    expect(await app.dataSource.query(`SELECT email FROM accounts WHERE email LIKE 'zwak-%'`)).toEqual([]);
  });
});

describe('password reset by e-mail', () => {
  it('mails a single-use link valid one hour; the reset ends every session and the new password works', async () => {
    await register('herstel@example.org');
    const oldSession = await signIn('herstel@example.org');
    const otherSession = await signIn('herstel@example.org');
    expect(dataOf(await app.gql(REQUEST_RESET, { input: { email: ' Herstel@Example.org ' } }))).toEqual({ requestPasswordReset: true });
    const mail = (await mailsTo(app, 'herstel@example.org')).at(-1)!;
    expect(mail.subject).toBe('Nieuw wachtwoord instellen');
    expect(mail.body_text).toContain('één uur');
    const [{ minutes }] = await app.dataSource.query(
      `SELECT round(extract(epoch FROM expires_at - created_at) / 60)::int AS minutes FROM account_tokens
       WHERE email = 'herstel@example.org' AND purpose = 'PASSWORD_RESET' AND used_at IS NULL`,
    );
    expect(minutes).toBe(60);
    const token = await tokenMailedTo(app, 'herstel@example.org', '/wachtwoord-herstellen');

    const weak = await app.gql(RESET, { input: { token, password: 'wachtwoord123' } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['password'] });
    expect(dataOf(await app.gql(RESET, { input: { token, password: 'een nieuw en lang wachtwoord' } }))).toEqual({ resetPassword: true });
    for (const cookie of [oldSession, otherSession]) expect(dataOf(await app.gql<{ me: null }>(ME, {}, cookie)).me).toBeNull();
    const reused = await app.gql(RESET, { input: { token, password: 'nog een ander lang wachtwoord' } });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    expect((await app.post(SIGN_IN, { input: { email: 'herstel@example.org', password: PASSWORD } })).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await signIn('herstel@example.org', 'een nieuw en lang wachtwoord');
  });

  it('keeps no token in a delivered mail: the outbox copy is blanked once sent (the log shows the link without SMTP_URL)', async () => {
    await register('bezorgd@example.org');
    dataOf(await app.gql(REQUEST_RESET, { input: { email: 'bezorgd@example.org' } }));
    const token = await tokenMailedTo(app, 'bezorgd@example.org', '/wachtwoord-herstellen');
    while ((await app.nest.get(OutboxSender).deliverDue()) > 0);
    const mails = await mailsTo(app, 'bezorgd@example.org');
    expect(mails.map((m) => m.body_text).join('\n')).not.toContain(token);
    expect(mails.at(-1)!.body_text).toContain('/wachtwoord-herstellen?token=(verstuurd)');
    // The link itself still works: only the copy is blanked.
    dataOf(await app.gql(RESET, { input: { token, password: 'een nieuw en lang wachtwoord' } }));
  });

  it('refuses an expired link', async () => {
    await register('verlopen@example.org');
    dataOf(await app.gql(REQUEST_RESET, { input: { email: 'verlopen@example.org' } }));
    const token = await tokenMailedTo(app, 'verlopen@example.org', '/wachtwoord-herstellen');
    await app.dataSource.query(
      `UPDATE account_tokens SET created_at = now() - interval '61 minutes', expires_at = now() - interval '1 minute'
       WHERE email = 'verlopen@example.org' AND purpose = 'PASSWORD_RESET'`,
    );
    const expired = await app.gql(RESET, { input: { token, password: 'een nieuw en lang wachtwoord' } });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    await signIn('verlopen@example.org');
  });

  it('answers an unknown address the same, mails nobody, and takes about as long (medians of a few tries)', async () => {
    await register('bekend@example.org');
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM outbox_mails');
    const unknownAnswer = await app.post(REQUEST_RESET, { input: { email: 'onbekend@example.org' } });
    const knownAnswer = await app.post(REQUEST_RESET, { input: { email: 'bekend@example.org' } });
    expect(unknownAnswer.body).toEqual(knownAnswer.body);
    await app.nest.get(AccountRecoveryService).settled();
    const after = await app.dataSource.query('SELECT count(*)::int AS n FROM outbox_mails');
    expect(after[0].n - before[0].n).toBe(1);
    expect(await mailsTo(app, 'onbekend@example.org')).toEqual([]);

    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      known.push(await timed(() => app.gql(REQUEST_RESET, { input: { email: 'bekend@example.org' } })));
      unknown.push(await timed(() => app.gql(REQUEST_RESET, { input: { email: `onbekend-${i}@example.org` } })));
    }
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(Math.max(50, median(unknown)));
    // Every known request did write its mail (after its answer).
    expect((await mailsTo(app, 'bekend@example.org')).filter((m) => m.subject === 'Nieuw wachtwoord instellen')).toHaveLength(8);
  });
});
