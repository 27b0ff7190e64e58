import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { webSuite } from '../support/web-suite.js';

let browser: Browser;
let origin: string;

webSuite(
  (suite) => {
    ({ browser, origin } = suite);
  },
  { seed: false, env: { RATE_LIMIT_AUTH_PER_ACCOUNT: '2', RATE_LIMIT_AUTH_WINDOW_MS: '240000' } },
);

describe('sign-in after too many attempts (#19.14)', () => {
  it.each([1280, 390])('says how long to wait, from the API’s retryAfter (%i px)', async (width) => {
    const { context, page, errors } = await openPage(browser, { width });
    await page.goto(origin + '/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    const email = `te-vaak-${width}@example.org`;
    for (let i = 0; i < 2; i++) {
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill(`verkeerd wachtwoord ${i}`);
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('alert').getByText('Het e-mailadres of het wachtwoord klopt niet.').waitFor();
    }
    await page.getByLabel('Wachtwoord').fill('nog een verkeerd wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').getByText('Te veel pogingen. Probeer het over 4 minuten opnieuw.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `sign-in-too-many-${width}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
