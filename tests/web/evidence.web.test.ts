import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Browser, Locator } from 'playwright-core';
import { createInstrument } from '../support/instrument-builder.js';
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

/** One part of the page, where the whole page would hide what the test is about. */
async function screenshotOf(part: Locator, name: string): Promise<void> {
  const folder = path.resolve('test-results', 'screenshots');
  await mkdir(folder, { recursive: true });
  await part.screenshot({ path: path.join(folder, `${name}.png`) });
}

describe('the evidence behind a level', () => {
  it('a curator assesses with a reason and a link; the page shows the current assessment and the history', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const adaptedFrom = await createInstrument(app, curator, { title: 'Rubric waar de beoordeling van afgeleid is' });
    const { slug } = await createInstrument(app, curator, { title: 'Rubric voor de beoordeling van bewijs', derivedFromId: adaptedFrom.id });
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/instrumenten/${slug}`);
    const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Beoordeling van de onderbouwing' }) });
    await section.getByText('Dit instrument is nog niet beoordeeld.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A reason is required.
    await page.getByRole('button', { name: 'Onderbouwing wijzigen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Onderbouwing wijzigen' });
    await dialog.getByLabel('Goed beschreven').check();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Geef een reden voor dit niveau.').waitFor();
    expect(await dialog.getByRole('textbox', { name: 'Reden' }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Doel, opzet en gebruik zijn volledig beschreven.');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('Doel, opzet en gebruik zijn volledig beschreven.').waitFor();

    // A second assessment, with a link as its source.
    await page.getByRole('button', { name: 'Onderbouwing wijzigen' }).click();
    await dialog.getByLabel('Eerste aanwijzingen voor effectiviteit').check();
    await dialog.getByRole('textbox', { name: 'Reden' }).fill('Een evaluatie in drie learning communities laat eerste effecten zien.');
    await dialog.getByRole('button', { name: 'Link toevoegen' }).click();
    await dialog.getByRole('textbox', { name: /Linktekst/ }).fill('Evaluatieverslag 2026');
    await dialog.getByRole('textbox', { name: /Adres/ }).fill('https://example.org/evaluatie-2026');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotOf(dialog, 'evidence-dialog-1280');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await section.getByText('Een evaluatie in drie learning communities laat eerste effecten zien.').waitFor();

    const text = await section.innerText();
    // Newest first: the current one, then the earlier one under its own heading.
    expect(text.indexOf('Huidige beoordeling')).toBeLessThan(text.indexOf('Niveau: Eerste aanwijzingen voor effectiviteit'));
    expect(text.indexOf('Niveau: Eerste aanwijzingen voor effectiviteit')).toBeLessThan(text.indexOf('Eerdere beoordelingen, nieuwste eerst'));
    expect(text.indexOf('Eerdere beoordelingen, nieuwste eerst')).toBeLessThan(text.indexOf('Doel, opzet en gebruik zijn volledig beschreven.'));
    expect(text).toContain('Door Test CURATOR');
    expect(await section.getByRole('link', { name: 'Evaluatieverslag 2026' }).getAttribute('href')).toBe('https://example.org/evaluatie-2026');
    expect(await page.locator('.instrument-facts').innerText()).toContain('Eerste aanwijzingen voor effectiviteit');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotOf(section, 'evidence-assessments-1280');
    await screenshot(page, 'evidence-instrument-page-1280');

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshotOf(section, 'evidence-assessments-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('lineage', () => {
  it('shows "afgeleid van" and the derivatives, both ways, for a visitor', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const source = await createInstrument(app, curator, { title: 'Canvas voor de oorspronkelijke opzet' });
    const first = await createInstrument(app, curator, { title: 'Canvas voor het mbo', derivedFromId: source.id });
    await createInstrument(app, curator, { title: 'Canvas voor het hbo', derivedFromId: source.id });

    for (const width of [1280, 390]) {
      const { context, page, errors } = await openPage(browser, { width });
      await page.goto(`${origin}/instrumenten/${first.slug}`);
      const lineage = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Afkomst' }) });
      await lineage.getByText('Afgeleid van').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotOf(lineage, `lineage-derived-${width}`);
      await lineage.getByRole('link', { name: 'Canvas voor de oorspronkelijke opzet' }).click();
      await page.getByRole('heading', { level: 1, name: 'Canvas voor de oorspronkelijke opzet' }).waitFor();
      const back = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Afkomst' }) });
      await back.getByText('Afgeleid: 2 instrumenten').waitFor();
      expect(await back.getByRole('link').allInnerTexts()).toEqual(['Canvas voor het hbo', 'Canvas voor het mbo']);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotOf(back, `lineage-derivatives-${width}`);
      if (width === 390) await screenshot(page, 'evidence-instrument-page-390');
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('a curator sets "afgeleid van" in the editor', async () => {
    const curator = await signedIn(app, 'CURATOR');
    await createInstrument(app, curator, { title: 'Zelfscan als oorsprong van een afgeleide' });
    const target = await createInstrument(app, curator, { title: 'Zelfscan die ergens van is afgeleid' });
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/instrumenten/${target.slug}/bewerken`);
    await page.getByRole('heading', { level: 1, name: 'Instrument bewerken' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoek het instrument waarvan dit is afgeleid' }).fill('oorsprong van een afgeleide');
    const choice = page.getByRole('radio', { name: /Zelfscan als oorsprong van een afgeleide/ });
    await choice.check();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zelfscan die ergens van is afgeleid' }).waitFor();
    const lineage = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Afkomst' }) });
    await lineage.getByRole('link', { name: 'Zelfscan als oorsprong van een afgeleide' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a curator names the origin while accepting a proposal', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const member = await signedIn(app, 'MEMBER');
    await createInstrument(app, curator, { title: 'Dilemmakaarten als oorsprong van een voorstel' });
    const id = await submitProposal(app, member, { title: 'Dilemmakaarten voor werkveldpartners' });
    dataOf(await act(app, 'startReview', curator, { id }));
    const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
    await page.goto(`${origin}/beheer/voorstellen/${id}`);
    await page.getByRole('button', { name: 'Accepteren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Voorstel accepteren' });
    await dialog.getByRole('searchbox', { name: 'Zoek het instrument waarvan dit is afgeleid' }).fill('oorsprong van een voorstel');
    await dialog.getByRole('radio', { name: /Dilemmakaarten als oorsprong van een voorstel/ }).check();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Accepteren en instrument aanmaken' }).click();
    await page.getByRole('link', { name: 'Bekijk het instrument “Dilemmakaarten voor werkveldpartners”' }).click();
    const lineage = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Afkomst' }) });
    await lineage.getByRole('link', { name: 'Dilemmakaarten als oorsprong van een voorstel' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
