import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { dataOf, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

describe('overview', () => {
  it('opens the catalogue filtered to a heatmap cell, with the matching count', async () => {
    const { overview } = dataOf(
      await app.gql<{ overview: { phaseStatusMatrix: { phase: { code: string }; cells: { status: string; count: number }[] }[] } }>(
        '{ overview { phaseStatusMatrix { phase { code } cells { status count } } } }',
      ),
    );
    const row = overview.phaseStatusMatrix.find((r) => r.phase.code === 'EVALUATE')!;
    const cell = row.cells.find((c) => c.status === 'AVAILABLE')!;
    expect(cell.count).toBeGreaterThan(1);

    const { context, page, errors } = await openPage(browser);
    await page.goto(origin + '/overzicht');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('table a[href*="fase=EVALUATE"][href*="status=AVAILABLE"]').first().waitFor();
    // The charts load when they come into view.
    await page.locator('.count-chart').first().scrollIntoViewIfNeeded();
    await page.locator('.recharts-surface').first().waitFor();
    await screenshot(page, 'overview-desktop');
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('table a[href*="fase=EVALUATE"][href*="status=AVAILABLE"]').first().click();
    await page.waitForURL(/fase=EVALUATE/);
    expect(page.url()).toMatch(/status=AVAILABLE/);
    await page.waitForFunction(
      (count) => document.querySelector('#results-heading')?.textContent === `${count} instrumenten`,
      cell.count,
    );
    expect(await page.locator('.instrument-card').count()).toBe(cell.count);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits 360 px and offers tables for the charts', async () => {
    const { context, page } = await openPage(browser, { width: 360, height: 780 });
    await page.goto(origin + '/overzicht');
    await page.locator('.count-chart').first().scrollIntoViewIfNeeded();
    await page.locator('.recharts-surface').first().waitFor();
    expect(await page.locator('table').count()).toBeGreaterThanOrEqual(3);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'overview-360');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
