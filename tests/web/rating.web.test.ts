import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { createInstrument } from '../support/instrument-builder.js';
import { manyMembers } from '../support/members.js';
import { tokenMailedTo } from '../support/account-mails.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;
/** Every example instrument, by title; tests take different ones so their numbers stay their own. */
let byTitle: { id: string; slug: string; title: string }[];

webSuite(async (suite) => {
  ({ app, browser, origin } = suite);
  const data = dataOf(
    await app.gql<{ instruments: { edges: { node: { id: string; slug: string; title: string } }[] } }>(
      '{ instruments(first: 100, sort: TITLE) { edges { node { id slug title } } } }',
    ),
  );
  byTitle = data.instruments.edges.map((edge) => edge.node);
});

/** Each test drives a browser through several pages and axe scans; generous on a shared machine. */
const SLOW = 180_000;

const RATE = `mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }`;

async function rateAs(cookie: string, instrumentId: string, score: number, review?: string, context?: Record<string, string>) {
  return dataOf(await app.gql<{ rateInstrument: { id: string } }>(RATE, { input: { instrumentId, score, review, context } }, cookie))
    .rateInstrument.id;
}

/** What has the keyboard focus: tag, type and accessible-ish name. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', type: '', name: '' };
    const labelled = (el as HTMLInputElement).labels?.[0]?.textContent ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      type: (el as HTMLInputElement).type ?? '',
      name: (el.getAttribute('aria-label') ?? (labelled || el.textContent) ?? '').trim(),
    };
  });
}

/** Presses Tab until the focus satisfies `done`; fails after `max` presses. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (done(now)) return now;
  }
  throw new Error(`focus never reached the target; last: ${JSON.stringify(await focused(page))}`);
}

async function sectionShot(page: Page, name: string) {
  const dir = path.resolve('test-results', 'screenshots');
  await mkdir(dir, { recursive: true });
  await page.locator('#waarderingen').screenshot({ path: path.join(dir, `${name}.png`) });
}

const section = (page: Page) => page.locator('#waarderingen');
const summaryText = (page: Page) => section(page).locator('.rating-summary__headline').innerText();

describe('rating in the web app', () => {
  it('signs up, rates with the keyboard alone (optimistically), and the catalogue card shows the new average', async () => {
    const { context, page, errors } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') requests.push(request.postDataJSON()?.operationName ?? '');
    });

    const email = `beoordelaar-${Date.now()}@example.org`;
    await page.goto(origin + '/registreren');
    await page.getByLabel('Naam').fill('Femke Bakker');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kijk in je mail' }).waitFor();
    // Rating waits for a confirmed address: open the mailed link, then sign in.
    await page.goto(`${origin}/e-mail-bevestigen?token=${encodeURIComponent(await tokenMailedTo(app, email, '/e-mail-bevestigen'))}`);
    await page.getByText('Je e-mailadres is bevestigd.', { exact: false }).waitFor();
    await page.goto(origin + '/inloggen');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('een lange zin als wachtwoord');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByText('Ingelogd als Femke Bakker (Lid)').waitFor();

    // The first card of the catalogue (newest first), opened from the catalogue itself.
    const firstCard = page.locator('article.instrument-card').first();
    await firstCard.waitFor();
    const title = (await firstCard.locator('.instrument-card__title').innerText()).trim();
    expect(await firstCard.innerText()).toContain('Nog geen waarderingen');
    await firstCard.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await section(page).getByRole('heading', { name: 'Jouw waardering' }).waitFor();
    expect(await summaryText(page)).toContain('Nog geen waarderingen');

    // Hold the server's answer back, to see the optimistic one.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/graphql', async (route) => {
      if (route.request().postDataJSON()?.operationName === 'RateInstrument') await held;
      await route.continue();
    });

    // Keyboard only from here: Tab into the radio group, arrows to four stars.
    await page.locator('body').focus();
    const first = await tabUntil(page, (f) => f.type === 'radio');
    expect(first.name).toBe('1 van 5 sterren');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ type: 'radio', name: '4 van 5 sterren' });
    expect(await section(page).getByRole('radio', { name: '4 van 5 sterren' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Hoeveel sterren geef je dit instrument?' }).count()).toBe(1);
    // The focus is visible on the star.
    const outline = await page.evaluate(() => {
      const label = (document.activeElement as HTMLInputElement).labels![0]!;
      return getComputedStyle(label).outlineStyle;
    });
    expect(outline).toBe('solid');

    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'textarea' });
    await page.keyboard.type('Helder en snel in te zetten in een eerste bijeenkomst.');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'select' });
    await page.keyboard.press('ArrowDown'); // mbo
    await page.keyboard.press('ArrowDown'); // hbo
    expect(await section(page).getByLabel('Sector').inputValue()).toBe('HBO');
    const save = await tabUntil(page, (f) => f.tag === 'button', 5);
    expect(save.name).toBe('Waardering opslaan');
    await page.keyboard.press('Enter');

    // Optimistic: average, count, distribution and the review list change before the server answers.
    await section(page).locator('.rating-summary__number').getByText('4,0').waitFor();
    expect(await summaryText(page)).toContain('4,0 van 5');
    expect(await summaryText(page)).toContain('1 waardering');
    expect(await section(page).getByRole('row', { name: '4 sterren 1' }).count()).toBe(1);
    expect(await section(page).locator('.review').first().innerText()).toContain('Helder en snel in te zetten');
    expect(await section(page).getByText('Je waardering is opgeslagen.').count()).toBe(0);
    release();
    await section(page).getByText('Je waardering is opgeslagen.').waitFor();
    await page.unroute('**/graphql');
    expect(await summaryText(page)).toContain('4,0 van 5');
    const review = section(page).locator('.review').first();
    expect(await review.innerText()).toContain('Door Femke Bakker');
    expect(await review.innerText()).toContain('Gebruikt in: hbo');
    // The keyboard focus stayed on the save button, now "Wijziging opslaan".
    expect(await focused(page)).toMatchObject({ tag: 'button', name: 'Wijziging opslaan' });
    // The side column's characteristics show the same summary.
    expect(await page.locator('.instrument-facts').innerText()).toContain('4,0 van 5 · 1 waardering');

    // Back to the catalogue without reloading: the card reads the updated instrument from the cache.
    const before = requests.filter((name) => name === 'CatalogueInstruments').length;
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    const card = page.locator('article.instrument-card', { has: page.getByRole('link', { name: title }) });
    await card.waitFor();
    expect(await card.innerText()).toContain('★ 4,0 (1)');
    expect(await card.textContent()).toContain('Gemiddeld 4,0 van 5 sterren, 1 waardering');
    expect(requests.filter((name) => name === 'CatalogueInstruments').length).toBe(before);
    await screenshot(page, 'rating-catalogue');
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('changes the rating, then removes it after a confirmation', async () => {
    const instrument = byTitle[5]!;
    const others = await manyMembers(app, 2);
    await rateAs(others[0]!.cookie, instrument.id, 5, 'Werkt uitstekend met docenten en werkveld samen.');
    await rateAs(others[1]!.cookie, instrument.id, 3);

    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER');
    await page.goto(`${origin}/instrumenten/${instrument.slug}`);
    await section(page).getByRole('heading', { name: 'Jouw waardering' }).waitFor();
    expect(await summaryText(page)).toContain('4,0 van 5');
    expect(await summaryText(page)).toContain('2 waarderingen');

    await section(page).getByRole('radio', { name: '2 van 5 sterren' }).check();
    await section(page).getByRole('button', { name: 'Waardering opslaan' }).click();
    await section(page).getByText('Je waardering is opgeslagen.').waitFor();
    expect(await summaryText(page)).toContain('3,3 van 5');
    expect(await summaryText(page)).toContain('3 waarderingen');
    await section(page).getByText(/Je waardeerde dit instrument op/).waitFor();

    // Change: two stars become five; the count stays, the average and distribution move.
    await section(page).getByRole('radio', { name: '5 van 5 sterren' }).check();
    await section(page).getByLabel('Recensie').fill('Bij nader inzien: heel bruikbaar.');
    await section(page).getByRole('button', { name: 'Wijziging opslaan' }).click();
    await section(page).getByText('4,3', { exact: true }).waitFor();
    expect(await summaryText(page)).toContain('3 waarderingen');
    expect(await section(page).getByRole('row', { name: '5 sterren 2' }).count()).toBe(1);
    expect(await section(page).getByRole('row', { name: '2 sterren 0' }).count()).toBe(1);
    await section(page).locator('.review__text', { hasText: 'Bij nader inzien: heel bruikbaar.' }).waitFor();
    expect(await section(page).getByRole('heading', { name: /Recensies/ }).innerText()).toContain('(2)');

    // Reloading shows what the server kept.
    await page.reload();
    await section(page).getByRole('heading', { name: 'Jouw waardering' }).waitFor();
    expect(await section(page).getByRole('radio', { name: '5 van 5 sterren' }).isChecked()).toBe(true);
    expect(await section(page).getByLabel('Recensie').inputValue()).toBe('Bij nader inzien: heel bruikbaar.');

    // Remove: cancel first, then confirm.
    await section(page).getByRole('button', { name: 'Verwijder mijn waardering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Je waardering verwijderen?' });
    await dialog.waitFor();
    expect(await focused(page)).toMatchObject({ name: 'Annuleren' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await summaryText(page)).toContain('3 waarderingen');
    await section(page).getByRole('button', { name: 'Verwijder mijn waardering' }).click();
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await section(page).getByText('Je waardering is verwijderd.').waitFor();
    expect(await summaryText(page)).toContain('4,0 van 5');
    expect(await summaryText(page)).toContain('2 waarderingen');
    expect(await section(page).getByRole('button', { name: 'Verwijder mijn waardering' }).count()).toBe(0);
    expect(await section(page).getByRole('button', { name: 'Waardering opslaan' }).count()).toBe(1);
    expect(await section(page).locator('.review__text', { hasText: 'Bij nader inzien' }).count()).toBe(0);
    expect(await focused(page)).toMatchObject({ tag: 'h3', name: 'Jouw waardering' });

    const mine = await app.gql<{ instrument: { myRating: null | { id: string }; ratingSummary: { count: number } } }>(
      'query ($slug: String!) { instrument(slug: $slug) { ratingSummary { count } } }',
      { slug: instrument.slug },
    );
    expect(dataOf(mine).instrument.ratingSummary.count).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('shows reviews with "load more", a hidden review, and passes axe signed in and as a visitor', async () => {
    const instrument = byTitle[10]!;
    const members = await manyMembers(app, 12);
    let hiddenId = '';
    for (const [i, member] of members.entries()) {
      const id = await rateAs(member.cookie, instrument.id, (i % 5) + 1, `Review nummer ${i + 1}: bruikbaar in de praktijk.`, i % 2 ? { sector: 'MBO', phase: 'EVALUATE' } : undefined);
      if (i === 11) hiddenId = id;
    }
    const curator = await signedIn(app, 'CURATOR');
    dataOf(await app.gql('mutation ($input: HideReviewInput!) { hideReview(input: $input) { id } }', { input: { ratingId: hiddenId, reason: 'Persoonlijke aanval' } }, curator));

    // A member with a saved rating.
    const email = `lid-met-waardering-${Date.now()}@example.org`;
    const signed = await openSignedInPage(browser, app, 'MEMBER', { email });
    const page = signed.page;
    await page.goto(`${origin}/instrumenten/${instrument.slug}`);
    await section(page).getByRole('heading', { name: 'Jouw waardering' }).waitFor();
    await section(page).getByRole('radio', { name: '4 van 5 sterren' }).check();
    await section(page).getByLabel('Recensie').fill('Goed te gebruiken bij de start van een learning community met het werkveld.');
    await section(page).getByLabel('Sector').selectOption('HBO');
    await section(page).getByLabel('Fase van de learning community').selectOption('DEVELOP');
    await section(page).getByRole('button', { name: 'Waardering opslaan' }).click();
    await section(page).getByText('Je waardering is opgeslagen.').waitFor();
    expect(await summaryText(page)).toContain('13 waarderingen');
    expect(await seriousViolations(page)).toEqual([]);
    await sectionShot(page, 'rating-widget');
    await screenshot(page, 'rating-page-member');
    await signed.context.close();

    // A visitor: the summary and reviews, an invitation to sign in, ten reviews and "load more".
    const { context, page: visitor, errors } = await openPage(browser);
    await visitor.goto(`${origin}/instrumenten/${instrument.slug}`);
    await section(visitor).getByRole('heading', { name: 'Jouw waardering' }).waitFor();
    expect(await section(visitor).getByRole('radio').count()).toBe(0);
    const signIn = section(visitor).getByRole('link', { name: 'Log in om te waarderen' });
    expect(await signIn.getAttribute('href')).toBe(`/inloggen?terug=${encodeURIComponent(`/instrumenten/${instrument.slug}`)}`);
    expect(await section(visitor).getByRole('heading', { name: /Recensies/ }).innerText()).toContain('(13)');
    const reviews = section(visitor).locator('.review');
    expect(await reviews.count()).toBe(10);
    expect(await reviews.first().innerText()).toContain('Goed te gebruiken bij de start');
    expect(await reviews.first().innerText()).toContain('Gebruikt in: hbo · Ontwikkelen en inrichten');
    // The hidden review (the last one rated before ours, so second): stars and author, no text.
    expect(await reviews.nth(1).innerText()).toContain('Deze recensie is verborgen door een curator.');
    expect(await reviews.nth(1).innerText()).not.toContain('Review nummer 12');
    expect(await seriousViolations(visitor)).toEqual([]);
    await sectionShot(visitor, 'rating-visitor');

    await section(visitor).getByRole('button', { name: 'Meer recensies laden' }).click();
    await visitor.waitForFunction(() => document.querySelectorAll('#waarderingen .review').length === 13);
    expect(await section(visitor).getByRole('button', { name: 'Meer recensies laden' }).count()).toBe(0);
    expect(await section(visitor).getByText('13 van 13 recensies getoond').count()).toBe(1);
    const texts = await reviews.allInnerTexts();
    expect(new Set(texts).size).toBe(13);

    // Sign in from the invitation and come back to the same page, with the saved rating.
    await signIn.click();
    await visitor.getByLabel('E-mailadres').fill(email);
    await visitor.getByLabel('Wachtwoord').fill('correct horse battery');
    await visitor.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await visitor.waitForURL(`${origin}/instrumenten/${instrument.slug}`);
    await section(visitor).getByRole('button', { name: 'Wijziging opslaan' }).waitFor();
    expect(await section(visitor).getByRole('radio', { name: '4 van 5 sterren' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);

  it('works on a narrow screen and sorts "best gewaardeerd" by the Bayesian average', async () => {
    const [best, worst] = [byTitle[20]!, byTitle[21]!];
    const members = await manyMembers(app, 4);
    for (const member of members) {
      await rateAs(member.cookie, best.id, 5);
      await rateAs(member.cookie, worst.id, 1);
    }
    const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { width: 360, height: 800 });
    await page.goto(`${origin}/instrumenten/${best.slug}`);
    await section(page).getByRole('heading', { name: 'Jouw waardering' }).waitFor();
    expect(await summaryText(page)).toContain('5,0 van 5');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await sectionShot(page, 'rating-mobile');

    await page.goto(`${origin}/?sortering=waardering`);
    await page.locator('article.instrument-card').first().waitFor();
    expect(await page.getByLabel('Sorteren op').inputValue()).toBe('waardering'); // the URL's value: the select is part of the GET form
    expect(await page.locator('.instrument-card__title').first().innerText()).toBe(best.title);
    const titles = await page.locator('.instrument-card__title').allInnerTexts();
    expect(titles).not.toContain(worst.title); // last of 46: not on the first page
    expect(errors).toEqual([]);
    await context.close();
  }, SLOW);
});

describe('reporting and hiding reviews (#19, point 16)', () => {
  it('a member reports a review once; curators see the count and the marker, hide it with a reason and show it again', async () => {
    const curatorCookie = await signedIn(app, 'CURATOR');
    const instrument = await createInstrument(app, curatorCookie, { title: 'Werkvorm om te melden', status: 'AVAILABLE', origin: 'EXISTING' });
    const [author] = await manyMembers(app, 1);
    const text = 'Wie dit gebruikt is niet goed bij zijn hoofd, net als de maker.';
    await rateAs(author!.cookie, instrument.id, 1, text);

    // A member reports it, at 390 px: a reason is needed, "Iets anders" needs a note.
    const member = await openSignedInPage(browser, app, 'MEMBER', { width: 390, height: 844 });
    await member.page.goto(`${origin}/instrumenten/${instrument.slug}`);
    const review = section(member.page).locator('.review').first();
    await review.getByText(text).waitFor();
    await review.getByRole('button', { name: /^Melden/ }).click();
    const dialog = member.page.getByRole('dialog', { name: 'Recensie melden' });
    await dialog.getByRole('button', { name: 'Melding versturen' }).click();
    await dialog.getByText('Kies wat er mis is met deze recensie.').waitFor();
    await dialog.getByRole('radio', { name: 'Iets anders' }).check();
    await dialog.getByRole('button', { name: 'Melding versturen' }).click();
    await dialog.getByText('Schrijf in de toelichting wat er mis is.').waitFor();
    await dialog.getByRole('radio', { name: 'Beledigend of kwetsend' }).check();
    await dialog.getByLabel('Toelichting').fill('Scheldt de maker uit.');
    expect(await seriousViolations(member.page)).toEqual([]);
    await screenshot(member.page, 'after-19-16-report-dialog-390');
    await dialog.getByRole('button', { name: 'Melding versturen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await review.getByRole('status').filter({ hasText: 'Bedankt. Een curator bekijkt je melding.' }).waitFor();
    await review.getByText('Je hebt deze recensie gemeld.').waitFor();
    expect(await review.getByRole('button', { name: /^Melden/ }).count()).toBe(0);
    expect(await seriousViolations(member.page)).toEqual([]);
    expect(member.errors).toEqual([]);
    await member.context.close();

    // The author cannot report their own review; a visitor gets no button.
    const visitor = await openPage(browser);
    await visitor.page.goto(`${origin}/instrumenten/${instrument.slug}`);
    await section(visitor.page).getByText(text).waitFor();
    expect(await section(visitor.page).getByRole('button', { name: /^Melden/ }).count()).toBe(0);
    await visitor.context.close();

    // The curator: the count on the curation home page, the marker on the review.
    const curator = await openSignedInPage(browser, app, 'CURATOR', { width: 1280, height: 800 });
    await curator.page.goto(`${origin}/beheer`);
    const reported = curator.page.locator('.curation-reported');
    await reported.getByText('1 recensie is gemeld en wacht op een curator.').waitFor();
    expect(await reported.innerText()).toContain('Gemeld als: Beledigend of kwetsend');
    expect(await seriousViolations(curator.page)).toEqual([]);
    await screenshot(curator.page, 'after-19-16-curation-home-1280');
    await reported.getByRole('link', { name: 'Werkvorm om te melden' }).click();
    const marked = section(curator.page).locator('.review--reported');
    await marked.getByText('Gemeld door 1 lid').waitFor();
    expect(await marked.innerText()).toContain('Beledigend of kwetsend: Scheldt de maker uit.');
    expect(await seriousViolations(curator.page)).toEqual([]);
    await sectionShot(curator.page, 'after-19-16-reported-review-1280');

    // Hide with a reason: the reports are settled, the text is hidden for others.
    await marked.getByRole('button', { name: 'Verbergen' }).click();
    const hide = curator.page.getByRole('dialog', { name: 'Recensie verbergen' });
    await hide.getByLabel('Reden').fill('Persoonlijke aanval op de maker.');
    await hide.getByRole('button', { name: 'Recensie verbergen' }).click();
    await hide.waitFor({ state: 'hidden' });
    const item = section(curator.page).locator('.review').first();
    await item.getByRole('status').filter({ hasText: 'De recensie is verborgen.' }).waitFor();
    expect(await item.innerText()).toContain('Verborgen door een curator');
    expect(await section(curator.page).locator('.review--reported').count()).toBe(0);
    const asVisitor = await app.gql<{ instrument: { reviews: { edges: { node: { review: string | null } }[] } } }>(
      'query ($slug: String!) { instrument(slug: $slug) { reviews { edges { node { review } } } } }',
      { slug: instrument.slug },
    );
    expect(dataOf(asVisitor).instrument.reviews.edges[0]!.node.review).toBeNull();

    // And undo it.
    await item.getByRole('button', { name: 'Weer tonen' }).click();
    await item.getByRole('status').filter({ hasText: 'De recensie is weer zichtbaar voor iedereen.' }).waitFor();
    expect(await item.innerText()).not.toContain('Verborgen door een curator');
    await item.getByRole('button', { name: 'Verbergen' }).waitFor();
    expect(await seriousViolations(curator.page)).toEqual([]);
    await curator.page.goto(`${origin}/beheer`);
    await curator.page.locator('.curation-reported').getByText('Er zijn geen gemelde recensies.').waitFor();
    expect(curator.errors).toEqual([]);
    await curator.context.close();
  }, SLOW);
});
