import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { fetchAll } from '../support/catalogue-fixtures.js';
import { baseUrl } from '../support/exchange.js';
import { createInstrument } from '../support/instrument-builder.js';
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

async function excel(query = '', cookie?: string) {
  const response = await fetch(`${baseUrl(app)}/export/instruments-excel.csv${query ? `?${query}` : ''}`, { headers: cookie ? { cookie } : {} });
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  return { status: response.status, headers: response.headers, text };
}

/** The file as Dutch Excel reads it: a BOM, then `;`-separated records; rows keyed by header. */
function rowsOf(text: string): Record<string, string>[] {
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
    const file = await excel('sortering=titel', curator);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="instrumenten-\d{4}-\d{2}-\d{2}-excel\.csv"$/);
    expect(file.text).toContain('\r\n');
    const rows = rowsOf(file.text);
    expect(Object.keys(rows[0]).slice(0, 4)).toEqual(['Titel', 'Pagina', 'Samenvatting', 'Beschrijving']);
    expect(Object.keys(rows[0])).not.toContain('slug');
    const catalogue = await fetchAll(app, { sort: 'TITLE' });
    expect(rows.map((r) => r.Titel)).toEqual(catalogue.items.map((i) => i.title));

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
    const rows = rowsOf((await excel('fase=EVALUATE&sector=HBO')).text);
    const catalogue = await fetchAll(app, { filter: { phases: ['EVALUATE'], sectors: ['HBO'] } });
    expect(catalogue.totalCount).toBeGreaterThan(1);
    expect(rows.map((r) => r.Titel)).toEqual(catalogue.items.map((i) => i.title));
    for (const r of rows) expect(r.Fase).toContain('Evalueren');
    expect(Object.keys(rows[0])).not.toContain('E-mail');
    expect(Object.keys(rowsOf((await excel('fase=EVALUATE', member)).text)[0])).toContain('E-mail');

    const refused = await excel('fase=ONBEKEND');
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['fase'] });
  });
});
