import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { decidePracticeReport, submitPracticeReport } from '../support/practice-report-builder.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Several axe scans and browsers per test, on a machine shared with other work. */
const SLOW = 300_000;
const SLUG = 'rubric-interdisciplinaire-samenwerking';
const TITLE = 'Rubric interdisciplinaire samenwerking';

async function instrumentId(): Promise<string> {
  const [row] = await app.dataSource.query(`SELECT id FROM instruments WHERE slug = $1`, [SLUG]);
  return row.id;
}

describe('practice reports in the web app', () => {
  let member: { context: BrowserContext; page: Page; errors: string[] };
  let curator: { context: BrowserContext; page: Page; errors: string[] };
  let reportPath: string;

  beforeAll(async () => {
    member = await openSignedInPage(browser, app, 'MEMBER');
    curator = await openSignedInPage(browser, app, 'CURATOR');
  });
  afterAll(async () => {
    await member?.context.close();
    await curator?.context.close();
  });

  it('(a) a member writes a practice report from the instrument page', async () => {
    const { page, errors } = member;
    await page.goto(`${origin}/instrumenten/${SLUG}`);
    const section = page.locator('#praktijkvoorbeelden');
    await section.getByText('Nog geen praktijkvoorbeelden.').waitFor();
    await expectNoSeriousViolations(page);

    await section.getByRole('link', { name: 'Schrijf een praktijkvoorbeeld' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praktijkvoorbeeld schrijven' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/instrumenten/${SLUG}/praktijkvoorbeeld`);
    await page.getByRole('radio', { name: 'Ontwikkelen en inrichten' }).waitFor();

    // The empty form: every problem at its field and in a summary that takes the focus.
    await page.getByRole('button', { name: 'Indienen' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { name: 'Er is een probleem' }).waitFor();
    // Each link moves the focus to its field (a group: its first option).
    await summary.getByRole('link', { name: /^Sectoren/ }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await page.getByRole('button', { name: 'Indienen' }).click();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'In welke fase gebruikten jullie het?: Kies een fase.',
      'Sectoren: Kies minstens één sector.',
      'Met wie werkten jullie samen?: Kies minstens één soort partner.',
      'Van (maand): Kies de eerste maand.',
      'Wat deden jullie?: Schrijf 20 tot 4000 tekens (nu 0).',
      'Wat leverde het op?: Schrijf 20 tot 4000 tekens (nu 0).',
      'Wat zouden jullie anders doen?: Schrijf 20 tot 4000 tekens (nu 0).',
    ]);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'practice-form-errors-1280');

    await page.getByLabel('Naam van de learning community').fill('Learning community Slimme Zorg (fictief)');
    await page.getByRole('radio', { name: 'Evalueren' }).check();
    await page.getByRole('checkbox', { name: 'mbo' }).check();
    await page.getByRole('checkbox', { name: 'Bedrijven' }).check();
    await page.getByRole('checkbox', { name: 'Onderwijsinstellingen' }).check();
    await page.getByLabel('Van (maand)').fill('2025-09');
    await page.getByLabel('Tot en met (maand)').fill('2026-01');
    await page.getByLabel('Wat deden jullie?').fill('Studenten van drie opleidingen beoordeelden elkaar met de rubric na elk projectblok.');
    await page.getByLabel('Wat leverde het op?').fill('Gerichtere feedback en een gedeelde taal over samenwerken met de bedrijven.');
    await page.getByLabel('Wat zouden jullie anders doen?').fill('De bedrijfsbegeleiders eerder uitleggen hoe de rubric werkt.');
    await page.getByRole('button', { name: 'Indienen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Praktijkvoorbeeld: Learning community Slimme Zorg (fictief)' }).waitFor();
    await page.getByText('Je praktijkvoorbeeld wacht op een curator.').waitFor();
    await page.getByText('Ingediend', { exact: true }).waitFor();
    reportPath = new URL(page.url()).pathname;
    expect(reportPath).toMatch(/^\/praktijkvoorbeelden\/[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(page);

    // Not public yet: a visitor does not find it.
    const visitor = await openPage(browser);
    await visitor.page.goto(origin + reportPath);
    await visitor.page.getByText('Dit praktijkvoorbeeld bestaat niet of is (nog) niet gepubliceerd.').waitFor();
    await visitor.context.close();
    expect(errors).toEqual([]);
  }, SLOW);

  it('(b) a curator declines it with a reason; the author sees it, edits, and the curator publishes', async () => {
    const { page, errors } = curator;
    await page.goto(`${origin}/beheer`);
    await page.getByRole('link', { name: 'Praktijkvoorbeelden beoordelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Praktijkvoorbeelden beoordelen' }).waitFor();
    const row = page.getByRole('row', { name: /Learning community Slimme Zorg/ });
    await row.waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'practice-queue-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'practice-queue-390');
    await page.setViewportSize({ width: 1280, height: 900 });

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Besluit' }).waitFor();
    await page.getByRole('button', { name: 'Niet publiceren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Niet publiceren' });
    await dialog.waitFor();
    await expectNoSeriousViolations(page);
    await dialog.getByLabel('Reden').fill('Vertel ook wat de bedrijven precies deden.');
    await dialog.getByRole('button', { name: 'Niet publiceren' }).click();
    await page.getByText('Reden: Vertel ook wat de bedrijven precies deden.', { exact: false }).waitFor();

    // The author sees the state and the reason, and changes the report.
    const author = member.page;
    await author.goto(`${origin}/mijn-praktijkvoorbeelden`);
    await author.getByText('Niet gepubliceerd', { exact: true }).waitFor();
    await author.getByText('Reden: Vertel ook wat de bedrijven precies deden.').waitFor();
    await expectNoSeriousViolations(author);
    await author.getByRole('link', { name: 'Aanpassen' }).click();
    await author.getByRole('heading', { level: 1, name: 'Praktijkvoorbeeld aanpassen' }).waitFor();
    await author.getByLabel('Wat deden jullie?').fill('De bedrijven leverden echte opdrachten; studenten van drie opleidingen beoordeelden elkaar met de rubric.');
    await author.getByRole('button', { name: 'Opslaan en opnieuw indienen' }).click();
    await author.getByText('Je praktijkvoorbeeld wacht op een curator.').waitFor();

    await page.goto(origin + reportPath);
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText(/Gepubliceerd op /).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Besluit' }).count()).toBe(0);
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
    expect(member.errors).toEqual([]);
  }, SLOW);

  it('(c) the list filters by phase, sector and partner kind in the URL; the instrument page shows the count and the report', async () => {
    // Two more published reports about the same instrument, from another member.
    const writer = await signedIn(app, 'MEMBER');
    const curatorCookie = await signedIn(app, 'CURATOR');
    const id = await instrumentId();
    for (const overrides of [
      { communityName: 'Netwerk Techniek Oost (fictief)', phase: 'DEVELOP', sectors: ['HBO'], partnerKinds: ['PUBLIC_BODIES'] },
      { communityName: 'Leerwerkplaats Groen (fictief)', phase: 'SUSTAIN_SCALE', sectors: ['MBO', 'HBO'], partnerKinds: ['OTHERS'] },
    ]) {
      const reportId = await submitPracticeReport(app, writer, id, overrides);
      dataOf(await decidePracticeReport(app, 'publishPracticeReport', curatorCookie, { id: reportId }));
    }

    const { page, context, errors } = await openPage(browser);
    await page.goto(`${origin}/praktijkvoorbeelden`);
    await page.getByRole('heading', { level: 2, name: '3 praktijkvoorbeelden' }).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'practice-list-1280');

    await page.getByLabel('Fase').selectOption('EVALUATE');
    await page.getByRole('heading', { level: 2, name: '1 praktijkvoorbeeld' }).waitFor();
    expect(new URL(page.url()).searchParams.get('fase')).toBe('EVALUATE');
    await page.getByLabel('Fase').selectOption('');
    await page.getByLabel('Sector').selectOption('HBO');
    await page.getByRole('heading', { level: 2, name: '2 praktijkvoorbeelden' }).waitFor();
    await page.getByLabel('Partners').selectOption('OTHERS');
    await page.getByRole('heading', { level: 2, name: '1 praktijkvoorbeeld' }).waitFor();
    await page.getByRole('link', { name: 'Praktijkvoorbeeld: Leerwerkplaats Groen (fictief)' }).waitFor();
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ sector: 'HBO', partner: 'OTHERS' });
    // The URL holds the filters: opened again, the same list.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: '1 praktijkvoorbeeld' }).waitFor();
    await page.getByLabel('Partners').selectOption('PUBLIC_BODIES');
    await page.getByRole('heading', { level: 2, name: '1 praktijkvoorbeeld' }).waitFor();
    await page.getByLabel('Partners').selectOption('COMPANIES');
    await page.getByRole('heading', { level: 2, name: 'Geen praktijkvoorbeelden gevonden' }).waitFor();
    await expectNoSeriousViolations(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${origin}/praktijkvoorbeelden`);
    await page.getByRole('heading', { level: 2, name: '3 praktijkvoorbeelden' }).waitFor();
    await screenshot(page, 'practice-list-390');

    await page.goto(`${origin}/instrumenten/${SLUG}`);
    const section = page.locator('#praktijkvoorbeelden');
    await section.getByText('3 praktijkvoorbeelden').waitFor();
    await section.getByRole('link', { name: 'Praktijkvoorbeeld: Learning community Slimme Zorg (fictief)' }).waitFor();
    await section.scrollIntoViewIfNeeded();
    await expectNoSeriousViolations(page);
    await section.screenshot({ path: 'test-results/screenshots/practice-instrument-section-390.png' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await section.screenshot({ path: 'test-results/screenshots/practice-instrument-section-1280.png' });

    await section.getByRole('link', { name: 'Praktijkvoorbeeld: Learning community Slimme Zorg (fictief)' }).click();
    await page.getByRole('heading', { level: 2, name: 'Wat deden jullie' }).or(page.getByRole('heading', { level: 2, name: 'Wat we deden' })).waitFor();
    await page.getByText(`Over het instrument: ${TITLE}`).waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'practice-report-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'practice-report-390');
    await context.close();
    expect(errors).toEqual([]);
  }, SLOW);
});
