import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { openPage, originOf, screenshot, seriousViolations } from '../support/browser.js';
import { startTestOidcProvider, type TestOidcProvider } from '../support/oidc-provider.js';
import { startTestApp, type TestApp, type TestAppOptions } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let idp: TestOidcProvider;
let browser: Browser;
let origin: string;

// The provider first: the app starts with its issuer (webSuite reads the settings when it starts the app).
const options: TestAppOptions & { env: Record<string, string> } = { env: {} };
beforeAll(async () => {
  idp = await startTestOidcProvider();
  Object.assign(options.env, idp.env);
});
webSuite((suite) => {
  ({ browser, origin } = suite);
  idp.registerApp(origin);
}, options);
afterAll(() => idp?.close());

describe('sign-in with the institution in the web app', () => {
  it('shows the button on the sign-in page; a click goes through the provider and lands signed in where the person was going', async () => {
    idp.person({ sub: 'anne.jansen', email: 'anne.jansen@hogeschool.example', email_verified: true, name: 'Anne Jansen' });
    const { context, page, errors } = await openPage(browser);
    // A members' page sends a visitor to sign in, and back after.
    await page.goto(origin + '/voorstellen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    const button = page.getByRole('link', { name: 'Inloggen met je instelling' });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe('/api/auth/oidc/start?next=%2Fvoorstellen');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'oidc-sign-in-1280');

    await button.click();
    await page.getByRole('heading', { name: 'Testinstelling' }).waitFor();
    expect(new URL(page.url()).origin).toBe(idp.issuer);
    await page.getByLabel('Gebruikersnaam').fill('anne.jansen');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await page.getByText('Ingelogd als Anne Jansen (Lid)').waitFor();
    expect(new URL(page.url()).pathname).toBe('/voorstellen');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'oidc-signed-in-1280');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a phone: the button, and after cancelling at the provider a clear message on the sign-in page', async () => {
    idp.person({ sub: 'bram', email: 'bram@roc.example', email_verified: true, name: 'Bram' });
    const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(origin + '/inloggen');
    await page.getByRole('link', { name: 'Inloggen met je instelling' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'oidc-sign-in-390');

    await page.getByRole('link', { name: 'Inloggen met je instelling' }).click();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('alert').getByText('Het inloggen bij je instelling is afgebroken of geweigerd.', { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'oidc-cancelled-390');

    // A retry from the same page works.
    await page.getByRole('link', { name: 'Inloggen met je instelling' }).click();
    await page.getByLabel('Gebruikersnaam').fill('bram');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Ingelogd als Bram (Lid)').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('in English, the default label is translated', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/inloggen');
    await page.getByRole('link', { name: 'Inloggen met je instelling' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Sign in with your institution' }).waitFor();
    await context.close();
  });

  it('shows no button when the OIDC settings are unset', async () => {
    let plain: TestApp | undefined;
    try {
      plain = await startTestApp({ seed: false });
      const { context, page } = await openPage(browser);
      const answered = page.waitForResponse(async (response) => response.url().endsWith('/graphql') && (await response.text()).includes('signInOptions'));
      await page.goto(originOf(plain) + '/inloggen');
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await answered;
      await page.getByLabel('E-mailadres').waitFor();
      expect(await page.getByRole('link', { name: /instelling/ }).count()).toBe(0);
      await context.close();
    } finally {
      await plain?.close();
    }
  });
});
