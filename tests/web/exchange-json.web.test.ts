import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { practiceReportInput } from '../support/practice-report-builder.js';
import type { TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const INSTRUMENT = 'rubric-interdisciplinaire-samenwerking';

/** A practice report as the export writes it, with a story of its own. */
function report(whatWeDid: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const { instrumentId: _, ...fields } = practiceReportInput('', { whatWeDid });
  return { instrument: INSTRUMENT, ...fields, ...overrides };
}

const countReports = async (): Promise<number> => (await app.dataSource.query(`SELECT count(*)::int AS n FROM practice_reports`))[0].n;

describe('importing practice reports and pilots in the curators’ area', () => {
  it('chooses what to import; a practice-report file goes through dry run, report and import', async () => {
    for (const width of [1280, 390]) {
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', { width, height: width === 390 ? 844 : 800 });
      await page.goto(`${origin}/beheer/import`);
      await page.getByRole('heading', { level: 1, name: 'Importeren' }).waitFor();
      const group = page.getByRole('group', { name: 'Wat importeer je?' });
      expect(await group.getByRole('radio').count()).toBe(3);
      await group.getByLabel('Praktijkvoorbeelden (JSON)').check();
      // The CSV-only choices go away; the file field asks for JSON.
      expect(await page.getByLabel('Nieuwe codes aanmaken').count()).toBe(0);
      const file = page.getByLabel('JSON-bestand');
      expect(await file.getAttribute('accept')).toBe('.json,application/json');
      expect(await seriousViolations(page)).toEqual([]);

      const before = await countReports();
      const rows = [
        report(`Het instrument gebruikt in een proef met drie opleidingen (${width}).`, { whatItYielded: `Een gedeelde taal over samenwerking tussen drie opleidingen (${width}).` }),
        report('Een verhaal bij een instrument dat niet bestaat in deze catalogus.', { instrument: 'bestaat-niet' }),
        report(`Een verhaal met een onbekende fase en een periode achterstevoren (${width}).`, { phase: 'ONBEKEND', periodTo: '2024-01' }),
      ];
      await file.setInputFiles({ name: 'praktijkvoorbeelden.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows)) });
      await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
      await page.getByRole('heading', { level: 2, name: 'Resultaat van de proefdraai' }).waitFor();
      const table = page.getByRole('table', { name: '3 problemen' });
      const cells = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
      expect(cells).toEqual([
        ['2', 'instrument', 'er is geen instrument “bestaat-niet” in de catalogus of in dit bestand.'],
        ['3', 'phase', expect.stringMatching(/^onbekende code “ONBEKEND” voor fase \(bekend: .*DEVELOP.*\)\.$/)],
        ['3', 'periodTo', 'het einde ligt vóór het begin.'],
      ]);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `exchange-21-import-practice-report-problems-${width}`);
      expect(await countReports()).toBe(before);

      await file.setInputFiles({ name: 'praktijkvoorbeelden.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(rows.slice(0, 1))) });
      await page.getByRole('button', { name: 'Controleren (proefdraai)' }).click();
      await page.getByText('Het bestand is in orde. Er is nog niets opgeslagen', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Importeren', exact: true }).click();
      await page.getByText('De import is gelukt en opgeslagen.').waitFor();
      expect(await page.locator('.import-report__counts dt').allInnerTexts()).toEqual(['Rijen gelezen', 'Nieuw', 'Bijgewerkt', 'Ongewijzigd']);
      expect(await countReports()).toBe(before + 1);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `exchange-21-import-practice-report-saved-${width}`);

      // Published at once: the list shows it without a reload.
      await page.getByRole('link', { name: 'Naar de praktijkvoorbeelden' }).click();
      await page.getByText(`Een gedeelde taal over samenwerking tussen drie opleidingen (${width}).`, { exact: false }).first().waitFor();
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('imports pilots from the pilots export', async () => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/import`);
    await page.getByRole('group', { name: 'Wat importeer je?' }).getByLabel('Pilots (JSON)').check();
    expect(await page.getByRole('link', { name: 'export van de pilots' }).getAttribute('href')).toBe('/export/pilots.json');
    const pilots = [{ instrument: INSTRUMENT, community: 'Learning community Webtest (fictief)', startsOn: '2026-03-01', endsOn: null, state: 'PLANNED', note: null }];
    await page.getByLabel('JSON-bestand').setInputFiles({ name: 'pilots.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pilots)) });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('De import is gelukt en opgeslagen.').waitFor();
    const [row] = await app.dataSource.query(`SELECT state FROM pilots WHERE community = 'Learning community Webtest (fictief)'`);
    expect(row.state).toBe('PLANNED');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the practice reports list', () => {
  it('offers the published reports as a JSON file', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${origin}/praktijkvoorbeelden`);
    const link = page.getByRole('link', { name: 'Exporteren (JSON)' });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/export/practice-reports.json');
    const body = await page.evaluate(() => fetch('/export/practice-reports.json').then((r) => r.json()));
    expect(Array.isArray(body)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
