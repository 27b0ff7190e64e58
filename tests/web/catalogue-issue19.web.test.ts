import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { manyMembers } from '../support/members.js';
import { dataOf } from '../support/test-app.js';
import { webSuite, type WebSuite } from '../support/web-suite.js';

let suite: WebSuite;
let browser: Browser;
let origin: string;

webSuite((s) => {
  suite = s;
  ({ browser, origin } = s);
});

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const sizeName = (size: { width: number }) => String(size.width);

const heading = (page: Page) => page.locator('#results-heading');
async function waitForResults(page: Page) {
  await page.locator('.instrument-card__title').first().waitFor();
  await page.waitForFunction(() => /^\d+ instrument(en)?$/.test(document.querySelector('#results-heading')?.textContent ?? ''));
}
const countOf = async (page: Page) => Number((await heading(page).innerText()).match(/^(\d+)/)![1]);

/** WCAG contrast of two CSS colours (rgb()/rgba() as computed styles give them). */
function contrastIn(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const element = document.querySelector<HTMLElement>(sel)!;
    element.focus();
    const parse = (c: string) => c.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const lum = ([r, g, b]: number[]) =>
      [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    // What lies behind the ring: the first ancestor with an opaque background.
    let parent = element.parentElement;
    while (parent && /rgba\(0, 0, 0, 0\)|transparent/.test(getComputedStyle(parent).backgroundColor)) parent = parent.parentElement;
    const ring = lum(parse(getComputedStyle(element).outlineColor));
    const behind = lum(parse(getComputedStyle(parent ?? document.body).backgroundColor));
    return { style: getComputedStyle(element).outlineStyle, ratio: (Math.max(ring, behind) + 0.05) / (Math.min(ring, behind) + 0.05) };
  }, selector);
}

