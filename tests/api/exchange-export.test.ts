import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { createInstrument } from '../support/instrument-builder.js';
import { fetchAll } from '../support/catalogue-fixtures.js';
import { baseUrl, download, HEADERS } from '../support/exchange.js';
import { signedIn, startTestApp, type TestApp } from '../support/test-app.js';

let app: TestApp;
let curator: string;
let member: string;

beforeAll(async () => {
  app = await startTestApp();
  curator = await signedIn(app, 'CURATOR');
  member = await signedIn(app, 'MEMBER');
});
afterAll(() => app?.close());

/** Records of a CSV export (BOM checked and removed), header first. */
function records(text: string, delimiter = ','): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse(text.slice(1), { delimiter, relax_column_count: false });
}

const slugs = (rows: string[][]) => rows.slice(1).map((r) => r[0]);

describe('CSV export', () => {
  it('gives every instrument in the catalogue order, with one documented column per field', async () => {
    const file = await download(app, 'csv', '', curator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="instrumenten-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = records(file.text);
    expect(rows[0]).toEqual(HEADERS);
    const catalogue = await fetchAll(app);
    expect(slugs(rows)).toEqual(catalogue.items.map((i) => i.slug));
    expect(file.text).toContain('\r\n');
  });

  it('takes the catalogue page URL: Dutch facet names, repeated values, search and sort', async () => {
    const query = 'fase=EVALUATE&fase=DEVELOP&sector=HBO&sortering=titel&toon=40';
    const rows = records((await download(app, 'csv', query)).text);
    const catalogue = await fetchAll(app, { filter: { phases: ['EVALUATE', 'DEVELOP'], sectors: ['HBO'] }, sort: 'TITLE' });
    expect(catalogue.totalCount).toBeGreaterThan(3);
    expect(slugs(rows)).toEqual(catalogue.items.map((i) => i.slug));
    for (const r of rows.slice(1)) expect(r[HEADERS.indexOf('sector')].split('|')).toContain('HBO');

    const searched = records((await download(app, 'csv', `q=${encodeURIComponent('samenwerking')}`)).text);
    const found = await fetchAll(app, { search: 'samenwerking' });
    expect(found.totalCount).toBeGreaterThan(1);
    expect(slugs(searched)).toEqual(found.items.map((i) => i.slug));

    const filtered = records((await download(app, 'csv', 'status=PILOTING&herkomst=NETWORK&onderbouwing=DESCRIBED&soort=RUBRIC')).text);
    const same = await fetchAll(app, {
      filter: { statuses: ['PILOTING'], origins: ['NETWORK'], evidenceLevels: ['DESCRIBED'], types: ['RUBRIC'] },
    });
    expect(slugs(filtered)).toEqual(same.items.map((i) => i.slug));
  });

  it('writes ; for Dutch Excel and joins several values with |', async () => {
    const file = await download(app, 'csv', 'scheiding=puntkomma&fase=EVALUATE');
    const rows = records(file.text, ';');
    expect(rows[0]).toEqual(HEADERS.filter((h) => h !== 'e-mail'));
    expect(rows.length).toBeGreaterThan(1);
    const phases = rows.slice(1).map((r) => r[rows[0].indexOf('fase')]);
    expect(phases.some((p) => /^[A-Z_]+(\|[A-Z_]+)+$/.test(p))).toBe(true);
    expect(records((await download(app, 'csv', 'separator=%3B')).text, ';')[0]).toEqual(rows[0]);
  });

  it('shows contact e-mail addresses to members only, as the API does', async () => {
    const visitor = records((await download(app, 'csv')).text);
    expect(visitor[0]).not.toContain('e-mail');
    const signed = records((await download(app, 'csv', '', member)).text);
    const column = signed[0].indexOf('e-mail');
    expect(column).toBeGreaterThan(0);
    expect(signed.slice(1).some((r) => r[column].endsWith('@example.org'))).toBe(true);
    const json = JSON.parse((await download(app, 'json')).text) as Record<string, unknown>[];
    expect(json[0]).not.toHaveProperty('contactEmail');
  });

  it('neutralises cells that a spreadsheet would run as a formula', async () => {
    await createInstrument(app, curator, {
      slug: 'formule-test',
      title: '=HYPERLINK("https://example.org","klik")',
      summary: '@SUM(1+1) is geen formule hier.',
      ownerOrganisation: '+31 20 1234567',
      contactName: '-Iemand',
      timeNeeded: "'=al met quote",
    });
    const rows = records((await download(app, 'csv', 'sortering=nieuwste', curator)).text);
    const cells = rows.find((r) => r[0] === 'formule-test')!;
    const cell = (header: string) => cells[HEADERS.indexOf(header)];
    expect(cell('titel')).toBe(`'=HYPERLINK("https://example.org","klik")`);
    expect(cell('samenvatting')).toBe("'@SUM(1+1) is geen formule hier.");
    expect(cell('organisatie')).toBe("'+31 20 1234567");
    expect(cell('contactpersoon')).toBe("'-Iemand");
    expect(cell('tijdsinvestering')).toBe("''=al met quote");
    for (const r of rows.slice(1)) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
    // JSON is not opened by spreadsheets: values stay as they are.
    const json = JSON.parse((await download(app, 'json')).text) as { slug: string; title: string }[];
    expect(json.find((i) => i.slug === 'formule-test')!.title).toBe('=HYPERLINK("https://example.org","klik")');
  });
});

describe('JSON export', () => {
  it('streams an array with the same instruments, keys named as in the API', async () => {
    const file = await download(app, 'json', 'thema=pps&sortering=titel', member);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const items = JSON.parse(file.text) as Record<string, unknown>[];
    const catalogue = await fetchAll(app, { filter: { tags: ['pps'] }, sort: 'TITLE' });
    expect(catalogue.totalCount).toBeGreaterThan(0);
    expect(items.map((i) => i.slug)).toEqual(catalogue.items.map((i) => i.slug));
    expect(Object.keys(items[0])).toEqual([
      'slug', 'title', 'summary', 'description', 'phases', 'status', 'evidenceLevel', 'evidenceReason', 'type', 'audiences', 'sectors',
      'tags', 'origin', 'ownerOrganisation', 'contactName', 'contactEmail', 'links', 'language', 'licence',
      'timeNeeded', 'derivedFrom', 'replacedBy', 'createdAt', 'files',
    ]);
    expect(items[0].tags).toContain('pps');
    expect(items[0].links).toEqual(expect.arrayContaining([expect.objectContaining({ url: expect.stringMatching(/^https?:/) })]));
  });

  it('gives an empty array when nothing matches', async () => {
    const file = await download(app, 'json', `q=${encodeURIComponent('zzzqqqxxx-niets')}`);
    expect(JSON.parse(file.text)).toEqual([]);
  });
});

describe('export parameters', () => {
  it.each([
    ['fase=BESTAAT_NIET', /Unknown phase code "BESTAAT_NIET"/, 'fase'],
    ['status=KLAAR', /"status" cannot be "KLAAR"/, 'status'],
    ['sortering=populair', /"sortering" cannot be "populair"/, 'sortering'],
    ['sortering=titel&sortering=nieuwste', /Give "sortering" once/, 'sortering'],
    ['scheiding=tab', /separator cannot be "tab"/, 'scheiding'],
    ['phases=DEVELOP', /Unknown parameter "phases"/, 'phases'],
  ])('refuses %s with 400 and a message in words', async (query, message, field) => {
    for (const format of ['csv', 'json'] as const) {
      const file = await download(app, format, query);
      expect(file.status).toBe(400);
      const body = JSON.parse(file.text) as { code: string; message: string; fields?: string[] };
      expect(body.code).toBe('BAD_USER_INPUT');
      expect(body.message).toMatch(message);
      expect(body.fields).toContain(field);
    }
  });

  it('is not answered by the web app fallback', async () => {
    const response = await fetch(`${app.url.replace(/\/graphql$/, '')}/export/instruments.csv`, {
      headers: { accept: 'text/html' },
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
  });
});

async function excel(query = '', cookie?: string) {
  const response = await fetch(`${baseUrl(app)}/export/instruments-excel.csv${query ? `?${query}` : ''}`, { headers: cookie ? { cookie } : {} });
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  return { status: response.status, headers: response.headers, text };
}

/** The file as Dutch Excel reads it: a BOM, then `;`-separated records; rows keyed by header. */
function excelRows(text: string): Record<string, string>[] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parse(text.slice(1), { delimiter: ';', columns: true });
}

describe('Export for Excel (for people)', () => {
  it('writes Dutch labels, plain text and a link to each page, in the catalogue order', async () => {
    const created = await createInstrument(app, curator, {
      slug: 'excel-leesbaar',
      title: 'Leesbaar in Excel',
      description: '## Doel\n\nEen **vet** woord en [een link](https://example.org/uitleg).\n\n* eerste punt',
      phases: ['EVALUATE', 'DEVELOP'],
      type: 'RUBRIC',
      audiences: ['TEACHERS'],
      sectors: ['HBO'],
      origin: 'EXISTING',
      language: 'en',
      contactEmail: 'excel@example.org',
      links: [
        { label: 'Handleiding', url: 'https://example.org/handleiding' },
        { label: 'Site', url: 'https://example.org/' },
      ],
    });
    await createInstrument(app, curator, { slug: 'excel-formule', title: '=SOM(1;2) voor Excel' });
    const file = await excel('sortering=titel', curator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="instrumenten-\d{4}-\d{2}-\d{2}-excel\.csv"$/);
    expect(file.text).toContain('\r\n');
    const rows = excelRows(file.text);
    expect(Object.keys(rows[0]).slice(0, 4)).toEqual(['Titel', 'Pagina', 'Samenvatting', 'Beschrijving']);
    expect(Object.keys(rows[0])).not.toContain('slug');
    const catalogue = await fetchAll(app, { sort: 'TITLE' });
    // Formula-like cells get the same quote as in the other CSV.
    const unquoted = (title: string) => title.replace(/^'(?=[=+\-@])/, '');
    expect(rows.map((r) => unquoted(r.Titel))).toEqual(catalogue.items.map((i) => i.title));
    expect(rows.find((r) => unquoted(r.Titel) === '=SOM(1;2) voor Excel')?.Titel).toBe("'=SOM(1;2) voor Excel");

    const row = rows.find((r) => r.Titel === 'Leesbaar in Excel')!;
    expect(row.Pagina).toMatch(new RegExp(`^https?://[^/]+/instrumenten/${created.slug}$`));
    expect(row.Beschrijving).toBe('Doel\n\nEen vet woord en een link (https://example.org/uitleg).\n\n- eerste punt');
    // Labels in the vocabulary's order, not codes.
    expect(row.Fase).toBe('Ontwikkelen en inrichten, Evalueren');
    expect(row.Soort).toBe('Rubric');
    expect(row.Doelgroep).toBe('Docenten');
    expect(row.Sector).toBe('hbo');
    expect(row.Status).toBe('Idee');
    expect(row.Onderbouwing).toBe('Niet beoordeeld');
    expect(row.Herkomst).toBe('Bestaand (inventarisatie)');
    expect(row.Taal).toBe('Engels');
    expect(row.Links).toBe('Handleiding: https://example.org/handleiding\nSite: https://example.org/');
    expect(row['E-mail']).toBe('excel@example.org');
    expect(row.Aangemaakt).toMatch(/^\d{2}-\d{2}-\d{4}$/);
    for (const r of rows) for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('takes the same filters as the other export, and leaves e-mail addresses to members', async () => {
    const rows = excelRows((await excel('fase=EVALUATE&sector=HBO')).text);
    const catalogue = await fetchAll(app, { filter: { phases: ['EVALUATE'], sectors: ['HBO'] } });
    expect(catalogue.totalCount).toBeGreaterThan(1);
    expect(rows.map((r) => r.Titel)).toEqual(catalogue.items.map((i) => i.title));
    for (const r of rows) expect(r.Fase).toContain('Evalueren');
    expect(Object.keys(rows[0])).not.toContain('E-mail');
    expect(Object.keys(excelRows((await excel('fase=EVALUATE', member)).text)[0])).toContain('E-mail');

    const refused = await excel('fase=ONBEKEND');
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['fase'] });
  });
});
