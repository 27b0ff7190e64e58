import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedExampleData } from '#database';
import { baseUrl } from '../support/exchange.js';
import { createInstrument } from '../support/instrument-builder.js';
import { decidePracticeReport, practiceReportInput, SUBMIT_PRACTICE_REPORT, submitPracticeReport } from '../support/practice-report-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let author: string;
let otherMember: string;
let curator: string;
let instrumentId: string;
let instrumentSlug: string;

beforeAll(async () => {
  app = await startTestApp();
  author = await signedIn(app, 'MEMBER');
  otherMember = await signedIn(app, 'MEMBER');
  curator = await signedIn(app, 'CURATOR');
  ({ id: instrumentId, slug: instrumentSlug } = await createInstrument(app, curator));
});
afterAll(() => app?.close());

const REPORT = `query ($id: String!) { practiceReport(id: $id) {
  id status authorName communityName phase { code } sectors { code } partnerKinds periodFrom periodTo
  whatWeDid contact decisionReason publishedAt instrument { id }
} }`;
const UPDATE = `mutation ($input: UpdatePracticeReportInput!) { updatePracticeReport(input: $input) { id status decisionReason whatWeDid periodTo } }`;
const LIST = `query ($filter: PracticeReportFilter, $first: Int, $after: String) {
  practiceReports(filter: $filter, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;
type List = { practiceReports: { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const fieldsOf = (response: { errors?: { extensions?: { fields?: string[] } }[] }) => response.errors?.[0]?.extensions?.fields;

describe('practice report lifecycle', () => {
  it('submitted → declined with a reason the author sees → edited (submitted again) → published, then public', async () => {
    const id = await submitPracticeReport(app, author, instrumentId);
    const submitted = dataOf(await app.gql<{ practiceReport: Record<string, unknown> }>(REPORT, { id }, author)).practiceReport;
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      authorName: 'Test MEMBER',
      phase: { code: 'DEVELOP' },
      sectors: [{ code: 'MBO' }],
      partnerKinds: ['COMPANIES', 'SCHOOLS'],
      periodFrom: '2025-09',
      periodTo: '2026-01',
      publishedAt: null,
      instrument: { id: instrumentId },
    });
    // Not public yet: visitors and other members do not see it, curators do.
    expect(codeOf(await app.gql(REPORT, { id }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(REPORT, { id }, otherMember))).toBe('NOT_FOUND');
    expect(dataOf(await app.gql<{ practiceReport: { id: string } }>(REPORT, { id }, curator)).practiceReport.id).toBe(id);

    const queue = dataOf(await app.gql<List>(LIST, { filter: { status: 'SUBMITTED' }, first: 100 }, curator));
    expect(queue.practiceReports.edges.map((e) => e.node.id)).toContain(id);

    const declined = dataOf(await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: 'Beschrijf wat de bedrijven deden.' }));
    expect(declined.declinePracticeReport).toMatchObject({ status: 'DECLINED', decisionReason: 'Beschrijf wat de bedrijven deden.' });
    const mine = dataOf(await app.gql<{ myPracticeReports: { id: string; status: string; decisionReason: string }[] }>('{ myPracticeReports { id status decisionReason } }', {}, author));
    expect(mine.myPracticeReports.find((r) => r.id === id)).toEqual({ id, status: 'DECLINED', decisionReason: 'Beschrijf wat de bedrijven deden.' });

    const edited = dataOf(
      await app.gql<{ updatePracticeReport: Record<string, unknown> }>(UPDATE, { input: { id, whatWeDid: 'De bedrijven leverden opdrachten; wij gebruikten het canvas om ze te ordenen.', periodTo: null } }, author),
    );
    expect(edited.updatePracticeReport).toMatchObject({ status: 'SUBMITTED', decisionReason: null, periodTo: null });

    expect(dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id })).publishPracticeReport.status).toBe('PUBLISHED');
    const published = dataOf(await app.gql<{ practiceReport: Record<string, unknown> }>(REPORT, { id })).practiceReport;
    expect(published).toMatchObject({ status: 'PUBLISHED', whatWeDid: expect.stringMatching(/^De bedrijven/), contact: null });
    expect(published.publishedAt).not.toBeNull();

    const onPage = dataOf(
      await app.gql<{ instrument: { practiceReportCount: number; practiceReports: { id: string }[] } }>(
        'query ($slug: String!) { instrument(slug: $slug) { practiceReportCount practiceReports { id } } }',
        { slug: instrumentSlug },
      ),
    );
    expect(onPage.instrument).toEqual({ practiceReportCount: 1, practiceReports: [{ id }] });
  });

  it('lets the author edit only until it is published, and nobody else', async () => {
    const id = await submitPracticeReport(app, author, instrumentId);
    expect(codeOf(await app.gql(UPDATE, { input: { id, communityName: 'Andere naam' } }, otherMember))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(UPDATE, { input: { id, communityName: 'Andere naam' } }, curator))).toBe('NOT_FOUND');
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }));
    expect(codeOf(await app.gql(UPDATE, { input: { id, communityName: 'Andere naam' } }, author))).toBe('CONFLICT');
    // A decision is taken once.
    expect(codeOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }))).toBe('CONFLICT');
    expect(codeOf(await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: 'Toch niet.' }))).toBe('CONFLICT');
  });

  it('keeps the decisions for curators and writing for members', async () => {
    const id = await submitPracticeReport(app, author, instrumentId);
    expect(codeOf(await decidePracticeReport(app, 'publishPracticeReport', author, { id }))).toBe('FORBIDDEN');
    expect(codeOf(await decidePracticeReport(app, 'publishPracticeReport', undefined, { id }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(SUBMIT_PRACTICE_REPORT, { input: practiceReportInput(instrumentId) }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(LIST, { filter: { status: 'SUBMITTED' } }, author))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(LIST, { filter: { status: 'DECLINED' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('practice report input', () => {
  it.each([
    [{ phase: 'NO_SUCH_PHASE' }, 'phase'],
    [{ sectors: ['NOPE'] }, 'sectors'],
    [{ sectors: [] }, 'sectors'],
    [{ partnerKinds: [] }, 'partnerKinds'],
    [{ periodFrom: '2025-13' }, 'periodFrom'],
    [{ periodFrom: '2026-02', periodTo: '2025-12' }, 'periodTo'],
    [{ whatWeDid: 'Te kort.' }, 'whatWeDid'],
    [{ whatItYielded: 'x'.repeat(4_001) }, 'whatItYielded'],
    [{ instrumentId: '00000000-0000-4000-8000-000000000000' }, 'instrumentId'],
  ])('refuses %j as BAD_USER_INPUT on %s', async (overrides, field) => {
    const response = await app.gql(SUBMIT_PRACTICE_REPORT, { input: practiceReportInput(instrumentId, overrides) }, author);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(response)?.join(' ')).toContain(field);
  });

  it('needs a reason to decline', async () => {
    const id = await submitPracticeReport(app, author, instrumentId);
    const response = await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: ' ' });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('keeps a declined report with a reason as a database rule too', async () => {
    const id = await submitPracticeReport(app, author, instrumentId);
    await expect(app.dataSource.query(`UPDATE practice_reports SET status = 'DECLINED' WHERE id = $1`, [id])).rejects.toThrow(/practice_reports_declined_has_reason/);
  });
});

describe('the list of published reports', () => {
  it('filters by phase, sector and partner kind, and pages by keyset', async () => {
    const { id: listed } = await createInstrument(app, curator);
    const ids: string[] = [];
    for (const overrides of [
      { phase: 'EVALUATE', sectors: ['HBO'], partnerKinds: ['PUBLIC_BODIES'] },
      { phase: 'EVALUATE', sectors: ['HBO', 'MBO'], partnerKinds: ['COMPANIES'] },
      { phase: 'SUSTAIN_SCALE', sectors: ['HBO'], partnerKinds: ['PUBLIC_BODIES', 'OTHERS'] },
    ]) {
      const id = await submitPracticeReport(app, otherMember, listed, overrides);
      dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }));
      ids.push(id);
    }
    await submitPracticeReport(app, otherMember, listed, { phase: 'EVALUATE' }); // submitted: never listed publicly
    const list = async (filter: Record<string, unknown>, first = 10, after?: string) =>
      dataOf(await app.gql<List>(LIST, { filter: { instrumentId: listed, ...filter }, first, after })).practiceReports;

    expect((await list({})).edges.map((e) => e.node.id)).toEqual([...ids].reverse());
    expect((await list({ phase: 'EVALUATE' })).edges.map((e) => e.node.id)).toEqual([ids[1], ids[0]]);
    expect((await list({ sector: 'MBO' })).edges.map((e) => e.node.id)).toEqual([ids[1]]);
    expect((await list({ partnerKind: 'PUBLIC_BODIES' })).totalCount).toBe(2);

    const first = await list({}, 2);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await list({}, 2, first.pageInfo.endCursor!);
    expect(second.edges.map((e) => e.node.id)).toEqual([ids[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(codeOf(await app.gql(LIST, { after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
  });

  it('reads the reports and counts of a page of instruments in a fixed number of statements', async () => {
    const query = '{ instruments(first: 20) { edges { node { id practiceReportCount practiceReports { id } } } } }';
    await app.gql(query, {}, author);
    app.statements.reset();
    await app.gql(query, {}, author);
    const reportStatements = app.statements.statements.filter((s) => /practice_reports/.test(s));
    expect(reportStatements).toHaveLength(2);
  });
});

describe('example practice reports', () => {
  it('come with the example community: a few published, one waiting for a curator, every community fictional', async () => {
    const fresh = await startTestApp({ seed: false });
    try {
      await fresh.dataSource.transaction((em) => seedExampleData(em, { community: true }));
      const published = dataOf(
        await fresh.gql<{ practiceReports: { totalCount: number; edges: { node: { communityName: string | null; authorName: string } }[] } }>(
          '{ practiceReports(first: 100) { totalCount edges { node { communityName authorName } } } }',
        ),
      ).practiceReports;
      expect(published.totalCount).toBeGreaterThanOrEqual(3);
      for (const { node } of published.edges) {
        expect(node.authorName).toMatch(/\(fictief\)/);
        if (node.communityName) expect(node.communityName).toMatch(/\(fictief\)/);
      }
      const [{ n }] = await fresh.dataSource.query(`SELECT count(*)::int AS n FROM practice_reports WHERE status = 'SUBMITTED'`);
      expect(n).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});

describe('the catalogue filter "met praktijkvoorbeeld"', () => {
  it('lists only instruments with a published practice report, and counts facets over them', async () => {
    const { id: withReport, slug } = await createInstrument(app, curator, { phases: ['EVALUATE'] });
    const { id: onlySubmitted } = await createInstrument(app, curator);
    const published = await submitPracticeReport(app, author, withReport);
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id: published }));
    await submitPracticeReport(app, author, onlySubmitted);

    const answer = dataOf(
      await app.gql<{ instruments: { totalCount: number; edges: { node: { id: string; slug: string } }[] }; instrumentFacets: { name: string; values: { code: string; count: number }[] }[] }>(
        `{ instruments(first: 100, filter: { withPracticeReports: true }) { totalCount edges { node { id slug } } }
           instrumentFacets(filter: { withPracticeReports: true }) { name values { code count } } }`,
      ),
    );
    const catalogue = { ...answer.instruments, facets: answer.instrumentFacets };
    const ids = catalogue.edges.map((e) => e.node.id);
    expect(ids).toContain(withReport);
    expect(ids).not.toContain(onlySubmitted);
    // Every listed instrument has a published report (earlier tests published some too).
    const [{ n }] = await app.dataSource.query(
      `SELECT count(DISTINCT instrument_id)::int AS n FROM practice_reports WHERE status = 'PUBLISHED' AND instrument_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(n).toBe(ids.length);
    expect(catalogue.totalCount).toBe(ids.length);
    // The status facet counts the same instruments (each has one status).
    const statuses = catalogue.facets.find((f) => f.name === 'STATUS')!.values;
    expect(statuses.reduce((sum, v) => sum + v.count, 0)).toBe(ids.length);
    // The export takes the catalogue page's parameter: the same instruments.
    const exported = await fetch(`${baseUrl(app)}/export/instruments.json?praktijk=ja`);
    expect(exported.status).toBe(200);
    const rows = (await exported.json()) as { slug: string }[];
    expect(rows.map((r) => r.slug)).toContain(slug);
    expect(rows).toHaveLength(ids.length);
    expect((await fetch(`${baseUrl(app)}/export/instruments.json?praktijk=nee`)).status).toBe(400);
  });
});

