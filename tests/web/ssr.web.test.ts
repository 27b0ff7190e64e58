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
