import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CREATE_INSTRUMENT, createInstrument, instrumentInput } from '../support/instrument-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;
let admin: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  admin = await signedIn(app, 'ADMIN');
});
afterAll(() => app?.close());

const UPDATE = `mutation ($input: UpdateInstrumentInput!) {
  updateInstrument(input: $input) { id version title phases { code } links { label url } }
}`;
const STATUS = `mutation ($input: ChangeInstrumentStatusInput!) {
  changeInstrumentStatus(input: $input) { status version statusHistory { from to note changedBy } }
}`;
const DETAILS = `query ($slug: String!) { instrument(slug: $slug) {
  title status evidenceLevel version phases { code } tags { code } links { label url }
  statusHistory { from to note changedBy }
  revisions { action changedBy changes { field oldValue newValue } }
} }`;

async function count(table: string): Promise<number> {
  const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

/** Whether an instrument's stored search document is what its row and term sets make now, and names the phase Evalueren. */
async function searchDocument(slug: string): Promise<{ whole: boolean; evaluate: boolean }> {
  const [row] = await app.dataSource.query(
    `SELECT i.search_vector = instrument_search_vector(i) AS whole, i.search_vector::text LIKE '%evalu%' AS evaluate FROM instruments i WHERE slug = $1`,
    [slug],
  );
  return row;
}

describe('createInstrument', () => {
  it('creates an instrument with its terms, links, first status and a CREATE revision', async () => {
    const created = await createInstrument(app, curator, {
      title: 'Ideeën-canvas voor de start',
      phases: ['DEVELOP', 'EVALUATE'],
      tags: ['pps'],
      status: 'AVAILABLE',
      origin: 'EXISTING',
    });
    expect(created).toMatchObject({ slug: 'ideeen-canvas-voor-de-start', status: 'AVAILABLE', version: 1 });
    const { instrument } = dataOf(await app.gql<{ instrument: Record<string, unknown> }>(DETAILS, { slug: created.slug }, curator));
    expect(instrument).toMatchObject({
      phases: [{ code: 'DEVELOP' }, { code: 'EVALUATE' }],
      tags: [{ code: 'pps' }],
      links: [{ label: 'Voorbeeld', url: 'https://example.org/test' }],
      statusHistory: [{ from: null, to: 'AVAILABLE', note: null, changedBy: 'Test CURATOR' }],
    });
    expect(instrument.revisions).toEqual([expect.objectContaining({ action: 'CREATE', changedBy: 'Test CURATOR' })]);
    // Searchable at once.
    const found = await app.gql<{ instruments: { totalCount: number } }>(
      '{ instruments(search: "ideeen canvas") { totalCount } }',
    );
    expect(dataOf(found).instruments.totalCount).toBeGreaterThan(0);
    // The search document holds the term sets written after the instrument's row.
    expect(await searchDocument(created.slug)).toEqual({ whole: true, evaluate: true });
  });

  it.each([
    [{ title: 'ab' }, 'title'],
    [{ title: '      ' }, 'title'],
    [{ title: '  ab  ' }, 'title'],
    [{ summary: 'kort' }, 'summary'],
    [{ phases: [] }, 'phases'],
    [{ phases: ['GEEN_FASE'] }, 'phases'],
    [{ type: 'GEEN_SOORT' }, 'type'],
    [{ tags: ['geen-tag'] }, 'tags'],
    [{ status: 'PILOTING' }, 'status'],
    [{ slug: 'Geen Slug!' }, 'slug'],
    [{ contactEmail: 'geen-adres' }, 'contactEmail'],
    [{ links: [{ label: 'x', url: 'javascript:alert(1)' }] }, 'links.0.url'],
    [{ language: 'fr' }, 'language'],
    [{ title: undefined }, 'title'],
  ])('refuses %j with BAD_USER_INPUT naming %s, and writes nothing', async (override, field) => {
    const before = await count('instruments');
    const response = await app.gql(CREATE_INSTRUMENT, { input: instrumentInput(override) }, curator);
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].extensions?.fields).toContain(field);
    expect(await count('instruments')).toBe(before);
  });

  it('refuses a slug in use with CONFLICT and leaves nothing half-written', async () => {
    const before = await Promise.all(['instruments', 'instrument_status_changes', 'instrument_revisions', 'instrument_links'].map(count));
    const response = await app.gql(CREATE_INSTRUMENT, { input: instrumentInput({ slug: 'rubric-interdisciplinaire-samenwerking' }) }, curator);
    expect(response.errors?.[0].extensions?.code).toBe('CONFLICT');
    const after = await Promise.all(['instruments', 'instrument_status_changes', 'instrument_revisions', 'instrument_links'].map(count));
    expect(after).toEqual(before);
  });
});

