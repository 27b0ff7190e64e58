import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers, type Member } from '../support/members.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

const RATE = `mutation ($input: RateInstrumentInput!) {
  rateInstrument(input: $input) { id score review context { sector { code } phase { code } } instrument { id ratingSummary { count } } }
}`;
const SUMMARY = `query ($slug: String!) { instrument(slug: $slug) {
  ratingSummary { average count distribution }
  myRating { score review hidden hiddenReason }
  reviews(first: 50) { totalCount edges { node { id author review hidden hiddenReason context { sector { code } } } } }
} }`;

interface Summary {
  instrument: {
    ratingSummary: { average: number | null; count: number; distribution: number[] };
    myRating: { score: number; review: string | null; hidden: boolean; hiddenReason: string | null } | null;
    reviews: { totalCount: number; edges: { node: { id: string; author: string; review: string | null; hidden: boolean; hiddenReason: string | null } }[] };
  };
}

async function summaryOf(slug: string, cookie?: string) {
  return dataOf(await app.gql<Summary>(SUMMARY, { slug }, cookie)).instrument;
}

async function rowCount(instrumentId: string): Promise<number> {
  const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM ratings WHERE instrument_id = $1', [instrumentId]);
  return n;
}

describe('rateInstrument', () => {
  it('creates, replaces and removes the member’s own rating, with context', async () => {
    const { id, slug } = await createInstrument(app, curator);
    const [member] = await manyMembers(app, 1);
    const first = dataOf(
      await app.gql<{ rateInstrument: { score: number; context: unknown } }>(
        RATE,
        { input: { instrumentId: id, score: 4, review: 'Bruikbaar in de eerste bijeenkomst.', context: { sector: 'MBO', phase: 'DEVELOP' } } },
        member.cookie,
      ),
    ).rateInstrument;
    expect(first).toMatchObject({ score: 4, context: { sector: { code: 'MBO' }, phase: { code: 'DEVELOP' } } });
    dataOf(await app.gql(RATE, { input: { instrumentId: id, score: 2 } }, member.cookie));
    const after = await summaryOf(slug, member.cookie);
    expect(after.ratingSummary).toEqual({ average: 2, count: 1, distribution: [0, 1, 0, 0, 0] });
    expect(after.myRating).toMatchObject({ score: 2, review: null });
    expect(await summaryOf(slug).then((s) => s.myRating)).toBeNull();

    const removed = await app.gql<{ removeMyRating: { ratingSummary: { count: number } } }>(
      'mutation ($input: RemoveMyRatingInput!) { removeMyRating(input: $input) { ratingSummary { count } } }',
      { input: { instrumentId: id } },
      member.cookie,
    );
    expect(dataOf(removed).removeMyRating.ratingSummary.count).toBe(0);
    expect((await summaryOf(slug)).ratingSummary).toEqual({ average: null, count: 0, distribution: [0, 0, 0, 0, 0] });
  });

  it.each([
    ['score 0', { score: 0 }, 'BAD_USER_INPUT'],
    ['score 6', { score: 6 }, 'BAD_USER_INPUT'],
    ['score 2.5', { score: 2.5 }, 'BAD_USER_INPUT'],
    ['a 2,001-character review', { review: 'x'.repeat(2001) }, 'BAD_USER_INPUT'],
    ['an unknown context sector', { context: { sector: 'GEEN' } }, 'BAD_USER_INPUT'],
    ['an unknown instrument', { instrumentId: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
  ])('refuses %s and writes nothing', async (_what, override, code) => {
    const { id } = await createInstrument(app, curator);
    const [member] = await manyMembers(app, 1);
    const response = await app.gql(RATE, { input: { instrumentId: id, score: 3, ...override } }, member.cookie);
    expect(response.errors?.[0].extensions?.code).toBe(code);
    expect(await rowCount(id)).toBe(0);
  });

  it('refuses visitors and retired instruments', async () => {
    const { id } = await createInstrument(app, curator);
    const visitor = await app.gql(RATE, { input: { instrumentId: id, score: 3 } });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await app.gql('mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }', { input: { id, note: 'Weg.' } }, curator);
    const [member] = await manyMembers(app, 1);
    const retired = await app.gql(RATE, { input: { instrumentId: id, score: 3 } }, member.cookie);
    expect(retired.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/retired/) });
  });
});

