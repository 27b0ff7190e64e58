import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { createInstrument } from '../support/instrument-builder.js';
import { act, submitProposal } from '../support/proposal-builder.js';
import { mailsTo, signInCookie, tokenMailedTo } from '../support/account-mails.js';
import { cookieFrom, dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  curator = await signedIn(app, 'CURATOR');
  admin = await signedIn(app, 'ADMIN');
});
afterAll(() => app?.close());

const PASSWORD = 'correct horse battery';
const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }';
const ME = '{ me { id email emailVerified lastSignInAt } }';
const RATE = 'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }';
const SUMMARY = 'query ($slug: String!) { instrument(slug: $slug) { ratingSummary { count average distribution } } }';
const CHANGE_PASSWORD = 'mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }';
const CHANGE_EMAIL = 'mutation ($input: ChangeEmailInput!) { changeEmail(input: $input) }';
const CONFIRM = 'mutation ($input: ConfirmEmailInput!) { confirmEmail(input: $input) { id } }';
const DELETE = 'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }';

/** A verified member (made as `user:create` does) and a signed-in session of it. */
async function member(email: string): Promise<{ id: string; cookie: string }> {
  const account = await app.nest.get(AccountsService).upsert(email, 'Sem de Boer', PASSWORD, 'MEMBER');
  return { id: account.id, cookie: await signIn(email) };
}

const signIn = (email: string, password = PASSWORD) => signInCookie(app, email, password);

const signedInAs = async (cookie: string) => (await app.gql<{ me: { id: string } | null }>(ME, {}, cookie)).data?.me ?? null;

describe('change password, change e-mail, sign out everywhere', () => {
  it('changes the password with the current one; other sessions end, this one stays; the owner gets a mail', async () => {
    const { cookie } = await member('wissel@example.org');
    const other = await signIn('wissel@example.org');
    const wrong = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: 'niet het wachtwoord', newPassword: 'een nieuw en lang wachtwoord' } }, cookie);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['currentPassword'] });
    const weak = await app.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'wachtwoord123' } }, cookie);
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    expect(dataOf(await app.gql(CHANGE_PASSWORD, { input: { currentPassword: PASSWORD, newPassword: 'een nieuw en lang wachtwoord' } }, cookie))).toEqual({
      changePassword: true,
    });
    expect(await signedInAs(cookie)).not.toBeNull();
    expect(await signedInAs(other)).toBeNull();
    expect((await mailsTo(app, 'wissel@example.org')).map((m) => m.subject)).toEqual(['Je wachtwoord is gewijzigd']);
    await signIn('wissel@example.org', 'een nieuw en lang wachtwoord');
  });

  it('changes the e-mail address only once the new address is confirmed', async () => {
    const { cookie } = await member('oud@example.org');
    const wrong = await app.gql(CHANGE_EMAIL, { input: { password: 'niet het wachtwoord', newEmail: 'nieuw@example.org' } }, cookie);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['password'] });
    expect(dataOf(await app.gql(CHANGE_EMAIL, { input: { password: PASSWORD, newEmail: 'Nieuw@Example.org' } }, cookie))).toEqual({ changeEmail: true });
    expect(dataOf(await app.gql<{ me: { email: string } }>(ME, {}, cookie)).me.email).toBe('oud@example.org');
    expect((await mailsTo(app, 'oud@example.org')).map((m) => m.subject)).toEqual(['Nieuw e-mailadres aangevraagd']);
    const token = await tokenMailedTo(app, 'nieuw@example.org', '/e-mail-bevestigen');
    dataOf(await app.gql(CONFIRM, { input: { token } }));
    expect(dataOf(await app.gql<{ me: { email: string; emailVerified: boolean } }>(ME, {}, cookie)).me).toMatchObject({
      email: 'nieuw@example.org',
      emailVerified: true,
    });
    await signIn('nieuw@example.org');
  });

  it('answers a change to an address that has an account the same, and sends no link there', async () => {
    const { cookie } = await member('bezet-1@example.org');
    await member('bezet-2@example.org');
    expect(dataOf(await app.gql(CHANGE_EMAIL, { input: { password: PASSWORD, newEmail: 'bezet-2@example.org' } }, cookie))).toEqual({ changeEmail: true });
    expect(await mailsTo(app, 'bezet-2@example.org')).toEqual([]);
  });

  it('signs out everywhere: every session of the account ends', async () => {
    const { cookie } = await member('overal@example.org');
    const other = await signIn('overal@example.org');
    const { body, headers } = await app.post('mutation { signOutEverywhere }', {}, cookie);
    expect(body).toEqual({ data: { signOutEverywhere: true } });
    expect(cookieFrom(headers)).toBeUndefined();
    expect(await signedInAs(cookie)).toBeNull();
    expect(await signedInAs(other)).toBeNull();
  });
});

