import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedExampleData } from '#database';
import type { ImportReport } from '#domain';
import { baseUrl, download, upload } from '../support/exchange.js';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let source: TestApp;
let target: TestApp;
let curator: string;
let targetCurator: string;
let member: string;

beforeAll(async () => {
  [source, target] = await Promise.all([startTestApp({ seed: false }), startTestApp({ seed: false })]);
  // With the example community: its practice reports and pilots (with feedback).
  await source.dataSource.transaction((em) => seedExampleData(em, { community: true }));
  [curator, targetCurator, member] = await Promise.all([signedIn(source, 'CURATOR'), signedIn(target, 'CURATOR'), signedIn(source, 'MEMBER')]);
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

type Kind = 'practice-reports' | 'pilots';
type Row = Record<string, unknown>;

async function exported(app: TestApp, kind: Kind, cookie?: string): Promise<{ status: number; text: string; rows: Row[] }> {
  const response = await fetch(`${baseUrl(app)}/export/${kind}.json`, { headers: cookie ? { cookie } : {} });
  const text = await response.text();
  return { status: response.status, text, rows: JSON.parse(text) as Row[] };
}

/** POST /api/import/<kind> as application/json, or as multipart/form-data (with the CSRF header unless told not to). */
async function imported(
  app: TestApp,
  kind: Kind,
  body: unknown,
  options: { cookie?: string; query?: string; multipart?: boolean; csrfHeader?: boolean } = {},
): Promise<{ status: number; report: ImportReport }> {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  let payload: BodyInit;
  if (options.multipart) {
    const form = new FormData();
    form.append('file', new Blob([typeof body === 'string' ? body : JSON.stringify(body)]), `${kind}.json`);
    payload = form;
    if (options.csrfHeader !== false) headers['x-requested-with'] = 'test';
  } else {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(`${baseUrl(app)}/api/import/${kind}${options.query ? `?${options.query}` : ''}`, { method: 'POST', headers, body: payload });
  return { status: response.status, report: (await response.json()) as ImportReport };
}

const count = async (app: TestApp, table: string): Promise<number> => (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const without = (rows: Row[], keys: string[]) => rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !keys.includes(k))));

describe('practice reports out and in', () => {
  it('exports the published reports, the contact only for signed-in readers', async () => {
    const visitor = await exported(source, 'practice-reports');
    expect(visitor.status).toBe(200);
    expect(visitor.rows.length).toBeGreaterThan(0);
    const published = await count(source, `practice_reports WHERE status = 'PUBLISHED'`);
    expect(visitor.rows).toHaveLength(published);
    expect(Object.keys(visitor.rows[0])).toEqual([
      'instrument', 'communityName', 'sectors', 'partnerKinds', 'phase', 'periodFrom', 'periodTo', 'whatWeDid', 'whatItYielded',
      'whatWeWouldChange', 'author', 'publishedAt',
    ]);
    const signed = await exported(source, 'practice-reports', member);
    expect(Object.keys(signed.rows[0])).toContain('contact');
  });

  it('export → import into the same catalogue changes nothing; into another one gives the same reports', async () => {
    const first = await exported(source, 'practice-reports', curator);
    const before = await count(source, 'practice_reports');
    for (const query of ['dryRun=true', '']) {
      const { status, report } = await imported(source, 'practice-reports', first.rows, { cookie: curator, query });
      expect(status).toBe(200);
      expect(report).toMatchObject({ ok: true, created: 0, unchanged: first.rows.length });
    }
    expect(await count(source, 'practice_reports')).toBe(before);
    expect((await exported(source, 'practice-reports', curator)).text).toEqual(first.text);

    // Another catalogue: its instruments first, then the reports (multipart this time), published with the curator as author.
    const instruments = await download(source, 'csv', 'vervallen=ja', curator);
    expect((await upload(target, instruments.bytes, { cookie: targetCurator, query: 'createMissing=true' })).report.ok).toBe(true);
    const dry = await imported(target, 'practice-reports', first.rows, { cookie: targetCurator, query: 'dryRun=true', multipart: true });
    expect(dry.report).toMatchObject({ ok: true, dryRun: true, created: first.rows.length });
    expect(await count(target, 'practice_reports')).toBe(0);
    const real = await imported(target, 'practice-reports', first.rows, { cookie: targetCurator, multipart: true });
    expect(real.report).toMatchObject({ ok: true, created: first.rows.length });
    const second = await exported(target, 'practice-reports', targetCurator);
    const ignored = ['author', 'publishedAt'];
    expect(without(second.rows, ignored)).toEqual(without(first.rows, ignored));
    expect(new Set(second.rows.map((r) => r.author))).toEqual(new Set(['Test CURATOR']));
  });

  it('checks every row with the practice reports’ own rules, and writes nothing when one fails', async () => {
    const [good] = (await exported(source, 'practice-reports', curator)).rows;
    const before = await count(source, 'practice_reports');
    const rows = [
      { ...good, whatWeDid: 'Een nieuw verhaal over hoe wij het instrument gebruikten in de praktijk.' },
      { ...good, instrument: 'bestaat-niet' },
      { ...good, phase: 'ONBEKEND', whatWeDid: 'kort' },
      { ...good, periodFrom: '2024-05', periodTo: '2024-01', whatWeDid: 'Weer een ander verhaal over het gebruik van dit instrument.' },
      { ...good, opmerking: 'x' },
      { ...good, authorEmail: 'niemand@example.org', whatWeDid: 'Nog een ander verhaal over het gebruik van dit instrument hier.' },
      { ...good, whatWeDid: 'Een nieuw verhaal over hoe wij het instrument gebruikten in de praktijk.' },
    ];
    const { status, report } = await imported(source, 'practice-reports', rows, { cookie: curator });
    expect(status).toBe(422);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'instrument', 'UNKNOWN_INSTRUMENT'],
      [3, 'whatWeDid', 'INVALID_VALUE'],
      [3, 'phase', 'UNKNOWN_CODE'],
      [4, 'periodTo', 'PERIOD_ORDER'],
      [5, 'opmerking', 'UNKNOWN_FIELD'],
      [6, 'authorEmail', 'UNKNOWN_ACCOUNT'],
      [7, null, 'DUPLICATE_ROW'],
    ]);
    expect(await count(source, 'practice_reports')).toBe(before);

    expect((await imported(source, 'practice-reports', '{"niet": "een lijst"}', { cookie: curator, multipart: true })).report.problems[0].code).toBe('NOT_JSON');
    expect((await imported(source, 'practice-reports', '[1, 2', { cookie: curator, multipart: true })).report.problems[0].code).toBe('NOT_JSON');
  });

  it('is for curators only, with the CSRF header', async () => {
    expect((await imported(source, 'practice-reports', [], {})).status).toBe(401);
    expect((await imported(source, 'practice-reports', [], { cookie: member })).status).toBe(403);
    expect((await imported(source, 'practice-reports', [], { cookie: curator, multipart: true, csrfHeader: false })).status).toBe(400);
  });
});

