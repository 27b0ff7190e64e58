import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MIGRATED_ASSESSMENT_REASON } from '#domain';
import { EvidenceAssessments1796090000000 } from '../../migrations/1796090000000-EvidenceAssessments.js';
import { EvidenceSourceLinks1796100000000 } from '../../migrations/1796100000000-EvidenceSourceLinks.js';
import { createInstrument } from '../support/instrument-builder.js';
import { csvFile, row, upload } from '../support/exchange.js';
import { act, submitProposal } from '../support/proposal-builder.js';
import { decidePracticeReport, submitPracticeReport } from '../support/practice-report-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;
let member: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  member = await signedIn(app, 'MEMBER');
});
afterAll(() => app?.close());

const ASSESS = `mutation ($input: AssessEvidenceInput!) {
  assessEvidence(input: $input) { id evidenceLevel evidenceAssessments { level reason assessedBy } }
}`;
const EVIDENCE = `query ($slug: String!) { instrument(slug: $slug) {
  evidenceLevel
  evidenceAssessments { id level reason assessedBy assessedAt sources { kind url label practiceReportId pilotId } }
  revisions { action changes { field oldValue newValue } }
} }`;
const UPDATE = `mutation ($input: UpdateInstrumentInput!) { updateInstrument(input: $input) { id version } }`;
const LINEAGE = `query ($slug: String!) { instrument(slug: $slug) {
  derivedFrom { id slug } derivatives { id slug }
} }`;

interface Assessment {
  id: string;
  level: string;
  reason: string;
  assessedBy: string | null;
  assessedAt: string;
  sources: { kind: string; url: string | null; label: string | null; practiceReportId: string | null; pilotId: string | null }[];
}
interface Evidence {
  evidenceLevel: string;
  evidenceAssessments: Assessment[];
  revisions: { action: string; changes: { field: string; oldValue: string | null; newValue: string | null }[] }[];
}

const assess = (input: Record<string, unknown>, cookie = curator) => app.gql(ASSESS, { input }, cookie);
// Signed in as a curator: revisions are theirs to see.
const evidenceOf = async (slug: string) => dataOf(await app.gql<{ instrument: Evidence }>(EVIDENCE, { slug }, curator)).instrument;
const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
const fieldsOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.fields;

