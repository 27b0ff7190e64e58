import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { Browser, Locator, Page } from 'playwright-core';
import { until } from '../support/api-process.js';
import { createInstrument } from '../support/instrument-builder.js';
import { openPage, openSignedInPage, screenshot, seriousViolations } from '../support/browser.js';
import { submitProposal } from '../support/proposal-builder.js';
import { signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

const MIB = 1024 * 1024;

// A small limit, so "too large" needs no 25 MB file; the PDFs below stay under it.
webSuite(
  (suite) => {
    ({ app, browser, origin } = suite);
  },
  { env: { FILES_MAX_MB: '4' } },
);

/** Several uploads, reloads and axe scans per test, on a machine shared with other work. */
const SLOW = 300_000;

/**
 * A real one-page PDF (a coloured band with a title, so its preview shows something), padded with
 * an unused stream of `padding` random bytes to make the upload take long enough to watch.
 */
function pdf(title: string, padding: number): Buffer {
  const content = [
    '0.08 0.27 0.44 rg 40 690 515 110 re f',
    '0.04 0.48 0.46 rg 40 120 515 540 re S',
    `BT /F1 34 Tf 1 1 1 rg 60 735 Td (${title}) Tj ET`,
    ...Array.from({ length: 8 }, (_, i) => `0.6 0.6 0.6 RG 60 ${600 - i * 60} m 535 ${600 - i * 60} l S`),
  ].join('\n');
  const pad = randomBytes(padding);
  const objects: (string | Buffer)[][] = [
    ['<< /Type /Catalog /Pages 2 0 R >>'],
    ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>'],
    ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'],
    [`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`],
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
    [`<< /Length ${pad.length} >>\nstream\n`, pad, '\nendstream'],
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((pieces, index) => {
    offsets.push(offset);
    const body = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), ...pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : p)), Buffer.from('\nendobj\n')]);
    parts.push(body);
    offset += body.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

/** Records every value the page's <progress> elements take, from before the upload starts. */
async function recordProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    const note = () => document.querySelectorAll('progress').forEach((p) => seen.push(p.value));
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['value'] });
  });
}

async function progressSeen(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
}

/** One part of the page, where the whole page would hide what the test is about. */
async function screenshotOf(part: Locator, name: string): Promise<void> {
  const folder = path.resolve('test-results', 'screenshots');
  await mkdir(folder, { recursive: true });
  await part.screenshot({ path: path.join(folder, `${name}.png`) });
}

/** The section at the top of the instrument page. */
function filesBox(page: Page) {
  return page.locator('.instrument-files');
}

/** Reloads until the first page's preview of this file is there (it is rendered just after the upload's answer). */
async function waitForPreview(page: Page, alt: string): Promise<void> {
  for (let attempt = 0; attempt < 30; attempt += 1) {
    if ((await page.getByRole('img', { name: alt }).count()) > 0) break;
    await page.waitForTimeout(1000);
    await page.reload();
    await filesBox(page).waitFor();
  }
  const image = page.getByRole('img', { name: alt });
  await image.waitFor();
  await until('the preview is loaded', async () => (await image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))) > 0);
}

