import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MAX_MAIL_ATTEMPTS, OutboxSender } from '../../apps/api/src/notifications/outbox-sender.service.js';
import { createInstrument } from '../support/instrument-builder.js';
import { practiceReportInput, SUBMIT_PRACTICE_REPORT, submitPracticeReport, decidePracticeReport } from '../support/practice-report-builder.js';
import { act, proposalInput, SUBMIT, submitProposal } from '../support/proposal-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let member: string;
let curator: string;
let admin: string;
let instrumentId: string;
const proposer = `indiener-${Date.now()}@example.org`;

beforeAll(async () => {
  app = await startTestApp();
  member = await signedIn(app, 'MEMBER', proposer);
  curator = await signedIn(app, 'CURATOR');
  admin = await signedIn(app, 'ADMIN');
  // An unconfirmed curator gets no notices.
  await signedIn(app, 'CURATOR', `onbevestigd-${Date.now()}@example.org`);
  await app.dataSource.query(`UPDATE accounts SET email_verified_at = NULL WHERE email LIKE 'onbevestigd-%'`);
  ({ id: instrumentId } = await createInstrument(app, curator));
});
afterAll(() => app?.close());

interface Row {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
  sent_at: Date | null;
  failed_at: Date | null;
  last_error: string | null;
}
const lastId = async (): Promise<number> => Number((await app.dataSource.query('SELECT coalesce(max(id), 0) AS id FROM outbox_mails'))[0].id);
const mailsSince = (id: number): Promise<Row[]> => app.dataSource.query('SELECT * FROM outbox_mails WHERE id > $1 ORDER BY id', [id]);
const reviewers = async (): Promise<string[]> =>
  (
    await app.dataSource.query(
      `SELECT email FROM accounts WHERE role IN ('CURATOR', 'ADMIN') AND email_verified_at IS NOT NULL AND disabled_at IS NULL ORDER BY email`,
    )
  ).map((r: { email: string }) => r.email);

describe('mails when something starts waiting for review', () => {
  it('a submitted proposal: one mail per confirmed curator and admin, and a confirmation to the proposer', async () => {
    const before = await lastId();
    const id = await submitProposal(app, member, { title: 'Gespreksplaat voor de eerste bijeenkomst' });
    const mails = await mailsSince(before);
    const notices = mails.filter((m) => m.subject.startsWith('Nieuw voorstel wacht op beoordeling'));
    expect(notices.map((m) => m.to_address).sort()).toEqual(await reviewers());
    expect(notices.map((m) => m.to_address)).not.toContainEqual(expect.stringMatching(/^onbevestigd-/));
    expect(notices[0].body_text).toContain(`/beheer/voorstellen/${id}`);
    const confirmation = mails.filter((m) => m.to_address === proposer);
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0].subject).toBe('Voorstel ontvangen: Gespreksplaat voor de eerste bijeenkomst');
    expect(confirmation[0].body_text).toContain(`/voorstellen/${id}`);
    expect(mails).toHaveLength(notices.length + 1);

    // Resubmitted after a request for changes: the curators hear again, the proposer not.
    dataOf(await act(app, 'startReview', curator, { id }));
    dataOf(await act(app, 'requestChanges', curator, { id, reason: 'Voeg een voorbeeld toe.' }));
    const beforeResubmit = await lastId();
    dataOf(await act(app, 'resubmitProposal', member, { id }));
    const again = await mailsSince(beforeResubmit);
    expect(again.map((m) => m.to_address).sort()).toEqual(await reviewers());
    expect(again.every((m) => m.subject.startsWith('Aangepast voorstel wacht op beoordeling'))).toBe(true);
  });

  it('mails no one for a submit that fails validation', async () => {
    const before = await lastId();
    const response = await app.gql(SUBMIT, { input: proposalInput({ title: '' }) }, member);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const report = await app.gql(SUBMIT_PRACTICE_REPORT, { input: practiceReportInput(instrumentId, { periodFrom: '2026-05', periodTo: '2026-01' }) }, member);
    expect(report.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await mailsSince(before)).toEqual([]);
  });

  it('a practice report: one mail per curator on submit and when offered again after a decline, none for an edit while it waits', async () => {
    const before = await lastId();
    const id = await submitPracticeReport(app, member, instrumentId);
    const notices = await mailsSince(before);
    expect(notices.map((m) => m.to_address).sort()).toEqual(await reviewers());
    expect(notices[0].subject).toMatch(/^Nieuw praktijkvoorbeeld wacht op beoordeling: /);
    expect(notices[0].body_text).toContain('/beheer/praktijkvoorbeelden');

    const UPDATE = 'mutation ($input: UpdatePracticeReportInput!) { updatePracticeReport(input: $input) { status } }';
    const beforeEdit = await lastId();
    dataOf(await app.gql(UPDATE, { input: { id, whatWeDid: 'We gebruikten het canvas in vier bijeenkomsten met docenten en begeleiders.' } }, member));
    expect(await mailsSince(beforeEdit)).toEqual([]);

    dataOf(await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: 'Beschrijf wat het opleverde.' }));
    const beforeAgain = await lastId();
    dataOf(await app.gql(UPDATE, { input: { id, whatItYielded: 'Een gedeeld beeld van de doelen, een werkplan en afspraken over de rollen.' } }, member));
    const again = await mailsSince(beforeAgain);
    expect(again.map((m) => m.to_address).sort()).toEqual(await reviewers());
    expect(again[0].subject).toMatch(/^Aangepast praktijkvoorbeeld wacht op beoordeling: /);
  });
});

