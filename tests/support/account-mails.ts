import { AccountRecoveryService } from '../../apps/api/src/accounts/account-recovery.service.js';
import { cookieFrom, dataOf, type TestApp } from './test-app.js';

export interface OutboxMail {
  to_address: string;
  subject: string;
  body_text: string;
}

/** The mails written to an address (newest last), as the outbox holds them; reset mails written after their answer included. */
export async function mailsTo(app: TestApp, address: string): Promise<OutboxMail[]> {
  await app.nest.get(AccountRecoveryService).settled();
  return app.dataSource.query('SELECT to_address, subject, body_text FROM outbox_mails WHERE to_address = $1 ORDER BY id', [address]);
}

/** The token of the newest link to `path` mailed to an address. */
export async function tokenMailedTo(app: TestApp, address: string, path: '/wachtwoord-herstellen' | '/e-mail-bevestigen'): Promise<string> {
  const mails = await mailsTo(app, address);
  for (const mail of mails.reverse()) {
    const match = new RegExp(`${path}\\?token=([\\w-]+)`).exec(mail.body_text);
    if (match) return decodeURIComponent(match[1]!);
  }
  throw new Error(`no mail to ${address} with a link to ${path}`);
}

/** Signs in over HTTP with this address and password; the session cookie (fails the test otherwise). */
export async function signInCookie(app: TestApp, email: string, password: string): Promise<string> {
  const { body, headers } = await app.post('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } });
  dataOf(body);
  return cookieFrom(headers)!;
}