describe('pilots in', () => {
  it('export → import is idempotent by instrument, community and start; into another catalogue it gives the same pilots', async () => {
    const first = await exported(source, 'pilots');
    expect(first.rows.length).toBeGreaterThan(0);
    const { report } = await imported(source, 'pilots', first.rows, { cookie: curator });
    expect(report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: first.rows.length });
    expect((await exported(source, 'pilots')).text).toEqual(first.text);

    const into = await imported(target, 'pilots', first.rows, { cookie: targetCurator });
    expect(into.report).toMatchObject({ ok: true, created: first.rows.length });
    const ignored = ['id', 'createdAt', 'updatedAt', 'feedbackSummary'];
    expect(without((await exported(target, 'pilots')).rows, ignored)).toEqual(without(first.rows, ignored));
  });

  it('updates end, state and note of a known pilot; a pilot with feedback cannot be planned again', async () => {
    const rows = (await exported(source, 'pilots')).rows;
    const withFeedback = rows.find((r) => (r.feedbackSummary as { count: number }).count > 0)!;
    const planned = await imported(source, 'pilots', [{ ...withFeedback, state: 'PLANNED' }], { cookie: curator });
    expect(planned.status).toBe(422);
    expect(planned.report.problems.map((p) => p.code)).toEqual(['PILOT_HAS_FEEDBACK']);

    const changed = await imported(source, 'pilots', [{ ...withFeedback, state: 'FINISHED', endsOn: null, note: 'Afgerond; verslag volgt.' }], { cookie: curator });
    expect(changed.report).toMatchObject({ ok: true, updated: 1 });
    const after = (await exported(source, 'pilots')).rows.find((r) => r.id === withFeedback.id)!;
    expect(after).toMatchObject({ state: 'FINISHED', endsOn: null, note: 'Afgerond; verslag volgt.' });
  });

  it('refuses what recordPilot refuses', async () => {
    const [pilot] = (await exported(source, 'pilots')).rows;
    const { status, report } = await imported(
      source,
      'pilots',
      [
        { ...pilot, instrument: 'bestaat-niet' },
        { ...pilot, community: 'Nieuwe community', startsOn: '2024-13-01' },
        { ...pilot, community: 'Nieuwe community', startsOn: '2024-05-01', endsOn: '2024-04-01' },
        { ...pilot, feedback: [] },
      ],
      { cookie: curator, query: 'dryRun=true' },
    );
    expect(status).toBe(422);
    expect(report.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, 'instrument', 'UNKNOWN_INSTRUMENT'],
      [2, 'startsOn', 'INVALID_VALUE'],
      [3, 'endsOn', 'PERIOD_ORDER'],
      [4, 'feedback', 'UNKNOWN_FIELD'],
    ]);
  });
});