describe('files and editions on the instrument page', () => {
  const title = 'Canvas voor de samenwerking in de regio';
  /** The instrument the first test gives files, which the second looks at. */
  let slug = '';

  it(
    'a curator uploads a PDF with progress, gets the download button at the top, and a second edition lists the first below it',
    async () => {
      const curator = await signedIn(app, 'CURATOR');
      ({ slug } = await createInstrument(app, curator, { title }));
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
      await page.goto(`${origin}/instrumenten/${slug}`);
      await filesBox(page).getByRole('heading', { level: 2, name: 'Bestanden' }).waitFor();
      await filesBox(page).getByText('Er zijn nog geen bestanden bij dit instrument.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      // The first file, slowed to about 1 MB/s so the progress can be seen (and photographed).
      await filesBox(page).getByRole('button', { name: 'Bestand toevoegen' }).click();
      const form = page.getByRole('form', { name: 'Bestand toevoegen' });
      await form.getByRole('textbox', { name: /Titel van het bestand/ }).fill('Canvas (A3)');
      await form.getByRole('textbox', { name: /Versie/ }).fill('v0.1');
      await form.getByRole('textbox', { name: /Wat is er veranderd/ }).fill('Eerste schets, gemaakt op de werkconferentie.');
      await form.getByLabel(/^Bestand/).setInputFiles({ name: 'canvas-a3.pdf', mimeType: 'application/pdf', buffer: pdf('Canvas (A3) v0.1', 3 * MIB) });
      expect(await seriousViolations(page)).toEqual([]);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: MIB });
      await recordProgress(page);
      await form.getByRole('button', { name: 'Bestand opslaan' }).click();
      const progress = form.getByRole('progressbar', { name: /Voortgang van het versturen/ });
      await progress.waitFor();
      await until('the progress passes 10%', async () => (await progress.evaluate((p: HTMLProgressElement) => p.value)) > 10, 20_000);
      await form.getByText(/\d+% verstuurd/).waitFor();
      await form.getByRole('button', { name: 'Stoppen' }).waitFor();
      await screenshot(page, 'issue22-upload-progress-1280', { fullPage: false });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await filesBox(page).getByRole('status').getByText('canvas-a3.pdf is opgeslagen.').waitFor({ timeout: 60_000 });
      const seen = await progressSeen(page);
      expect(Math.max(...seen)).toBe(100);
      expect(seen.some((value) => value > 0 && value < 100)).toBe(true);

      // The download button at the top, with type and size, above "Naar het instrument" and the description.
      const download = filesBox(page).getByRole('link', { name: /^Downloaden \(PDF, 3 MB\)/ });
      await download.waitFor();
      expect(await download.getAttribute('href')).toMatch(/\/canvas-a3\.pdf$/);
      const downloadTop = (await download.boundingBox())!.y;
      const descriptionTop = (await page.getByRole('heading', { level: 2, name: 'Beschrijving' }).boundingBox())!.y;
      expect(downloadTop).toBeLessThan(descriptionTop);
      await filesBox(page).getByText('Versie v0.1', { exact: true }).waitFor();
      const fetched = await page.request.get(origin + (await download.getAttribute('href'))!);
      expect(fetched.status()).toBe(200);
      expect(fetched.headers()['content-disposition']).toContain('attachment');

      // A second edition: the new one is current, the first is listed below with its change note.
      await filesBox(page).getByRole('button', { name: /^Nieuwe versie toevoegen\s*:\s*Canvas \(A3\)$/ }).click();
      const again = page.getByRole('form', { name: 'Nieuwe versie van Canvas (A3)' });
      await again.getByRole('textbox', { name: /Versie/ }).fill('v0.2');
      await again.getByRole('textbox', { name: /Wat is er veranderd/ }).fill('Na de pilot in Zwolle: minder vakken, meer ruimte voor de partners.');
      await again.getByLabel(/^Bestand/).setInputFiles({ name: 'canvas-a3-v2.pdf', mimeType: 'application/pdf', buffer: pdf('Canvas (A3) v0.2', 200 * 1024) });
      await again.getByRole('button', { name: 'Bestand opslaan' }).click();
      await filesBox(page).getByRole('status').getByText('canvas-a3-v2.pdf is opgeslagen.').waitFor({ timeout: 60_000 });
      await filesBox(page).getByText('Versie v0.2', { exact: true }).waitFor();
      await filesBox(page).getByRole('link', { name: /^Downloaden \(PDF, 2\d\d kB\)/ }).waitFor();
      const earlier = filesBox(page).locator('.file-card__earlier');
      await earlier.getByRole('heading', { level: 4, name: 'Eerdere versies (1)' }).waitFor();
      expect(await earlier.innerText()).toContain('Eerste schets, gemaakt op de werkconferentie.');
      expect(await earlier.getByRole('link', { name: /^Downloaden\s*:\s*Canvas \(A3\), versie v0\.1$/ }).count()).toBe(1);

      // A curator withdraws the first edition: marked for curators, gone for visitors.
      await earlier.getByRole('button', { name: 'Versie v0.1 intrekken' }).click();
      await earlier.getByText('Ingetrokken').waitFor();
      await earlier.getByRole('button', { name: 'Versie v0.1 terugzetten' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await seriousViolations(page)).toEqual([]);

      const visitor = await openPage(browser);
      await visitor.page.goto(`${origin}/instrumenten/${slug}`);
      await filesBox(visitor.page).getByRole('link', { name: /^Downloaden \(PDF, 2\d\d kB\)/ }).waitFor();
      expect(await filesBox(visitor.page).innerText()).not.toContain('v0.1');
      expect(await filesBox(visitor.page).getByRole('button').count()).toBe(0);
      expect(await seriousViolations(visitor.page)).toEqual([]);

      expect(visitor.errors).toEqual([]);
      await visitor.context.close();
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );

  it(
    'the first page of the PDF shows as a preview on the instrument page and on the catalogue card',
    async () => {
      expect(slug).not.toBe('');
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR');
      await page.goto(`${origin}/instrumenten/${slug}`);
      await filesBox(page).waitFor();
      // Its size is set, so nothing moves when it arrives.
      await waitForPreview(page, 'Voorbeeld van de eerste pagina van Canvas (A3)');
      const preview = page.getByRole('img', { name: 'Voorbeeld van de eerste pagina van Canvas (A3)' });
      expect(await preview.getAttribute('width')).toBe('600');
      expect(await preview.getAttribute('height')).toBe('849');
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'issue22-instrument-editions-1280');
      await screenshotOf(filesBox(page), 'issue22-instrument-files-1280');
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'issue22-instrument-editions-390');
      await screenshotOf(filesBox(page), 'issue22-instrument-files-390');

      // In English: the same, in English words and numbers.
      await page.getByRole('button', { name: 'Switch to English' }).click();
      await filesBox(page).getByRole('heading', { level: 2, name: 'Files' }).waitFor();
      await filesBox(page).getByRole('link', { name: /^Download \(PDF, 2\d\d kB\)/ }).waitFor();
      await filesBox(page).getByText('Withdrawn', { exact: true }).waitFor();
      await filesBox(page).getByRole('heading', { level: 4, name: 'Earlier versions (1)' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();

      const visitor = await openPage(browser);
      // The card in the catalogue: the preview, decorative, in a box of fixed proportions.
      for (const width of [1280, 390]) {
        await visitor.page.setViewportSize({ width, height: 900 });
        await visitor.page.goto(`${origin}/?q=${encodeURIComponent(title)}`);
        const card = visitor.page.locator('article.instrument-card', { has: visitor.page.getByRole('link', { name: title }) });
        await card.waitFor();
        const image = card.locator('.card-preview img');
        expect(await image.getAttribute('alt')).toBe('');
        expect(await image.getAttribute('loading')).toBe('lazy');
        await image.scrollIntoViewIfNeeded();
        await until('the card preview is loaded', async () => (await image.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))) > 0);
        const box = (await card.locator('.card-preview').boundingBox())!;
        expect(Math.abs(box.width / box.height - 2)).toBeLessThan(0.05);
        // Cards without a file have no empty box.
        const others = visitor.page.locator('article.instrument-card', { hasNot: visitor.page.getByRole('link', { name: title }) });
        if ((await others.count()) > 0) expect(await others.first().locator('.card-preview').count()).toBe(0);
        expect(await seriousViolations(visitor.page)).toEqual([]);
        await card.scrollIntoViewIfNeeded();
        await screenshot(visitor.page, `issue22-card-preview-${width}`, { fullPage: false });
      }
      expect(visitor.errors).toEqual([]);
      await visitor.context.close();
    },
    SLOW,
  );

  it(
    'a file of the wrong type or too large gets a Dutch error that says what is allowed, and a stopped upload keeps nothing',
    async () => {
      const curator = await signedIn(app, 'CURATOR');
      const { slug } = await createInstrument(app, curator, { title: 'Rubric die een verkeerd bestand krijgt' });
      const { context, page, errors } = await openSignedInPage(browser, app, 'CURATOR', { width: 390, height: 844 });
      await page.goto(`${origin}/instrumenten/${slug}`);
      await filesBox(page).getByRole('button', { name: 'Bestand toevoegen' }).click();
      const form = page.getByRole('form', { name: 'Bestand toevoegen' });

      // The allowed types and the API's limit are said before anyone chooses.
      await form.getByText('PDF, Word, PowerPoint, Excel, OpenDocument, PNG of JPEG; hoogstens 4 MB.').waitFor();

      // Nothing filled in: said at each field.
      await form.getByRole('button', { name: 'Bestand opslaan' }).click();
      await form.getByText('Geef het bestand een titel.').waitFor();
      await form.getByText('Kies een bestand.').waitFor();

      await form.getByRole('textbox', { name: /Titel van het bestand/ }).fill('Rubric');
      await form.getByRole('textbox', { name: /Versie/ }).fill('v1');
      // A ".pdf" that is really a web page.
      await form.getByLabel(/^Bestand/).setInputFiles({ name: 'rubric.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>') });
      await form.getByRole('button', { name: 'Bestand opslaan' }).click();
      const alert = form.getByRole('alert');
      await alert.getByText('Dit soort bestand kan niet: kies een PDF, Word, PowerPoint, Excel, OpenDocument (tekst, presentatie of rekenblad), PNG of JPEG.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await alert.scrollIntoViewIfNeeded();
      await screenshot(page, 'issue22-upload-error-390', { fullPage: false });

      // Larger than the limit (4 MB in this suite, as the API says): the limit is said, before anything is sent.
      await form.getByLabel(/^Bestand/).setInputFiles({ name: 'rubric-groot.pdf', mimeType: 'application/pdf', buffer: pdf('Te groot', 4 * MIB + 100) });
      await form.getByRole('button', { name: 'Bestand opslaan' }).click();
      await alert.getByText('Dit bestand is te groot: het mag hoogstens 4 MB zijn.').waitFor({ timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
      await alert.scrollIntoViewIfNeeded();
      await screenshot(page, 'issue22-upload-error-too-large-390', { fullPage: false });
      // Stopped halfway: said so, and nothing is kept.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: 512 * 1024 });
      await form.getByLabel(/^Bestand/).setInputFiles({ name: 'rubric.pdf', mimeType: 'application/pdf', buffer: pdf('Rubric', 3 * MIB) });
      await form.getByRole('button', { name: 'Bestand opslaan' }).click();
      await form.getByRole('progressbar').waitFor();
      await form.getByRole('button', { name: 'Stoppen' }).click();
      await form.getByRole('status').getByText('Het versturen is gestopt; er is niets opgeslagen.').waitFor();
      expect(await form.getByRole('progressbar').count()).toBe(0);
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });

      // Nothing was stored.
      await page.reload();
      await filesBox(page).getByText('Er zijn nog geen bestanden bij dit instrument.').waitFor();
      expect(errors).toEqual([]);
      await context.close();
    },
    SLOW,
  );
});

