import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { webSuite } from '../support/web-suite.js';

let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ browser, origin } = suite);
});

const countText = (page: Page) => page.locator('#results-heading').innerText();
const cardTitles = (page: Page) => page.locator('.instrument-card__title').allInnerTexts();

async function waitForResults(page: Page, expected?: RegExp) {
  await page.locator('.instrument-card__title').first().waitFor();
  if (expected) await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#results-heading')?.textContent ?? ''), expected.source);
}

describe('catalogue', () => {
  it('filters by phase through the URL; reload keeps it; back restores the previous results', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(origin + '/');
    // Retired instruments are hidden by default (issue 19).
    await waitForResults(page, /^4\d instrumenten$/);
    const before = await countText(page);
    await screenshot(page, 'catalogue-desktop');

    await page.getByRole('group', { name: 'Fase' }).getByLabel('Evalueren').check();
    await page.waitForURL(/fase=EVALUATE/);
    await page.waitForFunction((text) => document.querySelector('#results-heading')?.textContent !== text, before);
    const filtered = await countText(page);
    expect(filtered).toMatch(/^\d+ instrumenten$/);
    expect(filtered).not.toBe(before);
    await expect(page.getByRole('button', { name: 'Verwijder filter Evalueren' }).isVisible()).resolves.toBe(true);

    await page.reload();
    await waitForResults(page);
    await page.waitForFunction((text) => document.querySelector('#results-heading')?.textContent === text, filtered);
    expect(await page.getByRole('group', { name: 'Fase' }).getByLabel('Evalueren').isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => !url.search.includes('fase='));
    await page.waitForFunction((text) => document.querySelector('#results-heading')?.textContent === text, before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('searches "evaluatie" and opens an instrument page from a card', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/');
    await page.getByLabel('Zoeken in de catalogus').fill('evaluatie');
    await page.waitForURL(/q=evaluatie/);
    await page.waitForFunction(() => document.querySelector('.instrument-card__title')?.textContent?.includes('evaluatie'));
    const titles = await cardTitles(page);
    expect(titles[0]).toBe('Formatieve evaluatie van je learning community');
    await page.getByRole('link', { name: 'Formatieve evaluatie van je learning community' }).click();
    await page.waitForURL(/\/instrumenten\/[a-z0-9-]+$/);
    await page.getByRole('heading', { level: 1, name: 'Formatieve evaluatie van je learning community' }).waitFor();
    await context.close();
  });

  it('says so when nothing matches and offers to loosen the filters', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/?q=xylofoonzwaardvis&fase=DEVELOP');
    await page.getByRole('heading', { name: 'Geen instrumenten gevonden' }).waitFor();
    await page.getByRole('button', { name: 'Wis alle filters' }).click();
    await waitForResults(page);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('switches to English, remembers it, and shows vocabulary labels in English', async () => {
    const { context, page } = await openPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(origin + '/');
    await waitForResults(page);
    // Dutch visitors never download the English messages; choosing English fetches them once.
    expect(scripts.filter((path) => path.includes('/english-'))).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instruments for learning communities' }).waitFor();
    expect(scripts.filter((path) => path.includes('/english-'))).toHaveLength(1);
    expect(await page.getByRole('group', { name: 'Phase' }).getByLabel('Evaluate').count()).toBe(1);
    expect(await page.locator('.rating-badge .visually-hidden, .rating-badge--none').first().innerText()).toMatch(
      /^(Average \d\.\d out of 5 stars, \d+ ratings?|No ratings yet)$/,
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Instruments for learning communities' }).waitFor();
    await screenshot(page, 'catalogue-english');
    await context.close();
  });

  it('works at 360 px wide without sideways scrolling, and passes an axe scan', async () => {
    const { context, page } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(origin + '/');
    await waitForResults(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'catalogue-360');
    expect(await seriousViolations(page)).toEqual([]);

    // The filters open in a drawer on a phone, with one tap (catalogue-issue19.web.test.ts tests the drawer).
    const phase = page.getByRole('group', { name: 'Fase' }).getByLabel('Evalueren');
    expect(await phase.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await phase.check();
    await page.waitForURL(/fase=EVALUATE/);
    await page.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: 'Filters (1 gekozen)' }).waitFor();
    await context.close();
  });

  it('passes an axe scan on the desktop catalogue with filters applied', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/?fase=DEVELOP&q=canvas');
    await waitForResults(page);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
