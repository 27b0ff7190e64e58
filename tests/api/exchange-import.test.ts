import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { csvFile, download, HEADERS, row, tableCounts, upload } from '../support/exchange.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';
import type { ImportProblem } from '#domain';

let app: TestApp;
let curator: string;
let scratch: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  scratch = await mkdtemp(path.join(os.tmpdir(), 'nlc-import-test-'));
});
afterAll(() => app?.close());

const INSTRUMENT = `query ($slug: String!) {
  instrument(slug: $slug) {
    title summary description status evidenceLevel origin language licence timeNeeded ownerOrganisation contactName contactEmail version
    type { code } phases { code } audiences { code } sectors { code } tags { code } links { label url }
    statusHistory { from to note changedBy }
    revisions { action changedBy changes { field } }
  }
}`;

interface Instrument {
  title: string;
  status: string;
  evidenceLevel: string;
  version: number;
  contactEmail: string | null;
  licence: string | null;
  phases: { code: string }[];
  tags: { code: string }[];
  links: { label: string; url: string }[];
  statusHistory: { from: string | null; to: string; note: string | null; changedBy: string }[];
  revisions: { action: string; changedBy: string; changes: { field: string }[] }[];
}

async function instrument(slug: string): Promise<Instrument | null> {
  return dataOf(await app.gql<{ instrument: Instrument | null }>(INSTRUMENT, { slug }, curator)).instrument;
}

/** Imports as the curator and expects a refusal that wrote nothing. */
async function refused(file: string | Buffer, query = ''): Promise<ImportProblem[]> {
  const before = await tableCounts(app);
  for (const q of [`dryRun=true${query ? `&${query}` : ''}`, query]) {
    const { status, report } = await upload(app, file, { cookie: curator, query: q });
    expect(status).toBe(422);
    expect(report.ok).toBe(false);
    expect(report.created + report.updated).toBe(0);
    expect(report.problems.length).toBeGreaterThan(0);
  }
  expect(await tableCounts(app)).toEqual(before);
  return (await upload(app, file, { cookie: curator, query })).report.problems;
}