describe('updateInstrument', () => {
  it('changes only what is given, bumps the version and records old and new values', async () => {
    const created = await createInstrument(app, curator);
    const updated = dataOf(
      await app.gql<{ updateInstrument: { version: number; title: string; phases: { code: string }[] } }>(
        UPDATE,
        { input: { id: created.id, version: 1, title: 'Een betere titel', phases: ['EVALUATE', 'DEVELOP'] } },
        curator,
      ),
    ).updateInstrument;
    expect(updated).toMatchObject({ version: 2, title: 'Een betere titel', phases: [{ code: 'DEVELOP' }, { code: 'EVALUATE' }] });
    expect(await searchDocument(created.slug)).toEqual({ whole: true, evaluate: true });
    const { instrument } = dataOf(
      await app.gql<{ instrument: { revisions: { action: string; changes: unknown[] }[] } }>(DETAILS, { slug: created.slug }, curator),
    );
    expect(instrument.revisions[0]).toMatchObject({
      action: 'UPDATE',
      changes: [
        { field: 'title', oldValue: created.slug.replace('testinstrument-', 'Testinstrument '), newValue: 'Een betere titel' },
        { field: 'phases', oldValue: 'DEVELOP', newValue: 'EVALUATE, DEVELOP' },
      ],
    });
  });

  it('gives CONFLICT with the current version for a stale version, and writes nothing', async () => {
    const created = await createInstrument(app, curator);
    await app.gql(UPDATE, { input: { id: created.id, version: 1, summary: 'Eerste wijziging van de samenvatting.' } }, curator);
    const stale = await app.gql(UPDATE, { input: { id: created.id, version: 1, title: 'Overschreven?' } }, curator);
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { instrument } = dataOf(await app.gql<{ instrument: { title: string; version: number } }>(DETAILS, { slug: created.slug }, curator));
    expect(instrument.title).not.toBe('Overschreven?');
    expect(instrument.version).toBe(2);
  });

  it('lets exactly one of two simultaneous updates of the same version through', async () => {
    const created = await createInstrument(app, curator);
    const results = await Promise.all(
      ['Titel van curator A', 'Titel van curator B'].map((title) =>
        app.gql(UPDATE, { input: { id: created.id, version: 1, title } }, curator),
      ),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const [{ revisions }] = await app.dataSource.query(
      `SELECT count(*)::int AS revisions FROM instrument_revisions WHERE instrument_id = $1 AND action = 'UPDATE'`,
      [created.id],
    );
    expect(revisions).toBe(1);
  });

  it('says NOT_FOUND for an unknown instrument', async () => {
    const response = await app.gql(UPDATE, { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, title: 'Niets' } }, curator);
    expect(response.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('status and evidence', () => {
  it('follows the lifecycle and appends history in the same transaction', async () => {
    const { id, slug } = await createInstrument(app, curator);
    for (const status of ['IN_DESIGN', 'PROTOTYPE', 'PILOTING']) {
      dataOf(await app.gql(STATUS, { input: { id, status } }, curator));
    }
    const skip = await app.gql(STATUS, { input: { id, status: 'IDEA', note: 'terug naar af' } }, curator);
    expect(skip.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(skip.errors?.[0].message).toMatch(/PROTOTYPE, AVAILABLE, RETIRED/);
    const back = await app.gql(STATUS, { input: { id, status: 'PROTOTYPE' } }, curator);
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['note'] });
    const withNote = dataOf(
      await app.gql<{ changeInstrumentStatus: { statusHistory: { from: string; to: string; note: string }[] } }>(
        STATUS,
        { input: { id, status: 'PROTOTYPE', note: 'Pilot liet zien dat de vragen te lang zijn.' } },
        curator,
      ),
    );
    expect(withNote.changeInstrumentStatus.statusHistory[0]).toMatchObject({
      from: 'PILOTING',
      to: 'PROTOTYPE',
      note: 'Pilot liet zien dat de vragen te lang zijn.',
    });
    const retire = await app.gql('mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }', { input: { id, note: '  ' } }, curator);
    expect(retire.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    dataOf(await app.gql('mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }', { input: { id, note: 'Vervangen door een beter instrument.' } }, curator));
    const again = await app.gql(STATUS, { input: { id, status: 'AVAILABLE' } }, curator);
    expect(again.errors?.[0].message).toMatch(/retired instrument stays retired/);
    const { instrument } = dataOf(await app.gql<{ instrument: { statusHistory: unknown[]; status: string } }>(DETAILS, { slug }, curator));
    expect(instrument.status).toBe('RETIRED');
    expect(instrument.statusHistory).toHaveLength(6);
  });

  it('sets the evidence level with a revision', async () => {
    const { id, slug } = await createInstrument(app, curator);
    dataOf(await app.gql('mutation ($input: AssessEvidenceInput!) { assessEvidence(input: $input) { evidenceLevel } }', { input: { instrumentId: id, evidenceLevel: 'SUBSTANTIATED', reason: 'Onderbouwd in een evaluatie.' } }, curator));
    const { instrument } = dataOf(await app.gql<{ instrument: { evidenceLevel: string; revisions: { action: string; changes: unknown[] }[] } }>(DETAILS, { slug }, curator));
    expect(instrument.evidenceLevel).toBe('SUBSTANTIATED');
    expect(instrument.revisions[0]).toEqual({
      action: 'EVIDENCE',
      changedBy: 'Test CURATOR',
      changes: [{ field: 'evidenceLevel', oldValue: 'NOT_ASSESSED', newValue: 'SUBSTANTIATED' }],
    });
  });
});

describe('vocabularies', () => {
  const CREATE = 'mutation ($input: CreateVocabularyTermInput!) { createVocabularyTerm(input: $input) { code labelNl position } }';
  const UPDATE_TERM = 'mutation ($input: UpdateVocabularyTermInput!) { updateVocabularyTerm(input: $input) { code labelNl hidden } }';
  const DELETE = 'mutation ($input: DeleteVocabularyTermInput!) { deleteVocabularyTerm(input: $input) }';

  it('adds a phase without a code change; it appears in vocabularies and facets', async () => {
    const term = dataOf(
      await app.gql<{ createVocabularyTerm: { position: number } }>(
        CREATE,
        { input: { vocabulary: 'PHASE', code: 'GUIDE_MANAGE', labelNl: 'Begeleiden en sturen', labelEn: 'Guide and manage' } },
        curator,
      ),
    ).createVocabularyTerm;
    expect(term.position).toBe(4);
    const facets = dataOf(await app.gql<{ instrumentFacets: { name: string; values: { code: string; count: number }[] }[] }>('{ instrumentFacets { name values { code count } } }'));
    expect(facets.instrumentFacets.find((f) => f.name === 'PHASE')!.values.at(-1)).toEqual({ code: 'GUIDE_MANAGE', count: 0 });
    const duplicate = await app.gql(CREATE, { input: { vocabulary: 'PHASE', code: 'GUIDE_MANAGE', labelNl: 'x', labelEn: 'x' } }, curator);
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('renames and hides, reorders, and refuses to delete a value in use', async () => {
    const renamed = await app.gql(UPDATE_TERM, { input: { vocabulary: 'TAG', code: 'pps', labelNl: 'Publiek-private samenwerking (pps)', hidden: true } }, curator);
    expect(dataOf(renamed)).toEqual({ updateVocabularyTerm: { code: 'pps', labelNl: 'Publiek-private samenwerking (pps)', hidden: true } });
    const inUse = await app.gql(DELETE, { input: { vocabulary: 'TAG', code: 'pps' } }, curator);
    expect(inUse.errors?.[0].extensions?.code).toBe('CONFLICT');
    const typeInUse = await app.gql(DELETE, { input: { vocabulary: 'TYPE', code: 'RUBRIC' } }, curator);
    expect(typeInUse.errors?.[0].extensions?.code).toBe('CONFLICT');
    const reordered = await app.gql<{ reorderVocabulary: { code: string }[] }>(
      'mutation ($input: ReorderVocabularyInput!) { reorderVocabulary(input: $input) { code } }',
      { input: { vocabulary: 'SECTOR', codes: ['PRACTICE', 'WO', 'HBO', 'MBO'] } },
      curator,
    );
    expect(dataOf(reordered).reorderVocabulary.map((t) => t.code)).toEqual(['PRACTICE', 'WO', 'HBO', 'MBO']);
    const incomplete = await app.gql('mutation ($input: ReorderVocabularyInput!) { reorderVocabulary(input: $input) { code } }', { input: { vocabulary: 'SECTOR', codes: ['WO'] } }, curator);
    expect(incomplete.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await app.gql(DELETE, { input: { vocabulary: 'TAG', code: 'bestaat-niet' } }, curator);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('account roles', () => {
  const SET_ROLE = 'mutation ($input: SetAccountRoleInput!) { setAccountRole(input: $input) { role } }';

  it('never demotes the last admin, even when two admins demote each other at once', async () => {
    const { accounts } = dataOf(
      await app.gql<{ accounts: { edges: { node: { id: string; role: string } }[] } }>('{ accounts(first: 100) { edges { node { id role } } } }', {}, admin),
    );
    const admins = accounts.edges.filter((e) => e.node.role === 'ADMIN').map((e) => e.node.id);
    expect(admins).toHaveLength(1);
    const lonely = await app.gql(SET_ROLE, { input: { accountId: admins[0], role: 'CURATOR' } }, admin);
    expect(lonely.errors?.[0].extensions?.code).toBe('CONFLICT');

    const second = await signedIn(app, 'ADMIN');
    const { me } = dataOf(await app.gql<{ me: { id: string } }>('{ me { id } }', {}, second));
    const results = await Promise.all([
      app.gql(SET_ROLE, { input: { accountId: admins[0], role: 'MEMBER' } }, second),
      app.gql(SET_ROLE, { input: { accountId: me.id, role: 'MEMBER' } }, admin),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM accounts WHERE role = 'ADMIN'`);
    expect(n).toBe(1);
  });
});

describe('replacedBy ("vervangen door")', () => {
  const RETIRE = `mutation ($input: RetireInstrumentInput!) {
    retireInstrument(input: $input) { id status replacedBy { id slug } replaces { id } }
  }`;
  const LINEAGE = `query ($slug: String!) { instrument(slug: $slug) {
    id status replacedBy { slug title status } replaces { slug }
    revisions { action changes { field oldValue newValue } }
  } }`;
  type Lineage = {
    instrument: {
      id: string;
      status: string;
      replacedBy: { slug: string; title: string; status: string } | null;
      replaces: { slug: string }[];
      revisions: { action: string; changes: { field: string; oldValue: string | null; newValue: string | null }[] }[];
    };
  };
  const lineage = async (slug: string) => dataOf(await app.gql<Lineage>(LINEAGE, { slug }, curator)).instrument;

  it('names the successor when retiring; both directions read it, and the revision keeps its title', async () => {
    const successor = await createInstrument(app, curator, { title: 'Opvolger van twee oude canvassen', status: 'AVAILABLE', origin: 'EXISTING' });
    const old1 = await createInstrument(app, curator, { title: 'Oud canvas een' });
    const old2 = await createInstrument(app, curator, { title: 'Oud canvas twee' });
    const retired = await app.gql(RETIRE, { input: { id: old1.id, note: 'Opgegaan in de opvolger.', replacedById: successor.id } }, curator);
    expect(dataOf(retired)).toMatchObject({ retireInstrument: { status: 'RETIRED', replacedBy: { slug: successor.slug }, replaces: [] } });
    // changeInstrumentStatus to RETIRED takes it too.
    const changed = await app.gql(STATUS, { input: { id: old2.id, status: 'RETIRED', note: 'Ook opgegaan.', replacedById: successor.id } }, curator);
    expect(changed.errors).toBeUndefined();

    expect(await lineage(old1.slug)).toMatchObject({
      status: 'RETIRED',
      replacedBy: { slug: successor.slug, title: 'Opvolger van twee oude canvassen', status: 'AVAILABLE' },
      replaces: [],
    });
    const forward = await lineage(successor.slug);
    expect(forward.replacedBy).toBeNull();
    expect(forward.replaces.map((r) => r.slug)).toEqual([old1.slug, old2.slug]);
    const [status] = (await lineage(old1.slug)).revisions;
    expect(status).toMatchObject({
      action: 'STATUS',
      changes: [
        { field: 'status', newValue: 'RETIRED' },
        { field: 'replacedBy', oldValue: null, newValue: 'Opvolger van twee oude canvassen' },
      ],
    });
    // Visitors read it as well.
    const asVisitor = await app.gql<{ instrument: { replacedBy: { slug: string } } }>('query ($slug: String!) { instrument(slug: $slug) { replacedBy { slug } } }', { slug: old1.slug });
    expect(dataOf(asVisitor).instrument.replacedBy.slug).toBe(successor.slug);
  });

  it('retires without a successor as before', async () => {
    const plain = await createInstrument(app, curator);
    const retired = await app.gql(RETIRE, { input: { id: plain.id, note: 'Niet meer nodig.' } }, curator);
    expect(dataOf(retired)).toMatchObject({ retireInstrument: { status: 'RETIRED', replacedBy: null } });
  });

  it('refuses itself, an unknown instrument, a retired one, and a successor without retiring; nothing is written', async () => {
    const target = await createInstrument(app, curator);
    const gone = await createInstrument(app, curator);
    await app.gql(RETIRE, { input: { id: gone.id, note: 'Weg.' } }, curator);
    const cases: [Record<string, unknown>, string][] = [
      [{ id: target.id, status: 'RETIRED', note: 'x', replacedById: target.id }, 'replacedById'],
      [{ id: target.id, status: 'RETIRED', note: 'x', replacedById: '00000000-0000-4000-8000-000000000000' }, 'replacedById'],
      [{ id: target.id, status: 'RETIRED', note: 'x', replacedById: gone.id }, 'replacedById'],
      [{ id: target.id, status: 'IN_DESIGN', replacedById: gone.id }, 'replacedById'],
      [{ id: target.id, status: 'RETIRED', note: 'x', replacedById: 'geen-id' }, 'replacedById'],
    ];
    for (const [input, field] of cases) {
      const response = await app.gql(STATUS, { input }, curator);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: expect.arrayContaining([field]) });
    }
    const self = await app.gql(RETIRE, { input: { id: target.id, note: 'x', replacedById: target.id.toUpperCase() } }, curator);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['replacedById'] });
    expect((await lineage(target.slug)).status).toBe('IDEA');
  });

  it('keeps the reference out of the database unless the instrument is retired, and never to itself', async () => {
    const [a, b] = [await createInstrument(app, curator), await createInstrument(app, curator)];
    await expect(app.dataSource.query('UPDATE instruments SET replaced_by_id = $2 WHERE id = $1', [a.id, b.id])).rejects.toThrow(/instruments_replaced_by_retired/);
    await expect(
      app.dataSource.query(`UPDATE instruments SET status = 'RETIRED', replaced_by_id = id WHERE id = $1`, [a.id]),
    ).rejects.toThrow(/instruments_replaced_by_not_self/);
  });
});
