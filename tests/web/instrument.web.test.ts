import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createInstrument } from '../support/instrument-builder.js';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const HOSTILE = [
  '## Kop',
  '',
  'Tekst met <script>window.__pwned = "script"</script> erin.',
  '',
  '<img src="x" onerror="window.__pwned = \'onerror\'">',
  '',
  '[Klik mij](javascript:window.__pwned=\'link\') en [data](data:text/html;base64,PHNjcmlwdD4=)',
  '',
  '<a href="javascript:window.__pwned=1">html-link</a>',
  '',
  '- een **lijst**',
].join('\n');

describe('instrument page', () => {
  it('shows every field, the description as Markdown, the status timeline and the evidence explained', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(origin + '/instrumenten/rubric-interdisciplinaire-samenwerking');
    await page.getByRole('heading', { level: 1, name: 'Rubric interdisciplinaire samenwerking' }).waitFor();
    const text = await page.locator('main').innerText();
    for (const expected of ['Statusgeschiedenis', 'Onderbouwing', 'Rubric', 'Hogeschool']) expect(text).toContain(expected);
    expect(await page.locator('main ol li').count()).toBeGreaterThan(3);
    expect(await page.locator('main h1').count()).toBe(1);
    await screenshot(page, 'instrument-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('renders a hostile description inert: no script, no event handler, no javascript: link', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const { slug } = await createInstrument(app, curator, { title: 'Instrument met een vijandige beschrijving', description: HOSTILE });
    const { context, page } = await openPage(browser);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${origin}/instrumenten/${slug}`);
    await page.getByRole('heading', { level: 1, name: 'Instrument met een vijandige beschrijving' }).waitFor();
    await page.getByText('lijst').first().waitFor();
    const links = page.locator('main a', { hasText: /Klik mij|data|html-link/ });
    for (let i = 0; i < (await links.count()); i++) await links.nth(i).click({ trial: false }).catch(() => undefined);
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      // The page's JSON-LD is a data block (application/ld+json), not a script that runs.
      scripts: document.querySelectorAll('main script:not([type="application/ld+json"])').length,
      handlers: [...document.querySelectorAll('main *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      badLinks: [...document.querySelectorAll('main a')].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.getAttribute('href') ?? '')).length,
      images: document.querySelectorAll('main img[onerror]').length,
    }));
    expect(state).toEqual({ pwned: null, scripts: 0, handlers: 0, badLinks: 0, images: 0 });
    expect(dialogs).toEqual([]);
    await screenshot(page, 'instrument-hostile-description');
    await context.close();
  });

  it('says so for an unknown instrument', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/instrumenten/bestaat-niet');
    await page.getByText(/niet gevonden/i).first().waitFor();
    await context.close();
  });
});


/** Whether the element is wholly within the first screen (the page scrolled to the top). */
async function inFirstScreen(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const box = element.getBoundingClientRect();
    return window.scrollY === 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

describe('getting the instrument (#19, points 5 and 18)', () => {
  it.each(SIZES)('puts "Naar het instrument" in the first screen at $width px, with the other links one click away', async (size) => {
    const { context, page, errors } = await openPage(browser, size);
    await page.goto(origin + '/instrumenten/canvas-learning-community-in-ontwikkeling');
    const open = page.getByRole('link', { name: /^Naar het instrument/ });
    await open.waitFor();
    expect(await inFirstScreen(page, '.instrument-access')).toBe(true);
    const firstLink = page.locator('#links a').first();
    expect(await open.getAttribute('href')).toBe(await firstLink.getAttribute('href'));
    await page.getByRole('link', { name: 'Alle 2 links bij dit instrument' }).click();
    await page.waitForFunction(() => location.hash === '#links');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, `after-19-5-top-${size.width}`, { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without a link says whom to ask: a visitor is asked to sign in, a member sees the e-mail address', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const { slug } = await createInstrument(app, curator, {
      title: 'Gesprekskaarten zonder website',
      links: [],
      status: 'AVAILABLE',
      origin: 'EXISTING',
      contactName: 'Noor de Vries',
      ownerOrganisation: 'ROC De Brug (fictief)',
      contactEmail: 'noor.devries@example.org',
    });
    const visitor = await openPage(browser, SIZES[0]);
    await visitor.page.goto(`${origin}/instrumenten/${slug}`);
    const access = visitor.page.locator('.instrument-access');
    await access.getByText('Dit instrument staat niet online.').waitFor();
    expect(await access.innerText()).toContain('Vraag het aan bij Noor de Vries, ROC De Brug (fictief).');
    expect(await inFirstScreen(visitor.page, '.instrument-access')).toBe(true);
    expect(await visitor.page.locator('main').innerText()).not.toContain('noor.devries@example.org');
    const signIn = access.getByRole('link', { name: 'Log in om het e-mailadres van de contactpersoon te zien' });
    expect(await signIn.getAttribute('href')).toBe(`/inloggen?terug=${encodeURIComponent(`/instrumenten/${slug}`)}`);
    await screenshot(visitor.page, 'after-19-5-no-link-visitor-390', { fullPage: false });
    expect(await seriousViolations(visitor.page)).toEqual([]);
    await visitor.context.close();

    for (const size of SIZES) {
      const member = await openSignedInPage(browser, app, 'MEMBER', size);
      await member.page.goto(`${origin}/instrumenten/${slug}`);
      const mail = member.page.locator('.instrument-access').getByRole('link', { name: 'noor.devries@example.org' });
      await mail.waitFor();
      expect(await mail.getAttribute('href')).toBe('mailto:noor.devries@example.org');
      // And beside the contact person in the characteristics.
      expect(await member.page.locator('.instrument-facts').getByRole('link', { name: 'noor.devries@example.org' }).count()).toBe(1);
      await screenshot(member.page, `after-19-18-member-${size.width}`, { fullPage: false });
      expect(await seriousViolations(member.page)).toEqual([]);
      expect(member.errors).toEqual([]);
      await member.context.close();
    }
  });

  it('says an idea does not exist yet instead of offering a way to get it', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/instrumenten/opschaalspel-van-een-learning-community-naar-een-regionaal-netwerk');
    await page.locator('.instrument-access').getByText('Dit instrument bestaat nog niet').waitFor();
    expect(await page.getByRole('link', { name: /^Naar het instrument/ }).count()).toBe(0);
    await context.close();
  });
});

describe('a retired instrument (#19, point 6)', () => {
  it.each(SIZES)('says so at the top with the reason and links to its successor, which links back, at $width px', async (size) => {
    const curator = await signedIn(app, 'CURATOR');
    const successor = await createInstrument(app, curator, { title: `Nieuwe pulsmeting ${size.width}`, status: 'AVAILABLE', origin: 'EXISTING' });
    const old = await createInstrument(app, curator, { title: `Oude pulsmeting ${size.width}`, status: 'AVAILABLE', origin: 'EXISTING' });
    const retired = await app.gql(
      'mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { id } }',
      { input: { id: old.id, note: 'Opgegaan in de nieuwe pulsmeting.', replacedById: successor.id } },
      curator,
    );
    dataOf(retired);
    const { context, page, errors } = await openPage(browser, size);
    await page.goto(`${origin}/instrumenten/${old.slug}`);
    const notice = page.locator('.instrument-retired');
    await notice.getByRole('heading', { name: 'Dit instrument is vervallen' }).waitFor();
    expect(await notice.innerText()).toContain('Reden: Opgegaan in de nieuwe pulsmeting.');
    expect(await inFirstScreen(page, '.instrument-retired')).toBe(true);
    await screenshot(page, `after-19-6-retired-top-${size.width}`, { fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);

    await notice.getByRole('link', { name: `Nieuwe pulsmeting ${size.width}` }).click();
    await page.getByRole('heading', { level: 1, name: `Nieuwe pulsmeting ${size.width}` }).waitFor();
    const replaces = page.locator('.instrument-facts').getByRole('link', { name: `Oude pulsmeting ${size.width}` });
    await replaces.waitFor();
    expect(await page.locator('.instrument-retired').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without a successor sends people back to the catalogue', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin + '/instrumenten/vragenlijst-studentbetrokkenheid-in-praktijkgerichte-projecten');
    const notice = page.locator('.instrument-retired');
    await notice.getByRole('link', { name: 'Zoek een ander instrument in de catalogus' }).waitFor();
    expect(await notice.innerText()).toContain('sinds 14 mei 2024');
    await context.close();
  });
});