describe('import over HTTP', () => {
  it('checks without writing in a dry run, then writes with the same history as curation', async () => {
    const file = csvFile([row('import-nieuw-een'), row('import-nieuw-twee', { thema: 'pps', status: 'PILOTING', aangemaakt: '2022-05-01T08:00:00.000Z' })]);
    const before = await tableCounts(app);
    const dry = await upload(app, file, { cookie: curator, query: 'dryRun=true' });
    expect(dry.status).toBe(200);
    expect(dry.report).toEqual({
      ok: true, dryRun: true, rows: 2, created: 2, updated: 0, unchanged: 0, createdTerms: [], problems: [],
    });
    expect(await tableCounts(app)).toEqual(before);

    const real = await upload(app, file, { cookie: curator });
    expect(real.status).toBe(200);
    expect(real.report).toMatchObject({ ok: true, dryRun: false, rows: 2, created: 2, updated: 0, unchanged: 0 });
    const created = (await instrument('import-nieuw-twee'))!;
    expect(created).toMatchObject({
      title: 'Geïmporteerd instrument import-nieuw-twee',
      status: 'PILOTING',
      evidenceLevel: 'DESCRIBED',
      contactEmail: 'a.tester@example.org',
      tags: [{ code: 'pps' }],
      links: [
        { label: 'Handleiding', url: 'https://example.org/handleiding' },
        { label: 'Site', url: 'https://example.org/' },
      ],
    });
    expect(created.statusHistory).toEqual([
      { from: null, to: 'PILOTING', note: 'Geïmporteerd', changedBy: 'Test CURATOR' },
    ]);
    expect(created.revisions.map((r) => r.action)).toEqual(['CREATE']);
    const [{ created_at }] = await app.dataSource.query(`SELECT created_at FROM instruments WHERE slug = 'import-nieuw-twee'`);
    expect(new Date(created_at).toISOString()).toBe('2022-05-01T08:00:00.000Z');

    // Importing the same file again changes nothing.
    const again = await upload(app, file, { cookie: curator, multipart: true });
    expect(again.status).toBe(200);
    expect(again.report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 2 });
  });

  it('updates by slug: changed fields, an allowed status move and the evidence, each recorded', async () => {
    await upload(app, csvFile([row('import-bijwerken', { status: 'IDEA', onderbouwing: 'NOT_ASSESSED' })]), { cookie: curator });
    const before = (await instrument('import-bijwerken'))!;
    const file = csvFile([
      row('import-bijwerken', {
        titel: 'Bijgewerkte titel',
        status: 'IN_DESIGN',
        onderbouwing: 'SUBSTANTIATED',
        fase: 'EVALUATE',
        licentie: '',
      }),
    ]);
    const { report } = await upload(app, file, { cookie: curator });
    expect(report).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 0 });
    const after = (await instrument('import-bijwerken'))!;
    expect(after).toMatchObject({
      title: 'Bijgewerkte titel',
      status: 'IN_DESIGN',
      evidenceLevel: 'SUBSTANTIATED',
      phases: [{ code: 'EVALUATE' }],
      licence: null,
    });
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.statusHistory[0]).toEqual({ from: 'IDEA', to: 'IN_DESIGN', note: 'Gewijzigd via import', changedBy: 'Test CURATOR' });
    expect(after.revisions.map((r) => r.action).sort()).toEqual(['CREATE', 'EVIDENCE', 'STATUS', 'UPDATE']);
    const update = after.revisions.find((r) => r.action === 'UPDATE')!;
    expect(update.changes.map((c) => c.field).sort()).toEqual(['licence', 'phases', 'title']);
  });

  it('leaves fields of columns the file leaves out as they are', async () => {
    await upload(app, csvFile([row('import-deels')]), { cookie: curator });
    const headers = ['slug', 'titel', 'samenvatting', 'fase', 'soort', 'herkomst'];
    const { report } = await upload(app, csvFile([row('import-deels', { titel: 'Alleen de titel anders' })], { headers }), {
      cookie: curator,
    });
    expect(report).toMatchObject({ ok: true, updated: 1 });
    const after = (await instrument('import-deels'))!;
    expect(after).toMatchObject({ title: 'Alleen de titel anders', contactEmail: 'a.tester@example.org', status: 'AVAILABLE' });
    expect(after.links).toHaveLength(2);
  });

  it('reads ; files, English headers, a BOM, and restores neutralised formula cells', async () => {
    const file = csvFile(
      [
        {
          slug: 'import-puntkomma', title: "'=1+1 is een titel", summary: "'@iedereen: een samenvatting", phases: 'DEVELOP',
          type: 'GUIDE', origin: 'NETWORK', timeNeeded: "''-quote blijft",
        },
      ],
      { headers: ['slug', 'title', 'summary', 'phases', 'type', 'origin', 'timeNeeded'], separator: ';', bom: true },
    );
    const { status, report } = await upload(app, file, { cookie: curator });
    expect(status).toBe(200);
    expect(report.created).toBe(1);
    const created = (await instrument('import-puntkomma'))!;
    expect(created).toMatchObject({ title: '=1+1 is een titel', status: 'IDEA', evidenceLevel: 'NOT_ASSESSED' });
    const cells = parse((await download(app, 'csv', 'soort=GUIDE&herkomst=NETWORK', curator)).text.slice(1)) as string[][];
    const exported = cells.find((c) => c[0] === 'import-puntkomma')!;
    expect(exported[HEADERS.indexOf('titel')]).toBe("'=1+1 is een titel");
    expect(exported[HEADERS.indexOf('samenvatting')]).toBe("'@iedereen: een samenvatting");
    expect(exported[HEADERS.indexOf('tijdsinvestering')]).toBe("''-quote blijft");
  });

  it('creates unknown vocabulary codes only when asked', async () => {
    const file = csvFile([row('import-nieuwe-codes', { thema: 'pps|nieuw-thema-x', doelgroep: 'TEACHERS|OUDERS' })]);
    const problems = await refused(file);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'doelgroep',
        code: 'UNKNOWN_CODE',
        params: expect.objectContaining({ vocabulary: 'audience', value: 'OUDERS', known: expect.stringContaining('TEACHERS') }),
        problem: expect.stringMatching(/unknown audience code "OUDERS".*--create-missing/),
      }),
      expect.objectContaining({ row: 2, column: 'thema', code: 'UNKNOWN_CODE', problem: expect.stringMatching(/unknown tag code "nieuw-thema-x"/) }),
    ]);
    const dry = await upload(app, file, { cookie: curator, query: 'dryRun=true&createMissing=true' });
    expect(dry.report).toMatchObject({ ok: true, created: 1 });
    expect(dry.report.createdTerms).toEqual([
      { vocabulary: 'audience', code: 'OUDERS' },
      { vocabulary: 'tag', code: 'nieuw-thema-x' },
    ]);
    expect((await instrument('import-nieuwe-codes'))).toBeNull();
    const real = await upload(app, file, { cookie: curator, query: 'createMissing=true' });
    expect(real.report).toMatchObject({ ok: true, created: 1 });
    expect((await instrument('import-nieuwe-codes'))!.tags.map((t) => t.code).sort()).toEqual(['nieuw-thema-x', 'pps']);
  });

  it('suggests the right code when only the case differs, and never creates such a near-duplicate', async () => {
    const problems = await refused(csvFile([row('import-hoofdletters', { sector: 'hbo' })]), 'createMissing=true');
    expect(problems).toEqual([
      {
        row: 2,
        column: 'sector',
        code: 'CODE_CASE',
        params: { vocabulary: 'sector', value: 'hbo', suggestion: 'HBO' },
        problem: 'unknown sector code "hbo"; did you mean "HBO"?',
      },
    ]);
  });
});