describe('deleteMyAccount and myData', () => {
  it('gives everything stored about me as JSON: the account, every table that refers to it, and my mails; no hashes', async () => {
    const { id, cookie } = await member('inzage@example.org');
    const { id: instrumentId } = await createInstrument(app, curator);
    dataOf(await app.gql(RATE, { input: { instrumentId, score: 5, review: 'Heel bruikbaar in ons team.' } }, cookie));
    const proposalId = await submitProposal(app, cookie, { title: 'Mijn eigen voorstel voor inzage' });
    dataOf(await app.gql(CHANGE_EMAIL, { input: { password: PASSWORD, newEmail: 'inzage-nieuw@example.org' } }, cookie));
    const data = JSON.parse(dataOf(await app.gql<{ myData: string }>('{ myData }', {}, cookie)).myData) as Record<string, unknown[]> & {
      account: Record<string, unknown>;
    };
    expect(data.account).toMatchObject({ id, email: 'inzage@example.org', display_name: 'Sem de Boer', role: 'MEMBER' });
    expect(data.account).not.toHaveProperty('password_hash');
    expect(data.ratings).toEqual([expect.objectContaining({ instrument_id: instrumentId, score: 5, review: 'Heel bruikbaar in ons team.' })]);
    expect(data['proposals.proposer_id']).toEqual([expect.objectContaining({ id: proposalId, title: 'Mijn eigen voorstel voor inzage' })]);
    expect(data.sessions).toHaveLength(1);
    expect(data.sessions![0]).not.toHaveProperty('token_hash');
    expect(data.account_tokens).toEqual([expect.objectContaining({ purpose: 'EMAIL_CHANGE', email: 'inzage-nieuw@example.org' })]);
    expect(data.account_tokens![0]).not.toHaveProperty('token_hash');
    // The proposal's confirmation (issue #23), then the notice of the change of address.
    expect(data.outbox_mails).toEqual([
      expect.objectContaining({ subject: 'Voorstel ontvangen: Mijn eigen voorstel voor inzage' }),
      expect.objectContaining({ subject: 'Nieuw e-mailadres aangevraagd' }),
    ]);
    // Every table with a foreign key to accounts has its key, so a new one is never left out.
    const references: { table: string; column: string }[] = await app.dataSource.query(
      `SELECT c.conrelid::regclass::text AS "table", a.attname AS "column" FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
       WHERE c.contype = 'f' AND c.confrelid = 'accounts'::regclass`,
    );
    expect(references.length).toBeGreaterThanOrEqual(8);
    for (const { table, column } of references) expect(data).toHaveProperty([column === 'account_id' ? table : `${table}.${column}`]);
  });

  it('deletes the account with its password: ratings, reviews, proposals and sessions go, summaries are recomputed, names in history anonymised', async () => {
    const { id, cookie } = await member('weg@example.org');
    const stays = await member('blijft@example.org');
    const { id: instrumentId, slug } = await createInstrument(app, curator);
    dataOf(await app.gql(RATE, { input: { instrumentId, score: 1, review: 'Niet voor ons.' } }, cookie));
    dataOf(await app.gql(RATE, { input: { instrumentId, score: 5 } }, stays.cookie));
    const proposalId = await submitProposal(app, cookie);
    dataOf(await act(app, 'startReview', curator, { id: proposalId }));
    const before = dataOf(await app.gql<{ instrument: { ratingSummary: { count: number; average: number } } }>(SUMMARY, { slug }));
    expect(before.instrument.ratingSummary).toMatchObject({ count: 2, average: 3 });

    const wrong = await app.gql(DELETE, { input: { password: 'niet het wachtwoord' } }, cookie);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['password'] });
    const other = await signIn('weg@example.org');
    const { body, headers } = await app.post(DELETE, { input: { password: PASSWORD } }, cookie);
    expect(body).toEqual({ data: { deleteMyAccount: true } });
    expect(cookieFrom(headers)).toBeUndefined();

    const after = dataOf(await app.gql<{ instrument: { ratingSummary: { count: number; average: number; distribution: number[] } } }>(SUMMARY, { slug }));
    expect(after.instrument.ratingSummary).toMatchObject({ count: 1, average: 5, distribution: [0, 0, 0, 0, 1] });
    const [summary] = await app.dataSource.query(`SELECT rating_count, rating_sum, count_1, count_5 FROM rating_summaries WHERE instrument_id = $1`, [instrumentId]);
    expect(summary).toEqual({ rating_count: 1, rating_sum: 5, count_1: 0, count_5: 1 });
    for (const [table, column] of [['accounts', 'id'], ['ratings', 'account_id'], ['proposals', 'proposer_id'], ['sessions', 'account_id'], ['account_tokens', 'account_id']]) {
      expect({ table, rows: await app.dataSource.query(`SELECT 1 FROM ${table} WHERE ${column} = $1`, [id]) }).toEqual({ table, rows: [] });
    }
    expect(await mailsTo(app, 'weg@example.org')).toEqual([]);
    expect(await signedInAs(other)).toBeNull();
    expect((await app.post(SIGN_IN, { input: { email: 'weg@example.org', password: PASSWORD } })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('anonymises a deleted curator in the history of instruments', async () => {
    const email = 'oud-curator@example.org';
    const cookie = await signedIn(app, 'CURATOR', email);
    const { slug } = await createInstrument(app, cookie);
    dataOf(await app.gql(DELETE, { input: { password: 'correct horse battery' } }, cookie));
    const names: { changed_by_name: string; changed_by_id: string | null }[] = await app.dataSource.query(
      `SELECT r.changed_by_name, r.changed_by_id FROM instrument_revisions r JOIN instruments i ON i.id = r.instrument_id WHERE i.slug = $1`,
      [slug],
    );
    expect(names.length).toBeGreaterThan(0);
    for (const row of names) expect(row).toEqual({ changed_by_name: 'Verwijderd account', changed_by_id: null });
  });

  it('keeps the last admin', async () => {
    const email = `enige-beheerder@example.org`;
    await app.dataSource.query(`UPDATE accounts SET role = 'MEMBER' WHERE role = 'ADMIN'`);
    const cookie = await signedIn(app, 'ADMIN', email);
    const refused = await app.gql(DELETE, { input: { password: PASSWORD } }, cookie);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    admin = cookie;
  });
});

describe('admins: disable, enable, last sign-in, resend verification', () => {
  const ACCOUNTS = '{ accounts(first: 100) { edges { node { id email disabled emailVerified lastSignInAt } } } }';

  it('disables an account: its sessions end at once and it cannot sign in; enabling lets it in again', async () => {
    const { id, cookie } = await member('uit@example.org');
    const list = dataOf(await app.gql<{ accounts: { edges: { node: { id: string; lastSignInAt: string | null; disabled: boolean } }[] } }>(ACCOUNTS, {}, admin));
    const node = list.accounts.edges.find((e) => e.node.id === id)!.node;
    expect(node.disabled).toBe(false);
    expect(Date.now() - Date.parse(node.lastSignInAt!)).toBeLessThan(60_000);

    const disabled = await app.gql<{ disableAccount: { disabled: boolean } }>(
      'mutation ($input: AccountRefInput!) { disableAccount(input: $input) { disabled } }',
      { input: { accountId: id } },
      admin,
    );
    expect(dataOf(disabled).disableAccount.disabled).toBe(true);
    expect(await signedInAs(cookie)).toBeNull();
    const refused = await app.post(SIGN_IN, { input: { email: 'uit@example.org', password: PASSWORD } });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DISABLED' });
    expect(cookieFrom(refused.headers)).toBeUndefined();
    // A wrong password still gets the same answer as an unknown address.
    expect((await app.post(SIGN_IN, { input: { email: 'uit@example.org', password: 'fout fout fout' } })).body.errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // No reset link for a disabled account.
    dataOf(await app.gql('mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }', { input: { email: 'uit@example.org' } }));
    expect(await mailsTo(app, 'uit@example.org')).toEqual([]);

    dataOf(await app.gql('mutation ($input: AccountRefInput!) { enableAccount(input: $input) { id } }', { input: { accountId: id } }, admin));
    await signIn('uit@example.org');
  });

  it('refuses to disable your own account', async () => {
    const me = dataOf(await app.gql<{ me: { id: string } }>(ME, {}, admin)).me;
    const refused = await app.gql('mutation ($input: AccountRefInput!) { disableAccount(input: $input) { id } }', { input: { accountId: me.id } }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('resends the verification mail of an unverified account, and refuses a verified one', async () => {
    dataOf(await app.gql('mutation ($input: RegisterInput!) { register(input: $input) }', { input: { email: 'nog-niet@example.org', displayName: 'Nog Niet', password: 'een lange zin als wachtwoord' } }));
    const [{ id }] = await app.dataSource.query(`SELECT id FROM accounts WHERE email = 'nog-niet@example.org'`);
    const RESEND = 'mutation ($input: AccountRefInput!) { resendVerification(input: $input) { id emailVerified } }';
    expect(dataOf(await app.gql(RESEND, { input: { accountId: id } }, admin))).toEqual({ resendVerification: { id, emailVerified: false } });
    expect((await mailsTo(app, 'nog-niet@example.org')).map((m) => m.subject)).toEqual(['Bevestig je e-mailadres', 'Bevestig je e-mailadres']);
    const { id: verifiedId } = await member('al-wel@example.org');
    expect((await app.gql(RESEND, { input: { accountId: verifiedId } }, admin)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