const FAILED = `query ($first: Int, $after: String) { failedMails(first: $first, after: $after) {
  totalCount edges { cursor node { id recipient subject attempts lastError failedAt } } pageInfo { hasNextPage endCursor }
} }`;
type Failed = { failedMails: { totalCount: number; edges: { node: { id: string; recipient: string; subject: string; attempts: number; lastError: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

describe('failed mails', () => {
  it('retries a refused mail up to the bound, marks it failed, lists it masked for admins, and sends it after a retry', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('weigert-')) return callback(new Error(`Mailbox onbekend: <${address.address}>`));
        callback();
      },
      onData(stream, session, callback) {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          received.push(session.envelope.rcptTo[0].address);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const sender = app.nest.get(OutboxSender);
    sender.useSmtp(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    try {
      await app.dataSource.query('UPDATE outbox_mails SET sent_at = now() WHERE sent_at IS NULL AND failed_at IS NULL');
      const address = `weigert-${Date.now()}@example.org`;
      const [{ id }] = await app.dataSource.query(
        `INSERT INTO outbox_mails (to_address, subject, body_text) VALUES ($1, 'Proefmail', 'Tekst') RETURNING id::text AS id`,
        [address],
      );
      const row = async (): Promise<Row> => (await app.dataSource.query('SELECT * FROM outbox_mails WHERE id = $1', [id]))[0];
      for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
        expect(await sender.deliverDue()).toBe(0);
        const now = await row();
        expect(now.attempts).toBe(attempt);
        expect(now.last_error).toMatch(/Mailbox onbekend/);
        expect(now.failed_at === null).toBe(attempt < MAX_MAIL_ATTEMPTS);
        await app.dataSource.query('UPDATE outbox_mails SET next_attempt_at = now() WHERE id = $1', [id]);
      }
      // Given up: no further attempts.
      expect(await sender.deliverDue()).toBe(0);
      expect((await row()).attempts).toBe(MAX_MAIL_ATTEMPTS);
      expect(received).toEqual([]);

      const { failedMails } = dataOf(await app.gql<Failed>(FAILED, { first: 50 }, admin));
      const listed = failedMails.edges.find((e) => e.node.id === id)!.node;
      expect(listed).toMatchObject({ recipient: 'w…@example.org', subject: 'Proefmail', attempts: MAX_MAIL_ATTEMPTS, lastError: expect.stringMatching(/Mailbox onbekend/) });
      expect(JSON.stringify(failedMails)).not.toContain(address);

      // The address is fixed (the server accepts it now); the admin retries.
      await app.dataSource.query(`UPDATE outbox_mails SET to_address = $2 WHERE id = $1`, [id, address.replace('weigert-', 'goed-')]);
      const RETRY = 'mutation ($input: RetryMailInput!) { retryMail(input: $input) { id queued } }';
      expect(dataOf(await app.gql<{ retryMail: unknown }>(RETRY, { input: { id } }, admin)).retryMail).toEqual({ id, queued: true });
      expect(await sender.deliverDue()).toBe(1);
      expect(received).toEqual([address.replace('weigert-', 'goed-')]);
      expect(await row()).toMatchObject({ failed_at: null, attempts: 1 });
      expect((await row()).sent_at).not.toBeNull();
      // Sent now, so no longer failed: retrying again is NOT_FOUND.
      expect((await app.gql(RETRY, { input: { id } }, admin)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      sender.useSmtp(null);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('pages failed mails by keyset, newest failure first', async () => {
    await app.dataSource.query(
      `INSERT INTO outbox_mails (to_address, subject, body_text, attempts, last_error, failed_at)
       SELECT 'pagina-' || n || '@example.org', 'Pagina ' || n, 'Tekst', 6, 'geweigerd', now() + n * interval '1 second' FROM generate_series(1, 3) n`,
    );
    const first = dataOf(await app.gql<Failed>(FAILED, { first: 2 }, admin)).failedMails;
    expect(first.edges.map((e) => e.node.subject)).toEqual(['Pagina 3', 'Pagina 2']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(await app.gql<Failed>(FAILED, { first: 1, after: first.pageInfo.endCursor }, admin)).failedMails;
    expect(next.edges.map((e) => e.node.subject)).toEqual(['Pagina 1']);
    expect((await app.gql(FAILED, { after: 'geen-cursor' }, admin)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