describe('malformed files: a clear report, nothing written', () => {
  it('unbalanced quotes', async () => {
    const file = `${csvFile([row('import-quote-een'), row('import-quote-twee')])}import-quote-drie,"Titel zonder einde,Samenvatting\r\n`;
    const problems = await refused(file);
    expect(problems).toEqual([
      {
        row: 4,
        column: null,
        code: 'QUOTE_NOT_CLOSED',
        params: { line: expect.any(Number) },
        problem: expect.stringMatching(/^a quoted cell is never closed \(unbalanced quotes\)/),
      },
    ]);
    // A quote closed too early in the middle of the file is found where it happens.
    const early = `${csvFile([row('import-quote-vier')])}import-quote-vijf,"Titel" met meer,Samenvatting\r\n`;
    expect(await refused(early)).toEqual([
      { row: 3, column: null, code: 'QUOTE_NOT_DOUBLED', params: { line: expect.any(Number) }, problem: expect.stringMatching(/quote inside a quoted cell is not doubled/) },
    ]);
  });

  it('a stray quote inside a cell', async () => {
    const file = `${HEADERS.join(',')}\r\nimport-streep,Titel met "quote" erin,${'x,'.repeat(HEADERS.length - 3)}x\r\n`;
    const problems = await refused(file);
    expect(problems[0]).toMatchObject({ row: 2, column: null, code: 'QUOTE_IN_CELL', problem: expect.stringMatching(/quote in the middle of a cell/) });
  });

  it('wrong column counts', async () => {
    const short = { beschrijving: 'Kort' };
    const lines = csvFile([row('import-kolom-een', short), row('import-kolom-twee', short), row('import-kolom-drie', short)]).split('\r\n');
    lines[1] = `${lines[1]},extra`;
    lines[3] = lines[3].split(',').slice(0, 5).join(',');
    const problems = await refused(lines.join('\r\n'));
    expect(problems).toEqual([
      {
        row: 2,
        column: null,
        code: 'CELL_COUNT',
        params: { cells: HEADERS.length + 1, expected: HEADERS.length },
        problem: `has ${HEADERS.length + 1} cells where the header has ${HEADERS.length}`,
      },
      { row: 4, column: null, code: 'CELL_COUNT', params: { cells: 5, expected: HEADERS.length }, problem: `has 5 cells where the header has ${HEADERS.length}` },
    ]);
  });

  it('invalid UTF-8 (a file saved as Windows-1252), found in its cell', async () => {
    const good = csvFile([row('import-latin-een'), row('import-latin-twee', { titel: 'Titel met XX erin' })]);
    const bytes = Buffer.from(good, 'utf8');
    const at = bytes.indexOf('XX');
    bytes[at] = 0xe9; // é in Windows-1252
    const problems = await refused(bytes);
    expect(problems).toEqual([{ row: 3, column: 'titel', code: 'NOT_UTF8', params: {}, problem: expect.stringMatching(/not valid UTF-8.*CSV UTF-8/) }]);
  });

  it('a NUL character in a cell, found by the dry run as by the import', async () => {
    const file = csvFile([row('import-nul-een'), row('import-nul-twee', { titel: 'Titel met\u0000NUL', links: 'Site <https://example.org/\u0000>' })]);
    const problem = (column: string) => ({ row: 3, column, code: 'INVALID_VALUE', params: { rule: 'other' }, problem: expect.stringMatching(/NUL/) });
    expect(await refused(file)).toEqual([problem('titel'), problem('links')]);
  });

  it('a UTF-16 file', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvFile([row('import-utf-zestien')]), 'utf16le')]);
    expect((await refused(utf16))[0]).toMatchObject({ code: 'UTF16_FILE', problem: expect.stringMatching(/UTF-16/) });
  });

  it('a file without a slug column: each slug is made from the title, as a new instrument gets it', async () => {
    const headers = HEADERS.filter((h) => h !== 'slug');
    const file = csvFile([row('', { titel: 'Zonder slug: Ideeën & co-creatie' }), row('', { titel: 'Zonder slug, tweede' })], { headers });
    const dry = await upload(app, file, { cookie: curator, query: 'dryRun=true' });
    expect(dry.report).toMatchObject({ ok: true, created: 2, problems: [] });
    expect((await upload(app, file, { cookie: curator })).report).toMatchObject({ ok: true, created: 2 });
    expect(await instrument('zonder-slug-ideeen-co-creatie')).toMatchObject({ title: 'Zonder slug: Ideeën & co-creatie' });
    expect(await instrument('zonder-slug-tweede')).toMatchObject({ title: 'Zonder slug, tweede' });
    // The same file again finds them by that slug: nothing new, nothing changed.
    expect((await upload(app, file, { cookie: curator })).report).toMatchObject({ ok: true, created: 0, updated: 0, unchanged: 2 });
  });

  it('duplicate slugs, also when made from the title', async () => {
    const file = csvFile([
      row('import-dubbel'),
      row('import-dubbel', { titel: 'Een ander instrument' }),
      row('', { titel: 'Import dubbel' }),
    ]);
    expect(await refused(file)).toEqual([
      { row: 3, column: 'slug', code: 'DUPLICATE_SLUG', params: { slug: 'import-dubbel', row: 2 }, problem: '"import-dubbel" is also on row 2; each instrument once' },
      { row: 4, column: 'slug', code: 'DUPLICATE_SLUG', params: { slug: 'import-dubbel', row: 2 }, problem: '"import-dubbel" is also on row 2; each instrument once' },
    ]);
  });

  it('unknown and missing columns, and an empty file', async () => {
    const unknown = await refused(csvFile([{ slug: 'x' }], { headers: [...HEADERS, 'opmerking'] }));
    expect(unknown).toEqual([
      {
        row: 1,
        column: 'opmerking',
        code: 'UNKNOWN_COLUMN',
        params: { columns: expect.stringMatching(/^slug, titel/) },
        problem: expect.stringMatching(/not a known column; the columns are slug, titel/),
      },
    ]);
    const missing = await refused(csvFile([{ slug: 'x' }], { headers: ['slug', 'titel'] }));
    expect(missing.map((p) => p.column)).toEqual(['samenvatting', 'fase', 'soort', 'herkomst']);
    expect(new Set(missing.map((p) => p.code))).toEqual(new Set(['MISSING_COLUMN']));
    expect(await refused('')).toEqual([{ row: null, column: null, code: 'EMPTY_FILE', params: {}, problem: expect.stringMatching(/empty/) }]);
  });

  it('field rules of the curation inputs, per row and column, all rows or none', async () => {
    const file = csvFile([
      row('import-geldig'),
      row('Import Fout', {
        titel: 'X',
        samenvatting: 'Kort',
        fase: '',
        soort: '',
        herkomst: 'ERGENS',
        status: 'KLAAR',
        'e-mail': 'geen-adres',
        links: 'Site <ftp://example.org>|zomaar tekst',
        taal: 'de',
        aangemaakt: 'gisteren',
      }),
    ]);
    const problems = await refused(file);
    expect(problems.every((p) => p.row === 3)).toBe(true);
    expect(problems.map((p) => p.column).sort()).toEqual(
      ['aangemaakt', 'e-mail', 'fase', 'herkomst', 'links', 'links', 'samenvatting', 'slug', 'soort', 'status', 'taal', 'titel'].sort(),
    );
    // Each says which rule, with the limits the API's validation declares (the web app words them).
    const at = (column: string) => problems.filter((p) => p.column === column).map(({ code, params }) => ({ code, params }));
    expect(at('titel')).toEqual([{ code: 'INVALID_VALUE', params: { rule: 'length', min: 3, max: 160 } }]);
    expect(at('samenvatting')).toEqual([{ code: 'INVALID_VALUE', params: { rule: 'length', min: 10, max: 400 } }]);
    expect(at('fase')).toEqual([{ code: 'INVALID_VALUE', params: { rule: 'minItems', min: 1 } }]);
    expect(at('soort')).toEqual([{ code: 'TYPE_EMPTY', params: {} }]);
    expect(at('herkomst')).toEqual([{ code: 'INVALID_VALUE', params: { rule: 'oneOf', allowed: 'EXISTING, NETWORK' } }]);
    expect(at('e-mail')).toEqual([{ code: 'INVALID_VALUE', params: { rule: 'email' } }]);
    expect(at('links')).toEqual(
      expect.arrayContaining([
        { code: 'NOT_A_LINK', params: { value: 'zomaar tekst' } },
        { code: 'INVALID_VALUE', params: { rule: 'url' } },
      ]),
    );
    expect(at('slug')).toEqual([{ code: 'INVALID_VALUE', params: { rule: 'slug' } }]);
    expect(at('aangemaakt')).toEqual([{ code: 'NOT_A_DATE', params: { value: 'gisteren' } }]);
    expect(await instrument('import-geldig')).toBeNull();
  });

  it('a status that cannot be reached in one step, with the other rows not written either', async () => {
    await upload(app, csvFile([row('import-status', { status: 'IDEA' })]), { cookie: curator });
    const file = csvFile([row('import-status-ander'), row('import-status', { status: 'PILOTING' })]);
    expect(await refused(file)).toEqual([
      {
        row: 3,
        column: 'status',
        code: 'STATUS_STEP',
        params: { slug: 'import-status', from: 'IDEA', to: 'PILOTING', allowed: 'IN_DESIGN, RETIRED' },
        problem: '"import-status" cannot go from IDEA to PILOTING in one step; allowed next: IN_DESIGN, RETIRED',
      },
    ]);
    expect(await instrument('import-status-ander')).toBeNull();
  });
});