describe('mail to the author about a decision', () => {
  type OutboxMail = { subject: string; body_text: string };
  const mailsTo = (email: string): Promise<OutboxMail[]> =>
    app.dataSource.query('SELECT subject, body_text FROM outbox_mails WHERE to_address = $1 ORDER BY id', [email]);

  it('queues exactly one mail per decision: the reason and a link to edit when declined, a link to the report when published', async () => {
    const email = `auteur-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const writer = await signedIn(app, 'MEMBER', email);
    const id = await submitPracticeReport(app, writer, instrumentId);
    expect(await mailsTo(email)).toEqual([]);

    dataOf(await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: 'Noem de partners bij naam.' }));
    let mails = await mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toMatch(/^Je praktijkvoorbeeld bij .+ is nog niet gepubliceerd$/);
    expect(mails[0]!.body_text).toContain('Noem de partners bij naam.');
    expect(mails[0]!.body_text).toContain(`/praktijkvoorbeelden/${id}/bewerken`);

    dataOf(await app.gql(UPDATE, { input: { id, communityName: 'LC Met Partners (fictief)' } }, writer));
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }));
    mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toMatch(/^Je praktijkvoorbeeld bij .+ is gepubliceerd$/);
    expect(mails[1]!.body_text).toContain(`/praktijkvoorbeelden/${id}\n`);
    expect(mails[1]!.body_text).not.toContain('/bewerken');
  });

  it('queues none for a decision that fails', async () => {
    const email = `auteur-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const writer = await signedIn(app, 'MEMBER', email);
    const id = await submitPracticeReport(app, writer, instrumentId);
    expect(codeOf(await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await decidePracticeReport(app, 'publishPracticeReport', writer, { id }))).toBe('FORBIDDEN');
    expect(await mailsTo(email)).toEqual([]);
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }));
    expect(codeOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }))).toBe('CONFLICT');
    expect(codeOf(await decidePracticeReport(app, 'declinePracticeReport', curator, { id, reason: 'Toch niet.' }))).toBe('CONFLICT');
    expect(await mailsTo(email)).toHaveLength(1);
  });
});