describe('issue 19: a stale link (point 1)', () => {
  it.each([DESKTOP, PHONE])('ignores codes that name nothing with a short notice, and the rest works (%j)', async (size) => {
    const { context, page, errors } = await openPage(browser, size);
    await page.goto(origin + '/?fase=ONBEKEND&fase=EVALUATE&status=OOK_ONBEKEND');
    await waitForResults(page);
    const notice = page.getByRole('status').filter({ hasText: 'weggelaten' });
    await notice.waitFor();
    const said = await notice.innerText();
    expect(said).toMatch(/^Filters uit deze link bestaan niet \(meer\) en zijn weggelaten: „[A-Z_]+” \((Fase|Status)\), „[A-Z_]+” \((Fase|Status)\)\./);
    expect(said).toContain('„ONBEKEND” (Fase)');
    expect(said).toContain('„OOK_ONBEKEND” (Status)');
    await page.waitForURL((url) => !url.search.includes('ONBEKEND'));
    expect(new URL(page.url()).searchParams.getAll('fase')).toEqual(['EVALUATE']);
    // The valid filter still filters.
    await page.waitForFunction(() => document.querySelectorAll('.instrument-card').length > 0);
    expect(await countOf(page)).toBeLessThan(40);
    await expect(page.getByRole('button', { name: 'Verwijder filter Evalueren' }).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `after-19-1-unknown-code-${sizeName(size)}`);
    await page.getByRole('button', { name: 'Melding sluiten' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue 19: default order and retired instruments (point 6)', () => {
  it.each([DESKTOP, PHONE])('lists usable instruments first, ideas last and visibly different, retired hidden (%j)', async (size) => {
    const { context, page } = await openPage(browser, size);
    await page.goto(origin + '/');
    await waitForResults(page);
    expect(await page.locator('.sort-menu select').inputValue()).toBe('bruikbaar'); // the URL's value (GET form)
    expect(await page.locator('.sort-menu select option:checked').innerText()).toBe('Bruikbaar eerst');
    const firstStatus = await page.locator('.instrument-card').first().locator('.badge').first().innerText();
    expect(firstStatus).toMatch(/Beschikbaar|In pilot/);
    await screenshot(page, `after-19-6-default-order-${sizeName(size)}`);

    // All of them: ideas come last, each with a dashed outline and a label; no retired one.
    await page.goto(origin + '/?toon=100');
    await waitForResults(page);
    const total = await countOf(page);
    await page.waitForFunction((n) => document.querySelectorAll('.instrument-card').length === n, total);
    const kinds = await page.locator('.instrument-card').evaluateAll((cards) =>
      cards.map((c) => (c.classList.contains('instrument-card--idea') ? 'idea' : c.classList.contains('instrument-card--retired') ? 'retired' : 'other')),
    );
    expect(kinds).not.toContain('retired');
    const firstIdea = kinds.indexOf('idea');
    expect(firstIdea).toBeGreaterThan(0);
    expect(kinds.slice(firstIdea).every((k) => k === 'idea')).toBe(true);
    const idea = page.locator('.instrument-card--idea').first();
    expect(await idea.locator('.instrument-card__notice').innerText()).toBe('Idee — bestaat nog niet');
    expect(await idea.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('dashed');
    await idea.scrollIntoViewIfNeeded();
    await idea.screenshot({ path: `test-results/screenshots/after-19-6-idea-card-${sizeName(size)}.png` });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows retired instruments when asked, through the URL, with counts that agree', async () => {
    const { context, page } = await openPage(browser, DESKTOP);
    await page.goto(origin + '/');
    await waitForResults(page);
    const hidden = await countOf(page);
    const statusCounts = async () =>
      (await page.getByRole('group', { name: 'Status' }).locator('.facet__count').allInnerTexts()).reduce((sum, n) => sum + Number(n), 0);
    expect(await statusCounts()).toBe(hidden);
    expect(await page.getByRole('group', { name: 'Status' }).getByLabel('Vervallen', { exact: true }).count()).toBe(0);

    await page.getByLabel('Toon ook vervallen instrumenten').check();
    await page.waitForURL(/vervallen=ja/);
    await page.waitForFunction((n) => !document.querySelector('#results-heading')?.textContent?.startsWith(`${n} `), hidden);
    await waitForResults(page);
    const shown = await countOf(page);
    expect(shown).toBeGreaterThan(hidden);
    await page.waitForFunction((n) => {
      const counts = [...document.querySelectorAll('[data-facet=STATUS] .facet__count')].map((e) => Number(e.textContent));
      return counts.reduce((a, b) => a + b, 0) === n;
    }, shown);
    // The export link takes the same view.
    await page.locator('.export-menu summary').click();
    expect(await page.locator('.export-menu a').first().getAttribute('href')).toMatch(/vervallen=ja/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.reload();
    await waitForResults(page);
    expect(await countOf(page)).toBe(shown);
    expect(await page.getByLabel('Toon ook vervallen instrumenten').isChecked()).toBe(true);
    await page.goto(origin + '/?vervallen=ja&sortering=bruikbaar&toon=100');
    await page.locator('.instrument-card--retired').first().waitFor();
    await page.locator('.instrument-card--retired').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'after-19-6-retired-shown-1280');
    await context.close();
  });

  it('puts a rated instrument before unrated ones under "Best gewaardeerd" (point 10)', async () => {
    const [member] = await manyMembers(suite.app, 1);
    const [target] = await suite.app.dataSource.query(`SELECT id, title FROM instruments WHERE status = 'AVAILABLE' ORDER BY id LIMIT 1`);
    await suite.app.dataSource.query('DELETE FROM ratings');
    dataOf(
      await suite.app.gql(`mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id } }`, { input: { instrumentId: target.id, score: 5 } }, member.cookie),
    );
    const { context, page } = await openPage(browser, DESKTOP);
    await page.goto(origin + '/');
    await waitForResults(page);
    await page.locator('.sort-menu select').selectOption({ label: 'Best gewaardeerd' });
    await page.waitForURL(/sortering=waardering/);
    await page.waitForFunction((title) => document.querySelector('.instrument-card__title')?.textContent === title, target.title);
    await context.close();
  });
});

describe('issue 19: filters on a phone (point 7)', () => {
  it('opens the filters in a drawer: a dialog that keeps focus, closes on Escape, and shows N results', async () => {
    const { context, page, errors } = await openPage(browser, PHONE);
    await page.goto(origin + '/');
    await waitForResults(page);
    const total = await countOf(page);
    const open = page.getByRole('button', { name: 'Filters', exact: true });
    await open.click();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/after-19-7-drawer-open-390.png' });
    // Focus stays inside, whatever the number of Tabs.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Filters');

    await open.click();
    await drawer.getByRole('group', { name: 'Fase' }).getByLabel('Evalueren').check();
    await page.waitForURL(/fase=EVALUATE/);
    const show = drawer.getByRole('button', { name: /^Toon \d+ resultat?en?$/ });
    await page.waitForFunction((n) => {
      // The drawer's own button (not a facet's "Toon meer"), showing a count: not the pending
      // "Toon de resultaten", and not the count before the filter.
      const text = document.querySelector('dialog .filter-drawer__show')?.textContent;
      return !!text && /^Toon \d+ resultat(en)?$/.test(text) && text !== `Toon ${n} resultaten`;
    }, total);
    const label = await show.innerText();
    await show.click();
    await drawer.waitFor({ state: 'hidden' });
    // The results are right there: their heading has focus, in view, with the count the button gave.
    await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
    const box = (await heading(page).boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(-1);
    expect(box.y).toBeLessThan(PHONE.height / 2);
    expect(label).toBe(`Toon ${await countOf(page)} resultaten`);
    await expect(page.getByRole('button', { name: 'Filters (1 gekozen)' }).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: 'test-results/screenshots/after-19-7-phone-filter-390-viewport.png' });
    await screenshot(page, 'after-19-7-phone-filter-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('issue 19: long facet lists (point 8)', () => {
  it('shows the most used values and "Toon meer", keyboard reachable, with its expanded state', async () => {
    const { context, page } = await openPage(browser, DESKTOP);
    await page.goto(origin + '/');
    await waitForResults(page);
    const themes = page.getByRole('group', { name: 'Thema' });
    const more = themes.getByRole('button', { name: /^Toon meer \(\d+\)$/ });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const counts = (await themes.locator('.facet__count').allInnerTexts()).map(Number);
    expect(counts).toHaveLength(6);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await more.focus();
    await page.keyboard.press('Enter');
    const less = themes.getByRole('button', { name: 'Toon minder' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    expect(await themes.locator('.facet__count').count()).toBeGreaterThan(6);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('issue 19: Dutch words (point 9)', () => {
  it('orders by "Meest relevant" when searching, never "Beste match"', async () => {
    const { context, page } = await openPage(browser, DESKTOP);
    await page.goto(origin + '/?q=evaluatie');
    await waitForResults(page);
    const options = await page.locator('.sort-menu option').allInnerTexts();
    expect(options).toContain('Meest relevant');
    expect(options.join(' ')).not.toMatch(/match|review/i);
    await context.close();
  });
});

describe('issue 19: keyboard and focus (point 12)', () => {
  it('has "Naar de inhoud" and "Naar de resultaten" skip links; the first result is a few Tabs on', async () => {
    const { context, page } = await openPage(browser, DESKTOP);
    await page.goto(origin + '/');
    await waitForResults(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de resultaten');
    await page.screenshot({ path: 'test-results/screenshots/after-19-12-skip-link-1280.png', clip: { x: 0, y: 0, width: 1280, height: 160 } });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'results-heading');
    let tabs = 0;
    while (!(await page.evaluate(() => !!document.activeElement?.closest('.instrument-card'))) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThanOrEqual(5);
    await context.close();
  });

  it('draws a focus ring of at least 3:1 against the page, a card and the dark header', async () => {
    const { context, page } = await openPage(browser, DESKTOP);
    await page.goto(origin + '/');
    await waitForResults(page);
    await page.keyboard.press('Tab'); // keyboard modality, so :focus-visible applies to what is focused next
    for (const selector of ['.search-box button', '.instrument-card__title a', '.sort-menu select', '.site-nav a', '.language-switch']) {
      const { style, ratio } = await contrastIn(page, selector);
      expect({ selector, style, enough: ratio >= 3 }).toEqual({ selector, style: 'solid', enough: true });
    }
    await page.locator('.instrument-card__title a').first().focus();
    await page.locator('.instrument-card').first().screenshot({ path: 'test-results/screenshots/after-19-12-focus-ring-1280.png' });
    await context.close();
  });
});

describe('issue 19: the header (point 13)', () => {
  it("fits a signed-in curator's header with a long name on one row at 1,280 px, with room to spare", async () => {
    const email = `lange-naam-${Date.now()}@example.org`;
    const { context, page } = await openSignedInPage(browser, suite.app, 'CURATOR', { ...DESKTOP, email });
    await suite.app.dataSource.query(`UPDATE accounts SET display_name = 'Marieke van den Berg-Janssen' WHERE email = $1`, [email]);
    await page.goto(origin + '/');
    await page.getByText(/Ingelogd als Marieke van den Berg-Janssen/).waitFor();
    const layout = await page.evaluate(() => {
      const inner = document.querySelector('.site-header__inner')!;
      const children = [...inner.children].map((c) => c.getBoundingClientRect());
      const style = getComputedStyle(inner);
      const width = inner.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const used = children.reduce((sum, r) => sum + r.width, 0) + parseFloat(style.columnGap) * (children.length - 1);
      const tops = children.map((r) => r.top + r.height / 2);
      return { rows: Math.max(...tops) - Math.min(...tops) < 10 ? 1 : 2, spare: width - used + (children[0].right - children[0].left - (document.querySelector('.brand__text')!.getBoundingClientRect().right - children[0].left)) };
    });
    console.log(`header at 1280 px: ${JSON.stringify(layout)}`);
    expect(layout.rows).toBe(1);
    // A "Mijn account" link (another change) needs about 140 px.
    expect(layout.spare).toBeGreaterThan(140);
    await page.screenshot({ path: 'test-results/screenshots/after-19-13-header-1280.png', clip: { x: 0, y: 0, width: 1280, height: 200 } });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
