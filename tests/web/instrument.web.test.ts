import { describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { createInstrument } from '../support/instrument-builder.js';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { signedIn, type TestApp } from '../support/test-app.js';
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
      scripts: document.querySelectorAll('main script').length,
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