describe('upload rules', () => {
  it('refuses visitors and members', async () => {
    const file = csvFile([row('import-geweigerd')]);
    const visitor = await upload(app, file);
    expect(visitor.status).toBe(401);
    expect(visitor.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    const member = await upload(app, file, { cookie: await signedIn(app, 'MEMBER') });
    expect(member.status).toBe(403);
    expect(member.body).toMatchObject({ code: 'FORBIDDEN' });
    expect(await instrument('import-geweigerd')).toBeNull();
  });

  it('needs a CSRF-safe request: a form post without X-Requested-With is refused', async () => {
    const file = csvFile([row('import-csrf')]);
    const forged = await upload(app, file, { cookie: curator, multipart: true, csrfHeader: false });
    expect(forged.status).toBe(400);
    expect(forged.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/X-Requested-With/) });
    const plain = await upload(app, file, { cookie: curator, contentType: 'text/plain' });
    expect(plain.status).toBe(400);
    expect(await instrument('import-csrf')).toBeNull();
  });

  it('refuses unknown parameters, a missing file and files over the limit', async () => {
    const file = csvFile([row('import-grens')]);
    const unknownParam = await upload(app, file, { cookie: curator, query: 'droog=true' });
    expect(unknownParam.status).toBe(400);
    expect(unknownParam.body).toMatchObject({ message: expect.stringMatching(/Unknown parameter "droog"/) });
    const badFlag = await upload(app, file, { cookie: curator, query: 'dryRun=misschien' });
    expect(badFlag.status).toBe(400);
    const noFile = await upload(app, file, { cookie: curator, contentType: 'application/octet-stream' });
    expect(noFile.status).toBe(400);
    expect(noFile.body).toMatchObject({ message: expect.stringMatching(/multipart\/form-data.*text\/csv/) });

    process.env.IMPORT_MAX_MB = '0.0001';
    try {
      expect((await upload(app, file, { cookie: curator })).status).toBe(413);
      expect((await upload(app, file, { cookie: curator, multipart: true })).status).toBe(413);
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
    expect(await instrument('import-grens')).toBeNull();
  });
});

