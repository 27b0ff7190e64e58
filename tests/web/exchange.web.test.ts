import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { csvFile, row, tableCounts, upload } from '../support/exchange.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const SLUGS = `query ($filter: InstrumentFilter, $sort: InstrumentSort) {
  instruments(filter: $filter, sort: $sort, first: 100) { totalCount edges { node { slug } } }
}`;

/** The number in the catalogue's result heading ("12 instrumenten"). */
async function resultCount(page: Page): Promise<number> {
  const text = await page.locator('#results-heading').innerText();
  const count = /^(\d+) instrument/.exec(text);
  if (!count) throw new Error(`no count in "${text}"`);
  return Number(count[1]);
}

/** Fetched by the page itself, from its own origin, as the link would be. */
function fetchText(page: Page, href: string): Promise<string> {
  return page.evaluate((url) => fetch(url).then((response) => response.text()), href);
}

async function chooseFile(page: Page, csv: string): Promise<void> {
  await page.getByLabel('Bestand (CSV of JSON)').setInputFiles({ name: 'instrumenten.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
}

describe('export from the catalogue page', () => {
  it('offers the current view (filter, sort) for Excel (people), as CSV and JSON, and the file holds exactly that view', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${origin}/`);
    await page.locator('.instrument-card__title').first().waitFor();
    const all = await resultCount(page);

    await page.getByRole('group', { name: 'Fase' }).getByLabel('Evalueren').check();
    await page.waitForURL(/fase=EVALUATE/);
    await page.getByLabel('Sorteren op').selectOption({ label: 'Titel (A–Z)' });
    await page.waitForURL(/sortering=titel/);
    await page.waitForFunction((before) => !document.querySelector('#results-heading')?.textContent?.startsWith(`${before} `), all);
    const shown = await resultCount(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);

    await page.getByText('Exporteren', { exact: true }).click();
    const links = page.locator('.export-menu a');
    expect(await links.allInnerTexts()).toEqual(['Exporteren voor Excel', 'CSV (komma)', 'CSV (puntkomma)', 'JSON']);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => [a.getAttribute('href')!, a.hasAttribute('download')] as const));
    for (const [href, download] of hrefs) {
      const url = new URL(href, origin);
      expect(url.searchParams.getAll('fase')).toEqual(['EVALUATE']);
      expect(url.searchParams.get('sortering')).toBe('titel');
      expect(download).toBe(true);
    }
    expect(hrefs.map(([href]) => new URL(href, origin).pathname)).toEqual([
      '/export/instruments-excel.csv',
      '/export/instruments.csv',
      '/export/instruments.csv',
      '/export/instruments.json',
    ]);
    expect(new URL(hrefs[2]![0], origin).searchParams.get('scheiding')).toBe('puntkomma');
    expect(await page.getByRole('link', { name: 'Exporteren voor Excel' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'catalogue-export');
    await screenshot(page, 'after-19-19-export-menu-1280');

    // The same instruments in the same order as the API gives for this filter and sort.
    const expected = dataOf(
      await app.gql<{ instruments: { totalCount: number; edges: { node: { slug: string } }[] } }>(SLUGS, {
        filter: { phases: ['EVALUATE'] },
        sort: 'TITLE',
      }),
    ).instruments;
    expect(expected.totalCount).toBe(shown);
    // For people: Dutch headings and labels, a page link instead of the slug.
    const people: Record<string, string>[] = parse(await fetchText(page, hrefs[0]![0]), { delimiter: ';', columns: true, bom: true });
    expect(Object.keys(people[0]!).slice(0, 3)).toEqual(['Titel', 'Pagina', 'Samenvatting']);
    expect(people.map((r) => new URL(r.Pagina!).pathname)).toEqual(expected.edges.map((e) => `/instrumenten/${e.node.slug}`));
    expect(people.every((r) => r.Fase!.split(', ').includes('Evalueren'))).toBe(true);
    const csv: Record<string, string>[] = parse(await fetchText(page, hrefs[1]![0]), { columns: true, bom: true });
    expect(csv.map((r) => r.slug)).toEqual(expected.edges.map((e) => e.node.slug));
    expect(csv.every((r) => r.fase!.split('|').includes('EVALUATE'))).toBe(true);
    const excel: string[][] = parse(await fetchText(page, hrefs[2]![0]), { delimiter: ';', bom: true });
    expect(excel[0]!.slice(0, 3)).toEqual(['slug', 'titel', 'samenvatting']);
    expect(excel.length - 1).toBe(shown);
    const json = JSON.parse(await fetchText(page, hrefs[3]![0])) as { slug: string }[];
    expect(json.map((r) => r.slug)).toEqual(expected.edges.map((e) => e.node.slug));

    // Clicking a link downloads the file; Escape closes the menu again.
    const [download] = await Promise.all([page.waitForEvent('download'), links.nth(0).click()]);
    expect(download.suggestedFilename()).toMatch(/^instrumenten-\d{4}-\d{2}-\d{2}-excel\.csv$/);
    await page.keyboard.press('Escape');
    await links.first().waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the export menu on a phone, the file for people first', async () => {
    const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${origin}/`);
    await page.locator('.instrument-card__title').first().waitFor();
    await page.getByText('Exporteren', { exact: true }).click();
    await page.getByRole('link', { name: 'Exporteren voor Excel' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Exporteren voor Excel' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: await screenshot(page, 'after-19-19-export-menu-390'), fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('import in the curators’ area', () => {
  it('shows the problems of a bad file and writes nothing; imports a good file and the catalogue shows it without a reload', async () => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    // The catalogue's list is in the Apollo cache before the import.
    await page.goto(`${origin}/`);
    await page.locator('.instrument-card__title').first().waitFor();
    const before = await resultCount(page);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('link', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // Without a file the page asks for one.
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await page.getByText('Kies een bestand.').waitFor();

    const counts = await tableCounts(app);
    await chooseFile(page, csvFile([row('web-import-goed'), row('web-import-fout', { fase: 'ONBEKEND' })]));
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultaat van de proefdraai' }).waitFor();
    await page.getByText('Er is niets opgeslagen: het bestand heeft 1 probleem.', { exact: false }).waitFor();
    const table = page.getByRole('table', { name: '1 probleem' });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Rij', 'Kolom', 'Probleem']);
    const cells = await table.locator('tbody tr').first().getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 2)).toEqual(['3', 'fase']);
    // The API sends a code and its values; the page words it in Dutch.
    expect(cells[2]).toMatch(/^onbekende code “ONBEKEND” voor fase \(bekend: .*DEVELOP.*\); voeg de code eerst toe, of kies “Nieuwe codes aanmaken”\.$/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resultaat van de proefdraai');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'import-report');

    // Importing it for real writes nothing either.
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Resultaat van de import' }).waitFor();
    await page.getByText('Er is niets opgeslagen', { exact: false }).waitFor();
    expect(await tableCounts(app)).toEqual(counts);

    // A good file, with a theme code that does not exist yet.
    await chooseFile(page, csvFile([row('web-import-goed'), row('web-import-twee', { thema: 'webimport-nieuw' })]));
    expect(await page.getByRole('heading', { level: 2 }).filter({ hasText: 'Resultaat' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    // Unknown codes are problems unless the curator asks for new ones.
    await page.getByRole('table', { name: '1 probleem' }).waitFor();
    const themeCells = await page.getByRole('table').locator('tbody tr').first().getByRole('cell').allInnerTexts();
    expect(themeCells.slice(0, 2)).toEqual(['3', 'thema']);
    expect(themeCells[2]).toMatch(/^onbekende code “webimport-nieuw” voor thema /);
    await page.getByLabel('Nieuwe codes aanmaken').check();
    await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
    await page.getByText('Het bestand is in orde. Er is nog niets opgeslagen', { exact: false }).waitFor();
    expect(await reportCounts(page)).toEqual({ 'Rijen gelezen': '2', Nieuw: '2', Bijgewerkt: '0', Ongewijzigd: '0', 'Nieuwe codes': '1' });
    await page.getByText('Nieuwe codes: webimport-nieuw (Thema’s).').waitFor();
    expect(await tableCounts(app)).toEqual(counts);

    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText('De import is gelukt en opgeslagen.').waitFor();
    expect(await reportCounts(page)).toMatchObject({ 'Rijen gelezen': '2', Nieuw: '2' });
    expect((await tableCounts(app)).instruments).toBe(counts.instruments + 2);
    await screenshot(page, 'import-report-saved');

    // Back in the catalogue (client-side, no reload), the list is fetched anew and shows both.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    await page.getByRole('link', { name: 'Geïmporteerd instrument web-import-twee' }).waitFor();
    await page.waitForFunction((count) => document.querySelector('#results-heading')?.textContent === `${count} instrumenten`, before + 2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says which columns are required, and a file without slugs passes: each slug is made from its title', async () => {
    for (const width of [1280, 390]) {
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', { width, height: width === 390 ? 844 : 800 });
      await page.goto(`${origin}/beheer/import`);
      await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
      const hint = await page.locator('.field__hint').first().innerText();
      expect(hint).toContain('Verplichte kolommen: titel, samenvatting, soort, fase en herkomst.');
      expect(hint).toContain('Zonder kolom slug');
      const headers = ['titel', 'samenvatting', 'fase', 'soort', 'herkomst'];
      await chooseFile(page, csvFile([row('', { titel: `Zonder slug ${width}` })], { headers }));
      await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
      await page.getByText('Het bestand is in orde. Er is nog niets opgeslagen', { exact: false }).waitFor();
      expect(await reportCounts(page)).toMatchObject({ 'Rijen gelezen': '1', Nieuw: '1' });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `after-19-3-import-without-slug-${width}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('says in Dutch that a file is too large', async () => {
    const { context, page } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/import`);
    await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
    await chooseFile(page, csvFile([row('web-import-groot')]));
    process.env.IMPORT_MAX_MB = '0.0001';
    try {
      await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
      await page.getByRole('alert').filter({ hasText: 'Het bestand is te groot voor de server.' }).waitFor();
    } finally {
      delete process.env.IMPORT_MAX_MB;
    }
    expect(await page.getByRole('button', { name: 'Importeren' }).isEnabled()).toBe(true);
    await context.close();
  });

  it('sends a member away from the import page, and the API refuses them with FORBIDDEN', async () => {
    const { context, page } = await openSignedInPage(browser, app, 'MEMBER');
    await page.goto(`${origin}/beheer/import`);
    await page.getByText('Die pagina is er niet voor jouw rol. Je bent teruggestuurd naar de catalogus.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();

    const member = await signedIn(app, 'MEMBER');
    const refused = await upload(app, csvFile([row('web-import-lid')]), { cookie: member, multipart: true, query: 'dryRun=true' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'FORBIDDEN' });
  });
});

/** The report's counts as label → value. */
async function reportCounts(page: Page): Promise<Record<string, string>> {
  return page.locator('.import-report__counts').evaluate((list) =>
    Object.fromEntries([...list.querySelectorAll('div')].map((item) => [item.querySelector('dt')!.textContent, item.querySelector('dd')!.textContent])),
  );
}
