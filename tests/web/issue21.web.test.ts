import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { seedExampleData } from '#database';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

// The example data as a first start has it: the catalogue with its community, reports, pilots and assessments.
webSuite(
  async (suite) => {
    ({ app, browser, origin } = suite);
    await app.dataSource.transaction((em) => seedExampleData(em, { community: true }));
  },
  { seed: false },
);

async function screenshotPath(name: string): Promise<string> {
  const folder = path.resolve('test-results', 'screenshots');
  await mkdir(folder, { recursive: true });
  return path.join(folder, `${name}.png`);
}

const SLUG = 'zelfscan-duurzaamheid-van-je-learning-community';
const SLOW = 240_000;

describe('#21: an instrument with practice reports, pilots, an assessment with its sources, and lineage', () => {
  it.each([1280, 390])(
    'at %i px a visitor sees all four on the instrument page, the cited report and pilot as links',
    async (width) => {
      const { context, page, errors } = await openPage(browser, { width, height: width === 390 ? 844 : 900 });
      await page.goto(`${origin}/instrumenten/${SLUG}`);
      const section = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name, exact: true }) });
      await section('Praktijkvoorbeelden').getByText('Learning community Voedsel en Regio (fictief)').first().waitFor();
      await section('Pilots').getByText('LC Zorgtechnologie Noord (fictief)').first().waitFor();
      const assessment = section('Beoordeling van de onderbouwing');
      await assessment.getByText(/Herbeoordeeld na de eerste pilot en twee praktijkvoorbeelden/).waitFor();
      await section('Afkomst').getByText('Afgeleid: 1 instrument').waitFor();

      const report = assessment.getByRole('link', { name: 'Praktijkvoorbeeld: Learning community Voedsel en Regio (fictief), 2026-03 – 2026-09' });
      const [{ id: reportId }] = await app.dataSource.query(`SELECT id FROM practice_reports WHERE community_name = 'Learning community Voedsel en Regio (fictief)'`);
      expect(await report.getAttribute('href')).toBe(`/praktijkvoorbeelden/${reportId}`);
      const pilot = assessment.getByRole('link', { name: /^Pilot: LC Zorgtechnologie Noord \(fictief\)/ });
      const href = (await pilot.getAttribute('href'))!;
      expect(href).toMatch(/^#pilot-[0-9a-f-]{36}$/);
      // The anchor names the pilot's card in the Pilots section.
      expect(await section('Pilots').locator(href).innerText()).toContain('LC Zorgtechnologie Noord (fictief)');
      expect(await assessment.getByRole('link', { name: 'Verslag van de pilot (fictief)' }).count()).toBe(1);

      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, `issue21-instrument-page-${width}`);
      // The assessment with its sources, legible without the whole page around it.
      await assessment.screenshot({ path: await screenshotPath(`issue21-assessment-${width}`) });
      await pilot.click();
      await page.waitForURL(/#pilot-/);
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('#21: the catalogue filter "met praktijkvoorbeeld" and the count on a card', () => {
  it('at 1280 px: a checkbox beside "Toon ook vervallen instrumenten", kept in the address as praktijk=ja', async () => {
    const { context, page, errors } = await openPage(browser, { width: 1280, height: 900 });
    await page.goto(`${origin}/`);
    const filters = page.locator('aside.catalogue__facets');
    const checkbox = filters.getByRole('checkbox', { name: 'Met praktijkvoorbeeld' });
    await checkbox.waitFor();
    expect(await checkbox.isChecked()).toBe(false);
    // Laid out as the other options: the checkbox first, its label beside it on the same line.
    const box = (await checkbox.boundingBox())!;
    const label = (await filters.getByText('Met praktijkvoorbeeld').boundingBox())!;
    expect(label.x).toBeGreaterThan(box.x);
    expect(Math.abs(label.y + label.height / 2 - (box.y + box.height / 2))).toBeLessThan(8);
    const count = page.locator('#results-heading');
    await page.locator('#results-heading', { hasText: /instrumenten$/ }).waitFor();
    const all = await count.innerText();

    await checkbox.check();
    await page.waitForURL(/praktijk=ja/);
    await page.waitForFunction((before) => document.querySelector('#results-heading')?.textContent !== before, all);
    const [{ n }] = await app.dataSource.query(`SELECT count(DISTINCT instrument_id)::int AS n FROM practice_reports WHERE status = 'PUBLISHED'`);
    expect(await count.innerText()).toBe(`${n} instrumenten`);
    const cards = page.locator('article.instrument-card');
    expect(await cards.count()).toBe(n);
    // Every card shows its count; the instrument with two says so.
    for (const text of await cards.allInnerTexts()) expect(text).toMatch(/\d+ praktijkvoorbeeld(en)?/);
    const zelfscan = cards.filter({ has: page.getByRole('link', { name: 'Zelfscan duurzaamheid van je learning community' }) });
    expect(await zelfscan.innerText()).toContain('2 praktijkvoorbeelden');
    // The facets count only those instruments.
    const statusCounts = await filters.locator('[data-facet="STATUS"] .facet__count').allInnerTexts();
    expect(statusCounts.reduce((sum, c) => sum + Number(c), 0)).toBe(n);
    expect(await filters.getByRole('heading', { level: 2 }).innerText()).toContain('(1 gekozen)');
    // The export link downloads what the page shows.
    expect(await page.locator('a[href*="/export/instruments"]').first().getAttribute('href')).toContain('praktijk=ja');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'issue21-catalogue-praktijk-1280');

    // Back to everything: the parameter leaves the address.
    await checkbox.uncheck();
    await page.waitForURL((url) => !url.search.includes('praktijk'));
    await page.locator('#results-heading', { hasText: all }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('at 390 px: the same checkbox in the filter drawer, checked from a shared link', async () => {
    const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${origin}/?praktijk=ja`);
    await page.locator('article.instrument-card').first().waitFor();
    expect(await page.getByRole('button', { name: 'Filters (1 gekozen)' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'issue21-catalogue-praktijk-390');
    await page.getByRole('button', { name: 'Filters (1 gekozen)' }).click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    const checkbox = drawer.getByRole('checkbox', { name: 'Met praktijkvoorbeeld' });
    expect(await checkbox.isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'issue21-catalogue-drawer-390', { fullPage: false });
    await checkbox.uncheck();
    await page.waitForURL((url) => !url.search.includes('praktijk'));
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});

describe('#21: the assessment dialog cites practice reports and pilots', () => {
  it('a curator ticks a published report and a pilot; the history shows them as links', async () => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/instrumenten/${SLUG}`);
    await page.getByRole('button', { name: 'Onderbouwing wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Onderbouwing wijzigen' });
    const reports = dialog.getByRole('group', { name: 'Praktijkvoorbeelden als bron' });
    const pilots = dialog.getByRole('group', { name: 'Pilots als bron' });
    await reports.waitFor();
    // Only the published reports of this instrument, and its pilots.
    expect(await reports.getByRole('checkbox').count()).toBe(2);
    expect(await pilots.getByRole('checkbox').count()).toBe(2);
    await reports.getByRole('checkbox', { name: /Learning community Zorg en Technologie \(fictief\), 2026-07/ }).check();
    await pilots.getByRole('checkbox', { name: /LC Zorgtechnologie Noord \(fictief\).*afgerond/ }).check();
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('De kortere versie werkt ook na de pilot (fictief).');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'issue21-assessment-dialog-1280', { fullPage: false });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const assessment = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Beoordeling van de onderbouwing' }) });
    const current = assessment.locator('.evidence-assessment').first();
    await current.getByText('De kortere versie werkt ook na de pilot (fictief).').waitFor();
    expect(await current.getByRole('link').allInnerTexts()).toEqual([
      'Praktijkvoorbeeld: Learning community Zorg en Technologie (fictief), 2026-07',
      'Pilot: LC Zorgtechnologie Noord (fictief), 2026-02-02',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});
