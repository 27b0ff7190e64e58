import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { GraphQLSchema } from 'graphql';
import { attachToProposal, pdfLike, uploadEdition } from '../support/files.js';
import { createInstrument } from '../support/instrument-builder.js';
import { practiceReportInput, SUBMIT_PRACTICE_REPORT } from '../support/practice-report-builder.js';
import { submitProposal } from '../support/proposal-builder.js';
import { EXPECTED_CODES, loadPools, loadSchema, operationsOf, send, variablesOf, type FuzzPools } from '../support/fuzz.js';
import { manyMembers } from '../support/members.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Property-based fuzzing of every mutation's input, generated from schema.gql: realistic ids
 * and codes mixed with hostile strings, extreme numbers, nulls and wrong types, as an admin, a
 * member or a visitor. Never INTERNAL_SERVER_ERROR, never a crash; the invariants hold after.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
/** These start or end sessions: they run without the shared cookies. */
const OWN_SESSION = new Set(['signIn', 'register', 'signOut', 'signOutEverywhere', 'resetPassword']);
/** argon2 makes these slow on purpose; fewer runs. */
const SLOW = new Set(['signIn', 'register', 'changePassword', 'changeEmail', 'deleteMyAccount', 'resetPassword']);
const STATUS_CHANGES = new Set(['changeInstrumentStatus', 'retireInstrument']);

let app: TestApp;
let schema: GraphQLSchema;
let pools: FuzzPools;
let cookies: Record<'admin' | 'member' | 'visitor', string | undefined>;
const historyBefore = new Map<string, number>();
const successfulStatusChanges = new Map<string, number>();
const seenCodes = new Map<string, Set<string>>();

beforeAll(async () => {
  app = await startTestApp();
  schema = await loadSchema();
  const admin = await signedIn(app, 'ADMIN');
  const member = await signedIn(app, 'MEMBER');
  const raters = await manyMembers(app, 3);
  const [adminRow] = (await app.dataSource.query(`SELECT a.id FROM accounts a WHERE a.role = 'ADMIN' ORDER BY created_at DESC LIMIT 1`)) as { id: string }[];
  for (let i = 0; i < 4; i++) await submitProposal(app, member);
  const [instrument] = (await app.dataSource.query('SELECT id FROM instruments ORDER BY slug LIMIT 1')) as { id: string }[];
  for (const rater of raters) {
    await app.gql('mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }', { input: { instrumentId: instrument!.id, score: 4, review: 'Goed' } }, rater.cookie);
  }
  // A running pilot the fuzzer can update, invite to and give feedback on.
  const prototype = await createInstrument(app, admin);
  for (const status of ['IN_DESIGN', 'PROTOTYPE']) {
    await app.gql('mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { id } }', { input: { id: prototype.id, status } }, admin);
  }
  await app.gql('mutation ($input: RecordPilotInput!) { recordPilot(input: $input) { id } }', { input: { instrumentId: prototype.id, community: 'LC Fuzz (fictief)', startsOn: '2026-01-01', state: 'RUNNING' } }, admin);
  // Practice reports the fuzzer can edit, publish and decline.
  for (let i = 0; i < 3; i++) {
    dataOf(await app.gql(SUBMIT_PRACTICE_REPORT, { input: practiceReportInput(instrument!.id) }, member));
  }
  // Follows the fuzzer can end, by id or with the tokens of their mails.
  const followed = (await app.dataSource.query('SELECT id FROM instruments ORDER BY slug LIMIT 4')) as { id: string }[];
  for (const [index, { id }] of followed.entries()) {
    await app.gql('mutation ($input: FollowInput!) { follow(input: $input) { id } }', { input: { instrumentId: id } }, index % 2 ? member : admin);
  }
  // A starter kit the fuzzer can fill, reorder, publish and unpublish.
  await app.gql('mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }', { input: { title: 'Startpakket voor de fuzzer' } }, admin);
  // Files with editions and attachments the fuzzer can retire, restore, rename, move and remove.
  for (const title of ['Canvas (A3)', 'Handleiding']) {
    for (const versionLabel of ['v0.1', 'v0.2']) {
      const fileId = (await app.dataSource.query(`SELECT id FROM instrument_files WHERE title = $1`, [title]))[0]?.id;
      await uploadEdition(app, prototype.slug, fileId ? { fileId, versionLabel } : { title, versionLabel }, { name: 'canvas.pdf', bytes: pdfLike(200) }, admin);
    }
  }
  const [proposal] = (await app.dataSource.query(`SELECT id FROM proposals ORDER BY created_at LIMIT 1`)) as { id: string }[];
  for (let i = 0; i < 3; i++) await attachToProposal(app, proposal!.id, {}, { name: `bijlage-${i}.pdf`, bytes: pdfLike(200) }, member);
  // Never demote the fuzzing admin itself.
  pools = await loadPools(app, [adminRow!.id]);
  cookies = { admin, member, visitor: undefined };
  for (const row of (await app.dataSource.query('SELECT instrument_id AS id, count(*)::int AS n FROM instrument_status_changes GROUP BY 1')) as { id: string; n: number }[]) {
    historyBefore.set(row.id, row.n);
  }
}, 60_000);
afterAll(() => app?.close());