describe('attachments of a proposal', () => {
  it(
    'a member attaches a file to their proposal, sees the limits and removes one; the curator sees the attachment when reviewing',
    async () => {
      const email = `indiener-${randomBytes(3).toString('hex')}@example.org`;
      const cookie = await signedIn(app, 'MEMBER', email);
      const id = await submitProposal(app, cookie, { title: 'Werkvorm met een bijlage voor de pilot' });
      const { context, page, errors } = await openSignedInPage(browser, app, 'MEMBER', { email });
      await page.goto(`${origin}/voorstellen/${id}`);
      const section = page.locator('section.proposal-attachments');
      await section.getByRole('heading', { level: 2, name: 'Bijlagen' }).waitFor();
      // The API's configured limits (4 MB a file in this suite), not the defaults.
      await section.getByText('Hoogstens 10 bestanden, elk hoogstens 4 MB en samen hoogstens 60 MB.').waitFor();
      await section.getByText('Nog geen bijlagen.').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await recordProgress(page);
      await section.getByRole('textbox', { name: /Naam van de bijlage/ }).fill('Werkvorm (opzet)');
      await section.getByLabel(/^Bestand/).setInputFiles({ name: 'werkvorm-opzet.pdf', mimeType: 'application/pdf', buffer: pdf('Werkvorm', 300 * 1024) });
      await section.getByRole('button', { name: 'Bijlage toevoegen' }).click();
      await section.getByRole('status').getByText('werkvorm-opzet.pdf is opgeslagen.').waitFor({ timeout: 60_000 });
      expect(Math.max(...(await progressSeen(page)))).toBe(100);
      await section.getByRole('link', { name: 'werkvorm-opzet.pdf' }).waitFor();
      await section.getByText('Werkvorm (opzet)', { exact: true }).waitFor();
      expect(await section.innerText()).toMatch(/1 van 10 bestanden, samen 3\d\d kB/);

      // A second one, removed again.
      await section.getByLabel(/^Bestand/).setInputFiles({ name: 'foto-bord.png', mimeType: 'image/png', buffer: PNG });
      await section.getByRole('button', { name: 'Bijlage toevoegen' }).click();
      await section.getByRole('link', { name: 'foto-bord.png' }).waitFor({ timeout: 60_000 });
      await section.getByRole('button', { name: 'foto-bord.png verwijderen' }).click();
      await section.getByRole('status').getByText('foto-bord.png is verwijderd.').waitFor();
      expect(await section.getByRole('link', { name: 'foto-bord.png' }).count()).toBe(0);
      expect(await seriousViolations(page)).toEqual([]);
      await screenshot(page, 'issue22-proposal-attachments-1280');
      expect(errors).toEqual([]);
      await context.close();

      const reviewer = await openSignedInPage(browser, app, 'CURATOR');
      await reviewer.page.goto(`${origin}/beheer/voorstellen/${id}`);
      const attached = reviewer.page.locator('section.proposal-attachments');
      await attached.getByRole('link', { name: 'werkvorm-opzet.pdf' }).waitFor();
      expect(await attached.getByRole('button').count()).toBe(0);
      expect(await seriousViolations(reviewer.page)).toEqual([]);
      expect(reviewer.errors).toEqual([]);
      await reviewer.context.close();
    },
    SLOW,
  );
});

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
