import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { fetchAll } from '../support/catalogue-fixtures.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let total: number;

beforeAll(async () => {
  app = await startTestApp();
  total = (await fetchAll(app)).totalCount;
});
afterAll(() => app?.close());

async function titles(search: string): Promise<string[]> {
  return (await fetchAll(app, { search })).items.map((i) => i.title);
}

describe('search', () => {
  it('uses Dutch stemming: "evaluaties" finds "evaluatie"', async () => {
    const found = await titles('evaluaties');
    expect(found.some((t) => /\bevaluatie\b/i.test(t))).toBe(true);
  });

  it('ignores accents: "ideeen" finds "ideeën", and "ideeën" finds it too', async () => {
    expect((await titles('ideeen')).some((t) => t.includes('ideeën'))).toBe(true);
    expect((await titles('IDEEËN')).some((t) => t.includes('ideeën'))).toBe(true);
  });

  it('tolerates typos in titles: "rubirc" finds "Rubric"', async () => {
    const found = await titles('rubirc');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatch(/rubric/i);
  });

  it('ranks title matches first under RELEVANCE', async () => {
    const found = await titles('rubric');
    expect(found[0]).toMatch(/rubric/i);
  });

  it('finds nothing for a word that is nowhere, and says so with an empty list', async () => {
    const { items, totalCount } = await fetchAll(app, { search: 'xylofoonzwaardvis' });
    expect(items).toEqual([]);
    expect(totalCount).toBe(0);
  });

  it.each([
    ["'); DROP TABLE instruments; --"],
    ['"unbalanced quote'],
    ['& | ! : * ( ) <-> <2> \\ % _'],
    ['!!!'],
    ['-'],
    ['de het een'],
    ['a'.repeat(10_240)],
    ['evaluatie '.repeat(1_200)],
    ['\u0000\u0001 nul bytes \u0000'],
    ['\ud800 lone surrogate'],
    ['emoji 🧑‍🏫 en 中文'],
    ['   '],
  ])('treats any input as plain text, never an error: %#', async (search) => {
    const response = await app.gql<{ instruments: { totalCount: number } }>(
      'query ($search: String) { instruments(search: $search, first: 5) { totalCount edges { node { id } } } }',
      { search },
    );
    expect(response.errors).toBeUndefined();
    expect(typeof dataOf(response).instruments.totalCount).toBe('number');
  });

  it('drops nothing when the search looks like SQL', async () => {
    await app.gql('query ($s: String) { instruments(search: $s) { totalCount } }', { s: "'); DROP TABLE instruments; --" });
    // `total` is the catalogue's default view, which hides retired instruments.
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM instruments WHERE status <> 'RETIRED'`);
    expect(count).toBe(total);
    expect((await fetchAll(app)).totalCount).toBe(total);
  });

  it('pages a PARTIAL search (most words first) with keyset cursors, each instrument exactly once', async () => {
    const search = 'rubric logboek dilemmaspel';
    const reference = await fetchAll(app, { search, first: 100 });
    expect(reference.items.length).toBeGreaterThan(3);
    for (const first of [1, 2, 5]) {
      const walked = await fetchAll(app, { search, first });
      expect(walked.items.map((i) => i.id)).toEqual(reference.items.map((i) => i.id));
      expect(new Set(walked.items.map((i) => i.id)).size).toBe(walked.items.length);
      expect(walked.items.length).toBe(walked.totalCount);
    }
  });

  it('combines search with filters', async () => {
    const { items } = await fetchAll(app, { search: 'samenwerking', filter: { statuses: ['AVAILABLE'] } });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.status === 'AVAILABLE')).toBe(true);
  });
});
