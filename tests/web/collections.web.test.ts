import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';
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

const SLOW = 300_000;
const KIT = 'Startpakket: samen starten (test)';
const KIT_SLUG = 'startpakket-samen-starten-test';
const FIRST = 'Rubric samenwerking onderwijs–werkveld';
const SECOND = 'Rubric interdisciplinaire samenwerking';

describe('starter kits in the web app', () => {
  let curator: { context: BrowserContext; page: Page; errors: string[] };

  beforeAll(async () => {
    curator = await openSignedInPage(browser, app, 'CURATOR');
  });
  afterAll(async () => {
    await curator?.context.close();
  });

  it('(a) a curator creates a kit, picks two instruments, reorders them with the keyboard, writes why-texts and publishes', async () => {
    const { page, errors } = curator;
    // The list of kits answers slowly (as on a busy server): an answer asked before "Publiceren" and
    // arriving after it must not put the kit back to "concept" on the screen.
    const slowListAnswers: Promise<void>[] = [];
    await page.route('**/graphql', (route) => {
      if (route.request().postDataJSON()?.operationName !== 'Collections') return route.continue();
      const answered = (async () => {
        const response = await route.fetch();
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await route.fulfill({ response }).catch(() => undefined); // the page may have dropped the request
      })();
      slowListAnswers.push(answered);
      return answered;
    });
    await page.goto(`${origin}/beheer/startpakketten`);
    await page.getByRole('heading', { level: 1, name: 'Startpakketten beheren' }).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByLabel('Titel van een nieuw startpakket').fill(KIT);
    await page.getByRole('button', { name: 'Nieuw startpakket maken' }).click();
    await page.getByRole('heading', { level: 2, name: `${KIT} bewerken` }).waitFor();
    await page.getByText('Nog geen instrumenten in dit startpakket.').waitFor();
    await expectNoSeriousViolations(page);

    const find = page.getByLabel('Zoek een instrument op titel');
    await find.fill('rubric');
    await page.getByRole('button', { name: `${FIRST} toevoegen` }).click();
    await page.getByRole('button', { name: `${SECOND} toevoegen` }).click();
    await page.getByLabel(`Waarom stap 1: ${FIRST}`).fill('Eerst kijken hoe de samenwerking ervoor staat.');
    await page.getByLabel(`Waarom stap 2: ${SECOND}`).fill('Dan de disciplines samen laten werken.');

    // Reorder with the keyboard: the second step moves up.
    await page.getByRole('button', { name: `Stap 2 omhoog: ${SECOND}` }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel(`Waarom stap 1: ${SECOND}`).waitFor();
    expect(await page.getByLabel(`Waarom stap 2: ${FIRST}`).inputValue()).toBe('Eerst kijken hoe de samenwerking ervoor staat.');
    await expectNoSeriousViolations(page);

    await page.getByRole('button', { name: 'Stappen opslaan' }).click();
    await page.getByRole('status').getByText('Opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('button', { name: 'Terug naar concept' }).waitFor();
    await Promise.all(slowListAnswers);
    await page.waitForTimeout(300); // time for the page to take in the last slow answer
    expect(await page.getByRole('button', { name: 'Terug naar concept' }).isVisible()).toBe(true);
    await page.getByRole('listitem').filter({ hasText: `${KIT} (Gepubliceerd)` }).waitFor();
    await page.unroute('**/graphql');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'issue23-kit-manage-1280');

    const [row] = await app.dataSource.query(`SELECT status FROM collections WHERE slug = $1`, [KIT_SLUG]);
    expect(row.status).toBe('PUBLISHED');
    expect(errors).toEqual([]);
  }, SLOW);

  it('(b) a visitor finds the kit on the catalogue page and reads its numbered steps; the instrument page names it', async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await page.goto(`${origin}/`);
      const block = page.getByRole('navigation', { name: 'Startpakketten' });
      await block.getByRole('link', { name: KIT }).click();
      await page.getByRole('heading', { level: 1, name: KIT }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/startpakketten/${KIT_SLUG}`);
      const steps = page.locator('.kit-step');
      expect(await steps.locator('.kit-step__label').allInnerTexts()).toEqual(['Stap 1', 'Stap 2']);
      expect(await steps.locator('h3').allInnerTexts()).toEqual([SECOND, FIRST]);
      await steps.first().getByText('Dan de disciplines samen laten werken.').waitFor();
      await expectNoSeriousViolations(page);
      await screenshot(page, 'issue23-kit-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSeriousViolations(page);
      await screenshot(page, 'issue23-kit-390');
      await page.setViewportSize({ width: 1280, height: 900 });

      await page.getByRole('link', { name: 'Alle startpakketten' }).click();
      await page.getByRole('heading', { level: 1, name: 'Startpakketten' }).waitFor();
      await page.getByRole('link', { name: KIT }).waitFor();
      await expectNoSeriousViolations(page);

      await page.goto(`${origin}/instrumenten/rubric-interdisciplinaire-samenwerking`);
      await page.getByText('Onderdeel van:').getByRole('link', { name: KIT }).waitFor();
      await expectNoSeriousViolations(page);

      // A draft is not for visitors.
      await app.dataSource.query(`UPDATE collections SET status = 'DRAFT' WHERE slug = $1`, [KIT_SLUG]);
      await page.goto(`${origin}/startpakketten/${KIT_SLUG}`);
      await page.getByText('Dit startpakket bestaat niet of is (nog) niet gepubliceerd.').waitFor();
      await expectNoSeriousViolations(page);
      expect(errors.filter((e) => !/404|NOT_FOUND/.test(e))).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);
});
