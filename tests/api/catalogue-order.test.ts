import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { USABLE_FIRST_RANK, type PrototypeStatus } from '#domain';
import { INSTRUMENTS_QUERY, fetchAll, type CatalogueItem } from '../support/catalogue-fixtures.js';
import { manyMembers } from '../support/members.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
/** Every instrument, retired ones included (TITLE order). */
let everything: CatalogueItem[];

beforeAll(async () => {
  app = await startTestApp();
  everything = (await fetchAll(app, { sort: 'TITLE', filter: { includeRetired: true } })).items;
});
afterAll(() => app?.close());

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const rank = (item: CatalogueItem) => USABLE_FIRST_RANK[item.status as PrototypeStatus];

const FACETS = `query ($filter: InstrumentFilter, $search: String) {
  instrumentFacets(filter: $filter, search: $search) { name values { code count selected } }
}`;
type Facets = { instrumentFacets: { name: string; values: { code: string; count: number; selected: boolean }[] }[] };
const facetsOf = async (variables: Record<string, unknown>) => dataOf(await app.gql<Facets>(FACETS, variables)).instrumentFacets;

/** USABLE_FIRST as the issue says it: usable, then prototypes, then ideas (retired last), newest first within a group. */
function expectUsableFirst(items: CatalogueItem[]) {
  for (let i = 1; i < items.length; i++) {
    const [a, b] = [items[i - 1], items[i]];
    const ordered = rank(a) > rank(b) || (rank(a) === rank(b) && Date.parse(a.createdAt) >= Date.parse(b.createdAt));
    expect({ a: [a.status, a.createdAt], b: [b.status, b.createdAt], ordered }).toMatchObject({ ordered: true });
  }
}