describe('the count on a catalogue card', () => {
  it('reads the counts of a page of 100 cards in one statement', async () => {
    const { id } = await createInstrument(app, curator);
    for (let n = 0; n < 2; n++) dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id: await submitPracticeReport(app, author, id) }));
    // More instruments than one page of cards, so the page is full.
    for (let n = 0; n < 100; n++) await createInstrument(app, curator);
    const query = '{ instruments(first: 100, sort: NEWEST) { edges { node { id practiceReportCount } } } }';
    // Signed in: the anonymous read cache would answer without SQL.
    await app.gql(query, {}, author);
    app.statements.reset();
    const edges = dataOf(await app.gql<{ instruments: { edges: { node: { id: string; practiceReportCount: number } }[] } }>(query, {}, author)).instruments.edges;
    expect(edges).toHaveLength(100);
    expect(app.statements.statements.filter((s) => /practice_reports/.test(s))).toHaveLength(1);
    // The count itself, on the instrument with two published reports.
    const counted = dataOf(
      await app.gql<{ instruments: { edges: { node: { id: string; practiceReportCount: number } }[] } }>(
        '{ instruments(first: 100, filter: { withPracticeReports: true }) { edges { node { id practiceReportCount } } } }',
      ),
    ).instruments.edges.find((e) => e.node.id === id);
    expect(counted?.node.practiceReportCount).toBe(2);
  });
});