describe('concurrency', () => {
  it('50 members rating one instrument at once: count 50 and the exact average', async () => {
    const { id, slug } = await createInstrument(app, curator);
    const members = await manyMembers(app, 50);
    const scores = members.map((_, i) => (i % 5) + 1 === 3 ? 5 : (i % 5) + 1);
    const results = await Promise.all(
      members.map((m, i) => app.gql(RATE, { input: { instrumentId: id, score: scores[i] } }, m.cookie)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const { ratingSummary } = await summaryOf(slug);
    const distribution = [1, 2, 3, 4, 5].map((s) => scores.filter((x) => x === s).length);
    expect(ratingSummary).toEqual({
      count: 50,
      average: scores.reduce((a, b) => a + b, 0) / 50,
      distribution,
    });
    expect(await rowCount(id)).toBe(50);
  });

  it('one member sending 20 ratings at once: one row, and the summary matches it', async () => {
    const { id, slug } = await createInstrument(app, curator);
    const [member] = await manyMembers(app, 1);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => app.gql(RATE, { input: { instrumentId: id, score: (i % 5) + 1 } }, member.cookie)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await rowCount(id)).toBe(1);
    const [{ score }] = await app.dataSource.query('SELECT score FROM ratings WHERE instrument_id = $1', [id]);
    const { ratingSummary } = await summaryOf(slug);
    expect(ratingSummary.count).toBe(1);
    expect(ratingSummary.average).toBe(score);
    expect(ratingSummary.distribution[score - 1]).toBe(1);
  });
});

describe('reviews', () => {
  it('lists reviews newest first with author and context; a hidden text is gone for others but its author sees why', async () => {
    const { id, slug } = await createInstrument(app, curator);
    const members: Member[] = await manyMembers(app, 3);
    for (const [i, member] of members.entries()) {
      await app.gql(RATE, { input: { instrumentId: id, score: 3 + (i % 3), review: `Review nummer ${i}`, context: { sector: 'HBO' } } }, member.cookie);
    }
    await app.gql(RATE, { input: { instrumentId: id, score: 1 } }, (await manyMembers(app, 1))[0].cookie); // no text
    const before = await summaryOf(slug);
    expect(before.reviews.totalCount).toBe(3);
    expect(before.reviews.edges.map((e) => e.node.review)).toEqual(['Review nummer 2', 'Review nummer 1', 'Review nummer 0']);
    expect(before.reviews.edges[0].node.author).toMatch(/^Lid /);

    const target = before.reviews.edges[1].node.id;
    const hidden = await app.gql('mutation ($input: HideReviewInput!) { hideReview(input: $input) { hidden } }', { input: { ratingId: target, reason: 'Persoonlijke aanval' } }, curator);
    expect(dataOf(hidden)).toEqual({ hideReview: { hidden: true } });
    const forOthers = await summaryOf(slug, members[0].cookie);
    const seen = forOthers.reviews.edges.find((e) => e.node.id === target)!.node;
    expect(seen).toMatchObject({ review: null, hidden: true, hiddenReason: null });
    expect(forOthers.ratingSummary.count).toBe(4);
    const forAuthor = await summaryOf(slug, members[1].cookie);
    expect(forAuthor.myRating).toMatchObject({ review: 'Review nummer 1', hidden: true, hiddenReason: 'Persoonlijke aanval' });
  });

  it('pages through reviews with a cursor', async () => {
    const { id, slug } = await createInstrument(app, curator);
    for (const member of await manyMembers(app, 5)) {
      await app.gql(RATE, { input: { instrumentId: id, score: 4, review: 'Goed' } }, member.cookie);
    }
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      const page: { instrument: { reviews: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = dataOf(
        await app.gql(
          'query ($slug: String!, $after: String) { instrument(slug: $slug) { reviews(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }',
          { slug, after },
        ),
      );
      page.instrument.reviews.edges.forEach((e) => seen.add(e.node.id));
      after = page.instrument.reviews.pageInfo.hasNextPage ? page.instrument.reviews.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(5);
  });
});

describe('BEST_RATED', () => {
  it('orders by Bayesian average where the raw mean disagrees, and minRating filters on the mean', async () => {
    const fresh = await startTestApp({ seed: false });
    try {
      const boss = await signedIn(fresh, 'CURATOR');
      const one = await createInstrument(fresh, boss, { title: 'Eén keer vijf sterren' });
      const many = await createInstrument(fresh, boss, { title: 'Vaak goed beoordeeld' });
      const poor = await createInstrument(fresh, boss, { title: 'Vaak slecht beoordeeld' });
      const unrated = await createInstrument(fresh, boss, { title: 'Nog niet beoordeeld' });
      const members = await manyMembers(fresh, 30);
      const rate = (m: Member, instrumentId: string, score: number) =>
        fresh.gql(RATE, { input: { instrumentId, score } }, m.cookie).then(dataOf);
      await rate(members[0], one.id, 5); // raw mean 5.0 from one rating
      for (const [i, m] of members.entries()) await rate(m, many.id, i < 24 ? 5 : 4); // 4.8 from 30
      for (const m of members.slice(0, 10)) await rate(m, poor.id, 1); // 1.0 from 10
      // Catalogue mean m = (5 + 144 + 10) / 41 ≈ 3.88: one ≈ 4.07, many ≈ 4.67, unrated = m, poor ≈ 1.96.
      const order = async (variables: Record<string, unknown>) =>
        dataOf(
          await fresh.gql<{ instruments: { edges: { node: { id: string } }[] } }>(
            'query ($first: Int, $filter: InstrumentFilter) { instruments(sort: BEST_RATED, first: $first, filter: $filter) { edges { node { id } } } }',
            variables,
          ),
        ).instruments.edges.map((e) => e.node.id);
      expect(await order({ first: 10 })).toEqual([many.id, one.id, unrated.id, poor.id]);
      const paged: string[] = [];
      let after: string | null = null;
      do {
        const page: { instruments: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } = dataOf(
          await fresh.gql('query ($after: String) { instruments(sort: BEST_RATED, first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after }),
        );
        paged.push(...page.instruments.edges.map((e) => e.node.id));
        after = page.instruments.pageInfo.hasNextPage ? page.instruments.pageInfo.endCursor : null;
      } while (after);
      expect(paged).toEqual([many.id, one.id, unrated.id, poor.id]);
      expect(await order({ first: 10, filter: { minRating: 4.9 } })).toEqual([one.id]);
      expect(await order({ first: 10, filter: { minRating: 4.5 } })).toEqual([many.id, one.id]);
    } finally {
      await fresh.close();
    }
  });
});

describe('statements per page', () => {
  it('costs the same, small number of SQL statements for 10 and for 100 instruments', async () => {
    const [member] = await manyMembers(app, 1);
    const query = `query ($first: Int) { instruments(first: $first) { totalCount edges { node {
      id title type { code } phases { code } audiences { code } sectors { code } tags { code } links { url }
      ratingSummary { average count distribution } myRating { score }
      reviews(first: 3) { totalCount edges { node { author review } } }
    } } } }`;
    const counts: Record<number, number> = {};
    for (const first of [10, 100]) {
      await app.gql(query, { first: 1 }, member.cookie); // warm up
      app.statements.reset();
      const response = await app.gql<{ instruments: { edges: unknown[] } }>(query, { first }, member.cookie);
      expect(dataOf(response).instruments.edges.length).toBeGreaterThan(first === 10 ? 9 : 40);
      counts[first] = app.statements.count;
    }
    console.log(`SQL statements per catalogue page: first 10 -> ${counts[10]}, first 100 -> ${counts[100]}`);
    expect(counts[100]).toBe(counts[10]);
    expect(counts[10]).toBeLessThanOrEqual(12);
  });
});

describe('hiding, showing again and reporting reviews', () => {
  const HIDE = 'mutation ($input: HideReviewInput!) { hideReview(input: $input) { hidden openReports { reason } } }';
  const UNHIDE = 'mutation ($input: UnhideReviewInput!) { unhideReview(input: $input) { id hidden review } }';
  const REPORT = 'mutation ($input: ReportReviewInput!) { reportReview(input: $input) { id reportedByMe } }';
  const DISMISS = 'mutation ($input: DismissReviewReportsInput!) { dismissReviewReports(input: $input) { id openReports { reason } } }';
  const REVIEWS = `query ($slug: String!) { instrument(slug: $slug) {
    reviews(first: 10) { edges { node { id review hidden reportedByMe openReports { reason note reportedAt } } } }
  } }`;
  const REPORTED = '{ reportedReviews(first: 50) { totalCount edges { node { id review instrument { slug } openReports { reason } } } } }';
  type Node = { id: string; review: string | null; hidden: boolean; reportedByMe: boolean; openReports: { reason: string; note: string | null }[] | null };
  const reviewsOf = async (slug: string, cookie?: string) =>
    dataOf(await app.gql<{ instrument: { reviews: { edges: { node: Node }[] } } }>(REVIEWS, { slug }, cookie)).instrument.reviews.edges.map((e) => e.node);

  async function reviewed(text = 'Dit instrument is waardeloos, net als de maker.') {
    const { id, slug } = await createInstrument(app, curator);
    const [author] = await manyMembers(app, 1);
    const rated = await app.gql<{ rateInstrument: { id: string } }>(RATE, { input: { instrumentId: id, score: 1, review: text } }, author.cookie);
    return { slug, ratingId: dataOf(rated).rateInstrument.id, author };
  }

  it('shows a hidden review again for everyone (unhideReview)', async () => {
    const { slug, ratingId } = await reviewed();
    await app.gql(HIDE, { input: { ratingId, reason: 'Persoonlijke aanval' } }, curator);
    expect((await reviewsOf(slug))[0]).toMatchObject({ hidden: true, review: null });
    const shown = await app.gql(UNHIDE, { input: { ratingId } }, curator);
    expect(dataOf(shown)).toEqual({ unhideReview: { id: ratingId, hidden: false, review: 'Dit instrument is waardeloos, net als de maker.' } });
    expect((await reviewsOf(slug))[0]).toMatchObject({ hidden: false, review: 'Dit instrument is waardeloos, net als de maker.' });
    const unknown = await app.gql(UNHIDE, { input: { ratingId: '00000000-0000-4000-8000-000000000000' } }, curator);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a member report a review once; curators see the open reports, others only their own mark', async () => {
    const { slug, ratingId, author } = await reviewed();
    const [first, second] = await manyMembers(app, 2);
    const reported = await app.gql(REPORT, { input: { ratingId, reason: 'OFFENSIVE' } }, first.cookie);
    expect(dataOf(reported)).toEqual({ reportReview: { id: ratingId, reportedByMe: true } });
    const again = await app.gql(REPORT, { input: { ratingId, reason: 'SPAM' } }, first.cookie);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    await app.gql(REPORT, { input: { ratingId, reason: 'OTHER', note: 'Noemt een collega bij naam.' } }, second.cookie);

    expect((await reviewsOf(slug, first.cookie))[0]).toMatchObject({ reportedByMe: true, openReports: null });
    expect((await reviewsOf(slug, author.cookie))[0]).toMatchObject({ reportedByMe: false, openReports: null });
    expect((await reviewsOf(slug))[0]).toMatchObject({ reportedByMe: false, openReports: null });
    expect((await reviewsOf(slug, curator))[0].openReports).toEqual([
      expect.objectContaining({ reason: 'OFFENSIVE', note: null }),
      expect.objectContaining({ reason: 'OTHER', note: 'Noemt een collega bij naam.' }),
    ]);
    const list = dataOf(await app.gql<{ reportedReviews: { totalCount: number; edges: { node: { id: string; instrument: { slug: string } } }[] } }>(REPORTED, {}, curator)).reportedReviews;
    expect(list.edges.map((e) => e.node.id)).toContain(ratingId);
    expect(list.edges.find((e) => e.node.id === ratingId)!.node.instrument.slug).toBe(slug);
    const countBefore = list.totalCount;

    // Hiding settles the reports: off the list, and a hidden review cannot be reported any more.
    const hidden = await app.gql(HIDE, { input: { ratingId, reason: 'Persoonlijke aanval' } }, curator);
    expect(dataOf(hidden)).toEqual({ hideReview: { hidden: true, openReports: [] } });
    const after = dataOf(await app.gql<{ reportedReviews: { totalCount: number } }>(REPORTED, {}, curator)).reportedReviews;
    expect(after.totalCount).toBe(countBefore - 1);
    const [third] = await manyMembers(app, 1);
    const ofHidden = await app.gql(REPORT, { input: { ratingId, reason: 'SPAM' } }, third.cookie);
    expect(ofHidden.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('settles reports when a curator keeps the review visible (dismissReviewReports)', async () => {
    const { ratingId } = await reviewed('Kritisch maar eerlijk.');
    const [member] = await manyMembers(app, 1);
    await app.gql(REPORT, { input: { ratingId, reason: 'OFF_TOPIC' } }, member.cookie);
    const dismissed = await app.gql(DISMISS, { input: { ratingId } }, curator);
    expect(dataOf(dismissed)).toEqual({ dismissReviewReports: { id: ratingId, openReports: [] } });
    const list = dataOf(await app.gql<{ reportedReviews: { edges: { node: { id: string } }[] } }>(REPORTED, {}, curator)).reportedReviews;
    expect(list.edges.map((e) => e.node.id)).not.toContain(ratingId);
    // Reported once means once: the member cannot report it again after it was settled.
    const again = await app.gql(REPORT, { input: { ratingId, reason: 'SPAM' } }, member.cookie);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses reporting one’s own review, an unknown one, OTHER without a note, and visitors', async () => {
    const { ratingId, author } = await reviewed();
    const [member] = await manyMembers(app, 1);
    const own = await app.gql(REPORT, { input: { ratingId, reason: 'SPAM' } }, author.cookie);
    expect(own.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['ratingId'] });
    const noNote = await app.gql(REPORT, { input: { ratingId, reason: 'OTHER', note: '   ' } }, member.cookie);
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['note'] });
    const badReason = await app.gql(REPORT, { input: { ratingId, reason: 'BORING' } }, member.cookie);
    expect(badReason.errors).toBeDefined();
    const unknown = await app.gql(REPORT, { input: { ratingId: '00000000-0000-4000-8000-000000000000', reason: 'SPAM' } }, member.cookie);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const visitor = await app.gql(REPORT, { input: { ratingId, reason: 'SPAM' } });
    expect(visitor.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM review_reports WHERE rating_id = $1', [ratingId]);
    expect(n).toBe(0);
  });
});