describe('assessEvidence', () => {
  it('is for curators: a visitor must sign in and a member may not', async () => {
    const { id } = await createInstrument(app, curator);
    const input = { instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Goed beschreven.' };
    expect(codeOf(await assess(input, ''))).toBe('UNAUTHENTICATED');
    expect(codeOf(await assess(input, member))).toBe('FORBIDDEN');
    expect(dataOf(await assess(input)).assessEvidence).toMatchObject({ evidenceLevel: 'DESCRIBED' });
  });

  it('requires a reason, not only spaces', async () => {
    const { id, slug } = await createInstrument(app, curator);
    for (const reason of ['', '    ']) {
      const answer = await assess({ instrumentId: id, evidenceLevel: 'SUBSTANTIATED', reason });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(answer)).toEqual(['reason']);
    }
    expect(codeOf(await app.gql(ASSESS, { input: { instrumentId: id, evidenceLevel: 'SUBSTANTIATED' } }, curator))).toBe('BAD_USER_INPUT');
    expect(await evidenceOf(slug)).toMatchObject({ evidenceLevel: 'NOT_ASSESSED', evidenceAssessments: [] });
  });

  it('checks each source against its kind', async () => {
    const { id, slug } = await createInstrument(app, curator);
    const uuid = '7f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6';
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'LINK', label: 'Evaluatie' }, 'sources.0.url'],
      [{ kind: 'LINK', url: 'https://example.org/evaluatie' }, 'sources.0.label'],
      [{ kind: 'PILOT', pilotId: uuid, url: 'https://example.org/x' }, 'sources.0.url'],
      [{ kind: 'PRACTICE_REPORT' }, 'sources.0.practiceReportId'],
      [{ kind: 'PRACTICE_REPORT', practiceReportId: uuid, pilotId: uuid }, 'sources.0.pilotId'],
    ];
    for (const [source, field] of cases) {
      const answer = await assess({ instrumentId: id, evidenceLevel: 'FIRST_INDICATIONS', reason: 'Eerste aanwijzingen.', sources: [source] });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(answer)).toEqual([field]);
    }
    // The validation pipe: no web address, no id, too many sources.
    for (const sources of [
      [{ kind: 'LINK', label: 'Evaluatie', url: 'javascript:alert(1)' }],
      [{ kind: 'PILOT', pilotId: 'geen-id' }],
      Array.from({ length: 11 }, (_, n) => ({ kind: 'LINK', label: `Bron ${n}`, url: `https://example.org/${n}` })),
    ]) {
      expect(codeOf(await assess({ instrumentId: id, evidenceLevel: 'FIRST_INDICATIONS', reason: 'Eerste aanwijzingen.', sources }))).toBe('BAD_USER_INPUT');
    }
    expect((await evidenceOf(slug)).evidenceAssessments).toEqual([]);

    dataOf(
      await assess({
        instrumentId: id,
        evidenceLevel: 'FIRST_INDICATIONS',
        reason: 'Eerste aanwijzingen uit een evaluatie.',
        sources: [{ kind: 'LINK', label: 'Evaluatie 2026', url: 'https://example.org/evaluatie' }],
      }),
    );
    // Reports and pilots as sources: "sources that cite a practice report or a pilot" below.
    expect((await evidenceOf(slug)).evidenceAssessments[0]!.sources).toEqual([
      { kind: 'LINK', label: 'Evaluatie 2026', url: 'https://example.org/evaluatie', practiceReportId: null, pilotId: null },
    ]);
  });

  it('keeps every assessment, newest first; the latest is the level, and a changed level gets a revision', async () => {
    const { id, slug } = await createInstrument(app, curator);
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Eerst: goed beschreven.' }));
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'GOOD_INDICATIONS', reason: 'Daarna: een effectstudie.' }));
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'GOOD_INDICATIONS', reason: 'Herbeoordeeld: niveau blijft.' }));
    const evidence = await evidenceOf(slug);
    expect(evidence.evidenceLevel).toBe('GOOD_INDICATIONS');
    expect(evidence.evidenceAssessments.map((a) => [a.level, a.reason, a.assessedBy])).toEqual([
      ['GOOD_INDICATIONS', 'Herbeoordeeld: niveau blijft.', 'Test CURATOR'],
      ['GOOD_INDICATIONS', 'Daarna: een effectstudie.', 'Test CURATOR'],
      ['DESCRIBED', 'Eerst: goed beschreven.', 'Test CURATOR'],
    ]);
    expect(evidence.revisions.filter((r) => r.action === 'EVIDENCE').map((r) => r.changes)).toEqual([
      [{ field: 'evidenceLevel', oldValue: 'DESCRIBED', newValue: 'GOOD_INDICATIONS' }],
      [{ field: 'evidenceLevel', oldValue: 'NOT_ASSESSED', newValue: 'DESCRIBED' }],
    ]);
    // The catalogue's filter reads the synced column.
    const filtered = dataOf(
      await app.gql<{ instruments: { edges: { node: { id: string } }[] } }>(
        'query ($filter: InstrumentFilter) { instruments(filter: $filter, first: 100) { edges { node { id } } } }',
        { filter: { evidenceLevels: ['GOOD_INDICATIONS'] } },
      ),
    );
    expect(filtered.instruments.edges.map((e) => e.node.id)).toContain(id);
  });

  it('answers NOT_FOUND for an unknown instrument', async () => {
    const answer = await assess({ instrumentId: '00000000-0000-4000-8000-000000000000', evidenceLevel: 'DESCRIBED', reason: 'Reden.' });
    expect(codeOf(answer)).toBe('NOT_FOUND');
  });

  it('a new instrument with a level needs a reason, which becomes its first assessment', async () => {
    const without = await app.gql(
      'mutation ($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }',
      { input: { title: 'Zonder reden', summary: 'Samenvatting.', phases: ['DEVELOP'], type: 'CANVAS', origin: 'NETWORK', evidenceLevel: 'DESCRIBED' } },
      curator,
    );
    expect(codeOf(without)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(without)).toEqual(['evidenceReason']);
    const { slug } = await createInstrument(app, curator, { evidenceLevel: 'DESCRIBED', evidenceReason: 'Beschreven bij de inventarisatie.' });
    expect((await evidenceOf(slug)).evidenceAssessments.map((a) => [a.level, a.reason])).toEqual([['DESCRIBED', 'Beschreven bij de inventarisatie.']]);
  });
});

