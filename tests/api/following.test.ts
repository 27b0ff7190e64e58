import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { FollowDigestService } from '../../apps/api/src/following/follow-digest.service.js';
import { UnsubscribeTokens } from '../../apps/api/src/following/unsubscribe-token.js';
import { OutboxSender } from '../../apps/api/src/notifications/outbox-sender.service.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { pdfLike, uploadEdition } from '../support/files.js';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers, type Member } from '../support/members.js';
import { decidePracticeReport, submitPracticeReport } from '../support/practice-report-builder.js';
import { act, submitProposal } from '../support/proposal-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

const FOLLOW = 'mutation ($input: FollowInput!) { follow(input: $input) { id kind instrument { id } phase { code labelNl } collection { id title } createdAt } }';
const UNFOLLOW = 'mutation ($input: UnfollowInput!) { unfollow(input: $input) }';
const MY_FOLLOWS = 'query ($first: Int, $after: String) { myFollows(first: $first, after: $after) { totalCount edges { cursor node { id kind } } pageInfo { hasNextPage endCursor } } }';
const unique = () => randomBytes(3).toString('hex');

interface FollowJson {
  id: string;
  kind: string;
  instrument: { id: string } | null;
  phase: { code: string; labelNl: string } | null;
  collection: { id: string; title: string } | null;
}

let app: TestApp;
let curator: string;
let member: Member;
let other: Member;

/** A new phase term, so no other test's instruments reach its followers. */
async function newPhase(): Promise<string> {
  const code = `FASE_${unique().toUpperCase()}`;
  dataOf(await app.gql('mutation ($input: CreateVocabularyTermInput!) { createVocabularyTerm(input: $input) { code } }', { input: { vocabulary: 'PHASE', code, labelNl: `Fase ${code}`, labelEn: `Phase ${code}` } }, curator));
  return code;
}

/** A published starter kit with these instruments. */
async function publishedKit(instrumentIds: string[]): Promise<string> {
  const created = dataOf(await app.gql<{ createCollection: { id: string } }>('mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }', { input: { title: `Startpakket ${unique()}` } }, curator));
  const id = created.createCollection.id;
  dataOf(await app.gql('mutation ($input: SetCollectionItemsInput!) { setCollectionItems(input: $input) { id } }', { input: { id, items: instrumentIds.map((instrumentId) => ({ instrumentId, why: 'Omdat.' })) } }, curator));
  dataOf(await app.gql('mutation ($input: CollectionRefInput!) { publishCollection(input: $input) { id } }', { input: { id } }, curator));
  return id;
}

const follow = async (cookie: string, input: Record<string, unknown>) => dataOf(await app.gql<{ follow: FollowJson }>(FOLLOW, { input }, cookie)).follow;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  [member, other] = await manyMembers(app, 2);
});
afterAll(() => app?.close());