describe('fuzzing every mutation', () => {
  it('never answers INTERNAL_SERVER_ERROR nor crashes, for any input', async () => {
    const mutations = operationsOf(schema, 'mutation');
    expect(mutations.length).toBeGreaterThan(20);
    for (const mutation of mutations) {
      const inputType = mutation.args[0]?.type.toString().replace('!', '') ?? '';
      const role = OWN_SESSION.has(mutation.name) ? fc.constant('visitor' as const) : fc.constantFrom('admin' as const, 'admin' as const, 'member' as const, 'visitor' as const);
      await fc.assert(
        fc.asyncProperty(variablesOf(mutation, inputType, pools), role, async (variables, who) => {
          const result = await send(app.url, mutation.document, variables, cookies[who]);
          const codes = seenCodes.get(mutation.name) ?? new Set();
          for (const code of result.codes) codes.add(code);
          if (result.codes.length === 0) codes.add('OK');
          seenCodes.set(mutation.name, codes);
          if (result.codes.length === 0 && STATUS_CHANGES.has(mutation.name)) {
            const id = (variables.input as { id: string }).id;
            successfulStatusChanges.set(id, (successfulStatusChanges.get(id) ?? 0) + 1);
          }
          expect(result.status).toBeLessThan(500);
          const unexpected = result.codes.filter((code) => !EXPECTED_CODES.has(code));
          expect({ mutation: mutation.name, variables, unexpected }).toEqual({ mutation: mutation.name, variables, unexpected: [] });
        }),
        { numRuns: SLOW.has(mutation.name) ? Math.ceil(RUNS / 3) : RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261129) },
      );
    }
    const live = await fetch(app.url.replace(/\/graphql$/, '/health/ready'));
    expect(live.status).toBe(200);
    // The fuzzer got past validation into the real code paths for most mutations.
    const reachedOk = [...seenCodes].filter(([, codes]) => codes.has('OK')).map(([name]) => name);
    console.log(`fuzzed ${mutations.length} mutations × ${RUNS} runs; succeeded at least once: ${reachedOk.length} (${reachedOk.join(', ')})`);
    expect(reachedOk.length).toBeGreaterThan(mutations.length / 2);
  }, 240_000);

  it('keeps the invariants: one rating per member and instrument, summaries equal to the ratings, a history row for every status change', async () => {
    const duplicates = await app.dataSource.query(
      'SELECT account_id, instrument_id, count(*) FROM ratings GROUP BY 1, 2 HAVING count(*) > 1',
    );
    expect(duplicates).toEqual([]);

    const wrongSummaries = await app.dataSource.query(`
      SELECT i.id FROM instruments i
      LEFT JOIN rating_summaries s ON s.instrument_id = i.id
      LEFT JOIN (
        SELECT instrument_id, count(*)::int AS n, sum(score)::int AS total,
               count(*) FILTER (WHERE score = 1)::int AS c1, count(*) FILTER (WHERE score = 2)::int AS c2,
               count(*) FILTER (WHERE score = 3)::int AS c3, count(*) FILTER (WHERE score = 4)::int AS c4,
               count(*) FILTER (WHERE score = 5)::int AS c5
        FROM ratings GROUP BY instrument_id
      ) r ON r.instrument_id = i.id
      WHERE coalesce(s.rating_count, 0) <> coalesce(r.n, 0) OR coalesce(s.rating_sum, 0) <> coalesce(r.total, 0)
         OR coalesce(s.count_1, 0) <> coalesce(r.c1, 0) OR coalesce(s.count_2, 0) <> coalesce(r.c2, 0)
         OR coalesce(s.count_3, 0) <> coalesce(r.c3, 0) OR coalesce(s.count_4, 0) <> coalesce(r.c4, 0)
         OR coalesce(s.count_5, 0) <> coalesce(r.c5, 0)
         OR (r.n > 0 AND abs(s.mean - r.total::float / r.n) > 1e-9)`);
    expect(wrongSummaries).toEqual([]);

    // The history is a chain from creation to the current status, with no gap.
    const brokenHistory = await app.dataSource.query(`
      WITH h AS (
        SELECT instrument_id, from_status, to_status,
               lag(to_status) OVER (PARTITION BY instrument_id ORDER BY changed_at, id) AS previous,
               row_number() OVER (PARTITION BY instrument_id ORDER BY changed_at DESC, id DESC) AS newest
        FROM instrument_status_changes)
      SELECT i.id, 'no history' AS problem FROM instruments i WHERE NOT EXISTS (SELECT 1 FROM h WHERE h.instrument_id = i.id)
      UNION ALL SELECT instrument_id, 'chain broken' FROM h WHERE from_status IS DISTINCT FROM previous
      UNION ALL SELECT i.id, 'latest is not the status' FROM instruments i JOIN h ON h.instrument_id = i.id AND h.newest = 1 WHERE h.to_status <> i.status`);
    expect(brokenHistory).toEqual([]);

    // Every status change the API accepted added exactly one history row.
    const after = new Map(
      ((await app.dataSource.query('SELECT instrument_id AS id, count(*)::int AS n FROM instrument_status_changes GROUP BY 1')) as { id: string; n: number }[]).map(
        (r) => [r.id, r.n],
      ),
    );
    for (const [id, changes] of successfulStatusChanges) {
      expect({ id, rows: after.get(id)! - (historyBefore.get(id) ?? 0) }).toEqual({ id, rows: changes });
    }
    console.log(`status changes accepted during fuzzing: ${[...successfulStatusChanges.values()].reduce((a, b) => a + b, 0)}`);
  });

  it('keeps the evidence level equal to the latest assessment, and "afgeleid van" without cycles', async () => {
    const outOfSync = await app.dataSource.query(`
      SELECT i.id FROM instruments i
      LEFT JOIN LATERAL (SELECT level FROM evidence_assessments a WHERE a.instrument_id = i.id ORDER BY assessed_at DESC, id DESC LIMIT 1) latest ON true
      WHERE coalesce(latest.level, 'NOT_ASSESSED') <> i.evidence_level`);
    expect(outOfSync).toEqual([]);
    const cycles = await app.dataSource.query(`
      WITH RECURSIVE up(start, id, depth) AS (
        SELECT id, derived_from_id, 1 FROM instruments WHERE derived_from_id IS NOT NULL
        UNION ALL SELECT up.start, i.derived_from_id, up.depth + 1 FROM up JOIN instruments i ON i.id = up.id
        WHERE i.derived_from_id IS NOT NULL AND up.id <> up.start AND up.depth < 1000)
      SELECT DISTINCT start FROM up WHERE id = start`);
    expect(cycles).toEqual([]);
  });
});
