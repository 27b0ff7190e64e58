import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EVIDENCE_LEVELS,
  ORIGINS,
  PROTOTYPE_STATUSES,
  SEEDED_AUDIENCE_CODES,
  SEEDED_PHASE_CODES,
  SEEDED_SECTOR_CODES,
  SEEDED_TYPE_CODES,
  classifyTransition,
  transitionNeedsNote,
} from '#domain';
import { seedExampleData } from '#database';
import { fetchAll, type CatalogueItem } from '../support/catalogue-fixtures.js';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let all: CatalogueItem[];

beforeAll(async () => {
  app = await startTestApp();
  // Every instrument, retired ones included (the catalogue hides them by default).
  all = (await fetchAll(app, { filter: { includeRetired: true } })).items;
});
afterAll(() => app?.close());

describe('example data', () => {
  it('holds at least 40 instruments covering every phase, status, type, audience, sector, evidence level and origin', () => {
    expect(all.length).toBeGreaterThanOrEqual(40);
    const seen = (pick: (i: CatalogueItem) => string[]) => new Set(all.flatMap(pick));
    expect(seen((i) => i.phases.map((p) => p.code))).toEqual(new Set(SEEDED_PHASE_CODES));
    expect(seen((i) => [i.status])).toEqual(new Set(PROTOTYPE_STATUSES));
    expect(seen((i) => [i.type.code])).toEqual(new Set(SEEDED_TYPE_CODES));
    expect(seen((i) => i.audiences.map((a) => a.code))).toEqual(new Set(SEEDED_AUDIENCE_CODES));
    expect(seen((i) => i.sectors.map((s) => s.code))).toEqual(new Set(SEEDED_SECTOR_CODES));
    expect(seen((i) => [i.evidenceLevel])).toEqual(new Set(EVIDENCE_LEVELS));
    expect(seen((i) => [i.origin])).toEqual(new Set(ORIGINS));
  });

  it('has status histories that follow the lifecycle rules and end in the current status', async () => {
    const query = `query ($slug: String!) { instrument(slug: $slug) {
      status links { label url } description ownerOrganisation
      statusHistory { from to note changedBy changedAt } } }`;
    for (const { slug } of all) {
      const { instrument } = dataOf(
        await app.gql<{
          instrument: {
            status: string;
            ownerOrganisation: string;
            statusHistory: { from: string | null; to: string; note: string | null; changedAt: string }[];
          };
        }>(query, { slug }),
      );
      const history = [...instrument.statusHistory].reverse(); // oldest first
      expect(history.length).toBeGreaterThan(0);
      expect(history.at(-1)!.to).toBe(instrument.status);
      expect(instrument.ownerOrganisation).toMatch(/fictief/i);
      history.forEach((change, index) => {
        expect(change.from).toBe(index === 0 ? null : history[index - 1].to);
        const kind = classifyTransition(change.from as never, change.to as never);
        expect({ slug, change, kind }).toEqual({ slug, change, kind: expect.any(String) });
        if (transitionNeedsNote(kind!)) expect(change.note?.trim()).toBeTruthy();
      });
    }
  });

  it('is never loaded into a database that holds instruments', async () => {
    const result = await app.dataSource.transaction((em) => seedExampleData(em));
    expect(result).toEqual({ seeded: false, reason: expect.stringMatching(/already holds/) });
    expect((await fetchAll(app, { filter: { includeRetired: true } })).totalCount).toBe(all.length);
  });
});

describe('vocabularies', () => {
  it('lists every vocabulary with Dutch and English labels in order', async () => {
    const { vocabularies } = dataOf(
      await app.gql<{ vocabularies: Record<string, { code: string; labelNl: string; labelEn: string }[]> }>(
        `{ vocabularies {
          phases { code labelNl labelEn } statuses { code labelNl labelEn } evidenceLevels { code labelNl labelEn }
          types { code labelNl labelEn } audiences { code labelNl labelEn } sectors { code labelNl labelEn }
          tags { code labelNl labelEn } origins { code labelNl labelEn } } }`,
      ),
    );
    expect(vocabularies.phases.map((p) => p.labelNl)).toEqual([
      'Ontwikkelen en inrichten',
      'Verduurzamen en opschalen',
      'Evalueren',
    ]);
    expect(vocabularies.statuses.map((s) => s.code)).toEqual([...PROTOTYPE_STATUSES]);
    expect(vocabularies.types.map((t) => t.code)).toEqual([...SEEDED_TYPE_CODES]);
    expect(vocabularies.tags.length).toBeGreaterThan(5);
    for (const list of Object.values(vocabularies)) {
      for (const term of list) expect(term.labelNl && term.labelEn).toBeTruthy();
    }
  });
});
