import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import type { TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const SLOW = 240_000;
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const focusedIsSummary = (page: Page) => page.evaluate(() => document.activeElement?.classList.contains('error-summary') ?? false);

describe('#19 point 4: one click on "Voorstel indienen" submits or shows the errors', () => {
  it.each(SIZES)('at $width px, after a field whose error appears on leaving it', async ({ width, height }) => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width, height });
    await page.goto(`${origin}/voorstellen/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw voorstel' }).waitFor();
    await page.getByLabel('Titel').fill(`Eén klik is genoeg ${width}`);
    await page.getByLabel('Korte samenvatting').fill('Een voorstel waarmee de test één klik op de knop controleert.');
    await page.getByLabel('Soort instrument').selectOption('RUBRIC');
    await page.getByRole('group', { name: /^Fasen/ }).getByLabel('Evalueren').check();
    // The last field touched is too short: its error appears when it loses the focus, above the button.
    await page.getByLabel('Motivatie').fill('Kort');
    const button = page.getByRole('button', { name: 'Voorstel indienen' });
    await button.scrollIntoViewIfNeeded();
    const before = (await button.boundingBox())!;
    // Pressed near its top edge: had the error pushed the button down between mousedown and mouseup, no click.
    await page.mouse.move(before.x + 12, before.y + 3);
    await page.mouse.down();
    await page.mouse.up();
    // One click: the summary has the focus and names the field.
    const summary = page.locator('.error-summary');
    await summary.getByRole('link', { name: 'Motivatie: Schrijf 10 tot 2000 tekens (nu 4).' }).waitFor();
    expect(await focusedIsSummary(page)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `after-19-4-one-click-errors-${width}`);

    // Corrected, the focus still in the field: one click submits.
    await summary.getByRole('link', { name: /^Motivatie: / }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('motivation');
    await page.keyboard.type(' genoeg tekst nu, voor de catalogus.');
    const again = (await button.boundingBox())!;
    await page.mouse.move(again.x + 12, again.y + 3);
    await page.mouse.down();
    await page.mouse.up();
    await page.getByRole('heading', { level: 1, name: 'Bedankt, je voorstel is ingediend' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});

describe('#19 point 11: the error summary', () => {
  it.each(SIZES)('at $width px in the proposal form: "Er is een probleem", a link per error that focuses its field', async ({ width, height }) => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width, height });
    await page.goto(`${origin}/voorstellen/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw voorstel' }).waitFor();
    await page.getByLabel('Titel').fill('Te');
    await page.getByRole('button', { name: 'Link toevoegen' }).click();
    await page.getByLabel('Adres van link 1').fill('geen-adres');
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { level: 2, name: 'Er is een probleem' }).waitFor();
    expect(await focusedIsSummary(page)).toBe(true);
    expect(await summary.getByRole('link').allInnerTexts()).toEqual([
      'Titel: Gebruik 3 tot 160 tekens (nu 2).',
      'Korte samenvatting: Vul dit veld in.',
      'Soort instrument: Kies een soort instrument.',
      'Fasen: Kies minstens 1 fase.',
      'Omschrijving van link 1: Geef de link een omschrijving.',
      'Adres van link 1: Vul een volledig webadres in dat met http:// of https:// begint.',
      'Motivatie: Vul dit veld in.',
    ]);
    // The summary is at the top of the form, above the first field.
    const summaryBox = (await summary.boundingBox())!;
    expect(summaryBox.y).toBeLessThan((await page.getByLabel('Titel').boundingBox())!.y);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `after-19-11-error-summary-proposal-${width}`);

    // Each link moves the focus to its field; Tab from the summary reaches the first link.
    await summary.getByRole('link', { name: /^Adres van link 1/ }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('geen-adres');
    await summary.getByRole('link', { name: /^Soort instrument/ }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    // Fixed problems leave the list.
    await page.getByLabel('Soort instrument').selectOption('RUBRIC');
    await summary.getByRole('link', { name: /^Soort instrument/ }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it.each(SIZES)('at $width px in the instrument editor', async ({ width, height }) => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', { width, height });
    await page.goto(`${origin}/beheer/instrumenten/nieuw`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw instrument' }).waitFor();
    await page.getByLabel('E-mailadres contactpersoon').fill('geen-adres');
    await page.getByRole('button', { name: 'Instrument opnemen' }).click();
    const summary = page.locator('.error-summary');
    await summary.getByRole('heading', { level: 2, name: 'Er is een probleem' }).waitFor();
    expect(await focusedIsSummary(page)).toBe(true);
    const links = await summary.getByRole('link').allInnerTexts();
    expect(links.slice(0, 3)).toEqual(['Titel: Vul een titel in.', 'Webadres (slug): Een webadres heeft 3 tot 120 tekens.', 'Samenvatting: Vul een samenvatting in.']);
    expect(links).toEqual(expect.arrayContaining(['Soort: Kies een soort.', 'Fasen: Kies minstens één fase.', 'Herkomst: Kies de herkomst.']));
    expect(links.at(-1)).toMatch(/^E-mailadres contactpersoon: Vul een geldig e-mailadres in/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `after-19-11-error-summary-editor-${width}`);
    await summary.getByRole('link', { name: 'Fasen: Kies minstens één fase.' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    await summary.getByRole('link', { name: /^E-mailadres contactpersoon/ }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('geen-adres');
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});
