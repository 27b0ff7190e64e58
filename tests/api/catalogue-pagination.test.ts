import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { INSTRUMENTS_QUERY, fetchAll, type CatalogueItem } from '../support/catalogue-fixtures.js';
import { manyMembers } from '../support/members.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let all: CatalogueItem[];

beforeAll(async () => {
  app = await startTestApp();
  all = (await fetchAll(app)).items;
});
afterAll(() => app?.close());

const normalise = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

describe('keyset pagination', () => {
  it.each([
    ['NEWEST', undefined],
    ['TITLE', undefined],
    ['RELEVANCE', 'samenwerking leren'],
    ['NEWEST', 'samenwerking'],
    ['TITLE', 'community'],
  ])('walks every page of %s (search %s) and sees each instrument exactly once', async (sort, search) => {
    const reference = await fetchAll(app, { sort, search, first: 100 });
    for (const first of [1, 3, 7]) {
      const walked = await fetchAll(app, { sort, search, first });
      expect(walked.items.map((i) => i.id)).toEqual(reference.items.map((i) => i.id));
      expect(new Set(walked.items.map((i) => i.id)).size).toBe(walked.items.length);
      expect(walked.items.length).toBe(walked.totalCount);
      expect(walked.pages).toBe(Math.max(1, Math.ceil(walked.totalCount / first)));
    }
    if (!search) expect(reference.items.length).toBe(all.length);
    else expect(reference.items.length).toBeGreaterThan(1);
  });

  it('orders NEWEST by creation time, newest first', async () => {
    const { items } = await fetchAll(app, { sort: 'NEWEST', first: 9 });
    const times = items.map((i) => Date.parse(i.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('orders TITLE ignoring case and accents', async () => {
    const { items } = await fetchAll(app, { sort: 'TITLE', first: 11 });
    const keys = items.map((i) => normalise(i.title));
    const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(keys).toEqual(sorted);
  });

  it('defaults to 20 per page', async () => {
    const data = dataOf(await app.gql<{ instruments: { edges: unknown[] } }>(INSTRUMENTS_QUERY, {}));
    expect(data.instruments.edges).toHaveLength(20);
  });

  it('takes first: null as the default page size, as a variable or a literal, on every connection', async () => {
    type Page = { totalCount: number; edges: unknown[]; pageInfo: { hasNextPage: boolean } };
    const asVariable = dataOf(await app.gql<{ instruments: Page }>(INSTRUMENTS_QUERY, { first: null }));
    expect(asVariable.instruments.edges).toHaveLength(20);
    expect(asVariable.instruments.pageInfo.hasNextPage).toBe(asVariable.instruments.totalCount > 20);
    const asLiteral = dataOf(await app.gql<{ instruments: Page }>('{ instruments(first: null) { totalCount edges { cursor } pageInfo { hasNextPage } } }'));
    expect(asLiteral.instruments.edges).toHaveLength(20);
    // Reviews (default 10) below an instrument with twelve.
    const { id, slug } = all[0];
    for (const member of await manyMembers(app, 12)) {
      dataOf(
        await app.gql(
          'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }',
          { input: { instrumentId: id, score: 4, review: 'Bruikbaar in onze eerste bijeenkomst met het werkveld.' } },
          member.cookie,
        ),
      );
    }
    const reviews = dataOf(
      await app.gql<{ instrument: { reviews: Page } }>('query ($slug: String!) { instrument(slug: $slug) { reviews(first: null) { totalCount edges { cursor } pageInfo { hasNextPage } } } }', { slug }),
    ).instrument.reviews;
    expect(reviews.totalCount).toBeGreaterThan(0);
    expect(reviews.edges).toHaveLength(Math.min(10, reviews.totalCount));
    expect(reviews.pageInfo.hasNextPage).toBe(reviews.totalCount > 10);
  });
});

describe('bad arguments', () => {
  it.each([
    [{ first: 1000 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ first: -5 }, 'first'],
    [{ after: 'not-a-cursor' }, 'after'],
    [{ after: Buffer.from(JSON.stringify(['NEWEST', "'; DROP TABLE x", '00000000-0000-0000-0000-000000000000'])).toString('base64url') }, 'after'],
    [{ after: Buffer.from(JSON.stringify(['TITLE', 'abc', 'not-a-uuid'])).toString('base64url') }, 'after'],
    // An unknown vocabulary code is left out instead (an old link; catalogue-order.test.ts).
  ])('%j gives BAD_USER_INPUT naming %s', async (variables, field) => {
    const response = await app.gql(INSTRUMENTS_QUERY, variables);
    expect(response.data?.instruments ?? null).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toContain(field);
    expect(response.errors?.[0].message.length).toBeGreaterThan(10);
  });

  it('says which values are allowed for an unknown status, as a variable or a literal', async () => {
    const asVariable = await app.gql(INSTRUMENTS_QUERY, { filter: { statuses: ['FINISHED'] } });
    expect(asVariable.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(asVariable.errors?.[0].message).toMatch(/FINISHED/);
    const asLiteral = await app.gql('{ instruments(filter: { statuses: [FINISHED] }) { totalCount } }');
    expect(asLiteral.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor made for another sort', async () => {
    const page = dataOf(
      await app.gql<{ instruments: { pageInfo: { endCursor: string } } }>(INSTRUMENTS_QUERY, { sort: 'TITLE', first: 2 }),
    );
    const response = await app.gql(INSTRUMENTS_QUERY, { sort: 'NEWEST', after: page.instruments.pageInfo.endCursor });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
