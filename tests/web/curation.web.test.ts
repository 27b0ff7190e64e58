import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { createInstrument } from '../support/instrument-builder.js';
import { submitProposal } from '../support/proposal-builder.js';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const VERSION = `query ($slug: String!) { instrument(slug: $slug) { id version title summary status } }`;
const UPDATE = `mutation ($input: UpdateInstrumentInput!) { updateInstrument(input: $input) { id version title summary } }`;
const CHANGE_STATUS = `mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { id status } }`;

async function current(slug: string, cookie: string) {
  return dataOf(await app.gql<{ instrument: { id: string; version: number; title: string; summary: string; status: string } }>(VERSION, { slug }, cookie))
    .instrument;
}

/** The accessible name of the focused element, for keyboard checks. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelled = element.getAttribute('aria-label');
    if (labelled) return labelled;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
      return element.labels?.[0]?.textContent?.trim() ?? '';
    }
    return element.textContent?.trim() ?? '';
  });
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the curators’ area in the web app', () => {
  it('tells a curator that someone else saved first, reloads and reapplies their changes, and saves', async () => {
    const otherCurator = await signedIn(app, 'CURATOR');
    const created = await createInstrument(app, otherCurator, {
      title: 'Werkvorm samen leren in de regio',
      summary: 'Een werkvorm om met partners uit de regio samen te leren.',
    });
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/instrumenten/${created.slug}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Instrument bewerken' }).waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe('Werkvorm samen leren in de regio');

    // This curator changes the summary…
    const mySummary = 'Een werkvorm waarin docenten, studenten en bedrijven uit de regio samen leren.';
    await page.getByLabel('Samenvatting').fill(mySummary);

    // …leaving asks first; staying keeps the change.
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    expect(questions).toEqual(['Je hebt wijzigingen die nog niet zijn opgeslagen. Wil je deze pagina toch verlaten?']);
    expect(new URL(page.url()).pathname).toBe(`/beheer/instrumenten/${created.slug}/bewerken`);

    // …while another curator saves a new title first.
    const before = await current(created.slug, otherCurator);
    dataOf(await app.gql(UPDATE, { input: { id: before.id, version: before.version, title: 'Werkvorm regionaal samen leren' } }, otherCurator));

    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit instrument opgeslagen nadat jij begon met bewerken' });
    await conflict.waitFor();
    expect(await focusedName(page)).toBe('Nieuwste versie laden en mijn wijzigingen behouden');
    expect(await page.getByRole('button', { name: 'Wijzigingen opslaan' }).isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'instrument-editor-conflict');

    await page.getByRole('button', { name: 'Nieuwste versie laden en mijn wijzigingen behouden' }).click();
    const reloaded = page.getByRole('status').filter({ hasText: 'De nieuwste versie is geladen' });
    await reloaded.waitFor();
    expect(await reloaded.innerText()).toContain('Door de ander gewijzigd: Titel.');
    expect(await page.getByLabel('Titel').inputValue()).toBe('Werkvorm regionaal samen leren');
    expect(await page.getByLabel('Samenvatting').inputValue()).toBe(mySummary);

    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkvorm regionaal samen leren' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/instrumenten/${created.slug}`);
    expect(await page.locator('main .lead').innerText()).toBe(mySummary);
    const after = await current(created.slug, otherCurator);
    expect(after).toMatchObject({ version: before.version + 2, title: 'Werkvorm regionaal samen leren', summary: mySummary });

    // The catalogue shows the change without a reload (sorted newest first; the default puts ideas last).
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    await page.getByLabel('Sorteren op').selectOption({ label: 'Nieuwste eerst' });
    await page.getByRole('link', { name: 'Werkvorm regionaal samen leren' }).first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('creates an instrument with every kind of field and shows it in the catalogue', async () => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer`);
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByRole('link', { name: 'Nieuw instrument' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw instrument' }).waitFor();

    // Client validation with the limits of libs/domain, before anything is sent.
    await page.getByRole('button', { name: 'Instrument opnemen' }).click();
    await page.getByText('Vul een titel in.', { exact: true }).waitFor();
    for (const text of ['Vul een samenvatting in.', 'Kies een soort.', 'Kies minstens één fase.', 'Kies de herkomst.']) {
      await page.getByText(text, { exact: true }).waitFor();
    }
    // The error summary at the top has the focus, and lists each problem as a link to its field.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await page.locator('.error-summary').getByRole('link', { name: 'Titel: Vul een titel in.' }).click();
    expect(await focusedName(page)).toContain('Titel');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Titel').fill('Kaartspel rollen in de leergemeenschap');
    expect(await page.getByLabel('Webadres (slug)').inputValue()).toBe('kaartspel-rollen-in-de-leergemeenschap');
    await page.getByLabel('Samenvatting').fill('Een kaartspel waarmee deelnemers hun rol in de leergemeenschap verkennen.');
    await page.getByLabel('Beschrijving', { exact: true }).fill('## Doel\n\nDeelnemers **verkennen** hun rol.\n\n- ronde 1\n- ronde 2');
    await page.getByRole('tab', { name: 'Voorbeeld' }).click();
    await page.getByRole('tabpanel', { name: 'Voorbeeld' }).getByRole('heading', { level: 3, name: 'Doel' }).waitFor();
    await page.getByRole('tab', { name: 'Schrijven' }).click();
    await page.getByLabel('Soort').selectOption({ label: 'Spel' });
    await page.getByRole('group', { name: 'Fasen' }).getByLabel('Ontwikkelen en inrichten').check();
    await page.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Docenten').check();
    await page.getByLabel('Herkomst').selectOption('NETWORK');
    await page.getByLabel('Benodigde tijd').fill('Een bijeenkomst van twee uur');
    await page.getByLabel('Contactpersoon', { exact: true }).fill('Sanne de Boer (fictief)');
    await page.getByLabel('E-mailadres contactpersoon').fill('geen-adres');
    await page.getByRole('button', { name: 'Link toevoegen' }).click();
    expect(await focusedName(page)).toContain('Linktekst');
    await page.keyboard.type('Spelregels');
    await page.getByLabel('Adres (https://…) (Link 1)').fill('https://example.org/spelregels');
    await page.getByRole('button', { name: 'Link toevoegen' }).click();
    await page.keyboard.type('Kaarten');
    await page.getByLabel('Adres (https://…) (Link 2)').fill('example.org/kaarten');
    await page.getByRole('button', { name: 'Instrument opnemen' }).click();
    await page.locator('.field__error', { hasText: 'Vul een geldig e-mailadres in' }).waitFor();
    await page.getByText('Vul een volledig webadres in dat begint met https:// of http://.', { exact: true }).waitFor();
    await page.getByLabel('E-mailadres contactpersoon').fill('sanne@example.org');
    await page.getByLabel('Adres (https://…) (Link 2)').fill('https://example.org/kaarten');
    await page.getByRole('button', { name: 'Link 2 omhoog' }).click();
    expect(await focusedName(page)).toBe('Link 1 omlaag');
    expect(await page.getByLabel('Linktekst (Link 1)').inputValue()).toBe('Kaarten');
    await page.getByRole('button', { name: 'Instrument opnemen' }).click();

    await page.getByRole('heading', { level: 1, name: 'Kaartspel rollen in de leergemeenschap' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/instrumenten/kaartspel-rollen-in-de-leergemeenschap');
    const links = await page.locator('.instrument__side a[href^="https://example.org"]').allInnerTexts();
    expect(links.map((text) => text.split('\n')[0]!.trim())).toEqual(['Kaarten', 'Spelregels']);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    await page.getByLabel('Sorteren op').selectOption({ label: 'Nieuwste eerst' });
    await page.getByRole('link', { name: 'Kaartspel rollen in de leergemeenschap' }).waitFor();

    // A second instrument with the same web address is refused at the slug field.
    await page.goto(`${origin}/beheer/instrumenten/nieuw`);
    await page.getByLabel('Titel').fill('Kaartspel rollen in de leergemeenschap');
    await page.getByLabel('Samenvatting').fill('Nog een keer hetzelfde kaartspel, om de dubbele slug te zien.');
    await page.getByLabel('Soort').selectOption({ label: 'Spel' });
    await page.getByRole('group', { name: 'Fasen' }).getByLabel('Evalueren').check();
    await page.getByLabel('Herkomst').selectOption('EXISTING');
    await page.getByRole('button', { name: 'Instrument opnemen' }).click();
    await page.getByText('Er is al een instrument met dit webadres. Kies een ander.', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('changes the status in a dialog with the keyboard alone; a step back needs a note', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const created = await createInstrument(app, curator, { title: 'Zelfscan duurzame samenwerking' });
    dataOf(await app.gql(CHANGE_STATUS, { input: { id: created.id, status: 'IN_DESIGN', note: 'De werkgroep ontwerpt.' } }, curator));

    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/instrumenten/${created.slug}`);
    const opener = page.getByRole('button', { name: 'Status wijzigen' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Status wijzigen' });
    await dialog.waitFor();
    // The allowed next statuses from libs/domain, with what each step means.
    const options = await dialog.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels![0]!.textContent));
    expect(options).toEqual([
      'Idee (een stap terug; toelichting verplicht)',
      'Prototype (een stap vooruit)',
      'Vervallen (niet meer aanbevolen; toelichting verplicht)',
    ]);
    expect(await focusedName(page)).toBe('Idee (een stap terug; toelichting verplicht)');
    expect(await dialog.innerText()).toContain('De werkgroep ontwerpt.');

    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toContain('Toelichting');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.getByText('Schrijf in de toelichting waarom het instrument een stap terug gaat.').waitFor();
    expect(await focusedName(page)).toContain('Toelichting');
    await page.keyboard.type('Uit de eerste gesprekken bleek dat het doel scherper moet.');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'status-dialog');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'De status is nu Idee.' }).waitFor();
    expect(await focusedName(page)).toBe('Status wijzigen');
    // Badge and timeline changed without a reload.
    expect(await page.locator('.instrument-facts').innerText()).toContain('Idee');
    expect(await page.locator('.status-timeline').first().innerText()).toContain('Uit de eerste gesprekken bleek dat het doel scherper moet.');
    expect((await current(created.slug, curator)).status).toBe('IDEA');

    // Escape closes and gives focus back.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedName(page)).toBe('Status wijzigen');

    // Evidence, and retiring with a required note (retireInstrument).
    await page.getByRole('button', { name: 'Onderbouwing wijzigen' }).click();
    const evidence = page.getByRole('dialog', { name: 'Onderbouwing wijzigen' });
    expect(await focusedName(page)).toBe('Niet beoordeeld');
    await evidence.getByLabel('Goed beschreven').check();
    await evidence.getByRole('textbox', { name: 'Reden' }).fill('Doel, opzet en gebruik zijn volledig beschreven.');
    await evidence.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De onderbouwing is nu: Goed beschreven.' }).waitFor();
    expect(await page.locator('.instrument-facts').innerText()).toContain('Goed beschreven');

    await page.getByRole('button', { name: 'Vervallen verklaren' }).click();
    const retire = page.getByRole('dialog', { name: 'Vervallen verklaren' });
    expect(await retire.getByLabel('Vervallen (niet meer aanbevolen; toelichting verplicht)').isChecked()).toBe(true);
    await retire.getByRole('button', { name: 'Status wijzigen' }).click();
    await retire.getByText('Schrijf in de toelichting waarom het instrument vervalt.').waitFor();
    await retire.getByRole('textbox', { name: 'Toelichting' }).fill('Vervangen door een nieuwer instrument.');
    await retire.getByRole('button', { name: 'Status wijzigen' }).click();
    await retire.waitFor({ state: 'hidden' });
    await page.getByText('Dit instrument is vervallen; de status verandert niet meer.').waitFor();
    expect(await page.getByRole('button', { name: 'Status wijzigen' }).count()).toBe(0);
    expect(await page.locator('.status-timeline').first().innerText()).toContain('Vervangen door een nieuwer instrument.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a theme, renames, reorders and hides it, and the catalogue facet shows the new name', async () => {
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/vocabulaires?lijst=tag`);
    await page.getByRole('heading', { level: 2, name: 'Thema’s' }).waitFor();
    const rows = page.locator('.term-list > li');
    await rows.first().waitFor();
    const before = await rows.count();
    expect(before).toBeGreaterThan(3);

    await page.getByLabel('Naam in het Nederlands').fill('Burgerschap in de regio');
    expect(await page.getByLabel('Code').inputValue()).toBe('burgerschap-in-de-regio');
    await page.getByLabel('Naam in het Engels').fill('Citizenship in the region');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: '„Burgerschap in de regio” is toegevoegd.' }).waitFor();
    expect(await rows.count()).toBe(before + 1);
    expect(await rows.last().innerText()).toContain('burgerschap-in-de-regio');

    // The same code twice is said at the code field.
    await page.getByLabel('Naam in het Nederlands').fill('Nog een keer');
    await page.getByLabel('Naam in het Engels').fill('Once more');
    await page.getByLabel('Code').fill('burgerschap-in-de-regio');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Deze code bestaat al in deze lijst.').waitFor();

    await page.getByRole('button', { name: 'Burgerschap in de regio wijzigen' }).click();
    expect(await focusedName(page)).toContain('Nederlandse naam van burgerschap-in-de-regio');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Regionaal burgerschap');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '„Regionaal burgerschap” is opgeslagen.' }).waitFor();
    expect(await focusedName(page)).toBe('Regionaal burgerschap wijzigen');

    // Reordering with the keyboard: focus stays on the term that moved.
    await page.getByRole('button', { name: 'Regionaal burgerschap omhoog' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `„Regionaal burgerschap” staat nu op plaats ${before}.` }).waitFor();
    expect(await focusedName(page)).toBe('Regionaal burgerschap omhoog');
    expect(await rows.nth(before - 1).innerText()).toContain('Regionaal burgerschap');

    await page.getByRole('button', { name: 'Regionaal burgerschap verbergen' }).click();
    await page.getByRole('status').filter({ hasText: '„Regionaal burgerschap” is verborgen.' }).waitFor();
    expect(await rows.nth(before - 1).innerText()).toContain('Verborgen');
    await page.getByRole('button', { name: 'Regionaal burgerschap weer tonen' }).click();
    await page.getByRole('status').filter({ hasText: '„Regionaal burgerschap” is weer zichtbaar.' }).waitFor();

    // A value in use is not deleted, and the page says why.
    const facets = dataOf(
      await app.gql<{ instrumentFacets: { name: string; values: { labelNl: string; count: number }[] }[] }>(
        '{ instrumentFacets { name values { labelNl count } } }',
      ),
    ).instrumentFacets;
    const firstLabel = facets.find((facet) => facet.name === 'TAG')!.values.find((value) => value.count > 0)!.labelNl;
    await page.getByRole('button', { name: `${firstLabel} verwijderen` }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('alert').filter({ hasText: `„${firstLabel}” is niet verwijderd:` }).waitFor();
    expect(await page.getByRole('alert').innerText()).toMatch(/gebruik(t|en) deze waarde\. Verberg hem in plaats daarvan\./);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'vocabularies');

    // The catalogue's theme facet has the new name, without a reload.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    const themes = page.locator('fieldset[data-facet="TAG"]');
    await themes.waitFor();
    const more = themes.getByRole('button', { name: /Toon meer/ });
    if (await more.count()) await more.click();
    await themes.getByText('Regionaal burgerschap').waitFor();
    expect(await themes.getByText('Burgerschap in de regio').count()).toBe(0);

    // An unused value can be deleted.
    await page.goto(`${origin}/beheer/vocabulaires?lijst=tag`);
    await page.getByRole('button', { name: 'Regionaal burgerschap verwijderen' }).click();
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: '„Regionaal burgerschap” is verwijderd.' }).waitFor();
    expect(await rows.count()).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sends a member away from curator pages, and the API refuses them with FORBIDDEN', async () => {
    const { context, page } = await openSignedInPage(browser, app, 'MEMBER');
    for (const path of ['/beheer', '/beheer/instrumenten/nieuw', '/beheer/vocabulaires', '/beheer/accounts']) {
      await page.goto(origin + path);
      await page.getByText('Die pagina is er niet voor jouw rol. Je bent teruggestuurd naar de catalogus.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
    }
    // A curator is no admin either.
    const curatorPage = await openSignedInPage(browser, app, 'CURATOR');
    await curatorPage.page.goto(`${origin}/beheer/accounts`);
    await curatorPage.page.getByText('Die pagina is er niet voor jouw rol.', { exact: false }).waitFor();
    expect(await curatorPage.page.getByRole('link', { name: 'Accounts en rollen' }).count()).toBe(0);
    await curatorPage.context.close();

    const member = await signedIn(app, 'MEMBER');
    const target = await current('rubric-interdisciplinaire-samenwerking', member);
    const { body } = await app.post(UPDATE, { input: { id: target.id, version: target.version, title: 'Overgenomen' } }, member);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await current('rubric-interdisciplinaire-samenwerking', member)).title).toBe(target.title);
    await context.close();
  });

  it('lets an admin make a member curator, load more accounts, and never remove the last admin', async () => {
    const accounts = app.nest.get(AccountsService);
    await accounts.upsert('aa-marit.jansen@example.org', 'Marit Jansen', 'correct horse battery', 'MEMBER');
    for (let i = 0; i < 21; i += 1) {
      await accounts.upsert(`zz-lid-${String(i).padStart(2, '0')}@example.org`, `Lid ${i}`, 'correct horse battery', 'MEMBER');
    }
    const { context, page, errors } = await openSignedInPage(browser, app, 'ADMIN', { email: 'ab-beheerder@example.org' });
    const [{ admins }] = await app.dataSource.query(`SELECT count(*)::int AS admins FROM accounts WHERE role = 'ADMIN'`);
    expect(admins).toBe(1);

    await page.goto(`${origin}/beheer`);
    await page.getByRole('link', { name: 'Accounts en rollen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts en rollen' }).waitFor();
    const total = (await app.dataSource.query(`SELECT count(*)::int AS n FROM accounts`))[0].n as number;
    await page.getByText(`20 van ${total} getoond`).waitFor();

    await page.getByRole('combobox', { name: 'Rol van Marit Jansen' }).selectOption('CURATOR');
    await page.getByRole('button', { name: 'Rol van Marit Jansen opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Marit Jansen is nu curator.' }).waitFor();
    const [{ role }] = await app.dataSource.query(`SELECT role FROM accounts WHERE email = 'aa-marit.jansen@example.org'`);
    expect(role).toBe('CURATOR');

    // The only admin cannot make themselves a member.
    await page.getByRole('combobox', { name: 'Rol van Test ADMIN' }).selectOption('MEMBER');
    await page.getByRole('button', { name: 'Rol van Test ADMIN opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'Test ADMIN is de laatste beheerder en blijft beheerder.' }).waitFor();
    expect(await page.getByRole('combobox', { name: 'Rol van Test ADMIN' }).inputValue()).toBe('ADMIN');

    await page.getByRole('button', { name: 'Meer accounts laden' }).click();
    await page.getByText(`${total} accounts`, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Meer accounts laden' }).count()).toBe(0);
    expect(await page.locator('.account-list > li').count()).toBe(total);
    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'admin-accounts');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('passes an accessibility scan on every curation page and dialog', async () => {
    const member = await signedIn(app, 'MEMBER');
    await submitProposal(app, member);
    await submitProposal(app, member);
    const { context, page, errors } = await openSignedInPage(browser, app, 'ADMIN');
    await page.goto(`${origin}/beheer`);
    await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
    await page.getByText('2 voorstellen wachten op beoordeling.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Onlangs toegevoegd' }).waitFor();
    await page.locator('.curation-recent__item').first().waitFor();
    for (const link of ['Voorstellen beoordelen', 'Nieuw instrument', 'Vocabulaires', 'Accounts en rollen']) {
      expect(await page.getByRole('link', { name: link }).count()).toBe(1);
    }
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'curation-home');

    await page.goto(`${origin}/beheer/instrumenten/rubric-interdisciplinaire-samenwerking/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Instrument bewerken' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Voorbeeld' }).click();
    await page.getByRole('tabpanel', { name: 'Voorbeeld' }).locator('.instrument-description').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'instrument-editor');

    await page.goto(`${origin}/instrumenten/rubric-interdisciplinaire-samenwerking`);
    await page.getByRole('group', { name: 'Beheer' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Onderbouwing wijzigen' }).click();
    await page.getByRole('dialog', { name: 'Onderbouwing wijzigen' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.goto(`${origin}/beheer/vocabulaires`);
    await page.getByRole('heading', { level: 2, name: 'Fasen' }).waitFor();
    await page.locator('.term-list > li').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it('fits every curation page and the status dialog on a 360 px screen', async () => {
    const narrow = await openSignedInPage(browser, app, 'ADMIN', { width: 360, height: 740 });
    for (const [path, heading] of [
      ['/beheer', 'Beheer'],
      ['/beheer/instrumenten/nieuw', 'Nieuw instrument'],
      ['/beheer/instrumenten/rubric-interdisciplinaire-samenwerking/bewerken', 'Instrument bewerken'],
      ['/beheer/vocabulaires?lijst=type', 'Vocabulaires'],
      ['/beheer/accounts', 'Accounts en rollen'],
    ] as const) {
      await narrow.page.goto(origin + path);
      await narrow.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      // Every section's loading line gone (the overview page has several sections that load on their own).
      await narrow.page.waitForFunction(() => document.querySelector('.page-loading') === null);
      await expectNoHorizontalScroll(narrow.page);
    }
    // The scans above are at desktop width; one at 360 px for the densest form.
    await narrow.page.goto(`${origin}/beheer/instrumenten/nieuw`);
    await narrow.page.getByLabel('Titel').waitFor();
    expect(await seriousViolations(narrow.page)).toEqual([]);
    await screenshot(narrow.page, 'instrument-editor-narrow');
    await narrow.page.goto(`${origin}/instrumenten/rubric-interdisciplinaire-samenwerking`);
    await narrow.page.getByRole('button', { name: 'Status wijzigen' }).click();
    await narrow.page.getByRole('dialog', { name: 'Status wijzigen' }).waitFor();
    await expectNoHorizontalScroll(narrow.page);
    await screenshot(narrow.page, 'status-dialog-narrow');
    expect(narrow.errors).toEqual([]);
    await narrow.context.close();
  }, 120_000);
});


describe('issue #19: what curators see on an instrument page', () => {
  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('after "Wijzigingen opslaan" opens the page at the top with a focused status message, at $width px', async (size) => {
    const curator = await signedIn(app, 'CURATOR');
    const created = await createInstrument(app, curator, { title: `Leerdoelenkaart ${size.width}`, description: '## Doel\n\n' + 'Een lange beschrijving. '.repeat(150) });
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', size);
    // The page is visited first, so it comes back from the cache at full length (as the users saw it).
    await page.goto(`${origin}/instrumenten/${created.slug}`);
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Instrument bewerken' }).waitFor();
    await page.getByLabel('Samenvatting').fill('Een kaart om leerdoelen van studenten en partners samen te brengen.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

    const banner = page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' });
    await banner.waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await banner.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await banner.innerText()).toContain('Gelukt');
    await page.getByText('Een kaart om leerdoelen van studenten en partners samen te brengen.').first().waitFor();
    await screenshot(page, `after-19-2-after-save-${size.width}`, { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    // Said once: a reload shows the page without it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Leerdoelenkaart ${size.width}` }).waitFor();
    expect(await page.locator('.notification-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so after adding a new instrument too', async () => {
    const { context, page } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/instrumenten/nieuw`);
    await page.getByLabel('Titel').fill('Kennismakingsspel voor nieuwe partners');
    await page.getByLabel('Samenvatting').fill('Een spel waarmee nieuwe partners elkaar in een uur leren kennen.');
    await page.getByLabel('Soort').selectOption({ label: 'Spel' });
    await page.getByRole('group', { name: 'Fasen' }).getByLabel('Ontwikkelen en inrichten').check();
    await page.getByLabel('Herkomst').selectOption('NETWORK');
    await page.getByRole('button', { name: 'Instrument opnemen' }).click();
    await page.getByRole('status').filter({ hasText: 'Het instrument is toegevoegd aan de catalogus.' }).waitFor();
    await context.close();
  });

  it('retires with a successor chosen in the dialog; the page then points to it', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const successor = await createInstrument(app, curator, { title: 'Feedbackwijzer voor opdrachtgevers', status: 'AVAILABLE', origin: 'EXISTING' });
    const gone = await createInstrument(app, curator, { title: 'Feedbackformulier voor opdrachtgevers (oud)', status: 'AVAILABLE', origin: 'EXISTING' });
    await createInstrument(app, curator, { title: 'Feedbackwijzer die al vervallen is', status: 'AVAILABLE', origin: 'EXISTING' }).then((retired) =>
      app.gql('mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { id } }', { input: { id: retired.id, note: 'Weg.' } }, curator),
    );
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', { width: 390, height: 844 });
    await page.goto(`${origin}/instrumenten/${gone.slug}`);
    await page.getByRole('button', { name: 'Vervallen verklaren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vervallen verklaren' });
    await dialog.getByRole('textbox', { name: 'Toelichting' }).fill('De nieuwe wijzer vervangt het formulier.');
    await dialog.getByRole('searchbox', { name: 'Zoek het instrument dat dit vervangt' }).fill('feedbackwijzer');
    const choice = dialog.getByRole('radio', { name: 'Feedbackwijzer voor opdrachtgevers (Beschikbaar)' });
    await choice.waitFor();
    // Neither this instrument nor a retired one is offered.
    const offered = await dialog.getByRole('radio').evaluateAll((radios) => radios.map((r) => (r as HTMLInputElement).labels![0]!.textContent));
    expect(offered).not.toContain('Feedbackwijzer die al vervallen is (Vervallen)');
    expect(offered.some((label) => label?.startsWith('Feedbackformulier'))).toBe(false);
    await choice.check();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'after-19-6-retire-dialog-390');
    await dialog.getByRole('button', { name: 'Status wijzigen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const notice = page.locator('.instrument-retired');
    await notice.getByRole('link', { name: 'Feedbackwijzer voor opdrachtgevers' }).waitFor();
    expect(await notice.innerText()).toContain('De nieuwe wijzer vervangt het formulier.');
    const state = await app.gql<{ instrument: { replacedBy: { id: string } } }>('query ($slug: String!) { instrument(slug: $slug) { replacedBy { id } } }', { slug: gone.slug });
    expect(dataOf(state).instrument.replacedBy.id).toBe(successor.id);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])('shows curators the edit history with field labels and readable values, at $width px; members do not see it', async (size) => {
    const curator = await signedIn(app, 'CURATOR');
    const created = await createInstrument(app, curator, { title: `Werkvorm met geschiedenis ${size.width}`, phases: ['DEVELOP'] });
    const { version } = await current(created.slug, curator);
    dataOf(await app.gql(UPDATE, { input: { id: created.id, version, summary: 'Een werkvorm die in de tweede versie scherper is.', phases: ['DEVELOP', 'EVALUATE'] } }, curator));
    dataOf(await app.gql(CHANGE_STATUS, { input: { id: created.id, status: 'IN_DESIGN' } }, curator));

    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', size);
    await page.goto(`${origin}/instrumenten/${created.slug}`);
    await page.getByRole('heading', { level: 2, name: 'Wijzigingsgeschiedenis' }).waitFor();
    const history = page.locator('.revisions');
    await history.waitFor();
    const items = history.locator('> li');
    expect(await items.count()).toBe(3);
    const [status, edit, creation] = [await items.nth(0).innerText(), await items.nth(1).innerText(), await items.nth(2).innerText()];
    expect(status).toMatch(/Status gewijzigd door Test CURATOR op/);
    expect(status).toContain('Was: Idee');
    expect(status).toContain('Nu: In ontwerp');
    expect(edit).toContain('Bewerkt');
    expect(edit).toContain('Samenvatting');
    expect(edit).toContain('Nu: Een werkvorm die in de tweede versie scherper is.');
    expect(edit).toContain('Fasen');
    expect(edit).toContain('Was: Ontwikkelen en inrichten');
    expect(edit).toContain('Nu: Ontwikkelen en inrichten, Evalueren');
    expect(edit).not.toContain('EVALUATE');
    expect(creation).toContain('Opgenomen in de catalogus');
    // The fields at creation are folded away; opened, they read as labels too.
    await items.nth(2).getByText(/Alle \d+ velden bij opname/).click();
    expect(await items.nth(2).innerText()).toContain('Bij opname: Canvas');
    await page.getByRole('heading', { level: 2, name: 'Wijzigingsgeschiedenis' }).scrollIntoViewIfNeeded();
    await screenshot(page, `after-19-15-history-${size.width}`, { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();

    for (const who of ['MEMBER', 'VISITOR'] as const) {
      const opened = who === 'MEMBER' ? await openSignedInPage(browser, app, 'MEMBER', size) : await openPage(browser, size);
      await opened.page.goto(`${origin}/instrumenten/${created.slug}`);
      await opened.page.getByRole('heading', { level: 2, name: 'Statusgeschiedenis' }).waitFor();
      expect(await opened.page.getByRole('heading', { name: 'Wijzigingsgeschiedenis' }).count()).toBe(0);
      expect(opened.errors).toEqual([]);
      await opened.context.close();
    }
  });
});
