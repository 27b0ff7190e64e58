import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers, type Member } from '../support/members.js';
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

    const viewerFollow = `query ($slug: String!) { instrument(slug: $slug) { viewerFollow { id kind } collections { id viewerFollow { id } } } }`;
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

  it('refuses a forged unsubscribe token with TOKEN_INVALID', async () => {
    for (const token of ['', 'abc', 'x'.repeat(300)]) {
      const preview = await app.gql('query ($token: String!) { unsubscribePreview(token: $token) { kind label } }', { token });
      expect(preview.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
      const done = await app.gql('mutation ($input: UnsubscribeInput!) { unsubscribe(input: $input) { kind } }', { input: { token } });
      expect(done.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
    }
  });
});
