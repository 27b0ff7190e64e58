import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { mailsTo, tokenMailedTo } from '../support/account-mails.js';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const PASSWORD = 'correct horse battery';

/** axe at this state, and a screenshot at this width. */
async function check(page: Page, name: string): Promise<void> {
  expect({ name, violations: await seriousViolations(page) }).toEqual({ name, violations: [] });
  await screenshot(page, name);
}

describe('accounts people run themselves, in the browser', () => {
  it.each([1280, 390])('resets a forgotten password from the sign-in page by the mailed link (%i px)', async (width) => {
    const email = `vergeten-${width}@example.org`;
    await app.nest.get(AccountsService).upsert(email, 'Lotte Bakker', PASSWORD, 'MEMBER');
    const { context, page, errors } = await openPage(browser, { width });
    await page.goto(origin + '/inloggen');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await check(page, `forgot-password-${width}`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText(`Als er een account is met ${email}, is er nu een mail onderweg.`, { exact: false }).waitFor();
    await check(page, `forgot-password-sent-${width}`);

    const token = await tokenMailedTo(app, email, '/wachtwoord-herstellen');
    await page.goto(`${origin}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord instellen' }).waitFor();
    // The page does not know whose link it is; the API refuses a password made of the name and says so at the field.
    await page.getByLabel('Nieuw wachtwoord').fill('lottebakker1');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Dit wachtwoord is gemaakt van je e-mailadres of naam. Kies een ander.').waitFor();
    await check(page, `reset-password-weak-${width}`);
    await page.getByLabel('Nieuw wachtwoord').fill('een fris nieuw wachtwoord voor mij');
    await page.getByText(/Sterkte: (sterk|heel sterk)$/).waitFor();
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Je wachtwoord is ingesteld.', { exact: false }).waitFor();
    await check(page, `reset-password-done-${width}`);

    // The link works once.
    await page.goto(`${origin}/wachtwoord-herstellen?token=${encodeURIComponent(token)}`);
    await page.getByLabel('Nieuw wachtwoord').fill('nog een ander fris wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord instellen' }).click();
    await page.getByText('Deze link is ongeldig, al gebruikt of verlopen.', { exact: false }).waitFor();
    await check(page, `reset-password-invalid-${width}`);
    await page.getByRole('link', { name: 'Vraag een nieuwe link aan' }).waitFor();

    await page.goto(origin + '/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('een fris nieuw wachtwoord voor mij');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText('Ingelogd als Lotte Bakker (Lid)').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('confirms the e-mail address from the mailed link; until then a notice offers to send it again (%i px)', async (width) => {
    const email = `bevestig-${width}@example.org`;
    await app.gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
      input: { email, displayName: 'Daan Smit', password: 'een lange zin als wachtwoord' },
    });
    const { context, page, errors } = await openPage(browser, { width });
    await page.goto(origin + '/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText('Bevestig je e-mailadres met de link in je mail.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Stuur de mail opnieuw' }).click();
    await page.getByText('We hebben een nieuwe mail gestuurd.', { exact: false }).waitFor();
    await check(page, `verify-notice-${width}`);
    // The catalogue below makes the full page tall: the top of it, where the notice is.
    await page.screenshot({ path: path.resolve('test-results', 'screenshots', `verify-notice-top-${width}.png`) });
    expect((await mailsTo(app, email)).map((m) => m.subject)).toEqual(['Bevestig je e-mailadres', 'Bevestig je e-mailadres']);

    const token = await tokenMailedTo(app, email, '/e-mail-bevestigen');
    await page.goto(`${origin}/e-mail-bevestigen?token=${encodeURIComponent(token)}`);
    await page.getByText('Je e-mailadres is bevestigd.', { exact: false }).waitFor();
    await check(page, `confirm-email-done-${width}`);
    await page.getByRole('link', { name: 'Naar de catalogus' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText('Bevestig je e-mailadres met de link in je mail.', { exact: false }).count()).toBe(0);

    await page.goto(`${origin}/e-mail-bevestigen?token=${encodeURIComponent(token)}`);
    await page.getByText('Deze link is ongeldig, al gebruikt of verlopen.', { exact: false }).waitFor();
    await check(page, `confirm-email-invalid-${width}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('runs Mijn account: details, change password and e-mail, download my data (%i px)', async (width) => {
    const email = `mijn-${width}@example.org`;
    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width, email });
    await page.goto(origin + '/');
    await page.getByRole('link', { name: /Ingelogd als Test MEMBER \(Lid\) – Mijn account/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByText(`${email} (Bevestigd)`).waitFor();
    await check(page, `my-account-${width}`);

    const passwordSection = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
    await passwordSection.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
    await passwordSection.getByLabel('Nieuw wachtwoord').fill('een nieuwe lange zin om te onthouden');
    await passwordSection.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await passwordSection.getByText('Je huidige wachtwoord klopt niet.').waitFor();
    await check(page, `my-account-password-wrong-${width}`);
    await passwordSection.getByLabel('Huidig wachtwoord').fill(PASSWORD);
    await passwordSection.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await passwordSection.getByText('Je wachtwoord is gewijzigd.').waitFor();

    const emailSection = page.getByRole('region', { name: 'E-mailadres wijzigen' });
    await emailSection.getByLabel('Nieuw e-mailadres').fill(`nieuw-${email}`);
    await emailSection.getByLabel('Huidig wachtwoord').fill('een nieuwe lange zin om te onthouden');
    await emailSection.getByRole('button', { name: 'Stuur de bevestigingslink' }).click();
    await emailSection.getByText(`Als nieuw-${email} nog bij geen ander account hoort`, { exact: false }).waitFor();
    await check(page, `my-account-email-sent-${width}`);
    const token = await tokenMailedTo(app, `nieuw-${email}`, '/e-mail-bevestigen');
    await page.goto(`${origin}/e-mail-bevestigen?token=${encodeURIComponent(token)}`);
    await page.getByText('Je e-mailadres is bevestigd.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Naar Mijn account' }).click();
    await page.getByText(`nieuw-${email} (Bevestigd)`).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Mijn gegevens downloaden' }).click()]);
    expect(download.suggestedFilename()).toBe('mijn-gegevens-instrumentencatalogus.json');
    const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as { account: { email: string }; sessions: unknown[] };
    expect(data.account.email).toBe(`nieuw-${email}`);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('signs out everywhere, and deletes the account with the password (%i px)', async (width) => {
    const email = `weg-${width}@example.org`;
    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width, email });
    await page.goto(origin + '/mijn-account');
    await page.getByRole('button', { name: 'Overal uitloggen' }).click();
    await page.getByText('Je bent uitgelogd.').waitFor();
    await page.getByRole('link', { name: 'Inloggen' }).first().waitFor();

    await page.goto(origin + '/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText('Ingelogd als', { exact: false }).waitFor();
    await page.goto(origin + '/mijn-account');
    await page.getByRole('button', { name: 'Account verwijderen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Account verwijderen' });
    await dialog.getByLabel('Huidig wachtwoord').fill('niet mijn wachtwoord');
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await dialog.getByText('Je huidige wachtwoord klopt niet.').waitFor();
    await check(page, `delete-account-dialog-${width}`);
    await dialog.getByLabel('Huidig wachtwoord').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click();
    await page.getByText('Je account is verwijderd', { exact: false }).waitFor();
    await check(page, `delete-account-done-${width}`);
    expect(await app.dataSource.query('SELECT 1 FROM accounts WHERE email = $1', [email])).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('lets an admin see the last sign-in, resend a verification, and disable and enable an account (%i px)', async (width) => {
    await app.gql('mutation ($input: RegisterInput!) { register(input: $input) }', {
      input: { email: `aaa-nieuw-${width}@example.org`, displayName: `Nieuw Lid ${width}`, password: 'een lange zin als wachtwoord' },
    });
    const { context, page, errors } = await openSignedInPage(browser, app, 'ADMIN', { width });
    await page.goto(origin + '/beheer/accounts');
    const row = page.getByRole('listitem').filter({ hasText: `Nieuw Lid ${width}` });
    await row.getByText('E-mailadres niet bevestigd').waitFor();
    await row.getByText('nog nooit').waitFor();
    await row.getByRole('button', { name: `Stuur bevestiging opnieuw aan Nieuw Lid ${width}` }).click();
    await page.getByText(`Nieuw Lid ${width} krijgt een nieuwe bevestigingsmail.`).waitFor();
    await row.getByRole('button', { name: `Account van Nieuw Lid ${width} uitschakelen` }).click();
    await page.getByText(`Het account van Nieuw Lid ${width} is uitgeschakeld`, { exact: false }).waitFor();
    await row.getByText('Uitgeschakeld', { exact: true }).waitFor();
    await check(page, `admin-accounts-${width}`);
    await row.getByRole('button', { name: `Account van Nieuw Lid ${width} weer inschakelen` }).click();
    await page.getByText(`Het account van Nieuw Lid ${width} is weer ingeschakeld.`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([1280, 390])('speaks English on every account page after switching (%i px)', async (width) => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width, email: `engels-${width}@example.org` });
    await page.goto(origin + '/mijn-account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
    for (const heading of ['Change password', 'Change email address', 'Sign out everywhere', 'My data', 'Delete account']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await check(page, `my-account-en-${width}`);
    for (const [path, title] of [
      ['/wachtwoord-vergeten', 'Forgot your password'],
      ['/wachtwoord-herstellen?token=onbekend', 'Set a new password'],
      ['/e-mail-bevestigen?token=onbekend', 'Confirm email address'],
    ] as const) {
      await page.goto(origin + path);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
    }
    await page.getByText('This link is invalid, used or expired.', { exact: false }).waitFor();
    await check(page, `confirm-email-invalid-en-${width}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says that a disabled account is disabled when its password is right', async () => {
    const email = 'uitgeschakeld-web@example.org';
    const account = await app.nest.get(AccountsService).upsert(email, 'Uit Geschakeld', PASSWORD, 'MEMBER');
    await app.dataSource.query('UPDATE accounts SET disabled_at = now() WHERE id = $1', [account.id]);
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('alert').getByText('Dit account is uitgeschakeld door een beheerder.', { exact: false }).waitFor();
    await context.close();
  });
});
