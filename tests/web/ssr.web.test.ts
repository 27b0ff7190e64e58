import { describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { screenshot, seriousViolations } from '../support/browser.js';
import { webSuite } from '../support/web-suite.js';

/** Server-rendered public pages: hydration without a word from React, and reading without JavaScript. */
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ browser, origin } = suite);
});

const PAGES = [
  { name: 'catalogue', path: '/?fase=EVALUATE&q=rubric' },
  { name: 'instrument', path: '/instrumenten/rubric-interdisciplinaire-samenwerking' },
  { name: 'overview', path: '/overzicht' },
  { name: 'finder', path: '/vinden?fase=EVALUATE&doel=impact&stap=2' },
  { name: 'finder-results', path: '/vinden?fase=EVALUATE&doel=impact&stap=resultaat' },
];

/** A page that reports every console error and warning (React's hydration mismatches among them). */
async function watchedPage(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; problems: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, problems, requests };
}

describe('server-rendered pages in a browser', () => {
  for (const width of [390, 1280]) {
    it(`hydrate without errors or mismatches at ${width} px, asking the API nothing again`, async () => {
      for (const { name, path } of PAGES) {
        const { context, page, problems, requests } = await watchedPage(width);
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        // Hydrated: the catalogue's "apply filters" button (for browsers without scripts) is gone.
        if (name === 'catalogue') await page.locator('.catalogue__apply').waitFor({ state: 'detached' });
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect({ name, problems }).toEqual({ name, problems: [] });
        // The answers came with the HTML.
        expect({ name, graphql: requests.filter((url) => url.includes('/graphql')) }).toEqual({ name, graphql: [] });
        // The style sheets came inline too; the lazy page's chunk does not fetch them again.
        expect({ name, css: requests.filter((url) => url.endsWith('.css')) }).toEqual({ name, css: [] });
        await screenshot(page, `ssr-${name}-${width}`, { fullPage: false });
        await context.close();
      }
    });
  }

  it('hydrates the Dutch page first and then switches to a remembered English, without a mismatch', async () => {
    for (const { path, heading } of [
      { path: PAGES[0]!.path, heading: { level: 1, name: 'Instruments for learning communities' } },
      { path: PAGES[1]!.path, heading: { level: 2, name: 'Description' } },
    ]) {
      const { context, page, problems } = await watchedPage(1280);
      await context.addInitScript(() => localStorage.setItem('nlc-taal', 'en'));
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      await page.getByRole('heading', heading).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect({ path, problems }).toEqual({ path, problems: [] });
      await context.close();
    }
  });

  it('hydrates a catalogue that then works as before: a filter click asks the API', async () => {
    const { context, page, problems } = await watchedPage(1280);
    await page.goto(origin + '/', { waitUntil: 'networkidle' });
    await page.locator('.catalogue__apply').waitFor({ state: 'detached' });
    const before = await page.locator('#results-heading').textContent();
    await page.locator('input[name="fase"][value="EVALUATE"]').check();
    await page.waitForURL(/fase=EVALUATE/);
    await page.waitForFunction((text) => document.querySelector('#results-heading')?.textContent !== text, before);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters and searches the catalogue without JavaScript, with the GET form', async () => {
    const { context, page } = await watchedPage(1280, { javaScriptEnabled: false });
    await page.goto(origin + '/');
    const all = await page.locator('#results-heading').textContent();
    await page.locator('input[name="fase"][value="EVALUATE"]').check();
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/fase=EVALUATE/);
    expect(await page.locator('input[name="fase"][value="EVALUATE"]').isChecked()).toBe(true);
    const filtered = await page.locator('#results-heading').textContent();
    expect(filtered).not.toBe(all);

    await page.locator('input[name="q"]').fill('rubric');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL(/q=rubric/);
    expect(page.url()).toMatch(/fase=EVALUATE/);
    const titles = await page.locator('.instrument-card h3, .instrument-card h2').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    await screenshot(page, 'ssr-catalogue-no-js');

    // A card is a real link: the instrument page reads fully without scripts.
    await page.locator('.instrument-card a').first().click();
    await page.waitForURL(/\/instrumenten\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('.instrument__layout').count()).toBe(1);
    await screenshot(page, 'ssr-instrument-no-js');
    await context.close();
  });

  it('is accessible as server-rendered HTML, before any script', async () => {
    for (const { name, path } of PAGES) {
      const { context, page } = await watchedPage(1280);
      // The app's scripts never arrive: what axe sees is the server's HTML.
      await context.route('**/assets/*.js', (route) => route.abort());
      await page.goto(origin + path);
      expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
      await context.close();
    }
  });
});