describe('import', () => {
  it('assesses a new or changed level with reason "Import", by the importing curator', async () => {
    const slug = `import-evidence-${Date.now()}`;
    const first = await upload(app, csvFile([row(slug, { onderbouwing: 'DESCRIBED' })]), { cookie: curator });
    expect(first.status).toBe(200);
    const changed = await upload(app, csvFile([row(slug, { onderbouwing: 'SUBSTANTIATED' })]), { cookie: curator });
    expect(changed.status).toBe(200);
    const unchanged = await upload(app, csvFile([row(slug, { onderbouwing: 'SUBSTANTIATED' })]), { cookie: curator });
    expect(unchanged.status).toBe(200);
    const evidence = await evidenceOf(slug);
    expect(evidence.evidenceLevel).toBe('SUBSTANTIATED');
    expect(evidence.evidenceAssessments.map((a) => [a.level, a.reason, a.assessedBy])).toEqual([
      ['SUBSTANTIATED', 'Import', 'Test CURATOR'],
      ['DESCRIBED', 'Import', 'Test CURATOR'],
    ]);
  });
});

describe('evidence tables', () => {
  it('are append-only, and a source has exactly the column of its kind', async () => {
    const { id } = await createInstrument(app, curator);
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Reden.', sources: [{ kind: 'LINK', label: 'Bron', url: 'https://example.org/b' }] }));
    await expect(app.dataSource.query('UPDATE evidence_assessments SET reason = $1 WHERE instrument_id = $2', ['x', id])).rejects.toThrow(/append-only/);
    await expect(app.dataSource.query('DELETE FROM evidence_assessment_sources')).rejects.toThrow(/append-only/);
    const [{ assessment }] = await app.dataSource.query('SELECT id AS assessment FROM evidence_assessments WHERE instrument_id = $1', [id]);
    // A cited report or pilot always has its label (what stays when it is deleted); its key may be gone.
    for (const [kind, url, label] of [
      ['LINK', null, 'x'],
      ['PILOT', 'https://example.org/x', 'x'],
      ['PRACTICE_REPORT', null, null],
      ['PILOT', null, null],
    ]) {
      await expect(
        app.dataSource.query(`INSERT INTO evidence_assessment_sources (assessment_id, position, kind, url, label) VALUES ($1, 9, $2, $3, $4)`, [
          assessment,
          kind,
          url,
          label,
        ]),
      ).rejects.toThrow(/evidence_assessment_sources_kind_columns/);
    }
  });
});