describe('following: the API', () => {
  it('follows an instrument, a phase and a starter kit, once each; lists them newest first; viewerFollow shows the own follow', async () => {
    const { id: instrumentId, slug } = await createInstrument(app, curator);
    const phaseCode = await newPhase();
    const kitId = await publishedKit([instrumentId]);

    const viewerFollow = `query ($slug: String!) { instrument(slug: $slug) { viewerFollow { id kind } collections { id viewerFollow { id } } } }`;
    // A visitor's answer first, so the anonymous read cache holds it (following bumps no cache version).
    expect(dataOf(await app.gql<{ instrument: { viewerFollow: unknown } }>(viewerFollow, { slug })).instrument.viewerFollow).toBeNull();
    const onInstrument = await follow(member.cookie, { instrumentId });
    expect(onInstrument).toMatchObject({ kind: 'INSTRUMENT', instrument: { id: instrumentId }, phase: null, collection: null });
    expect((await follow(member.cookie, { instrumentId: instrumentId.toUpperCase() })).id).toBe(onInstrument.id);
    const onPhase = await follow(member.cookie, { phaseCode });
    expect(onPhase).toMatchObject({ kind: 'PHASE', phase: { code: phaseCode, labelNl: `Fase ${phaseCode}` } });
    const onKit = await follow(member.cookie, { collectionId: kitId });
    expect(onKit).toMatchObject({ kind: 'COLLECTION', collection: { id: kitId } });

    const list = dataOf(await app.gql<{ myFollows: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(MY_FOLLOWS, { first: 2 }, member.cookie)).myFollows;
    expect(list.totalCount).toBe(3);
    expect(list.edges.map((e) => e.node.id)).toEqual([onKit.id, onPhase.id]);
    expect(list.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(await app.gql<{ myFollows: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } } }>(MY_FOLLOWS, { first: 2, after: list.pageInfo.endCursor }, member.cookie)).myFollows;
    expect(rest.edges.map((e) => e.node.id)).toEqual([onInstrument.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    const mine = dataOf(await app.gql<{ instrument: { viewerFollow: { id: string } | null; collections: { id: string; viewerFollow: { id: string } | null }[] } }>(viewerFollow, { slug }, member.cookie)).instrument;
    expect(mine.viewerFollow?.id).toBe(onInstrument.id);
    expect(mine.collections).toEqual([{ id: kitId, viewerFollow: { id: onKit.id } }]);
    // Neither someone else nor a visitor sees it (the visitor's answer may be cached: it must hold null).
    for (const cookie of [other.cookie, undefined]) {
      const seen = dataOf(await app.gql<{ instrument: { viewerFollow: unknown; collections: { viewerFollow: unknown }[] } }>(viewerFollow, { slug }, cookie)).instrument;
      expect(seen.viewerFollow).toBeNull();
      expect(seen.collections[0].viewerFollow).toBeNull();
    }
  });

  it('refuses anything but exactly one target, unknown targets and draft kits', async () => {
    const { id: instrumentId } = await createInstrument(app, curator);
    const codeOf = async (input: Record<string, unknown>) => (await app.gql(FOLLOW, { input }, member.cookie)).errors?.[0]?.extensions?.code;
    expect(await codeOf({})).toBe('BAD_USER_INPUT');
    expect(await codeOf({ instrumentId, phaseCode: 'EVALUATE' })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ phaseCode: 'GEEN_FASE' })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ instrumentId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const draft = dataOf(await app.gql<{ createCollection: { id: string } }>('mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }', { input: { title: `Concept ${unique()}` } }, curator));
    expect(await codeOf({ collectionId: draft.createCollection.id })).toBe('NOT_FOUND');
    expect((await app.gql(FOLLOW, { input: { instrumentId } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('unfollows only the own follow (someone else\'s is NOT_FOUND)', async () => {
    const { id: instrumentId } = await createInstrument(app, curator);
    const { id } = await follow(member.cookie, { instrumentId });
    expect((await app.gql(UNFOLLOW, { input: { id } }, other.cookie)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(dataOf(await app.gql<{ unfollow: string }>(UNFOLLOW, { input: { id } }, member.cookie)).unfollow).toBe(id);
    expect((await app.gql(UNFOLLOW, { input: { id } }, member.cookie)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps the frequency per member (IMMEDIATE by default)', async () => {
    const SETTINGS = '{ myFollowSettings { frequency } }';
    expect(dataOf(await app.gql<{ myFollowSettings: { frequency: string } }>(SETTINGS, undefined, other.cookie)).myFollowSettings.frequency).toBe('IMMEDIATE');
    const updated = await app.gql('mutation ($input: UpdateFollowSettingsInput!) { updateFollowSettings(input: $input) { frequency } }', { input: { frequency: 'WEEKLY' } }, other.cookie);
    expect(dataOf(updated)).toEqual({ updateFollowSettings: { frequency: 'WEEKLY' } });
    expect(dataOf(await app.gql<{ myFollowSettings: { frequency: string } }>(SETTINGS, undefined, other.cookie)).myFollowSettings.frequency).toBe('WEEKLY');
    await app.gql('mutation ($input: UpdateFollowSettingsInput!) { updateFollowSettings(input: $input) { frequency } }', { input: { frequency: 'IMMEDIATE' } }, other.cookie);
  });

  it('caps `first` at 100 and counts nested pages in the query cost, before any SQL', async () => {
    for (const first of [0, 101]) {
      const answer = await app.gql(MY_FOLLOWS, { first }, member.cookie);
      expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['first'] });
    }
    // 100 follows × 100 reviews of each one's instrument: over the budget, refused before SQL.
    const heavy = 'query { myFollows(first: 100) { edges { node { instrument { reviews(first: 100) { edges { node { id review score } } } } } } } }';
    app.statements.reset();
    const refused = await app.gql(heavy, undefined, member.cookie);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(app.statements.count).toBe(0);
    // What "Mijn volglijst" asks for a page of 100 fits.
    const page = 'query { myFollows(first: 100) { totalCount edges { cursor node { id kind createdAt instrument { id slug title viewerFollow { id } collections { id title } } phase { code labelNl labelEn } collection { id slug title viewerFollow { id } } } } pageInfo { hasNextPage endCursor } } }';
    expect((await app.gql(page, undefined, member.cookie)).errors).toBeUndefined();
  });

  it('previews a forged unsubscribe token as null and refuses it with TOKEN_INVALID', async () => {
    for (const token of ['', 'abc', 'x'.repeat(300)]) {
      const preview = await app.gql('query ($token: String!) { unsubscribePreview(token: $token) { kind label } }', { token });
      expect(preview).toEqual({ data: { unsubscribePreview: null } });
      const done = await app.gql('mutation ($input: UnsubscribeInput!) { unsubscribe(input: $input) { kind } }', { input: { token } });
      expect(done.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    }
  });
});

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  headers: Record<string, string> | null;
}

const lastMailId = async (): Promise<number> => Number((await app.dataSource.query('SELECT coalesce(max(id), 0) AS id FROM outbox_mails'))[0].id);
const mailsSince = (id: number): Promise<OutboxRow[]> => app.dataSource.query('SELECT * FROM outbox_mails WHERE id > $1 ORDER BY id', [id]);
const emailOf = async (accountId: string): Promise<string> => (await app.dataSource.query('SELECT email FROM accounts WHERE id = $1', [accountId]))[0].email;
const setFrequency = (cookie: string, frequency: string) =>
  app.gql('mutation ($input: UpdateFollowSettingsInput!) { updateFollowSettings(input: $input) { frequency } }', { input: { frequency } }, cookie).then(dataOf);
const changeStatus = (id: string, status: string, note?: string) =>
  app.gql('mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { status } }', { input: { id, status, note } }, curator).then(dataOf);

describe('follow mails: one per follower and event, in the transaction of the change', () => {
  // all: follows the instrument, its kit and its phase; weekly: the instrument, as a digest;
  // off: follow mails OFF; gone: unfollowed; disabled: an account an admin disabled.
  let all: Member, weekly: Member, off: Member, gone: Member, disabled: Member;
  let phaseCode: string;
  let instrument: { id: string; slug: string };
  const addresses: Record<string, string> = {};

  /** The follow mails (those with List-Unsubscribe) since `before` to the members of this scenario and the curator, by role. */
  async function mailedSince(before: number): Promise<Record<string, OutboxRow[]>> {
    const mails = (await mailsSince(before)).filter((m) => m.headers?.['List-Unsubscribe']);
    return Object.fromEntries(Object.entries(addresses).map(([role, to]) => [role, mails.filter((m) => m.to_address === to)]));
  }

  /** Exactly one mail to `all` (with a working List-Unsubscribe), none to anyone else of the scenario. */
  async function expectOneMailToAll(before: number, subject: RegExp): Promise<OutboxRow> {
    const mailed = await mailedSince(before);
    expect(Object.fromEntries(Object.entries(mailed).map(([role, mails]) => [role, mails.length]))).toEqual({ all: 1, weekly: 0, off: 0, gone: 0, disabled: 0, curator: 0 });
    const [mail] = mailed.all;
    expect(mail.subject).toMatch(subject);
    expect(mail.headers?.['List-Unsubscribe']).toMatch(/^<http:\/\/[^>]+\/api\/unsubscribe\?token=[A-Za-z0-9_-]+>$/);
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.body_text).toMatch(/\/afmelden\?token=[A-Za-z0-9_-]+/);
    return mail;
  }

  beforeAll(async () => {
    [all, weekly, off, gone, disabled] = await manyMembers(app, 5);
    phaseCode = await newPhase();
    instrument = await createInstrument(app, curator, { phases: [phaseCode] });
    const kitId = await publishedKit([instrument.id]);
    await follow(all.cookie, { instrumentId: instrument.id });
    await follow(all.cookie, { collectionId: kitId });
    await follow(all.cookie, { phaseCode });
    for (const m of [weekly, off, gone, disabled]) await follow(m.cookie, { instrumentId: instrument.id });
    await follow(curator, { instrumentId: instrument.id });
    await follow(curator, { phaseCode });
    await setFrequency(weekly.cookie, 'WEEKLY');
    await setFrequency(off.cookie, 'OFF');
    const goneFollow = dataOf(await app.gql<{ myFollows: { edges: { node: { id: string } }[] } }>(MY_FOLLOWS, {}, gone.cookie)).myFollows.edges[0].node.id;
    dataOf(await app.gql(UNFOLLOW, { input: { id: goneFollow } }, gone.cookie));
    await app.dataSource.query('UPDATE accounts SET disabled_at = now() WHERE id = $1', [disabled.id]);
    for (const [role, m] of Object.entries({ all, weekly, off, gone, disabled })) addresses[role] = await emailOf(m.id);
    addresses.curator = (await app.dataSource.query(`SELECT a.email FROM accounts a JOIN follows f ON f.account_id = a.id WHERE a.role = 'CURATOR' AND f.instrument_id = $1`, [instrument.id]))[0].email;
  });

  it('a status change (also retiring)', async () => {
    let before = await lastMailId();
    await changeStatus(instrument.id, 'IN_DESIGN');
    const mail = await expectOneMailToAll(before, /is nu in ontwerp$/);
    expect(mail.body_text).toContain('De status is gewijzigd van idee naar in ontwerp.');
    // Through the closest follow: the instrument itself, and its link ends that one.
    expect(mail.body_text).toContain(`omdat je het instrument "`);

    const other = await createInstrument(app, curator, { phases: [phaseCode] });
    before = await lastMailId();
    dataOf(await app.gql('mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }', { input: { id: other.id, note: 'Vervangen.' } }, curator));
    const retired = await mailedSince(before);
    // Followed only through its phase: the mail says so.
    expect(retired.all).toHaveLength(1);
    expect(retired.all[0].body_text).toContain(`omdat je de fase Fase ${phaseCode} volgt`);
    expect(retired.curator).toHaveLength(0);
  });

  it('a new file edition', async () => {
    const before = await lastMailId();
    const upload = await uploadEdition(app, instrument.slug, { title: 'Werkblad', versionLabel: 'v1' }, { name: 'werkblad.pdf', bytes: pdfLike(200) }, curator);
    expect(upload.status).toBe(201);
    const mail = await expectOneMailToAll(before, /^Nieuwe versie bij /);
    expect(mail.body_text).toContain('Er is een nieuwe versie van "Werkblad": v1.');
  });

  it('a published practice report', async () => {
    const reportId = await submitPracticeReport(app, off.cookie, instrument.id);
    const before = await lastMailId();
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id: reportId }));
    const mail = await expectOneMailToAll(before, /^Nieuw praktijkvoorbeeld bij /);
    expect(mail.body_text).toContain(`/praktijkvoorbeelden/${reportId}`);
  });

  it('a new instrument in a followed phase: created, accepted from a proposal, or given the phase', async () => {
    let before = await lastMailId();
    const created = await createInstrument(app, curator, { phases: [phaseCode, 'DEVELOP'] });
    expect((await expectOneMailToAll(before, new RegExp(`^Nieuw in de fase Fase ${phaseCode}: `))).body_text).toContain(`/instrumenten/${created.slug}`);

    const proposalId = await submitProposal(app, weekly.cookie);
    dataOf(await act(app, 'startReview', curator, { id: proposalId }));
    before = await lastMailId();
    dataOf(await act(app, 'acceptProposal', curator, { id: proposalId, status: 'IDEA', edits: { phases: [phaseCode] } }));
    await expectOneMailToAll(before, new RegExp(`^Nieuw in de fase Fase ${phaseCode}: `));

    const plain = await createInstrument(app, curator, { phases: ['DEVELOP'] });
    before = await lastMailId();
    const UPDATE = 'mutation ($input: UpdateInstrumentInput!) { updateInstrument(input: $input) { version } }';
    const { updateInstrument } = dataOf(await app.gql<{ updateInstrument: { version: number } }>(UPDATE, { input: { id: plain.id, version: plain.version, phases: ['DEVELOP', phaseCode] } }, curator));
    await expectOneMailToAll(before, new RegExp(`^Nieuw in de fase Fase ${phaseCode}: `));
    // Saved again with the phase it has: nothing new.
    before = await lastMailId();
    dataOf(await app.gql(UPDATE, { input: { id: plain.id, version: updateInstrument.version, summary: 'Een andere samenvatting van dit instrument.' } }, curator));
    expect((await mailedSince(before)).all).toHaveLength(0);
  });

  it('a starter kit taken back to draft mails no one about its instruments until it is published again', async () => {
    const [kitOnly] = await manyMembers(app, 1);
    const to = await emailOf(kitOnly.id);
    const own = await createInstrument(app, curator);
    const kitId = await publishedKit([own.id]);
    await follow(kitOnly.cookie, { collectionId: kitId });
    const mailsTo = async (before: number) => (await mailsSince(before)).filter((m) => m.to_address === to && m.headers?.['List-Unsubscribe']);
    const KIT_STATE = (name: string) => `mutation ($input: CollectionRefInput!) { ${name}(input: $input) { id } }`;

    dataOf(await app.gql(KIT_STATE('unpublishCollection'), { input: { id: kitId } }, curator));
    let before = await lastMailId();
    await changeStatus(own.id, 'IN_DESIGN');
    expect(await mailsTo(before)).toHaveLength(0);

    dataOf(await app.gql(KIT_STATE('publishCollection'), { input: { id: kitId } }, curator));
    before = await lastMailId();
    await changeStatus(own.id, 'PROTOTYPE');
    expect(await mailsTo(before)).toHaveLength(1);
  });

  it('keeps the weekly member\'s events for one digest, grouped per instrument; a second run sends nothing new', async () => {
    const second = await createInstrument(app, curator);
    await follow(weekly.cookie, { instrumentId: second.id });
    await changeStatus(second.id, 'IN_DESIGN');
    await changeStatus(instrument.id, 'PROTOTYPE');
    const digests = app.nest.get(FollowDigestService);
    const before = await lastMailId();
    // Before the next Monday 08:00 nothing is due.
    await digests.run(new Date());
    expect((await mailedSince(before)).weekly).toHaveLength(0);
    const nextWeek = new Date(Date.now() + 8 * 24 * 3600 * 1000);
    // While another instance holds the digest lock, this one sends nothing (and does not wait).
    const other = app.dataSource.createQueryRunner();
    await other.startTransaction();
    try {
      await other.query(`SELECT pg_advisory_xact_lock(hashtext('nlc:follow-digest'))`);
      expect(await digests.run(nextWeek)).toBe(0);
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    expect((await mailedSince(before)).weekly).toHaveLength(0);
    expect(await digests.run(nextWeek)).toBeGreaterThan(0);
    const [digest, ...more] = (await mailedSince(before)).weekly;
    expect(more).toEqual([]);
    expect(digest.subject).toBe('Je weekoverzicht: nieuws over 2 instrumenten die je volgt');
    // The first instrument's four events (in design, the edition, the report, prototype) under one heading, the second's one under its own.
    const body = digest.body_text;
    expect(body.match(/\/instrumenten\//g)).toHaveLength(2);
    expect(body).toContain(`/instrumenten/${instrument.slug}\n- De status is gewijzigd van idee naar in ontwerp.\n- Er is een nieuwe versie van "Werkblad": v1.\n- Er is een praktijkvoorbeeld gepubliceerd`);
    expect(body).toContain('- De status is gewijzigd van in ontwerp naar prototype.');
    expect(body).toContain(`/instrumenten/${second.slug}\n- De status is gewijzigd van idee naar in ontwerp.`);
    expect(digest.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const after = await lastMailId();
    await digests.run(nextWeek);
    expect(await mailsSince(after)).toEqual([]);
  });
});

describe('unsubscribing with the link of a delivered mail', () => {
  let server: SMTPServer;
  const received: ParsedMail[] = [];
  let sender: OutboxSender;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        simpleParser(stream).then((mail) => {
          received.push(mail);
          callback();
        }, callback);
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    sender = app.nest.get(OutboxSender);
    sender.useSmtp(`smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    sender?.useSmtp(null);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const base = () => app.url.replace(/\/graphql$/, '');
  const deliverAll = async () => {
    while ((await sender.deliverDue()) > 0);
  };
  const oneClick = (token: string) =>
    fetch(`${base()}/api/unsubscribe?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  const followCount = async (accountId: string): Promise<number> => (await app.dataSource.query('SELECT count(*)::int AS n FROM follows WHERE account_id = $1', [accountId]))[0].n;

  it('ends the follow with the token from the List-Unsubscribe header, without a session; a forged token and a GET change nothing', async () => {
    const [reader] = await manyMembers(app, 1);
    const address = await emailOf(reader.id);
    const { id: instrumentId, slug } = await createInstrument(app, curator);
    const { id: secondId } = await createInstrument(app, curator);
    await follow(reader.cookie, { instrumentId });
    await follow(reader.cookie, { instrumentId: secondId });
    await changeStatus(instrumentId, 'IN_DESIGN');
    await changeStatus(secondId, 'IN_DESIGN');
    await deliverAll();
    const mine = received.filter((m) => m.to && !Array.isArray(m.to) && m.to.text === address);
    expect(mine).toHaveLength(2);
    const mail = mine.find((m) => m.text?.includes(`/instrumenten/${slug}`))!;
    // The headers as the mail carries them (unfolded), not as a parser interprets them.
    const headerOf = (key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ').replace(/^[^:]+:\s*/, '');
    expect(headerOf('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const listUnsubscribe = headerOf('list-unsubscribe')!;
    const url = /^<(http[^>]+)>$/.exec(listUnsubscribe)![1];
    expect(url).toMatch(/\/api\/unsubscribe\?token=/);
    const token = new URL(url).searchParams.get('token')!;
    expect(mail.text).toContain(`/afmelden?token=${token}`);
    await screenshotMail(mail, listUnsubscribe, headerOf('list-unsubscribe-post')!);

    // One character changed: refused, nothing ends.
    const flipped = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
    const forged = await oneClick(flipped);
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    // A token for the other follow, signed with another secret: refused too.
    const [otherFollow] = await app.dataSource.query('SELECT id FROM follows WHERE account_id = $1 AND instrument_id = $2', [reader.id, secondId]);
    const foreign = new UnsubscribeTokens('not the secret of this server').sign({ scope: 'follow', accountId: reader.id, followId: otherFollow.id, kind: 'INSTRUMENT', targetId: secondId });
    expect((await oneClick(foreign)).status).toBe(400);
    // A link scanner's GET: redirected to the page that asks, nothing ends.
    // (The link names APP_URL, unset here: the test app listens elsewhere.)
    const scanned = await fetch(`${base()}/api/unsubscribe${new URL(url).search}`, { redirect: 'manual' });
    expect(scanned.status).toBe(303);
    expect(scanned.headers.get('location')).toBe(`/afmelden?token=${token}`);
    expect(await followCount(reader.id)).toBe(2);

    const preview = dataOf(await app.gql<{ unsubscribePreview: { kind: string; label: string } }>('query ($token: String!) { unsubscribePreview(token: $token) { kind label } }', { token }));
    expect(preview.unsubscribePreview.kind).toBe('follow');
    const done = await oneClick(token);
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ unsubscribed: preview.unsubscribePreview });
    expect(await followCount(reader.id)).toBe(1);
    // Again: still fine, nothing else ends.
    expect((await oneClick(token)).status).toBe(200);
    expect(await followCount(reader.id)).toBe(1);
    // The stored copy keeps no working token.
    const [stored] = await app.dataSource.query(`SELECT body_text, headers FROM outbox_mails WHERE to_address = $1 AND body_text LIKE $2`, [address, `%/instrumenten/${slug}%`]);
    expect(`${stored.body_text} ${JSON.stringify(stored.headers)}`).not.toContain(token);
  });

  it('turns all follow mails off with a digest\'s token', async () => {
    const [reader] = await manyMembers(app, 1);
    const address = await emailOf(reader.id);
    const { id: instrumentId } = await createInstrument(app, curator);
    await follow(reader.cookie, { instrumentId });
    await setFrequency(reader.cookie, 'WEEKLY');
    await changeStatus(instrumentId, 'IN_DESIGN');
    await app.nest.get(FollowDigestService).run(new Date(Date.now() + 8 * 24 * 3600 * 1000));
    await deliverAll();
    const digest = received.find((m) => m.to && !Array.isArray(m.to) && m.to.text === address)!;
    expect(digest.subject).toMatch(/^Je weekoverzicht/);
    const token = /token=([A-Za-z0-9_-]+)/.exec(digest.text!)![1];
    expect((await oneClick(token)).status).toBe(200);
    expect(dataOf(await app.gql<{ myFollowSettings: { frequency: string } }>('{ myFollowSettings { frequency } }', undefined, reader.cookie)).myFollowSettings.frequency).toBe('OFF');
    // The list stays.
    expect(await followCount(reader.id)).toBe(1);
  });
});

/** The delivered mail as a person's mail program would show it, at 390 and 1280 px. */
async function screenshotMail(mail: ParsedMail, listUnsubscribe: string, listUnsubscribePost: string): Promise<void> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const field = (name: string, value: string) => `<tr><th>${name}</th><td>${escape(value)}</td></tr>`;
  const from = mail.from?.text ?? '';
  const to = mail.to && !Array.isArray(mail.to) ? mail.to.text : '';
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(mail.subject ?? '')}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;padding:16px;color:#1a1a1a;background:#f4f4f4}main{background:#fff;max-width:760px;margin:auto;padding:16px;border:1px solid #ddd}
table{border-collapse:collapse;margin-bottom:12px;width:100%}th{text-align:left;padding:2px 8px 2px 0;color:#555;vertical-align:top;white-space:nowrap}td{overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;border-top:1px solid #ddd;padding-top:12px}
@media (max-width:520px){th,td{display:block}th{padding-top:6px}}</style></head>
<body><main><table>${field('Van', from)}${field('Aan', to)}${field('Onderwerp', mail.subject ?? '')}${field('List-Unsubscribe', listUnsubscribe)}${field('List-Unsubscribe-Post', listUnsubscribePost)}</table><pre>${escape(mail.text ?? '')}</pre></main></body></html>`;
  const browser = await launchBrowser();
  try {
    await mkdir(path.resolve('test-results', 'screenshots'), { recursive: true });
    for (const width of [390, 1280]) {
      const { context, page } = await openPage(browser, { width, height: 800 });
      await page.setContent(html);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await page.screenshot({ path: path.resolve('test-results', 'screenshots', `issue23-follow-mail-${width}.png`), fullPage: true });
      await context.close();
    }
  } finally {
    await browser.close();
  }
}