describe('the default order (USABLE_FIRST)', () => {
  it('is the default without a search: usable first, then prototypes, ideas last, newest first within a group', async () => {
    const { items } = await fetchAll(app);
    expect(items.length).toBeGreaterThan(20);
    expectUsableFirst(items);
    expect(items[0].status).toMatch(/^(AVAILABLE|PILOTING)$/);
    expect(items.at(-1)!.status).toBe('IDEA');
    expect(ids(items)).toEqual(ids((await fetchAll(app, { sort: 'USABLE_FIRST' })).items));
    // RELEVANCE without a search is the default order too.
    expect(ids(items)).toEqual(ids((await fetchAll(app, { sort: 'RELEVANCE' })).items));
  });

  it('walks every page by keyset cursors and sees each instrument once, retired ones last when shown', async () => {
    const filter = { includeRetired: true };
    const reference = await fetchAll(app, { filter, first: 100 });
    expectUsableFirst(reference.items);
    expect(reference.items.at(-1)!.status).toBe('RETIRED');
    expect(reference.items.length).toBe(everything.length);
    for (const first of [1, 4, 7]) {
      const walked = await fetchAll(app, { filter, first });
      expect(ids(walked.items)).toEqual(ids(reference.items));
      expect(walked.pages).toBe(Math.ceil(reference.items.length / first));
    }
  });

  it('stays RELEVANCE by default when there is a search', async () => {
    const search = 'samenwerking leren';
    expect(ids((await fetchAll(app, { search })).items)).toEqual(ids((await fetchAll(app, { search, sort: 'RELEVANCE' })).items));
  });

  it('reads along its index: a default page is an index scan of instruments_usable_first_idx, without a sort', async () => {
    app.statements.reset();
    dataOf(await app.gql(INSTRUMENTS_QUERY, { first: 20 }));
    const page = app.statements.statements.find((sql) => sql.includes('ORDER BY (CASE i.status'))!;
    expect(page).toBeDefined();
    // Its only parameter is the LIMIT; the example catalogue is small enough for a scan and a sort
    // to win, so sequential scans are off for the plan.
    const plan = await app.dataSource.transaction(async (em) => {
      await em.query('SET LOCAL enable_seqscan = off');
      return (await em.query(`EXPLAIN ${page.replace(/\$\d+::int/g, '21')}`)) as { 'QUERY PLAN': string }[];
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index Scan Backward using instruments_usable_first_idx/);
    expect(text).not.toMatch(/\bSort\b/);
  });
});

describe('retired instruments', () => {
  it('are hidden by default, from the list, its total and its facet counts', async () => {
    const retired = everything.filter((i) => i.status === 'RETIRED');
    expect(retired.length).toBeGreaterThan(0);
    const shown = await fetchAll(app);
    expect(shown.items.some((i) => i.status === 'RETIRED')).toBe(false);
    expect(shown.totalCount).toBe(everything.length - retired.length);

    const facets = await facetsOf({});
    const status = facets.find((f) => f.name === 'STATUS')!;
    expect(status.values.find((v) => v.code === 'RETIRED')!.count).toBe(0);
    expect(status.values.reduce((sum, v) => sum + v.count, 0)).toBe(shown.totalCount);
    // Every phase count is what the visible list holds.
    const phase = facets.find((f) => f.name === 'PHASE')!;
    for (const value of phase.values) {
      const visible = await fetchAll(app, { filter: { phases: [value.code] } });
      expect({ code: value.code, count: value.count }).toEqual({ code: value.code, count: visible.totalCount });
    }
  });

  it('are shown when asked (includeRetired) or when the status filter names RETIRED, and counted then', async () => {
    const retired = everything.filter((i) => i.status === 'RETIRED');
    const all = await fetchAll(app, { filter: { includeRetired: true } });
    expect(all.totalCount).toBe(everything.length);
    const only = await fetchAll(app, { filter: { statuses: ['RETIRED'] } });
    expect(ids(only.items).sort()).toEqual(ids(retired).sort());
    const facets = await facetsOf({ filter: { includeRetired: true } });
    const status = facets.find((f) => f.name === 'STATUS')!;
    expect(status.values.find((v) => v.code === 'RETIRED')!.count).toBe(retired.length);
    expect(status.values.reduce((sum, v) => sum + v.count, 0)).toBe(everything.length);
  });
});

describe('a code that names no term (an old link)', () => {
  it('is left out of the list and the facets instead of failing the whole query', async () => {
    const unfiltered = await fetchAll(app);
    const unknownOnly = await app.gql<{ instruments: { totalCount: number } }>(INSTRUMENTS_QUERY, { filter: { phases: ['ONBEKEND'] }, first: 100 });
    expect(unknownOnly.errors).toBeUndefined();
    expect(unknownOnly.data!.instruments.totalCount).toBe(unfiltered.totalCount);

    const evaluate = await fetchAll(app, { filter: { phases: ['EVALUATE'] } });
    const mixed = await fetchAll(app, { filter: { phases: ['ONBEKEND', 'EVALUATE'], tags: ['verdwenen-thema'] } });
    expect(ids(mixed.items)).toEqual(ids(evaluate.items));

    const facets = await facetsOf({ filter: { phases: ['ONBEKEND', 'EVALUATE'] } });
    const phase = facets.find((f) => f.name === 'PHASE')!;
    expect(phase.values.filter((v) => v.selected).map((v) => v.code)).toEqual(['EVALUATE']);
    expect(phase.values.some((v) => v.code === 'ONBEKEND')).toBe(false);
  });
});

describe('BEST_RATED', () => {
  it('puts a rated instrument before unrated ones at an equal score (one 5-star rating was 23rd of 46)', async () => {
    // The only rating in the catalogue: its mean (the prior) is 5, so the rated instrument scores
    // exactly what every unrated one scores.
    const [member] = await manyMembers(app, 1);
    const target = everything.filter((i) => i.status === 'AVAILABLE').at(-1)!;
    await app.dataSource.query('DELETE FROM ratings');
    dataOf(
      await app.gql(`mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }`, { input: { instrumentId: target.id, score: 5 } }, member.cookie),
    );
    const reference = await fetchAll(app, { sort: 'BEST_RATED', first: 100 });
    expect(reference.items[0].id).toBe(target.id);
    for (const first of [1, 5]) {
      const walked = await fetchAll(app, { sort: 'BEST_RATED', first });
      expect(ids(walked.items)).toEqual(ids(reference.items));
    }
    // The same with a filter that keeps the rated one among others.
    const phase = target.phases[0].code;
    const filtered = await fetchAll(app, { sort: 'BEST_RATED', filter: { phases: [phase] }, first: 3 });
    expect(filtered.items[0].id).toBe(target.id);
  });
});

describe('the export of the catalogue page', () => {
  it('leaves retired instruments out as the page does, and takes vervallen=ja to include them', async () => {
    const slugsOf = async (query: string) => {
      const response = await fetch(`${app.url.replace(/\/graphql$/, '')}/export/instruments.json${query}`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { slug: string }[]).map((i) => i.slug);
    };
    expect(await slugsOf('')).toEqual((await fetchAll(app)).items.map((i) => i.slug));
    expect(await slugsOf('?vervallen=ja')).toEqual((await fetchAll(app, { filter: { includeRetired: true } })).items.map((i) => i.slug));
    const wrong = await fetch(`${app.url.replace(/\/graphql$/, '')}/export/instruments.json?vervallen=misschien`);
    expect(wrong.status).toBe(400);
  });
});
