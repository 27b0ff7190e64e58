import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  FACET_FIELD,
  FILTER_FIELDS,
  fetchAll,
  matches,
  valuesOf,
  type CatalogueItem,
  type FilterInput,
} from '../support/catalogue-fixtures.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let all: CatalogueItem[];

beforeAll(async () => {
  app = await startTestApp();
  all = (await fetchAll(app)).items;
});
afterAll(() => app?.close());

const ids = (items: CatalogueItem[]) => items.map((i) => i.id).sort();

/** A deterministic pseudo-random sequence, so failing combinations can be replayed. */
function* pseudoRandom(seed: number): Generator<number> {
  let state = seed;
  for (;;) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

describe('instruments filter', () => {
  it('has the example catalogue to filter', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
  });

  it.each(FILTER_FIELDS)('filters on %s alone, for every value, as a brute-force count says', async (field) => {
    const values = [...new Set(all.flatMap((item) => valuesOf(item, field)))];
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) {
      const filter: FilterInput = { [field]: [value] };
      const { items, totalCount } = await fetchAll(app, { filter });
      const expected = all.filter((item) => matches(item, filter));
      expect({ value, ids: ids(items) }).toEqual({ value, ids: ids(expected) });
      expect(totalCount).toBe(expected.length);
    }
    // OR within one facet: two values give the union.
    const filter: FilterInput = { [field]: values.slice(0, 2) };
    const { items } = await fetchAll(app, { filter });
    expect(ids(items)).toEqual(ids(all.filter((item) => matches(item, filter))));
    expect(items.length).toBeGreaterThan(0);
  });

  it('combines facets with AND across them and OR within them', async () => {
    const random = pseudoRandom(42);
    const next = () => random.next().value as number;
    let nonEmpty = 0;
    for (let round = 0; round < 40; round++) {
      const filter: FilterInput = {};
      for (const field of FILTER_FIELDS) {
        if (next() < 0.35) {
          const values = [...new Set(all.flatMap((item) => valuesOf(item, field)))];
          filter[field] = values.filter(() => next() < 0.5).slice(0, 3);
        }
      }
      const { items, totalCount } = await fetchAll(app, { filter });
      const expected = all.filter((item) => matches(item, filter));
      expect({ filter, ids: ids(items) }).toEqual({ filter, ids: ids(expected) });
      expect(totalCount).toBe(expected.length);
      if (expected.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(5);
  });

  it('treats an empty list as no filter', async () => {
    const { totalCount } = await fetchAll(app, { filter: { phases: [], statuses: [] } });
    expect(totalCount).toBe(all.length);
  });
});

const FACETS_QUERY = `query Facets($filter: InstrumentFilter, $search: String) {
  instrumentFacets(filter: $filter, search: $search) {
    name values { code labelNl labelEn count selected }
  }
}`;

interface FacetsData {
  instrumentFacets: { name: string; values: { code: string; labelNl: string; count: number; selected: boolean }[] }[];
}

describe('instrumentFacets', () => {
  async function expectBruteForceCounts(filter: FilterInput, search?: string) {
    const population = search ? (await fetchAll(app, { search })).items : all;
    const facets = dataOf(await app.gql<FacetsData>(FACETS_QUERY, { filter, search })).instrumentFacets;
    expect(facets.map((f) => f.name)).toEqual(['PHASE', 'STATUS', 'TYPE', 'AUDIENCE', 'SECTOR', 'EVIDENCE', 'TAG', 'ORIGIN']);
    for (const facet of facets) {
      const field = FACET_FIELD[facet.name];
      for (const value of facet.values) {
        const expected = population.filter(
          (item) => matches(item, filter, field) && valuesOf(item, field).includes(value.code),
        ).length;
        expect({ facet: facet.name, code: value.code, count: value.count }).toEqual({
          facet: facet.name,
          code: value.code,
          count: expected,
        });
        expect(value.selected).toBe((filter[field] ?? []).includes(value.code));
      }
    }
    return facets;
  }

  it('counts every value, zeros included, against a brute-force count without filters', async () => {
    const facets = await expectBruteForceCounts({});
    const phase = facets.find((f) => f.name === 'PHASE')!;
    expect(phase.values.map((v) => v.code)).toEqual(['DEVELOP', 'SUSTAIN_SCALE', 'EVALUATE']);
    expect(phase.values[0].labelNl).toBe('Ontwikkelen en inrichten');
    const status = facets.find((f) => f.name === 'STATUS')!;
    expect(status.values.map((v) => v.code)).toEqual(['IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE', 'RETIRED']);
  });

  it("applies the other facets' selections but not a facet's own", async () => {
    const facets = await expectBruteForceCounts({ phases: ['EVALUATE'], statuses: ['AVAILABLE', 'PILOTING'], sectors: ['HBO'] });
    // The phase facet ignores its own selection: other phases still show what they would give.
    const phase = facets.find((f) => f.name === 'PHASE')!;
    expect(phase.values.filter((v) => v.count > 0).length).toBeGreaterThan(1);
  });

  it('includes values whose count is zero', async () => {
    const facets = await expectBruteForceCounts({ statuses: ['IDEA'], origins: ['EXISTING'] });
    const types = facets.find((f) => f.name === 'TYPE')!;
    expect(types.values).toHaveLength(10);
    expect(types.values.some((v) => v.count === 0)).toBe(true);
  });

  it('applies the search too', async () => {
    await expectBruteForceCounts({ audiences: ['TEACHERS'] }, 'samenwerking');
  });
});
