import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createInstrument } from '../support/instrument-builder.js';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const countText = (page: Page) => page.locator('#results-heading').innerText();
const searchBox = (page: Page) => page.getByLabel('Zoeken in de catalogus');
const query = (page: Page) => new URL(page.url()).searchParams;

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** The results of a search a visitor types, once the catalogue has answered for it. */
async function searchAsVisitor(words: string): Promise<{ count: string; titles: string[] }> {
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/?q=${encodeURIComponent(words)}`);
  await page.locator('#results-heading').filter({ hasText: /^\d+ instrument(en)?$/ }).waitFor();
  const result = { count: await countText(page), titles: await page.locator('.instrument-card__title').allInnerTexts() };
  await context.close();
  return result;
}

describe('search that understands what people type', () => {
  it('offers a phase named in the search as a filter; one click takes it and searches on for the other words', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${origin}/?q=${encodeURIComponent('evalueren mbo')}`);
    const offer = page.getByRole('button', { name: /^Filter op fase Evalueren\?/ });
    await offer.waitFor();
    expect(await page.locator('.search-hint', { has: offer }).innerText()).toContain('„evalueren” wordt een filter; je zoekt verder op „mbo”');
    await screenshot(page, 'search-offer-1280');

    await offer.click();
    await page.waitForURL((url) => url.searchParams.getAll('fase').includes('EVALUATE'));
    expect(query(page).get('q')).toBe('mbo');
    expect(await searchBox(page).inputValue()).toBe('mbo');
    await page.getByRole('button', { name: 'Verwijder filter Evalueren' }).waitFor();
    // The offer went with the word it was about; focus went on to the results.
    await page.waitForFunction(() => ![...document.querySelectorAll('.search-hint__offer')].some((b) => b.textContent?.includes('Evalueren')));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('results-heading');

    // Back is the search as typed.
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'evalueren mbo' && !url.searchParams.has('fase'));
    await offer.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('takes the filter with the keyboard and drops the search when nothing else remains, on a phone', async () => {
    const { context, page } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${origin}/?q=evalueren`);
    const offer = page.getByRole('button', { name: /^Filter op fase Evalueren\?/ });
    await offer.waitFor();
    expect(await page.locator('.search-hint', { has: offer }).innerText()).toContain('„evalueren” wordt een filter in plaats van een zoekwoord');
    await expectNoHorizontalScroll(page);
    await screenshot(page, 'search-offer-390');
    expect(await seriousViolations(page)).toEqual([]);

    await offer.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('fase') === 'EVALUATE');
    expect(query(page).has('q')).toBe(false);
    expect(await searchBox(page).inputValue()).toBe('');
    await context.close();
  });

  it('offers the filter in English after switching language', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${origin}/?q=evalueren`);
    await page.getByRole('button', { name: /^Filter op fase Evalueren\?/ }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    const offer = page.getByRole('button', { name: /^Filter by phase Evaluate\?/ });
    await offer.waitFor();
    expect(await page.locator('.search-hint', { has: offer }).innerText()).toContain('“evalueren” becomes a filter instead of a search word');
    await context.close();
  });

  it('asks "Bedoelde je …?" for a misspelling; the link runs the corrected search and Back returns', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(origin + '/');
    await page.locator('.instrument-card__title').first().waitFor();
    await searchBox(page).fill('samenwerkng');
    await page.waitForURL((url) => url.searchParams.get('q') === 'samenwerkng');
    const hint = page.locator('.search-hint').filter({ hasText: 'Bedoelde je' });
    await hint.waitFor();
    expect(await hint.innerText()).toBe('Bedoelde je samenwerking?');
    await screenshot(page, 'search-did-you-mean');

    await hint.getByRole('link', { name: 'samenwerking' }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'samenwerking');
    await page.locator('#results-heading').filter({ hasText: /^[1-9]\d* instrument(en)?$/ }).waitFor();
    expect(await searchBox(page).inputValue()).toBe('samenwerking');
    expect(await page.locator('.instrument-card__title').first().innerText()).toMatch(/samenwerking/i);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('q') === 'samenwerkng');
    // The box follows the URL in an effect after the navigation's render: wait for it, bounded.
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('form[role="search"] input')?.value === 'samenwerkng', undefined, { timeout: 5000 });
    expect(await searchBox(page).inputValue()).toBe('samenwerkng');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says so when the results have only some of the words, the most first', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(`${origin}/?q=${encodeURIComponent('rubric samenwerking xylofoonzwaardvis')}`);
    await page.locator('.instrument-card__title').first().waitFor();
    const notice = page.getByText('Niet alle treffers bevatten al je zoekwoorden; de instrumenten met de meeste staan bovenaan.');
    await notice.waitFor();
    expect(await countText(page)).toMatch(/^[1-9]\d* instrument(en)?$/);
    expect(await page.locator('.instrument-card__title').first().innerText()).toMatch(/rubric.*samenwerking/i);
    await screenshot(page, 'search-partial');

    // A search that many instruments match with every word says nothing of the kind.
    await searchBox(page).fill('evalueren mbo');
    await page.waitForURL((url) => url.searchParams.get('q') === 'evalueren mbo');
    await notice.waitFor({ state: 'detached' });
    await context.close();
  });

  it('lets a curator group search words in Beheer, after which one word finds an instrument that has only the other', async () => {
    const curatorCookie = await signedIn(app, 'CURATOR');
    await createInstrument(app, curatorCookie, {
      title: 'Quorflex: een gesprek met het werkveld',
      summary: 'Een vast gesprek waarin partners uit het werkveld meedenken over de koers.',
      description: 'Een klankbordgroep uit het werkveld denkt mee.',
    });
    // Before: a visitor's search for the other word finds nothing (and may be cached as such).
    expect((await searchAsVisitor('zimbrauw')).count).toBe('0 instrumenten');

    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer`);
    await page.getByRole('link', { name: 'Zoekwoorden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoekwoorden' }).waitFor();
    const rows = page.locator('.synonym-list > li');
    await rows.first().waitFor();
    // The groups the migration brings, by first word.
    const before = await rows.count();
    expect(before).toBeGreaterThan(10);
    // Finding a word among them.
    await page.getByLabel('Woord zoeken in de groepen').fill('Evaluatiewerk');
    await page.getByText(/^1 van \d+ groepen bevat dit woord\.$/).waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().locator('.chip').first().innerText()).toBe('evaluatie');
    await page.getByLabel('Woord zoeken in de groepen').fill('');
    expect(await rows.count()).toBe(before);

    // Said in the form before anything is sent: one word is not a group.
    const words = page.getByRole('textbox', { name: 'Woorden', exact: true });
    await words.fill('zimbrauw');
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await page.getByText('Geef minstens 2 verschillende woorden, gescheiden door komma’s.').waitFor();
    expect(await words.getAttribute('aria-invalid')).toBe('true');

    await words.fill('Zimbrauw,  quorflex ');
    expect(await page.locator('.synonym-preview .chip').allInnerTexts()).toEqual(['zimbrauw', 'quorflex']);
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'De groep „zimbrauw, quorflex” is toegevoegd.' }).waitFor();
    expect(await words.inputValue()).toBe('');
    expect(await rows.count()).toBe(before + 1);
    const added = rows.filter({ hasText: 'zimbrauw' });
    expect(await added.locator('.chip').allInnerTexts()).toEqual(['zimbrauw', 'quorflex']);
    await page.getByRole('heading', { level: 2, name: `Groepen (${before + 1} groepen)` }).waitFor();

    // A word another group has: the API's CONFLICT, said in Dutch at the field.
    await words.fill('quorflex, brolmaat');
    await page.getByRole('button', { name: 'Groep toevoegen' }).click();
    await page.locator('.synonyms__add .field__error').filter({ hasText: /^„quorflex” staat al in een andere groep\./ }).waitFor();
    expect(await rows.count()).toBe(before + 1);

    // Edit: the new word is kept, focus returns to the group's edit button.
    await page.getByRole('button', { name: 'Groep zimbrauw, quorflex wijzigen' }).click();
    const edit = page.getByLabel('Woorden van de groep zimbrauw, quorflex');
    expect(await edit.evaluate((element) => element === document.activeElement)).toBe(true);
    await edit.fill('zimbrauw, quorflex, brolmaat');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De groep „zimbrauw, quorflex, brolmaat” is opgeslagen.' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Groep zimbrauw, quorflex, brolmaat wijzigen',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'synonyms-1280');

    // A visitor's search for one word now finds the instrument that has only the other.
    for (const word of ['zimbrauw', 'brolmaat']) {
      expect((await searchAsVisitor(word)).titles).toContain('Quorflex: een gesprek met het werkveld');
    }

    // Delete, after the app's confirmation dialog (cancel first, then yes).
    await page.getByRole('button', { name: 'Groep zimbrauw, quorflex, brolmaat verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Groep verwijderen?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await rows.count()).toBe(before + 1);
    await page.getByRole('button', { name: 'Groep zimbrauw, quorflex, brolmaat verwijderen' }).click();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await page.getByRole('status').filter({ hasText: 'De groep „zimbrauw, quorflex, brolmaat” is verwijderd.' }).waitFor();
    await rows.filter({ hasText: 'zimbrauw' }).waitFor({ state: 'detached' });
    expect(await rows.count()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('synonym-groups');
    expect((await searchAsVisitor('zimbrauw')).count).toBe('0 instrumenten');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits the search words page on a 390 px screen and passes an axe scan there', async () => {
    const cookie = await signedIn(app, 'CURATOR');
    const created = await app.gql('mutation ($input: CreateSynonymGroupInput!) { createSynonymGroup(input: $input) { id } }', {
      input: { words: ['pps', 'publiek-private samenwerking', 'samenwerkingsverband met het bedrijfsleven'] },
    }, cookie);
    expect(created.errors).toBeUndefined();
    const { context, page } = await openSignedInPage(browser, app, 'CURATOR', { width: 390, height: 844 });
    await page.goto(`${origin}/beheer/zoekwoorden`);
    await page.locator('.synonym-list > li').first().waitFor();
    await expectNoHorizontalScroll(page);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'synonyms-390');
    await context.close();
  });

  it('says when there are no groups yet', async () => {
    const cookie = await signedIn(app, 'CURATOR');
    const listed = await app.gql<{ synonymGroups: { id: string }[] }>('{ synonymGroups { id } }', {}, cookie);
    for (const { id } of listed.data!.synonymGroups) {
      const deleted = await app.gql('mutation ($input: DeleteSynonymGroupInput!) { deleteSynonymGroup(input: $input) }', { input: { id } }, cookie);
      expect(deleted.errors).toBeUndefined();
    }
    const { context, page } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/zoekwoorden`);
    await page.getByText('Er zijn nog geen groepen. Voeg hierboven de eerste toe.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Groepen (0 groepen)' }).waitFor();
    await context.close();
  });

  it('sends a member away from the search words page', async () => {
    const { context, page } = await openSignedInPage(browser, app, 'MEMBER');
    await page.goto(`${origin}/beheer/zoekwoorden`);
    await page.waitForURL((url) => url.pathname === '/');
    await context.close();
  });
});
