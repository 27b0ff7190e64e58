import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { act, submitProposal } from '../support/proposal-builder.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

/** The session cookie of a browser context, to act as that same person over HTTP. */
async function cookieOf(context: BrowserContext): Promise<string> {
  const session = (await context.cookies()).find((c) => c.name === 'nlc_session');
  if (!session) throw new Error('no session cookie in this context');
  return `nlc_session=${session.value}`;
}

/** Client-side navigation (no reload), as a link inside the app would do it. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Several axe scans and two browsers per test, on a machine shared with other work. */
const SLOW = 300_000;

const EXISTING = 'Formatieve evaluatie van je learning community';
const PROPOSED = 'Formatieve evaluatie van de learning community';

describe('proposals in the web app', () => {
  let member: { context: BrowserContext; page: Page; errors: string[] };
  let proposalPath: string;

  beforeAll(async () => {
    member = await openSignedInPage(browser, app, 'MEMBER');
  });
  afterAll(async () => {
    await member?.context.close();
  });

  it('(a) a member proposes through the form, sees similar instruments while typing, and finds it under "Mijn voorstellen"', async () => {
    const { page, errors } = member;
    await page.goto(origin + '/voorstellen');
    await page.getByRole('heading', { level: 2, name: 'Je hebt nog geen voorstellen gedaan' }).waitFor();
    await expectNoSeriousViolations(page);

    await page.getByRole('link', { name: 'Nieuw voorstel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw voorstel' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/voorstellen/nieuw');

    // Submitting the empty form: every problem at its field, and an error summary at the top that has the focus.
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    const errorSummary = page.locator('.error-summary');
    await errorSummary.getByRole('heading', { level: 2, name: 'Er is een probleem' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await errorSummary.getByRole('link').allInnerTexts()).toEqual([
      'Titel: Vul dit veld in.',
      'Korte samenvatting: Vul dit veld in.',
      'Soort instrument: Kies een soort instrument.',
      'Fasen: Kies minstens 1 fase.',
      'Motivatie: Vul dit veld in.',
    ]);
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBe('true');
    // Each link moves the focus to its field (a group: its first option).
    await errorSummary.getByRole('link', { name: 'Fasen: Kies minstens 1 fase.' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('checkbox');
    await errorSummary.getByRole('link', { name: 'Titel: Vul dit veld in.' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('title');
    await page.getByText('Kies een soort instrument.', { exact: true }).waitFor();
    await page.getByText('Kies minstens 1 fase.', { exact: true }).waitFor();
    await expectNoSeriousViolations(page);

    // Typing the title shows similar instruments (debounced), as a hint only.
    await page.getByLabel('Titel').pressSequentially(PROPOSED, { delay: 10 });
    const hint = page.locator('.similar-hint');
    await hint.getByRole('heading', { name: 'Lijkt op…' }).waitFor();
    const similarLink = hint.getByRole('link', { name: new RegExp(`^${EXISTING}`) });
    await similarLink.waitFor();
    expect(await similarLink.getAttribute('href')).toMatch(/^\/instrumenten\/[a-z0-9-]+$/);
    expect(await page.getByLabel('Titel').getAttribute('aria-invalid')).toBeNull();

    // On blur, a field says what is wrong with it.
    await page.getByLabel('Korte samenvatting').fill('Te kort');
    await page.getByLabel('Korte samenvatting').blur();
    await page.getByText('Gebruik 10 tot 400 tekens (nu 7).', { exact: true }).waitFor();
    await page.getByLabel('Korte samenvatting').fill('Een kijkwijzer waarmee docenten en praktijkpartners samen de voortgang van hun learning community bespreken.');
    await page.getByText('108 van 400 tekens').waitFor();

    await page.getByLabel('Beschrijving', { exact: true }).fill('## Zo werkt het\n\nBespreek elke **zes weken** de kijkwijzer.\n\n- Kies drie doelen\n- Verzamel voorbeelden');
    await page.getByRole('button', { name: 'Voorbeeld tonen' }).click();
    await page.locator('.markdown-preview').getByRole('heading', { name: 'Zo werkt het' }).waitFor();
    expect(await page.locator('.markdown-preview strong').innerText()).toBe('zes weken');

    await page.getByLabel('Soort instrument').selectOption('RUBRIC');
    await page.getByRole('group', { name: /^Fasen/ }).getByLabel('Evalueren').check();
    await page.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Docenten').check();
    await page.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Werkveld en bedrijven').check();
    await page.getByRole('group', { name: 'Sectoren' }).getByLabel('hbo').check();
    await page.getByLabel('Eigenaar (organisatie)').fill('Hogeschool Voorbeeld (fictief)');
    await page.getByLabel('Contactpersoon', { exact: true }).fill('Sanne Jansen');
    await page.getByLabel('E-mailadres van de contactpersoon').fill('sanne@voorbeeld');
    await page.getByLabel('E-mailadres van de contactpersoon').blur();
    await page.getByText('Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.', { exact: true }).waitFor();
    await page.getByLabel('E-mailadres van de contactpersoon').fill('sanne@example.org');
    await page.getByLabel('Licentie').fill('CC BY 4.0');
    await page.getByLabel('Benodigde tijd').fill('Drie bijeenkomsten van een uur');

    await page.getByRole('button', { name: 'Link toevoegen' }).click();
    // The new row's first field takes the focus.
    await page.waitForFunction(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent === 'Omschrijving van link 1');
    await page.getByLabel('Omschrijving van link 1').fill('Kijkwijzer (pdf)');
    await page.getByLabel('Adres van link 1').fill('kijkwijzer.example.org');
    await page.getByLabel('Adres van link 1').blur();
    await page.getByText('Vul een volledig webadres in dat met http:// of https:// begint.', { exact: true }).waitFor();
    await page.getByLabel('Adres van link 1').fill('https://kijkwijzer.example.org/handleiding');
    await page.getByRole('button', { name: 'Link toevoegen' }).click();
    await page.getByRole('button', { name: 'Link 2 verwijderen' }).click();
    expect(await page.getByLabel('Omschrijving van link 2').count()).toBe(0);

    await page.getByLabel('Motivatie').fill('We gebruiken dit twee jaar in drie learning communities; het maakt voortgang bespreekbaar.');
    await page.getByLabel('Titel').focus();
    await expectNoSeriousViolations(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'proposal-form-similar');

    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedankt, je voorstel is ingediend' }).waitFor();
    await page.getByText('Wat gebeurt er nu?').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'proposal-submitted');

    // The list knows the new proposal at once (cache update, no reload).
    await page.getByRole('link', { name: 'Naar Mijn voorstellen' }).click();
    const card = page.locator('.proposal-card', { hasText: PROPOSED });
    await card.waitFor();
    expect(await card.locator('.proposal-badge').innerText()).toBe('Ingediend');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'my-proposals');

    await card.getByRole('link', { name: PROPOSED }).click();
    await page.getByRole('heading', { level: 1, name: PROPOSED }).waitFor();
    proposalPath = new URL(page.url()).pathname;
    expect(proposalPath).toMatch(/^\/voorstellen\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: 'Geschiedenis' }).waitFor();
    await page.getByRole('link', { name: 'Voorstel wijzigen' }).waitFor();
    expect(await page.locator('.proposal-details').getByText('sanne@example.org').count()).toBe(1);
    await expectNoSeriousViolations(page);
    expect(errors).toEqual([]);
  }, SLOW);

  it('(b) a curator in a second browser takes it into review and accepts it; the catalogue and the member see it', async () => {
    const curator = await openSignedInPage(browser, app, 'CURATOR');
    const { page, errors } = curator;
    // Start in the catalogue, so its cached list must be refreshed after the accept.
    await page.goto(origin + '/');
    const counter = page.locator('#results-heading');
    await page.waitForFunction(() => /^\d+ instrumenten$/.test(document.querySelector('#results-heading')?.textContent ?? ''));
    const before = Number((await counter.innerText()).split(' ')[0]);
    const badge = page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('.nav-badge');
    await badge.waitFor();
    expect(await badge.innerText()).toBe('1');

    await navigateInApp(page, '/beheer/voorstellen');
    await page.getByRole('heading', { level: 1, name: 'Voorstellen beoordelen' }).waitFor();
    await page.getByText('1 voorstel wacht op beoordeling.').waitFor();
    const row = page.getByRole('row', { name: new RegExp(PROPOSED) });
    await row.waitFor();
    expect(await row.innerText()).toContain('Test MEMBER');
    expect(await row.innerText()).toContain('Nog niemand');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'review-queue');

    await row.getByRole('link', { name: PROPOSED }).click();
    await page.getByRole('heading', { level: 1, name: PROPOSED }).waitFor();
    const similar = page.getByRole('complementary', { name: 'Vergelijkbare instrumenten' });
    await similar.getByRole('link', { name: EXISTING }).waitFor();
    expect(await similar.getByRole('link', { name: PROPOSED }).count()).toBe(0);

    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByText('Je hebt het voorstel in behandeling genomen.').waitFor();
    await page.getByText('In behandeling bij Test CURATOR.', { exact: false }).waitFor();
    await badge.waitFor({ state: 'detached' });
    await expectNoSeriousViolations(page);
    await screenshot(page, 'review-proposal');

    await page.getByRole('button', { name: 'Accepteren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Voorstel accepteren' });
    await dialog.waitFor();
    // The origin was "existing", so "available" is preselected; chosen explicitly anyway.
    expect(await dialog.getByRole('radio', { name: /Beschikbaar/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /Beschikbaar/ }).check();
    await dialog.getByLabel('Webadres (slug)').fill('Geen Slug!');
    await dialog.getByRole('button', { name: 'Accepteren en instrument aanmaken' }).click();
    await dialog.getByText('Gebruik 3 tot 120 kleine letters en cijfers', { exact: false }).waitFor();
    await dialog.getByLabel('Webadres (slug)').fill('');
    await expectNoSeriousViolations(page);
    await dialog.getByRole('button', { name: 'Accepteren en instrument aanmaken' }).click();
    await page.getByText('Het voorstel is geaccepteerd en het instrument staat in de catalogus.').waitFor();
    expect(await dialog.isVisible()).toBe(false);
    const instrumentLink = page.getByRole('link', { name: `Bekijk het instrument “${PROPOSED}”` });
    await instrumentLink.waitFor();
    expect(await instrumentLink.getAttribute('href')).toBe('/instrumenten/formatieve-evaluatie-van-de-learning-community');

    // Back in the catalogue without a reload: one more instrument, and it is found by its title.
    await navigateInApp(page, '/');
    await page.waitForFunction((n) => document.querySelector('#results-heading')?.textContent === `${n} instrumenten`, before + 1);
    await page.getByLabel('Zoeken in de catalogus').fill(PROPOSED);
    await page.waitForURL(/q=/);
    await page.locator('.instrument-card__title', { hasText: PROPOSED }).first().waitFor();
    expect(errors).toEqual([]);
    await curator.context.close();

    // The member reloads their proposal: accepted, with a link to the instrument.
    await member.page.goto(origin + proposalPath);
    await member.page.getByRole('heading', { level: 2, name: 'Geaccepteerd' }).waitFor();
    expect(await member.page.locator('.proposal-header .proposal-badge').innerText()).toBe('Geaccepteerd');
    await member.page.getByRole('link', { name: `Bekijk het instrument “${PROPOSED}”` }).click();
    await member.page.getByRole('heading', { level: 1, name: PROPOSED }).waitFor();
    await member.page.goto(origin + '/voorstellen');
    expect(await member.page.locator('.proposal-card', { hasText: PROPOSED }).locator('.proposal-badge').innerText()).toBe('Geaccepteerd');
  }, SLOW);

  it('(c) changes are requested with a reason; the member edits and resubmits; a late second decision is a conflict', async () => {
    const memberCookie = await cookieOf(member.context);
    const title = 'Gespreksleidraad voor de stuurgroep';
    const id = await submitProposal(app, memberCookie, {
      title,
      summary: 'Een leidraad voor het halfjaarlijkse gesprek met de stuurgroep van de learning community.',
      origin: 'NETWORK',
    });
    const curator = await openSignedInPage(browser, app, 'CURATOR');
    const { page } = curator;
    await page.goto(`${origin}/beheer/voorstellen/${id}`);
    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByRole('button', { name: 'Aanpassing vragen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Om een aanpassing vragen' });
    await dialog.waitFor();
    // The reason field has the focus and is required.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await dialog.getByRole('button', { name: 'Aanpassing vragen' }).click();
    await dialog.getByText('Schrijf 5 tot 2000 tekens (nu 0).').waitFor();
    await expectNoSeriousViolations(page);
    await screenshot(page, 'review-decision-dialog');
    const reason = 'Voeg een link naar de leidraad toe en noem de doelgroep.';
    await dialog.getByLabel('Wat moet er anders?').fill(reason);
    await dialog.getByRole('button', { name: 'Aanpassing vragen' }).click();
    await page.getByText('De indiener is om een aanpassing gevraagd', { exact: false }).waitFor();
    await page.getByText(`Gegeven reden: ${reason}`).waitFor();

    const { page: mine } = member;
    await mine.goto(origin + '/voorstellen');
    const card = mine.locator('.proposal-card', { hasText: title });
    expect(await card.locator('.proposal-badge').innerText()).toBe('Aanpassing gevraagd');
    await card.getByText(reason).waitFor();
    await card.getByRole('link', { name: title }).click();
    await mine.getByRole('heading', { level: 2, name: 'De werkgroep vraagt je iets aan te passen' }).waitFor();
    await mine.getByText(reason).first().waitFor();
    await expectNoSeriousViolations(mine);
    await screenshot(mine, 'proposal-changes-requested');

    await mine.getByRole('link', { name: 'Voorstel wijzigen' }).click();
    await mine.getByRole('heading', { level: 1, name: 'Voorstel wijzigen' }).waitFor();
    expect(await mine.getByLabel('Titel').inputValue()).toBe(title);
    expect(await mine.getByRole('radio', { name: 'Ontworpen in het netwerk' }).isChecked()).toBe(true);
    await mine.getByRole('group', { name: 'Doelgroepen' }).getByLabel('Management en bestuur').check();
    await mine.getByRole('button', { name: 'Link toevoegen' }).click();
    await mine.getByLabel('Omschrijving van link 1').fill('De leidraad');
    await mine.getByLabel('Adres van link 1').fill('https://leidraad.example.org/');
    await expectNoSeriousViolations(mine);
    await mine.getByRole('button', { name: 'Opslaan en opnieuw indienen' }).click();
    await mine.getByText('Je voorstel is opnieuw ingediend.').waitFor();
    expect(await mine.locator('.proposal-header .proposal-badge').innerText()).toBe('Ingediend');
    // What changed since the request, field by field (#19 point 17).
    const changes = mine.getByRole('region', { name: 'Gewijzigd sinds het verzoek om aanpassingen' });
    await changes.getByText('2 velden zijn gewijzigd:').waitFor();
    expect(await changes.locator('dt').allInnerTexts()).toEqual(['Doelgroepen', 'Links naar het instrument']);
    expect(await changes.locator('ins').first().innerText()).toContain('Management en bestuur');
    const history = mine.locator('.proposal-history__item');
    expect(await history.count()).toBe(4);
    expect(await history.nth(2).innerText()).toContain(`Reden: ${reason}`);
    await mine.getByRole('link', { name: 'De leidraad' }).waitFor();

    // The member edits while a curator takes it into review: saving says the state moved on.
    await mine.getByRole('link', { name: 'Voorstel wijzigen' }).click();
    await mine.getByLabel('Korte samenvatting').fill('Een leidraad voor het halfjaarlijkse gesprek met de stuurgroep en de partners.');
    await page.reload();
    await page.getByRole('button', { name: 'In behandeling nemen' }).click();
    await page.getByRole('button', { name: 'Afwijzen…' }).waitFor();
    await mine.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await mine.getByText('De stand van je voorstel is intussen veranderd', { exact: false }).waitFor();
    await mine.locator('.proposal-header .proposal-badge', { hasText: 'In beoordeling' }).waitFor();
    expect(await mine.getByRole('link', { name: 'Voorstel wijzigen' }).count()).toBe(0);

    // Two curators on the same proposal: the second decision arrives after the first and is refused.
    const other = await signedIn(app, 'CURATOR');
    dataOf(await act(app, 'acceptProposal', other, { id, status: 'IDEA' }));
    await page.getByRole('button', { name: 'Afwijzen…' }).click();
    await page.getByRole('dialog', { name: 'Voorstel afwijzen' }).getByLabel('Reden').fill('Past niet in de catalogus.');
    await page.getByRole('dialog', { name: 'Voorstel afwijzen' }).getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByRole('alert').getByText('Iemand anders heeft dit voorstel intussen al behandeld of besloten (nu: geaccepteerd).', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Voorstel opnieuw laden' }).click();
    await page.getByText('Geaccepteerd. Het instrument staat in de catalogus.').waitFor();
    await curator.context.close();
  }, SLOW);

  it('(c2) a value removed while the form is open is said at its field, and the list is refreshed', async () => {
    const curatorCookie = await signedIn(app, 'CURATOR');
    const term = { vocabulary: 'TAG', code: 'TIJDELIJK_THEMA' };
    dataOf(
      await app.gql(
        'mutation ($input: CreateVocabularyTermInput!) { createVocabularyTerm(input: $input) { code } }',
        { input: { ...term, labelNl: 'Tijdelijk thema', labelEn: 'Temporary theme' } },
        curatorCookie,
      ),
    );
    const { page } = member;
    await page.goto(origin + '/voorstellen/nieuw');
    await page.getByLabel('Titel').fill('Reflectiekaarten voor studenten');
    await page.getByLabel('Korte samenvatting').fill('Kaarten die studenten helpen terugkijken op een project met een bedrijf.');
    await page.getByLabel('Soort instrument').selectOption('GAME');
    await page.getByRole('group', { name: /^Fasen/ }).getByLabel('Ontwikkelen en inrichten').check();
    await page.getByRole('group', { name: "Thema's" }).getByLabel('Tijdelijk thema').check();
    await page.getByLabel('Motivatie').fill('Studenten vinden reflecteren zo veel makkelijker.');
    dataOf(
      await app.gql('mutation ($input: DeleteVocabularyTermInput!) { deleteVocabularyTerm(input: $input) }', { input: term }, curatorCookie),
    );
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await page.locator('.field__error', { hasText: 'Een van je keuzes bestaat niet meer; de lijst is bijgewerkt.' }).waitFor();
    await page.locator('.error-summary').getByRole('link', { name: /^Thema's: Een van je keuzes bestaat niet meer/ }).waitFor();
    expect(await page.getByRole('group', { name: "Thema's" }).getByLabel('Tijdelijk thema').count()).toBe(0);
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bedankt, je voorstel is ingediend' }).waitFor();

    // Withdrawing asks first; Escape keeps the proposal, the focus starts on "no".
    await page.getByRole('link', { name: 'Bekijk je voorstel' }).click();
    await page.getByRole('button', { name: 'Voorstel intrekken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Voorstel intrekken?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Nee, terug');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Voorstel intrekken');
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Ja, intrekken' }).click();
    await page.getByText('Je voorstel is ingetrokken.').waitFor();
    expect(await page.locator('.proposal-header .proposal-badge').innerText()).toBe('Ingetrokken');
    expect(await page.getByRole('link', { name: 'Voorstel wijzigen' }).count()).toBe(0);
  }, SLOW);

  it('(c3) #19 point 17: a resubmitted proposal shows what changed; the curator corrects fields while accepting', async () => {
    const memberCookie = await signedIn(app, 'MEMBER');
    const curatorCookie = await signedIn(app, 'CURATOR');
    const title = 'Werkvorm voor de startbijeenkomst';
    const id = await submitProposal(app, memberCookie, {
      title,
      summary: 'Een werkvorm voor de eerste bijeenkomst van een nieuwe learning community.',
      audiences: ['TEACHERS'],
    });
    dataOf(await act(app, 'startReview', curatorCookie, { id }));
    dataOf(await act(app, 'requestChanges', curatorCookie, { id, reason: 'Noem ook de studenten en de duur.' }));
    dataOf(
      await app.gql(
        'mutation ($input: UpdateProposalInput!) { updateProposal(input: $input) { id } }',
        { input: { id, audiences: ['TEACHERS', 'STUDENTS'], timeNeeded: 'Anderhalf uur' } },
        memberCookie,
      ),
    );
    dataOf(await act(app, 'resubmitProposal', memberCookie, { id }));
    dataOf(await act(app, 'startReview', curatorCookie, { id }));

    for (const { width, height } of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', { width, height });
      await page.goto(`${origin}/beheer/voorstellen/${id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      const changes = page.getByRole('region', { name: 'Gewijzigd sinds het verzoek om aanpassingen' });
      await changes.getByText('2 velden zijn gewijzigd:').waitFor();
      expect(await changes.locator('dt').allInnerTexts()).toEqual(['Doelgroepen', 'Benodigde tijd']);
      expect(await changes.locator('del').allInnerTexts()).toEqual(['Docenten', '(leeg)']);
      expect(await changes.locator('ins').allInnerTexts()).toEqual(['Docenten, Studenten', 'Anderhalf uur']);
      expect(await seriousViolations(page)).toEqual([]);
      await changes.scrollIntoViewIfNeeded();
      await screenshot(page, `after-19-17-changes-${width}`);
      if (width === 390) {
        await context.close();
        continue;
      }

      // Accepting with corrections: the dialog leads to the whole form on a page of its own.
      await page.getByRole('button', { name: 'Accepteren…' }).click();
      await page.getByRole('dialog', { name: 'Voorstel accepteren' }).getByRole('link', { name: 'Eerst velden aanpassen…' }).click();
      await page.getByRole('heading', { level: 1, name: `Voorstel opnemen: ${title}` }).waitFor();
      expect(await page.getByLabel('Titel').inputValue()).toBe(title);
      expect(await page.getByLabel('Motivatie').count()).toBe(0);
      await page.getByLabel('Titel').fill('Werkvorm voor de eerste bijeenkomst');
      await page.getByText('/instrumenten/werkvorm-voor-de-eerste-bijeenkomst', { exact: false }).waitFor();
      await page.getByRole('group', { name: 'Sectoren' }).getByLabel('mbo').check();
      expect(await page.getByRole('radio', { name: /Beschikbaar/ }).isChecked()).toBe(true);
      await page.getByRole('radio', { name: /Idee/ }).check();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'after-19-17-accept-with-edits-1280');
      await page.getByRole('button', { name: 'Accepteren en instrument aanmaken' }).click();
      await page.getByRole('link', { name: 'Bekijk het instrument “Werkvorm voor de eerste bijeenkomst”' }).click();
      await page.getByRole('heading', { level: 1, name: 'Werkvorm voor de eerste bijeenkomst' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/instrumenten/werkvorm-voor-de-eerste-bijeenkomst');
      expect(errors).toEqual([]);
      await context.close();
    }
    // The proposal keeps the proposer's own title; the instrument has the curator's.
    const { proposal } = dataOf(await app.gql<{ proposal: { title: string; status: string } }>('query ($id: String!) { proposal(id: $id) { title status } }', { id }, curatorCookie));
    expect(proposal).toEqual({ title, status: 'ACCEPTED' });
  }, SLOW);

  it('(d) visitors are sent to sign in, members away from the review queue, and the API refuses the queue to members', async () => {
    const visitor = await openPage(browser);
    await visitor.page.goto(origin + '/voorstellen');
    await visitor.page.waitForURL((url) => url.pathname === '/inloggen');
    expect(new URL(visitor.page.url()).search).toBe('?terug=%2Fvoorstellen');
    await visitor.context.close();

    const { page } = member;
    await page.goto(origin + '/beheer/voorstellen');
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText('Die pagina is er niet voor jouw rol.', { exact: false }).waitFor();

    const { body } = await app.post('{ proposals { totalCount } }', {}, await cookieOf(member.context));
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }, SLOW);

  it('(d2) the queue loads more by cursor and filters by status through the URL', async () => {
    const memberCookie = await cookieOf(member.context);
    for (let i = 0; i < 21; i++) await submitProposal(app, memberCookie);
    const curatorCookie = await signedIn(app, 'CURATOR');
    const { proposals } = dataOf(
      await app.gql<{ proposals: { totalCount: number } }>('{ proposals(status: SUBMITTED) { totalCount } }', {}, curatorCookie),
    );
    expect(proposals.totalCount).toBeGreaterThan(20);

    const curator = await openSignedInPage(browser, app, 'CURATOR');
    const { page } = curator;
    await page.goto(origin + '/beheer/voorstellen');
    await page.getByText(`20 van ${proposals.totalCount} getoond`).waitFor();
    await page.getByText(`${proposals.totalCount} voorstellen wachten op beoordeling.`).waitFor();
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.getByText(`${proposals.totalCount} van ${proposals.totalCount} getoond`).waitFor();
    expect(await page.locator('.review-table tbody tr').count()).toBe(proposals.totalCount);
    expect(await page.getByRole('button', { name: 'Meer laden' }).count()).toBe(0);

    await page.getByLabel('Toon voorstellen met status').selectOption('ACCEPTED');
    await page.waitForURL(/status=ACCEPTED/);
    // Accepted earlier in this file: (b), (c) and (c3).
    const accepted = dataOf(
      await app.gql<{ proposals: { totalCount: number } }>('{ proposals(status: ACCEPTED) { totalCount } }', {}, curatorCookie),
    ).proposals.totalCount;
    expect(accepted).toBe(3);
    await page.getByText(`${accepted} voorstellen`, { exact: true }).waitFor();
    expect(await page.locator('.review-table tbody .proposal-badge').allInnerTexts()).toEqual(Array(accepted).fill('Geaccepteerd'));
    await curator.context.close();
  }, SLOW);

  it('(e) the new pages work at 360 px without sideways scrolling', async () => {
    const narrow = await openSignedInPage(browser, app, 'CURATOR', { width: 360, height: 740 });
    for (const path of ['/voorstellen/nieuw', '/beheer/voorstellen?status=alle']) {
      await narrow.page.goto(origin + path);
      await narrow.page.getByRole('heading', { level: 1 }).waitFor();
      await narrow.page.locator('form, table').first().waitFor();
      expect(await narrow.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await expectNoSeriousViolations(narrow.page);
    }
    await screenshot(narrow.page, 'review-queue-360');
    await narrow.context.close();
  }, SLOW);
});
