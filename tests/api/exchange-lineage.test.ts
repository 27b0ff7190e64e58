import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { csvFile, download, row, tableCounts, upload } from '../support/exchange.js';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;

beforeAll(async () => {
  app = await startTestApp({ seed: false });
  curator = await signedIn(app, 'CURATOR');
});
afterAll(() => app?.close());

/** Lineage and latest reason of an instrument, read straight from the tables. */
async function lineage(slug: string): Promise<{ derivedFrom: string | null; replacedBy: string | null; reason: string | null; assessments: number }> {
  const [found] = await app.dataSource.query(
    `SELECT d.slug AS "derivedFrom", r.slug AS "replacedBy",
            (SELECT reason FROM evidence_assessments a WHERE a.instrument_id = i.id ORDER BY assessed_at DESC, a.id DESC LIMIT 1) AS reason,
            (SELECT count(*)::int FROM evidence_assessments a WHERE a.instrument_id = i.id) AS assessments
     FROM instruments i LEFT JOIN instruments d ON d.id = i.derived_from_id LEFT JOIN instruments r ON r.id = i.replaced_by_id
     WHERE i.slug = $1`,
    [slug],
  );
  return found;
}

async function importRows(rows: Record<string, string>[], query = '') {
  return upload(app, csvFile(rows), { cookie: curator, query });
}

/** Expects a dry run and a real run to refuse the file with these problem codes, writing nothing. */
async function refusedWith(rows: Record<string, string>[], codes: string[]) {
  const before = await tableCounts(app);
  for (const query of ['dryRun=true', '']) {
    const { status, report } = await importRows(rows, query);
    expect(status).toBe(422);
    expect(report.problems.map((p) => p.code)).toEqual(codes);
  }
  expect(await tableCounts(app)).toEqual(before);
}

