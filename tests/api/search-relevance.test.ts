import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataOf, startTestApp, type TestApp } from '../support/test-app.js';
import { JUDGEMENTS, QUERY_CLASSES, type Judgement, type QueryClass } from './search-judgements.js';

/** Recall@10 over the judged query set on the example data, per query class and overall. */

const GOAL = { recall: 0.9 };
const TOP = 10;

interface Hit {
  slug: string;
  type: { code: string };
  phases: { code: string }[];
}

interface Outcome {
  judgement: Judgement;
  found: number;
  missing: string[];
  /** Share of the first k results that carry the judged phase or type; null without one. */
  share: number | null;
}

let app: TestApp;
let outcomes: Outcome[];

const carries = (hit: Hit, share: NonNullable<Judgement['share']>) =>
  share.phase ? hit.phases.some((p) => p.code === share.phase) : hit.type.code === share.type;

async function top(search: string): Promise<Hit[]> {
  const response = await app.gql<{ instruments: { edges: { node: Hit }[] } }>(
    `query ($search: String) { instruments(search: $search, first: ${TOP}) { edges { node { slug type { code } phases { code } } } } }`,
    { search },
  );
  return dataOf(response).instruments.edges.map((e) => e.node);
}

/** How many instruments carry the judged value: k is at most that. */
async function carriers(share: NonNullable<Judgement['share']>): Promise<number> {
  const filter = share.phase ? { phases: [share.phase] } : { types: [share.type] };
  const response = await app.gql<{ instruments: { totalCount: number } }>(
    'query ($filter: InstrumentFilter) { instruments(filter: $filter, first: 1) { totalCount } }',
    { filter },
  );
  return dataOf(response).instruments.totalCount;
}

beforeAll(async () => {
  app = await startTestApp();
  outcomes = [];
  for (const judgement of JUDGEMENTS) {
    const hits = await top(judgement.query);
    const slugs = new Set(hits.map((h) => h.slug));
    const missing = judgement.mustFind.filter((s) => !slugs.has(s));
    let share: number | null = null;
    if (judgement.share) {
      const k = Math.min(TOP, await carriers(judgement.share));
      share = hits.slice(0, k).filter((h) => carries(h, judgement.share!)).length / k;
    }
    outcomes.push({ judgement, found: judgement.mustFind.length - missing.length, missing, share });
  }
  const lines = [...QUERY_CLASSES, 'overall'].map((c) => {
    const { found, wanted } = recall(c === 'overall' ? undefined : (c as QueryClass));
    return `${c.padEnd(20)} ${(found / wanted * 100).toFixed(1).padStart(5)} % (${found}/${wanted})`;
  });
  const misses = outcomes
    .filter((o) => o.missing.length || (o.share !== null && o.share < o.judgement.share!.min))
    .map((o) => `  "${o.judgement.query}": missing ${o.missing.join(', ') || 'none'}${o.share !== null ? `; share ${(o.share * 100).toFixed(0)} %` : ''}`);
  console.log(`recall@${TOP} per query class\n${lines.join('\n')}\n${misses.length ? `misses:\n${misses.join('\n')}` : 'no misses'}`);
}, 120_000);
afterAll(() => app?.close());

function recall(queryClass?: QueryClass) {
  const chosen = outcomes.filter((o) => !queryClass || o.judgement.class === queryClass);
  return {
    found: chosen.reduce((n, o) => n + o.found, 0),
    wanted: chosen.reduce((n, o) => n + o.judgement.mustFind.length, 0),
  };
}

describe('the judged query set', () => {
  it('has at least 40 queries in every class, each judged with something to find', () => {
    expect(JUDGEMENTS.length).toBeGreaterThanOrEqual(40);
    for (const c of QUERY_CLASSES) expect(JUDGEMENTS.filter((j) => j.class === c).length).toBeGreaterThanOrEqual(4);
    expect(JUDGEMENTS.every((j) => j.mustFind.length > 0 || j.share)).toBe(true);
  });

  it(`finds at least ${GOAL.recall * 100} % of the must-find instruments in the top ${TOP}`, () => {
    const { found, wanted } = recall();
    expect(found / wanted).toBeGreaterThanOrEqual(GOAL.recall);
  });

  it('puts instruments of the phase or type a phase or type word names in the top results', () => {
    const short = outcomes
      .filter((o) => o.share !== null && o.share < o.judgement.share!.min)
      .map((o) => `${o.judgement.query}: ${(o.share! * 100).toFixed(0)} %`);
    expect(short).toEqual([]);
  });
});
