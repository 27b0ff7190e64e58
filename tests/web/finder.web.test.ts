import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { webSuite } from '../support/web-suite.js';

let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ browser, origin } = suite);
});

const SLOW = 300_000;

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

const question = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

describe('the guided finder', () => {
  let opened: { context: BrowserContext; page: Page; errors: string[] };
  beforeAll(async () => {
    opened = await openPage(browser);
  });
  afterAll(() => opened?.context.close());

  it(
    'asks one question at a time, keeps the answers in the URL, and Back restores them',
    async () => {
      const { page, errors } = opened;
      // From the catalogue page's one-line link.
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: /Welk instrument past bij ons\?/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Welk instrument past bij ons?' }).waitFor();
      await question(page, 'In welke fase zit jullie learning community?');
      await page.getByText('Vraag 1 van 5').waitFor();
      await page.getByRole('radio', { name: 'Evalueren' }).waitFor();
      await expectNoSeriousViolations(page);
      expect(await page.getByRole('button', { name: 'Vorige' }).count()).toBe(0);

      await page.getByRole('radio', { name: 'Evalueren' }).check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await question(page, 'Wat willen jullie doen?');
      expect(params(page)).toEqual({ fase: 'EVALUATE', stap: '2' });
      await page.getByRole('checkbox', { name: 'Impact' }).check();
      await expectNoSeriousViolations(page);
      await page.getByRole('button', { name: 'Volgende' }).click();

      await question(page, 'In welke sector werken jullie?');
      await page.getByRole('radio', { name: 'hbo' }).check();
      // Skipping drops the choice made on this question.
      await page.getByRole('button', { name: 'Sla over' }).click();
      await question(page, 'Wie doen er mee?');
      expect(params(page)).toEqual({ fase: 'EVALUATE', doel: 'impact', stap: '4' });
      expect(page.url()).toContain('doel=impact');
      await page.getByRole('checkbox', { name: 'Lectoren en onderzoekers' }).check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await question(page, 'Hoeveel tijd hebben jullie?');
      await expectNoSeriousViolations(page);

      // The browser's Back: the previous question, with its answer from the URL.
      await page.goBack();
      await question(page, 'Wie doen er mee?');
      expect(await page.getByRole('checkbox', { name: 'Lectoren en onderzoekers' }).isChecked()).toBe(true);
      await page.goBack();
      await question(page, 'In welke sector werken jullie?');
      // Skipped: hbo was chosen, then dropped.
      expect(await page.getByRole('radio', { name: 'hbo' }).isChecked()).toBe(false);
      // "Vorige" does the same.
      await page.getByRole('button', { name: 'Vorige' }).click();
      await question(page, 'Wat willen jullie doen?');
      expect(await page.getByRole('checkbox', { name: 'Impact' }).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Volgende' }).click();
      await question(page, 'In welke sector werken jullie?');
      await page.getByRole('button', { name: 'Sla over' }).click();
      await question(page, 'Wie doen er mee?');
      // Going back past a question and on again: each address holds the answers given up to it.
      await page.getByRole('checkbox', { name: 'Lectoren en onderzoekers' }).check();
      await page.getByRole('button', { name: 'Volgende' }).click();
      await question(page, 'Hoeveel tijd hebben jullie?');
      await page.getByRole('radio', { name: 'Een dagdeel (tot 4 uur)' }).check();
      await page.getByRole('button', { name: 'Toon instrumenten' }).click();

      await page.getByRole('heading', { level: 2, name: 'Instrumenten die bij jullie passen' }).waitFor();
      expect(params(page)).toEqual({ fase: 'EVALUATE', doel: 'impact', wie: 'RESEARCHERS', tijd: 'HALF_DAY', stap: 'resultaat' });
      const cards = page.locator('.finder-card');
      await cards.first().waitFor();
      const titles = await cards.locator('h3').allInnerTexts();
      expect(titles.slice(0, 5)).toEqual(expect.arrayContaining(['Waardecreatieverhalen: opbrengsten zichtbaar maken']));
      const fits = await cards.locator('.finder-card__fits').allInnerTexts();
      expect(fits).toContain('Past bij: fase Evalueren, Impact, Lectoren en onderzoekers');
      expect(fits.some((text) => /^Past bij: fase Evalueren, Impact, .*90 minuten$/.test(text))).toBe(true);
      // Usable first: every card with a badge of a usable status comes before the others.
      const badges = await cards.locator('.badge').allInnerTexts();
      const usable = badges.map((b) => b === 'Beschikbaar' || b === 'In pilot');
      expect(usable).toEqual([...usable].sort((a, b) => Number(b) - Number(a)));
      await expectNoSeriousViolations(page);
      await screenshot(page, 'issue23-finder-1280');

      // Back from the results: the last question with its answer.
      await page.getByRole('button', { name: 'Vorige' }).click();
      await question(page, 'Hoeveel tijd hebben jullie?');
      expect(await page.getByRole('radio', { name: 'Een dagdeel (tot 4 uur)' }).isChecked()).toBe(true);
      expect(errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'opens a shared address at the results, and skipping everything shows usable instruments',
    async () => {
      const narrow = await openPage(browser, { width: 390, height: 844 });
      try {
        const { page, errors } = narrow;
        await page.goto(`${origin}/vinden?fase=DEVELOP&doel=co-creatie,pps&sector=MBO&wie=COORDINATORS,WORK_FIELD&tijd=HALF_DAY&stap=resultaat`);
        const cards = page.locator('.finder-card');
        await cards.first().waitFor();
        expect(await cards.first().locator('h3').innerText()).toBe('Canvas Learning Community in ontwikkeling');
        expect(await cards.first().locator('.finder-card__fits').innerText()).toMatch(
          /^Past bij: fase Ontwikkelen en inrichten, .*Co-creatie.*, mbo, .*90–120 minuten$/,
        );
        await expectNoSeriousViolations(page);
        await screenshot(page, 'issue23-finder-390');

        await page.goto(`${origin}/vinden`);
        await page.getByRole('radio', { name: 'Evalueren' }).waitFor();
        await screenshot(page, 'issue23-finder-question-390');
        for (let step = 0; step < 5; step++) {
          await page.getByText(`Vraag ${step + 1} van 5`).waitFor();
          await page.getByRole('button', { name: 'Sla over' }).click();
        }
        await page.getByText('Je hebt alle vragen overgeslagen; dit zijn bruikbare instrumenten uit de catalogus.').waitFor();
        expect(params(page)).toEqual({ stap: 'resultaat' });
        await cards.first().waitFor();
        const badges = await cards.locator('.badge').allInnerTexts();
        expect(badges.length).toBe(10);
        expect(badges.every((b) => b === 'Beschikbaar' || b === 'In pilot')).toBe(true);
        expect(await cards.locator('.finder-card__fits').count()).toBe(0);
        await expectNoSeriousViolations(page);
        expect(errors).toEqual([]);
      } finally {
        await narrow.context.close();
      }
    },
    SLOW,
  );

  it(
    'moves on without JavaScript too: "Volgende" submits the answers so far and the next step',
    async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/vinden?fase=EVALUATE&stap=2`);
        await question(page, 'Wat willen jullie doen?');
        await page.getByRole('checkbox', { name: 'Impact' }).check();
        await page.getByRole('checkbox', { name: 'Feedback' }).check();
        await page.getByRole('button', { name: 'Volgende' }).click();
        await question(page, 'In welke sector werken jullie?');
        const url = new URL(page.url());
        expect(url.searchParams.get('fase')).toBe('EVALUATE');
        expect(url.searchParams.getAll('doel').sort()).toEqual(['feedback', 'impact']);
        expect(url.searchParams.get('stap')).toBe('3');
      } finally {
        await context.close();
      }
    },
    SLOW,
  );
});