describe('lineage and evidence in the instrument file', () => {
  it('creates instruments that name each other, whatever the order of the rows', async () => {
    const { status, report } = await importRows([
      row('lijn-kind', { afgeleid_van: 'lijn-ouder', onderbouwing: 'DESCRIBED', onderbouwing_toelichting: 'Beschreven in de handreiking.' }),
      row('lijn-oud', { status: 'RETIRED', vervangen_door: 'lijn-ouder' }),
      row('lijn-ouder', { onderbouwing: 'NOT_ASSESSED' }),
    ]);
    expect(report.problems).toEqual([]);
    expect(status).toBe(200);
    expect(report).toMatchObject({ ok: true, created: 3 });
    expect(await lineage('lijn-kind')).toEqual({ derivedFrom: 'lijn-ouder', replacedBy: null, reason: 'Beschreven in de handreiking.', assessments: 1 });
    expect(await lineage('lijn-oud')).toMatchObject({ derivedFrom: null, replacedBy: 'lijn-ouder' });
  });

  it('exports the new columns, and importing the export again changes nothing', async () => {
    const json = JSON.parse((await download(app, 'json', 'vervallen=ja', curator)).text) as Record<string, unknown>[];
    expect(json.find((i) => i.slug === 'lijn-kind')).toMatchObject({
      evidenceLevel: 'DESCRIBED',
      evidenceReason: 'Beschreven in de handreiking.',
      derivedFrom: 'lijn-ouder',
      replacedBy: null,
    });
    const csv = await download(app, 'csv', '', curator);
    const again = await upload(app, csv.bytes, { cookie: curator });
    expect(again.report).toMatchObject({ ok: true, created: 0, updated: 0 });
    expect((await download(app, 'csv', '', curator)).text).toEqual(csv.text);
  });

  it('records the reason with a changed level, and a changed reason at the same level', async () => {
    await importRows([row('lijn-kind', { afgeleid_van: 'lijn-ouder', onderbouwing: 'SUBSTANTIATED', onderbouwing_toelichting: 'Onderbouwd met literatuur.' })]);
    expect(await lineage('lijn-kind')).toMatchObject({ reason: 'Onderbouwd met literatuur.', assessments: 2 });
    const { report } = await importRows([row('lijn-kind', { afgeleid_van: 'lijn-ouder', onderbouwing: 'SUBSTANTIATED', onderbouwing_toelichting: 'Literatuur en twee pilots.' })]);
    expect(report).toMatchObject({ ok: true, updated: 1 });
    expect(await lineage('lijn-kind')).toMatchObject({ reason: 'Literatuur en twee pilots.', assessments: 3 });
    // An empty reason keeps the latest one; a changed level without a reason says "Import".
    await importRows([row('lijn-kind', { afgeleid_van: 'lijn-ouder', onderbouwing: 'FIRST_INDICATIONS' })]);
    expect(await lineage('lijn-kind')).toMatchObject({ reason: 'Import', assessments: 4 });
  });

  it('refuses unknown slugs, the instrument itself, and a cycle, in a dry run too', async () => {
    await refusedWith([row('lijn-nieuw', { afgeleid_van: 'bestaat-niet' })], ['UNKNOWN_INSTRUMENT']);
    await refusedWith([row('lijn-nieuw', { afgeleid_van: 'lijn-nieuw' })], ['LINEAGE_SELF']);
    // lijn-kind is adapted from lijn-ouder; the other way round closes a cycle.
    await refusedWith([row('lijn-ouder', { onderbouwing: 'NOT_ASSESSED', afgeleid_van: 'lijn-kind' })], ['DERIVED_FROM_CYCLE']);
    // A cycle made entirely inside the file.
    await refusedWith([row('lijn-a', { afgeleid_van: 'lijn-b' }), row('lijn-b', { afgeleid_van: 'lijn-a' })], ['DERIVED_FROM_CYCLE']);
  });

  it('keeps the successor rules of retiring', async () => {
    await refusedWith([row('lijn-nieuw', { vervangen_door: 'lijn-ouder' })], ['REPLACED_BY_NOT_RETIRED']);
    // An existing instrument's new successor must not be retired itself.
    await refusedWith([row('lijn-ouder', { onderbouwing: 'NOT_ASSESSED', status: 'RETIRED', vervangen_door: 'lijn-oud' })], ['REPLACED_BY_RETIRED']);
    const { report } = await importRows([row('lijn-ouder', { onderbouwing: 'NOT_ASSESSED', status: 'RETIRED', vervangen_door: 'lijn-kind' })]);
    expect(report).toMatchObject({ ok: true, updated: 1 });
    expect(await lineage('lijn-ouder')).toMatchObject({ replacedBy: 'lijn-kind' });
    const [history] = await app.dataSource.query(
      `SELECT s.note FROM instrument_status_changes s JOIN instruments i ON i.id = s.instrument_id WHERE i.slug = 'lijn-ouder' ORDER BY s.changed_at DESC LIMIT 1`,
    );
    expect(history.note).toBe('Gewijzigd via import');
  });

  it('imports the JSON export as well, as a body or an uploaded file', async () => {
    const json = await download(app, 'json', 'vervallen=ja', curator);
    const records = JSON.parse(json.text) as Record<string, unknown>[];
    const asBody = await upload(app, json.text, { cookie: curator, contentType: 'application/json' });
    expect(asBody.report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: records.length });

    const fresh = { ...records.find((r) => r.slug === 'lijn-kind')!, slug: 'lijn-json', title: 'Geïmporteerd instrument lijn-json', derivedFrom: 'lijn-kind', evidenceReason: 'Uit JSON.' };
    const asFile = await upload(app, Buffer.from(JSON.stringify([fresh])), { cookie: curator, multipart: true });
    expect(asFile.report).toMatchObject({ ok: true, created: 1 });
    expect(await lineage('lijn-json')).toMatchObject({ derivedFrom: 'lijn-kind', reason: 'Uit JSON.' });
    expect((await download(app, 'json', 'vervallen=ja', curator)).text).toContain('"slug":"lijn-json"');

    const wrong = await upload(app, JSON.stringify([{ ...fresh, phases: 'DEVELOP', opmerking: 1 }]), { cookie: curator, contentType: 'application/json' });
    expect(wrong.status).toBe(422);
    expect(wrong.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'opmerking', 'UNKNOWN_FIELD'],
    ]);
    const typed = await upload(app, JSON.stringify([{ ...fresh, phases: 'DEVELOP' }]), { cookie: curator, contentType: 'application/json' });
    expect(typed.report.problems.map((p) => [p.row, p.column, p.code])).toEqual([[1, 'phases', 'INVALID_VALUE']]);
  });

  it('export → import into an empty catalogue → export gives the identical file, lineage (a successor retired since) and reasons included', async () => {
    const other = await startTestApp({ seed: false });
    try {
      const otherCurator = await signedIn(other, 'CURATOR');
      const first = await download(app, 'csv', 'vervallen=ja&sortering=titel', curator);
      const { report } = await upload(other, first.bytes, { cookie: otherCurator });
      expect(report.problems).toEqual([]);
      expect((await download(other, 'csv', 'vervallen=ja&sortering=titel', otherCurator)).text).toEqual(first.text);
    } finally {
      await other.close();
    }
  });
});
