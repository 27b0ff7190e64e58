import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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

interface Count {
  code: string;
  labelNl: string;
  count: number;
}
interface OverviewData {
  overview: {
    totalInstruments: number;
    phaseStatusMatrix: { phase: Count; cells: { status: string; count: number }[] }[];
    byPhase: Count[];
    byStatus: Count[];
    byEvidence: Count[];
    byType: Count[];
    byAudience: Count[];
    bySector: Count[];
  };
}

const OVERVIEW = `{ overview {
  totalInstruments
  phaseStatusMatrix { phase { code labelNl count } cells { status count } }
  byPhase { code labelNl count } byStatus { code labelNl count } byEvidence { code labelNl count }
  byType { code labelNl count } byAudience { code labelNl count } bySector { code labelNl count }
} }`;

const sum = (counts: { count: number }[]) => counts.reduce((total, c) => total + c.count, 0);

describe('overview', () => {
  it('has a phase × status matrix whose rows sum to the phase totals and whose cells add up', async () => {
    const { overview } = dataOf(await app.gql<OverviewData>(OVERVIEW));
    expect(overview.totalInstruments).toBe(all.length);
    expect(overview.phaseStatusMatrix.map((r) => r.phase.code)).toEqual(['DEVELOP', 'SUSTAIN_SCALE', 'EVALUATE']);
    for (const row of overview.phaseStatusMatrix) {
      expect(row.cells.map((c) => c.status)).toEqual(['IDEA', 'IN_DESIGN', 'PROTOTYPE', 'PILOTING', 'AVAILABLE', 'RETIRED']);
      expect(sum(row.cells)).toBe(row.phase.count);
      for (const cell of row.cells) {
        const expected = all.filter(
          (i) => i.status === cell.status && i.phases.some((p) => p.code === row.phase.code),
        ).length;
        expect({ phase: row.phase.code, status: cell.status, count: cell.count }).toEqual({
          phase: row.phase.code,
          status: cell.status,
          count: expected,
        });
      }
    }
    // Every status column sums to at least its instruments (an instrument may sit in several phases).
    const matrixTotal = sum(overview.phaseStatusMatrix.flatMap((r) => r.cells));
    expect(matrixTotal).toBe(sum(overview.byPhase));
    expect(matrixTotal).toBe(all.reduce((total, i) => total + i.phases.length, 0));
  });

  it('has single-valued breakdowns that sum to the total', async () => {
    const { overview } = dataOf(await app.gql<OverviewData>(OVERVIEW));
    expect(sum(overview.byStatus)).toBe(overview.totalInstruments);
    expect(sum(overview.byType)).toBe(overview.totalInstruments);
    expect(sum(overview.byEvidence)).toBe(overview.totalInstruments);
    expect(overview.byType).toHaveLength(10);
    expect(overview.byType.find((t) => t.code === 'RUBRIC')?.labelNl).toBe('Rubric');
  });

  it('counts audiences and sectors per membership', async () => {
    const { overview } = dataOf(await app.gql<OverviewData>(OVERVIEW));
    for (const audience of overview.byAudience) {
      expect(audience.count).toBe(all.filter((i) => i.audiences.some((a) => a.code === audience.code)).length);
    }
    for (const sector of overview.bySector) {
      expect(sector.count).toBe(all.filter((i) => i.sectors.some((s) => s.code === sector.code)).length);
    }
  });
});