/** axe needs a script of its own: the same address with the app's scripts refused, as a browser without them sees it. */
async function violationsWithoutAppScripts(width: number, url: string) {
  const { context, page } = await watchedPage(width);
  await context.route('**/assets/*.js', (route) => route.abort());
  await page.goto(url);
  const violations = await seriousViolations(page);
  await context.close();
  return violations;
}

describe('the catalogue without JavaScript (issue 24: what the scripts did)', () => {
  it('at 390 px: the filters open from their link, filter with the GET form, and a facet lists all its values from "Toon meer"', async () => {
    const { context, page } = await watchedPage(390, { javaScriptEnabled: false });
    await page.goto(origin + '/');
    const filters = page.locator('aside.catalogue__facets');
    expect(await filters.isVisible()).toBe(false);
    const all = await page.locator('#results-heading').textContent();

    await page.getByRole('link', { name: 'Filters', exact: true }).click();
    await filters.waitFor({ state: 'visible' });
    expect(page.url()).toMatch(/#filters$/);
    expect({ violations: await violationsWithoutAppScripts(390, page.url()) }).toEqual({ violations: [] });
    await screenshot(page, 'issue24-nojs-filters-390', { fullPage: false });

    // A long facet: its first values, and a link to the same address with all of them.
    const long = filters.locator('fieldset.facet').filter({ has: page.locator('a.facet__more') }).first();
    const facetId = await long.getAttribute('id');
    const shownBefore = await long.locator('input[type="checkbox"]').count();
    await long.locator('a.facet__more').click();
    await page.waitForURL(/[?&]meer=/);
    const expanded = page.locator(`#${facetId}`);
    expect(await expanded.locator('input[type="checkbox"]').count()).toBeGreaterThan(shownBefore);
    expect(await expanded.locator('a.facet__more').count()).toBe(0);

    await page.getByRole('link', { name: 'Filters', exact: true }).click();
    await filters.locator('input[name="fase"][value="EVALUATE"]').check();
    await filters.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.waitForURL(/fase=EVALUATE/);
    // Back on the results: the column hides again, the link says what is chosen.
    expect(await filters.isVisible()).toBe(false);
    expect(await page.locator('#results-heading').textContent()).not.toBe(all);
    expect(await page.getByRole('link', { name: 'Filters (1 gekozen)' }).count()).toBe(1);
    await context.close();
  }, 180_000);

  it('at 1280 px: "Meer laden" is a link that shows 20 more, and "Exporteren" opens real download links', async () => {
    const { context, page } = await watchedPage(1280, { javaScriptEnabled: false });
    await page.goto(origin + '/?sortering=titel');
    const cards = page.locator('.results-grid .instrument-card');
    expect(await cards.count()).toBe(20);
    const first20 = await cards.locator('h2, h3').allTextContents();
    await page.getByRole('link', { name: 'Meer laden' }).click();
    await page.waitForURL(/toon=40/);
    expect(await cards.count()).toBeGreaterThan(20);
    // The same order, continued.
    expect((await cards.locator('h2, h3').allTextContents()).slice(0, 20)).toEqual(first20);
    expect({ violations: await violationsWithoutAppScripts(1280, page.url()) }).toEqual({ violations: [] });
    await screenshot(page, 'issue24-nojs-more-1280');

    await page.locator('.export-menu summary').click();
    const people = page.getByRole('link', { name: 'Exporteren voor Excel' });
    expect(await people.isVisible()).toBe(true);
    const href = await people.getAttribute('href');
    expect(href).toMatch(/^\/export\/instruments-excel\.csv\?.*sortering=titel/);
    const download = await page.request.get(origin + href!);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/text\/csv/);
    await context.close();
  }, 180_000);
});
