import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { seedExampleCommunity } from '#database';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

// A first start's database: the example catalogue and its community (tests leave the community out).
webSuite(async (suite) => {
  ({ app, browser, origin } = suite);
  await app.dataSource.transaction((em) => seedExampleCommunity(em));
  // What a development start does for the demo member (README, Accounts).
  await app.nest.get(AccountsService).upsert('lid@example.org', 'Demo Lid', 'demo-lid-2026', 'MEMBER', true);
});

const SLOW = 240_000;

describe('#19 point 20: a first start shows every part of the app', () => {
  it.each([1280, 390])('at %i px a visitor sees ratings and reviews of fictional members', async (width) => {
    const { context, page, errors } = await openPage(browser, { width, height: width === 390 ? 844 : 800 });
    await page.goto(`${origin}/?sortering=waardering`);
    const first = page.locator('article.instrument-card').first();
    await first.waitFor();
    expect(await first.innerText()).toContain('★ 4,5 (4)');
    await first.getByRole('link', { name: 'Formatieve evaluatie van je learning community' }).click();
    const ratings = page.locator('#waarderingen');
    await ratings.getByText('Door Fatma Yılmaz (fictief)', { exact: false }).waitFor();
    expect(await ratings.innerText()).toContain('Door Demo Lid');
    expect(await seriousViolations(page)).toEqual([]);
    await ratings.scrollIntoViewIfNeeded();
    await page.locator('#waarderingen').screenshot({ path: await screenshot(page, `after-19-20-reviews-${width}`) });
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('a curator finds proposals waiting, in several states with reasons', async () => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/voorstellen?status=alle`);
    await page.getByRole('heading', { level: 1, name: 'Voorstellen beoordelen' }).waitFor();
    await page.getByText('2 voorstellen wachten op beoordeling.').waitFor();
    for (const title of ['Leerdagboek voor studenten in een learning community', 'Gespreksplaat rollen van de praktijkopleider', 'Enquête tevredenheid over de kantine']) {
      await page.getByRole('row', { name: new RegExp(title) }).waitFor();
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'after-19-20-review-queue-1280');
    // The resubmitted one shows what changed after the request.
    await page.getByRole('link', { name: 'Retrospectief met opdrachtgevers na elk project' }).click();
    await page.getByRole('region', { name: 'Gewijzigd sinds het verzoek om aanpassingen' }).getByText('4 velden zijn gewijzigd:').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('the demo member signs in and finds a request for changes on their proposal', async () => {
    const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${origin}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByLabel('E-mailadres').fill('lid@example.org');
    await page.getByLabel('Wachtwoord').fill('demo-lid-2026');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText('Ingelogd als Demo Lid', { exact: false }).waitFor();
    await page.goto(`${origin}/voorstellen`);
    const card = page.locator('.proposal-card', { hasText: 'Kennismakingsbingo voor de eerste bijeenkomst' });
    expect(await card.locator('.proposal-badge').innerText()).toBe('Aanpassing gevraagd');
    await card.getByText('Voeg een voorbeeld van de bingokaart toe', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'after-19-20-my-proposals-390');
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});