describe('npm run import', () => {
  const cli = path.resolve('dist/apps/api/src/cli/import.js');
  const run = async (...args: string[]) => {
    const env = { ...process.env, DATABASE_URL: (app.dataSource.options as { url: string }).url };
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args], { env });
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout + failed.stderr };
    }
  };

  it('prints the report and exits non-zero when rows fail; imports otherwise', async () => {
    const bad = path.join(scratch, 'fout.csv');
    await writeFile(bad, csvFile([row('cli-een'), row('cli-twee', { fase: 'ONBEKEND' })], { separator: ';' }));
    const failed = await run(bad);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/Nothing written: 2 rows; 1 problem\(s\)\./);
    expect(failed.stdout).toMatch(/row 3, fase: unknown phase code "ONBEKEND"/);

    const good = path.join(scratch, 'goed.csv');
    await writeFile(good, csvFile([row('cli-een'), row('cli-twee', { thema: 'cli-thema' })]));
    const dry = await run(good, '--dry-run', '--create-missing', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({ ok: true, dryRun: true, created: 2, createdTerms: [{ vocabulary: 'tag', code: 'cli-thema' }] });
    expect(await instrument('cli-een')).toBeNull();

    const real = await run(good, '--create-missing', '--separator', ',');
    expect(real.code).toBe(0);
    expect(real.stdout).toMatch(/Imported: 2 rows; 2 new, 0 changed, 0 unchanged\./);
    const created = (await instrument('cli-twee'))!;
    expect(created.statusHistory[0].changedBy).toMatch(/^Import via de opdrachtregel/);

    expect((await run(good, '--separator', 'tab')).code).toBe(2);
  }, 180_000);
});
