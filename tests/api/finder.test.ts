import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

interface Result {
  score: number;
  instrument: { slug: string; title: string; status: string };
  reasons: { kind: string; code: string; labelNl: string; labelEn: string }[];
}
const RECOMMEND = `query ($input: RecommendInstrumentsInput!) { recommendInstruments(input: $input) {
  score instrument { slug title status } reasons { kind code labelNl labelEn } } }`;
const recommend = async (input: Record<string, unknown>) =>
  dataOf(await app.gql<{ recommendInstruments: Result[] }>(RECOMMEND, { input })).recommendInstruments;
const USABLE = ['AVAILABLE', 'PILOTING'];

/**
 * Need profiles judged from reading the example instruments before the weights were tuned: the
 * instruments a curator would hand this group, which must be among the first five.
 */
const PROFILES = [
  {
    need: 'starting a learning community with companies (mbo, coordinators and work field, half a day)',
    input: { phase: 'DEVELOP', goals: ['co-creatie', 'pps'], sector: 'MBO', audiences: ['COORDINATORS', 'WORK_FIELD'], timeAvailable: 'HALF_DAY' },
    top5: ['canvas-learning-community-in-ontwikkeling', 'checklist-startbijeenkomst-learning-community', 'stakeholderkaart-regionale-pps'],
  },
  {
    need: 'showing the impact of a running community (hbo, with researchers)',
    input: { phase: 'EVALUATE', goals: ['impact'], sector: 'HBO', audiences: ['RESEARCHERS'] },
    top5: [
      'waardecreatieverhalen-opbrengsten-zichtbaar-maken',
      'netwerkkaart-wie-werkt-met-wie-samen',
      'formatieve-evaluatie-van-je-learning-community',
    ],
  },
  {
    need: 'keeping the community going after the subsidy (mbo management, up to an hour)',
    input: { phase: 'SUSTAIN_SCALE', goals: ['borging'], sector: 'MBO', audiences: ['MANAGEMENT'], timeAvailable: 'UP_TO_1_HOUR' },
    top5: [
      'handreiking-financien-en-verdienmodellen-voor-learning-communities',
      'canvas-borging-na-de-subsidieperiode',
      'zelfscan-duurzaamheid-van-je-learning-community',
    ],
  },
];

describe('recommendInstruments', () => {
  it.each(PROFILES)('puts the judged instruments in the top 5: $need', async ({ input, top5 }) => {
    const results = await recommend(input);
    const slugs = results.slice(0, 5).map((r) => r.instrument.slug);
    expect(slugs).toEqual(expect.arrayContaining(top5));
    // Usable first, then by score; never retired.
    const usable = results.map((r) => USABLE.includes(r.instrument.status));
    expect(usable).toEqual([...usable].sort((a, b) => Number(b) - Number(a)));
    for (const group of [results.filter((r) => USABLE.includes(r.instrument.status)), results.filter((r) => !USABLE.includes(r.instrument.status))]) {
      expect(group.map((r) => r.score)).toEqual([...group.map((r) => r.score)].sort((a, b) => b - a));
    }
    expect(results.every((r) => r.instrument.status !== 'RETIRED' && r.score > 0)).toBe(true);
  });

  it('says why: the matched phase, goals, sector, audiences, time and usability', async () => {
    const [first] = await recommend(PROFILES[0].input);
    expect(first.instrument.slug).toBe('canvas-learning-community-in-ontwikkeling');
    expect(first.reasons).toEqual([
      { kind: 'PHASE', code: 'DEVELOP', labelNl: expect.any(String), labelEn: expect.any(String) },
      expect.objectContaining({ kind: 'GOAL', code: expect.stringMatching(/^(co-creatie|pps)$/) }),
      expect.objectContaining({ kind: 'GOAL', code: expect.stringMatching(/^(co-creatie|pps)$/) }),
      expect.objectContaining({ kind: 'SECTOR', code: 'MBO' }),
      expect.objectContaining({ kind: 'AUDIENCE' }),
      expect.objectContaining({ kind: 'AUDIENCE' }),
      { kind: 'TIME', code: '90–120 minuten', labelNl: '90–120 minuten', labelEn: '90–120 minuten' },
      { kind: 'USABLE', code: 'AVAILABLE', labelNl: 'Beschikbaar', labelEn: 'Available' },
    ]);
    expect(first.score).toBe(3 + 2 * 2 + 2 + 2 * 1 + 1);
  });

  it('matches time only where the free text is one duration within the time given', async () => {
    const results = await recommend({ timeAvailable: 'UP_TO_1_HOUR', first: 20 });
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      const time = r.reasons.find((reason) => reason.kind === 'TIME')!;
      expect(time.code).toMatch(/^(Leestijd )?(\d+–)?\d+ (minuten|uur)$/);
      const [, amount, unit] = /(\d+) (minuten|uur)$/.exec(time.code)!;
      expect(Number(amount) * (unit === 'uur' ? 60 : 1)).toBeLessThanOrEqual(60);
    }
  });

  it('returns usable instruments when every question is skipped', async () => {
    const results = await recommend({});
    expect(results).toHaveLength(10);
    expect(results.every((r) => USABLE.includes(r.instrument.status) && r.score === 0)).toBe(true);
    expect(results.every((r) => r.reasons.length === 1 && r.reasons[0].kind === 'USABLE')).toBe(true);
    expect(await recommend({ first: 20 })).toHaveLength(20);
  });

  it.each([
    [{ phase: 'NO_SUCH_PHASE' }, 'input.phase'],
    [{ goals: ['pps', 'nope'] }, 'input.goals'],
    [{ sector: 'XYZ' }, 'input.sector'],
    [{ audiences: ['ALIENS'] }, 'input.audiences'],
    [{ first: 21 }, 'first'],
    [{ first: 0 }, 'first'],
    [{ goals: ['pps', 'pps'] }, 'goals'],
  ])('refuses %j with BAD_USER_INPUT', async (input, field) => {
    const response = await app.gql(RECOMMEND, { input });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(response.errors?.[0]?.extensions)).toContain(field);
  });

  it('refuses an unknown time answer', async () => {
    const response = await app.gql(RECOMMEND, { input: { timeAvailable: 'A_WEEK' } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
