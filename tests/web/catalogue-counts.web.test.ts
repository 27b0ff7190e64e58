import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { openPage } from '../support/browser.js';
import { webSuite } from '../support/web-suite.js';

/** Estimated counts say so: "ruim …" for the results, "ca. …" for facet values. */

let browser: Browser;
let origin: string;

  // A low limit, so the 45 example instruments are "many".
webSuite((suite) => {
  ({ browser, origin } = suite);
}, { env: { CATALOGUE_EXACT_COUNT_LIMIT: '10' } });

describe('estimated counts in the catalogue', () => {
  it('shows "ruim" and "ca." above the limit, and plain numbers below it', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(origin + '/');
    await page.locator('.instrument-card__title').first().waitFor();
    await page.waitForFunction(() => /^ruim \d[\d.]* instrumenten$/.test(document.querySelector('#results-heading')?.textContent ?? ''));
    await expect(page.locator('.results-footer p').innerText()).resolves.toMatch(/^20 van ruim \d[\d.]* getoond$/);
    const phase = page.getByRole('group', { name: 'Fase' });
    await expect(phase.locator('.facet__count').first().innerText()).resolves.toMatch(/^ca\. \d[\d.]*$/);
    await expect(phase.locator('.facet__count').first().getAttribute('aria-label')).resolves.toMatch(/^ongeveer \d[\d.]* instrumenten$/);

    // "rubric" finds fewer than the limit: exact again.
    await page.getByLabel('Zoeken in de catalogus').fill('rubric');
    await page.waitForURL(/q=rubric/);
    await page.waitForFunction(() => /^\d+ instrument(en)?$/.test(document.querySelector('#results-heading')?.textContent ?? ''));
    await page.waitForFunction(() => !document.querySelector('.facet__count--approx'));
    await expect(page.getByRole('group', { name: 'Fase' }).locator('.facet__count').first().innerText()).resolves.toMatch(/^\d+$/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