describe('migration EvidenceAssessments', () => {
  it('turns every level already in the catalogue into a first assessment, dated by its last change, by nobody', async () => {
    const old = await createInstrument(app, curator);
    const fresh = await createInstrument(app, curator);
    const runner = app.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const migration = new EvidenceAssessments1796090000000();
      await migration.down(runner);
      await runner.query(`UPDATE instruments SET evidence_level = 'SUBSTANTIATED' WHERE id = $1`, [old.id]);
      await runner.query(
        `INSERT INTO instrument_revisions (instrument_id, changed_by_name, action, changes, changed_at)
         VALUES ($1, 'Iemand', 'EVIDENCE', '[]', '2026-03-04T10:00:00Z')`,
        [old.id],
      );
      // The cache-version triggers are deferred; ALTER TABLE refuses to run with their events pending.
      await runner.query('SET CONSTRAINTS ALL IMMEDIATE');
      await migration.up(runner);
      const rows: { instrument_id: string; level: string; reason: string; assessed_by_name: string | null; assessed_at: Date }[] =
        await runner.query('SELECT instrument_id, level, reason, assessed_by_name, assessed_at FROM evidence_assessments WHERE instrument_id = ANY($1)', [
          [old.id, fresh.id],
        ]);
      expect(rows).toEqual([
        { instrument_id: old.id, level: 'SUBSTANTIATED', reason: MIGRATED_ASSESSMENT_REASON, assessed_by_name: null, assessed_at: new Date('2026-03-04T10:00:00Z') },
      ]);
    } finally {
      // Nothing of this stays: the other tests go on with the database as migrated.
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('afgeleid van (derivedFrom)', () => {
  const lineageOf = async (slug: string) =>
    dataOf(await app.gql<{ instrument: { derivedFrom: { id: string } | null; derivatives: { id: string }[] } }>(LINEAGE, { slug })).instrument;
  const setDerivedFrom = (instrument: { id: string; version: number }, derivedFromId: string | null) =>
    app.gql<{ updateInstrument: { id: string; version: number } }>(UPDATE, { input: { id: instrument.id, version: instrument.version, derivedFromId } }, curator);

  it('is set in the editor, shows both ways, and is cleared with null', async () => {
    const origin = await createInstrument(app, curator);
    const first = await createInstrument(app, curator, { derivedFromId: origin.id });
    const second = await createInstrument(app, curator);
    const updated = dataOf(await setDerivedFrom(second, origin.id.toUpperCase())).updateInstrument;
    expect(updated.version).toBe(second.version + 1);
    expect((await lineageOf(first.slug)).derivedFrom).toEqual({ id: origin.id, slug: origin.slug });
    expect((await lineageOf(origin.slug)).derivatives.map((d) => d.id).sort()).toEqual([first.id, second.id].sort());
    const { revisions } = await evidenceOf(second.slug);
    expect(revisions[0]!.changes).toEqual([{ field: 'derivedFrom', oldValue: null, newValue: expect.any(String) }]);

    dataOf(await setDerivedFrom(updated, null));
    expect((await lineageOf(second.slug)).derivedFrom).toBeNull();
    expect((await lineageOf(origin.slug)).derivatives.map((d) => d.id)).toEqual([first.id]);
  });

  it('refuses itself, an unknown instrument and a cycle', async () => {
    const a = await createInstrument(app, curator);
    const b = await createInstrument(app, curator, { derivedFromId: a.id });
    const c = await createInstrument(app, curator, { derivedFromId: b.id });
    for (const [target, message] of [
      [a.id, /itself/],
      ['00000000-0000-4000-8000-000000000000', /no instrument/],
      [c.id, /adapted from this one/],
      [b.id, /adapted from this one/],
    ] as const) {
      const answer = await setDerivedFrom(a, target);
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(answer)).toEqual(['derivedFromId']);
      expect(answer.errors?.[0]?.message).toMatch(message);
    }
    expect((await lineageOf(a.slug)).derivedFrom).toBeNull();
    // The database refuses itself too.
    await expect(app.dataSource.query('UPDATE instruments SET derived_from_id = id WHERE id = $1', [a.id])).rejects.toThrow(/derived_from_not_self/);
  });

  it('two curators closing a cycle at the same moment: one of them is refused', async () => {
    const a = await createInstrument(app, curator);
    const b = await createInstrument(app, curator);
    const answers = await Promise.all([setDerivedFrom(a, b.id), setDerivedFrom(b, a.id)]);
    expect(answers.map(codeOf).sort()).toEqual(['BAD_USER_INPUT', undefined].sort());
    const [{ n }] = await app.dataSource.query('SELECT count(*)::int AS n FROM instruments WHERE id = ANY($1) AND derived_from_id IS NOT NULL', [[a.id, b.id]]);
    expect(n).toBe(1);
  });

  it('can be set when a curator accepts a proposal, in the same transaction', async () => {
    const origin = await createInstrument(app, curator);
    const id = await submitProposal(app, member);
    dataOf(await act(app, 'startReview', curator, { id }));
    const refused = await act(app, 'acceptProposal', curator, { id, status: 'IDEA', derivedFromId: '00000000-0000-4000-8000-000000000000' });
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    dataOf(await act(app, 'acceptProposal', curator, { id, status: 'IDEA', derivedFromId: origin.id }));
    const { proposal } = dataOf(await app.gql<{ proposal: { instrument: { derivedFrom: { id: string } | null } } }>(
      'query ($id: String!) { proposal(id: $id) { instrument { derivedFrom { id } } } }',
      { id },
      curator,
    ));
    expect(proposal.instrument.derivedFrom).toEqual({ id: origin.id });
  });
});

describe('loaders', () => {
  it('read assessments and lineage of a page of instruments in a fixed number of statements', async () => {
    const query = '{ instruments(first: 20) { edges { node { id evidenceAssessments { level sources { kind } } derivedFrom { id } derivatives { id } } } } }';
    const statementsFor = async () => {
      app.statements.reset();
      // Signed in, so that the anonymous read cache does not answer.
      dataOf(await app.gql(query, {}, member));
      return app.statements.count;
    };
    const before = await statementsFor();
    for (let n = 0; n < 3; n++) {
      const { id } = await createInstrument(app, curator);
      dataOf(await assess({ instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Reden.' }));
    }
    expect(await statementsFor()).toBe(before);
  });
});

describe('sources that cite a practice report or a pilot', () => {
  const RECORD_PILOT = `mutation ($input: RecordPilotInput!) { recordPilot(input: $input) { id } }`;

  async function piloted(): Promise<{ id: string; slug: string; pilotId: string }> {
    const instrument = await createInstrument(app, curator);
    await app.dataSource.query(`UPDATE instruments SET status = 'PROTOTYPE' WHERE id = $1`, [instrument.id]);
    const input = { instrumentId: instrument.id, community: 'LC Bron (fictief)', startsOn: '2026-03-02', state: 'FINISHED', endsOn: '2026-06-30' };
    const pilotId = dataOf(await app.gql<{ recordPilot: { id: string } }>(RECORD_PILOT, { input }, curator)).recordPilot.id;
    return { ...instrument, pilotId };
  }
  async function publishedReport(author: string, instrumentId: string, overrides: Record<string, unknown> = {}): Promise<string> {
    const id = await submitPracticeReport(app, author, instrumentId, overrides);
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', curator, { id }));
    return id;
  }

  it('cites a published report and a pilot of the same instrument, each with its community and period as label', async () => {
    const { id, slug, pilotId } = await piloted();
    const reportId = await publishedReport(member, id, { communityName: 'LC Citaat (fictief)', periodFrom: '2025-09', periodTo: '2026-01' });
    const sources = [
      { kind: 'PRACTICE_REPORT', practiceReportId: reportId },
      { kind: 'PILOT', pilotId: pilotId.toUpperCase() },
    ];
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'FIRST_INDICATIONS', reason: 'Praktijk en pilot wijzen dezelfde kant op.', sources }));
    expect((await evidenceOf(slug)).evidenceAssessments[0]!.sources).toEqual([
      { kind: 'PRACTICE_REPORT', url: null, label: 'LC Citaat (fictief), 2025-09 – 2026-01', practiceReportId: reportId, pilotId: null },
      { kind: 'PILOT', url: null, label: 'LC Bron (fictief), 2026-03-02', practiceReportId: null, pilotId },
    ]);
  });

  it('refuses a report that is not published or is about another instrument, a pilot of another instrument, and ids that name nothing', async () => {
    const { id, slug } = await piloted();
    const other = await piloted();
    const submitted = await submitPracticeReport(app, member, id);
    const elsewhere = await publishedReport(member, other.id);
    const nothing = '7f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6';
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'PRACTICE_REPORT', practiceReportId: submitted }, 'sources.1.practiceReportId'],
      [{ kind: 'PRACTICE_REPORT', practiceReportId: elsewhere }, 'sources.1.practiceReportId'],
      [{ kind: 'PRACTICE_REPORT', practiceReportId: nothing }, 'sources.1.practiceReportId'],
      [{ kind: 'PILOT', pilotId: other.pilotId }, 'sources.1.pilotId'],
      [{ kind: 'PILOT', pilotId: nothing }, 'sources.1.pilotId'],
    ];
    for (const [source, field] of cases) {
      const answer = await assess({
        instrumentId: id,
        evidenceLevel: 'DESCRIBED',
        reason: 'Reden.',
        sources: [{ kind: 'LINK', label: 'Bron', url: 'https://example.org/bron' }, source],
      });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(answer)).toEqual([field]);
    }
    // Nothing was written, not even the link.
    expect((await evidenceOf(slug)).evidenceAssessments).toEqual([]);
  });

  it('keeps the citation with its label when the report goes with its deleted author, or the pilot is deleted', async () => {
    const { id, slug, pilotId } = await piloted();
    const email = `bron-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const author = await signedIn(app, 'MEMBER', email);
    const reportId = await publishedReport(author, id, { communityName: 'LC Vertrokken (fictief)', periodFrom: '2025-01', periodTo: null });
    const sources = [
      { kind: 'PRACTICE_REPORT', practiceReportId: reportId },
      { kind: 'PILOT', pilotId },
    ];
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Beschreven en beproefd.', sources }));

    // deleteMyAccount deletes the author's reports (foreign key); the assessment keeps what it cited.
    dataOf(await app.gql('mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) }', { input: { password: 'correct horse battery' } }, author));
    await app.dataSource.query('DELETE FROM pilots WHERE id = $1', [pilotId]);
    const [assessment] = (await evidenceOf(slug)).evidenceAssessments;
    expect(assessment).toMatchObject({ reason: 'Beschreven en beproefd.' });
    expect(assessment!.sources).toEqual([
      { kind: 'PRACTICE_REPORT', url: null, label: 'LC Vertrokken (fictief), 2025-01', practiceReportId: null, pilotId: null },
      { kind: 'PILOT', url: null, label: 'LC Bron (fictief), 2026-03-02', practiceReportId: null, pilotId: null },
    ]);
    // Only that: a source stays append-only otherwise.
    await expect(
      app.dataSource.query(`UPDATE evidence_assessment_sources SET label = 'anders' WHERE kind = 'PILOT' AND label = 'LC Bron (fictief), 2026-03-02'`),
    ).rejects.toThrow(/append-only/);
  });

  it('migration EvidenceSourceLinks labels what was cited before it, and lets go of ids that name nothing', async () => {
    const { id, pilotId } = await piloted();
    const reportId = await publishedReport(member, id, { communityName: 'LC Van Voor (fictief)', periodFrom: '2024-02', periodTo: '2024-06' });
    dataOf(await assess({ instrumentId: id, evidenceLevel: 'DESCRIBED', reason: 'Voor de sleutels.' }));
    const runner = app.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      const migration = new EvidenceSourceLinks1796100000000();
      await migration.down(runner);
      const [{ assessment }] = await runner.query('SELECT id AS assessment FROM evidence_assessments WHERE instrument_id = $1', [id]);
      await runner.query(
        `INSERT INTO evidence_assessment_sources (assessment_id, position, kind, practice_report_id, pilot_id) VALUES
           ($1, 1, 'PRACTICE_REPORT', $2, NULL), ($1, 2, 'PILOT', NULL, $3), ($1, 3, 'PILOT', NULL, '7f1c2a9e-3b4d-4c5e-8f60-718293a4b5c6')`,
        [assessment, reportId, pilotId],
      );
      await runner.query('SET CONSTRAINTS ALL IMMEDIATE');
      await migration.up(runner);
      expect(
        await runner.query('SELECT kind, label, practice_report_id, pilot_id FROM evidence_assessment_sources WHERE assessment_id = $1 ORDER BY position', [assessment]),
      ).toEqual([
        { kind: 'PRACTICE_REPORT', label: 'LC Van Voor (fictief), 2024-02 – 2024-06', practice_report_id: reportId, pilot_id: null },
        { kind: 'PILOT', label: 'LC Bron (fictief), 2026-03-02', practice_report_id: null, pilot_id: pilotId },
        { kind: 'PILOT', label: '(verwijderd)', practice_report_id: null, pilot_id: null },
      ]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
