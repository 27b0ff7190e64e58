import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  EVIDENCE_LEVELS,
  INSTRUMENT_FIELD_NAMES,
  ORIGINS,
  PROPOSAL_ACTIONS,
  PROPOSAL_STATUSES,
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
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

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

describe('example community (ratings, reviews, proposals)', () => {
  let fresh: TestApp;
  beforeAll(async () => {
    fresh = await startTestApp({ seed: false });
    const result = await fresh.dataSource.transaction((em) => seedExampleData(em, { community: true }));
    expect(result).toMatchObject({ seeded: true, ratings: expect.any(Number), proposals: expect.any(Number) });
  });
  afterAll(() => fresh?.close());

  const count = async (target: TestApp, sql: string) => Number((await target.dataSource.query(sql))[0].n);

  it('is left out under NODE_ENV=test unless asked for, so the other tests start with nobody’s ratings', async () => {
    expect(await count(app, 'SELECT count(*) AS n FROM ratings')).toBe(0);
    expect(await count(app, 'SELECT count(*) AS n FROM proposals')).toBe(0);
  });

  it('has one published starter kit of five example instruments, each with a why-text', async () => {
    const response = await fresh.gql<{ collection: { title: string; status: string; items: { step: number; why: string; instrument: { slug: string } | null }[] } | null }>(
      'query ($slug: String!) { collection(slug: $slug) { title status items { step why instrument { slug } } } }',
      { slug: 'een-learning-community-opzetten-in-5-stappen' },
    );
    const kit = response.data?.collection;
    expect(kit).toMatchObject({ title: 'Startpakket: een learning community opzetten in 5 stappen', status: 'PUBLISHED' });
    expect(kit!.items.map((i) => i.step)).toEqual([1, 2, 3, 4, 5]);
    expect(kit!.items.every((i) => i.instrument && i.why.length > 20)).toBe(true);
  });

  it('has ratings by the demo member and several fictional members, with reviews, and summaries that agree', async () => {
    const raters = (await fresh.dataSource.query(
      `SELECT a.email, a.display_name AS name, a.demo, count(*)::int AS n, count(r.review)::int AS reviews
       FROM ratings r JOIN accounts a ON a.id = r.account_id GROUP BY a.id ORDER BY a.email`,
    )) as { email: string; name: string; demo: boolean; n: number; reviews: number }[];
    expect(raters.find((r) => r.email === 'lid@example.org')?.n).toBeGreaterThanOrEqual(3);
    const fictional = raters.filter((r) => r.email !== 'lid@example.org');
    expect(fictional.length).toBeGreaterThanOrEqual(4);
    for (const rater of fictional) expect(rater.name).toMatch(/\(fictief/);
    expect(raters.every((r) => r.demo && r.email.endsWith('@example.org'))).toBe(true);
    expect(raters.reduce((sum, r) => sum + r.reviews, 0)).toBeGreaterThanOrEqual(10);
    // rating_summaries hold what the ratings say (what the ratings service would have written).
    expect(
      await count(
        fresh,
        `SELECT count(*) AS n FROM rating_summaries s FULL JOIN (
           SELECT instrument_id, count(*) AS c, sum(score) AS t FROM ratings GROUP BY instrument_id) r USING (instrument_id)
         WHERE s.rating_count IS DISTINCT FROM r.c OR s.rating_sum IS DISTINCT FROM r.t`,
      ),
    ).toBe(0);

    const { instrument } = dataOf(
      await fresh.gql<{ instrument: { ratingSummary: { count: number; average: number }; reviews: { edges: { node: { author: string; review: string | null } }[] } } }>(
        `{ instrument(slug: "formatieve-evaluatie-van-je-learning-community") {
            ratingSummary { count average } reviews(first: 10) { edges { node { author review } } } } }`,
      ),
    );
    expect(instrument.ratingSummary).toEqual({ count: 4, average: 4.5 });
    expect(instrument.reviews.edges.map((e) => e.node.author)).toEqual(expect.arrayContaining(['Demo Lid', 'Fatma Yılmaz (fictief)']));
    // The catalogue's best rated puts a rated instrument first.
    const best = dataOf(await fresh.gql<{ instruments: { edges: { node: { slug: string } }[] } }>('{ instruments(sort: BEST_RATED, first: 1) { edges { node { slug } } } }'));
    expect(best.instruments.edges[0]!.node.slug).toBe('formatieve-evaluatie-van-je-learning-community');
  });

  it('has proposals in every state, with reasons, a lawful history, and what changed after a request', async () => {
    const curator = await signedIn(fresh, 'CURATOR');
    type Node = {
      status: string;
      proposerName: string;
      reviewerName: string | null;
      decisionReason: string | null;
      instrument: { slug: string } | null;
      history: { from: string | null; to: string; reason: string | null }[];
      changesSinceRequest: { field: string; before: string[]; after: string[] }[] | null;
    };
    const { proposals } = dataOf(
      await fresh.gql<{ proposals: { edges: { node: Node }[] } }>(
        `{ proposals(first: 100) { edges { node {
            status proposerName reviewerName decisionReason instrument { slug }
            history { from to reason } changesSinceRequest { field before after } } } } }`,
        {},
        curator,
      ),
    );
    const nodes = proposals.edges.map((e) => e.node);
    expect(new Set(nodes.map((n) => n.status))).toEqual(new Set(PROPOSAL_STATUSES));
    for (const node of nodes) {
      expect(node.proposerName).toMatch(/\(fictief\)|^Demo Lid$/);
      expect(node.history[0]).toMatchObject({ from: null, to: 'SUBMITTED' });
      expect(node.history.at(-1)!.to).toBe(node.status);
      for (const [i, step] of node.history.entries()) {
        if (i === 0) continue;
        const lawful = Object.values(PROPOSAL_ACTIONS).some((a) => a.to === step.to && a.from.includes(step.from as never));
        expect({ step, lawful }).toEqual({ step, lawful: true });
        if (step.to === 'REJECTED' || step.to === 'CHANGES_REQUESTED') expect(step.reason?.length).toBeGreaterThan(20);
      }
      if (node.status === 'REJECTED' || node.status === 'CHANGES_REQUESTED') expect(node.decisionReason).toBeTruthy();
      if (node.status === 'IN_REVIEW') expect(node.reviewerName).toMatch(/fictief/);
    }
    expect(nodes.find((n) => n.status === 'ACCEPTED')!.instrument).toEqual({ slug: 'gezamenlijk-portfolio-van-de-learning-community' });
    // A resubmitted proposal shows what its proposer changed, in the field definition's order.
    const resubmitted = nodes.find((n) => n.status === 'SUBMITTED' && n.changesSinceRequest?.length)!;
    const fields = resubmitted.changesSinceRequest!.map((c) => c.field);
    expect(fields).toEqual([...INSTRUMENT_FIELD_NAMES, 'motivation'].filter((name) => fields.includes(name)));
    expect(fields).toEqual(expect.arrayContaining(['audiences', 'links', 'motivation']));
    // The demo member has a request for changes waiting.
    expect(nodes.some((n) => n.status === 'CHANGES_REQUESTED' && n.proposerName === 'Demo Lid')).toBe(true);
  });

  it('has accounts that cannot sign in', async () => {
    const response = await fresh.gql('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: 'fatma.yilmaz@example.org', password: '!example-account-without-password' },
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
