import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AnonymousReadCache } from '../../apps/api/src/graphql/anonymous-read-cache.js';
import { baseUrl } from '../support/exchange.js';
import { someEdition } from '../support/files.js';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers } from '../support/members.js';
import { practiceReportInput } from '../support/practice-report-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

const LIST = `query ($search: String, $filter: InstrumentFilter) {
  instruments(first: 5, search: $search, filter: $filter) {
    totalCount
    edges { node { id title status ratingSummary { count average } } }
  }
}`;

type List = { instruments: { totalCount: number; edges: { node: { id: string; title: string; status: string; ratingSummary: { count: number } } }[] } };

let app: TestApp;
let databaseUrl: string;

beforeAll(async () => {
  app = await startTestApp();
  databaseUrl = (app.dataSource.options as { url: string }).url;
});
afterAll(() => app?.close());

const anonymous = async (variables: Record<string, unknown> = {}) => dataOf(await app.gql<List>(LIST, variables));

describe('anonymous read cache', () => {
  it('answers a repeated anonymous query from memory: only the version is read', async () => {
    const first = await anonymous({ search: 'samenwerking' });
    app.statements.reset();
    const again = await anonymous({ search: 'samenwerking' });
    expect(again).toEqual(first);
    expect(app.statements.count).toBe(1);
    expect(app.statements.statements[0]).toMatch(/cache_version/);
    expect(app.nest.get(AnonymousReadCache).size).toBeGreaterThan(0);
  });

  it('lets no browser or proxy keep an answer, fresh or from the cache', async () => {
    const fresh = await app.post(LIST, { search: 'toetsing' });
    const cached = await app.post(LIST, { search: 'toetsing' });
    const refused = await app.post('{ nosuchfield }');
    for (const { headers } of [fresh, cached, refused]) expect(headers.get('cache-control')).toBe('no-store');
  });

  it('runs concurrent identical misses once', async () => {
    app.statements.reset();
    const answers = await Promise.all(Array.from({ length: 5 }, () => anonymous({ search: 'evaluatie' })));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    // Five version reads, and the list's statements once: vocabulary, the search's three lookups
    // (synonyms, words dictionary, Dutch query forms), page, count, summaries.
    expect(app.statements.count).toBe(5 + 7);
  });

  it('shows a new rating at once', async () => {
    const before = await anonymous();
    const target = before.instruments.edges[0].node;
    const [member] = await manyMembers(app, 1);
    dataOf(
      await app.gql('mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }', { input: { instrumentId: target.id, score: 4 } }, member.cookie),
    );
    const after = await anonymous();
    expect(after.instruments.edges.find((e) => e.node.id === target.id)?.node.ratingSummary.count).toBe(target.ratingSummary.count + 1);
  });

  it("shows a curator's status change at once, in lists and counts", async () => {
    const curator = await signedIn(app, 'CURATOR');
    const retiredBefore = (await anonymous({ filter: { statuses: ['RETIRED'] } })).instruments.totalCount;
    const target = (await anonymous({ filter: { statuses: ['AVAILABLE'] } })).instruments.edges[0].node;
    dataOf(
      await app.gql(
        'mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { status } }',
        { input: { id: target.id, status: 'RETIRED', note: 'Vervangen door een nieuwere versie' } },
        curator,
      ),
    );
    expect((await anonymous({ filter: { statuses: ['RETIRED'] } })).instruments.totalCount).toBe(retiredBefore + 1);
  });

  it('sees a write made outside the app (another process, psql, an import) at once', async () => {
    const target = (await anonymous()).instruments.edges[1].node;
    const other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
    try {
      await other.query(`UPDATE instruments SET title = 'Elders gewijzigde titel' WHERE id = $1`, [target.id]);
    } finally {
      await other.end();
    }
    expect((await anonymous()).instruments.edges[1].node.title).toBe('Elders gewijzigde titel');
  });

  it('does not move the version for a write that was rolled back', async () => {
    const version = async () => (await app.dataSource.query(`SELECT sum(version)::text AS v FROM cache_version`))[0].v;
    const before = await version();
    await app.dataSource
      .transaction(async (em) => {
        await em.query(`UPDATE instruments SET title = title`);
        throw new Error('rolled back');
      })
      .catch(() => undefined);
    expect(await version()).toBe(before);
    await app.dataSource.query(`UPDATE tags SET label_en = label_en`);
    expect(BigInt(await version())).toBeGreaterThan(BigInt(before));
  });

  it('shows imported practice reports and pilots at once; a dry run (rolled back) moves nothing', async () => {
    const READ = `{ practiceReports(first: 1) { totalCount } instrument(slug: "rubric-interdisciplinaire-samenwerking") { pilots { community } } }`;
    type Read = { practiceReports: { totalCount: number }; instrument: { pilots: { community: string }[] } };
    const read = async () => dataOf(await app.gql<Read>(READ));
    const version = async () => (await app.dataSource.query(`SELECT sum(version)::text AS v FROM cache_version`))[0].v;
    const curator = await signedIn(app, 'CURATOR');
    const importJson = (kind: string, rows: unknown[], query = '') =>
      fetch(`${baseUrl(app)}/api/import/${kind}${query}`, { method: 'POST', headers: { cookie: curator, 'content-type': 'application/json' }, body: JSON.stringify(rows) });
    const { instrumentId: _, ...report } = practiceReportInput('');
    const reports = [{ instrument: 'rubric-interdisciplinaire-samenwerking', ...report }];
    const pilots = [{ instrument: 'rubric-interdisciplinaire-samenwerking', community: 'Cache-community (fictief)', startsOn: '2026-02-01' }];
    const before = await read();
    const versionBefore = await version();

    expect((await importJson('practice-reports', reports, '?dryRun=true')).status).toBe(200);
    expect((await importJson('pilots', pilots, '?dryRun=true')).status).toBe(200);
    expect(await version()).toBe(versionBefore);

    expect((await importJson('practice-reports', reports)).status).toBe(200);
    expect((await importJson('pilots', pilots)).status).toBe(200);
    const after = await read();
    expect(after.practiceReports.totalCount).toBe(before.practiceReports.totalCount + 1);
    expect(after.instrument.pilots.map((p) => p.community)).toContain('Cache-community (fictief)');
  });

  it('shows a new or retired file edition at once; counting a download leaves the cache as it is', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const { slug } = await createInstrument(app, curator);
    const FILES = 'query ($slug: String!) { instrument(slug: $slug) { files { editions { id } } } }';
    const editions = async () =>
      dataOf(await app.gql<{ instrument: { files: { editions: { id: string }[] }[] } }>(FILES, { slug })).instrument.files.flatMap((f) => f.editions.map((e) => e.id));
    expect(await editions()).toEqual([]);
    const { editionId, downloadUrl } = await someEdition(app, curator, slug);
    expect(await editions()).toEqual([editionId]);
    const version = async () => (await app.dataSource.query(`SELECT sum(version)::text AS v FROM cache_version`))[0].v;
    const before = await version();
    expect((await fetch(app.url.replace(/\/graphql$/, downloadUrl))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Number((await app.dataSource.query('SELECT download_count FROM file_editions WHERE id = $1', [editionId]))[0].download_count)).toBe(1);
    expect(await version()).toBe(before);
    dataOf(await app.gql('mutation ($input: RetireFileEditionInput!) { retireFileEdition(input: $input) { id } }', { input: { id: editionId } }, curator));
    expect(await editions()).toEqual([]);
  });

  it('never answers a signed-in viewer from the cache', async () => {
    const [a, b] = await manyMembers(app, 2);
    const query = '{ instruments(first: 1) { edges { node { id myRating { score } } } } }';
    const id = dataOf(await app.gql<{ instruments: { edges: { node: { id: string } }[] } }>(query)).instruments.edges[0].node.id;
    dataOf(await app.gql('mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }', { input: { instrumentId: id, score: 2 } }, a.cookie));
    const seen = async (cookie?: string) =>
      dataOf(await app.gql<{ instruments: { edges: { node: { myRating: { score: number } | null } }[] } }>(query, {}, cookie)).instruments.edges[0].node.myRating;
    expect(await seen()).toBeNull();
    expect(await seen(a.cookie)).toEqual({ score: 2 });
    expect(await seen(b.cookie)).toBeNull();
    expect(await seen()).toBeNull();
  });

  it('keeps no answer with errors', async () => {
    const query = '{ instruments(first: 1) { edges { node { contactEmail } } } }';
    const first = await app.gql(query);
    expect(first.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    app.statements.reset();
    const again = await app.gql(query);
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(app.statements.count).toBeGreaterThan(1);
  });
});

describe('cache version triggers', () => {
  it('exist on every table, except those no anonymous answer reads', async () => {
    // A new table that an anonymous query can read needs the trigger (see migration CacheVersion);
    // add it here only when no anonymous answer depends on it.
    // title_words and instrument_title_words change only with instruments.search_title, whose write bumps the version;
    // search_words only with instruments, vocabulary terms and synonym words, whose writes bump it.
    // review_reports is read only for signed-in members and curators (Rating.reportedByMe, openReports).
    // pilot_members likewise (Pilot.invitedMe, members, feedback): a visitor's answer never reads it.
    // stored_files and stored_file_chunks: the bytes go over HTTP, never in a GraphQL answer (file_editions has what answers show).
    // follows, follow_settings and follow_digest_items: only a member's own answers read them (viewerFollow is null for visitors, without a query).
    const notCached = ['follows', 'follow_settings', 'follow_digest_items', 'cache_version', 'instrument_title_words', 'outbox_mails', 'review_reports', 'search_words', 'sessions', 'throttler_hits', 'title_words', 'typeorm_migrations', 'account_identities', 'account_tokens', 'oidc_sign_ins', 'pilot_members', 'stored_files', 'stored_file_chunks'];
    const rows: { table: string }[] = await app.dataSource.query(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r'
         AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'cache_version_bump')
       ORDER BY 1`,
    );
    expect(rows.map((r) => r.table).filter((t) => !notCached.includes(t))).toEqual([]);
  });
});
