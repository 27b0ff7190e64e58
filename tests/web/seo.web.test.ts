import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { createInstrument } from '../support/instrument-builder.js';
import { decidePracticeReport, submitPracticeReport } from '../support/practice-report-builder.js';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const SITE = 'Instrumentencatalogus';

interface Head {
  title: string;
  descriptions: string[];
  canonical: string[];
  og: Record<string, string>;
  twitter: Record<string, string>;
  jsonLd: string[];
  lang: string;
}

/** What a crawler or a preview card reads in the page's head (and JSON-LD anywhere), after the client render. */
function readHead(page: Page): Promise<Head> {
  return page.evaluate(() => {
    const content = (selector: string) => [...document.querySelectorAll<HTMLMetaElement>(selector)].map((m) => m.content);
    const pairs = (attribute: string, prefix: string) =>
      Object.fromEntries(
        [...document.head.querySelectorAll<HTMLMetaElement>(`meta[${attribute}^="${prefix}"]`)].map((m) => [m.getAttribute(attribute)!, m.content]),
      );
    return {
      title: document.title,
      descriptions: content('meta[name="description"]'),
      canonical: [...document.querySelectorAll<HTMLLinkElement>('link[rel="canonical"]')].map((l) => l.href),
      og: pairs('property', 'og:'),
      twitter: pairs('name', 'twitter:'),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
      lang: document.documentElement.lang,
    };
  });
}

/** Waits until the page's own canonical link is in the head. */
async function headFor(page: Page, canonicalPath: string): Promise<Head> {
  await page.waitForFunction((href) => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href === href, origin + canonicalPath);
  return readHead(page);
}

function expectSharingTags(head: Head, url: string, title: string, description: string): void {
  expect(head.lang).toBe('nl');
  expect(head.descriptions).toEqual([description]);
  expect(head.canonical).toEqual([url]);
  expect(head.og).toMatchObject({
    'og:title': title,
    'og:description': description,
    'og:url': url,
    'og:site_name': `${SITE} · Netwerk Learning Communities`,
    'og:locale': 'nl_NL',
  });
  expect(head.og['og:image']).toBeUndefined();
  expect(head.twitter).toMatchObject({ 'twitter:card': 'summary', 'twitter:title': title, 'twitter:description': description });
}

interface InstrumentFacts {
  id: string;
  slug: string;
  title: string;
  summary: string;
  licence: string | null;
  updatedAt: string;
  phases: { labelNl: string }[];
}
const INSTRUMENT = `query ($slug: String!) { instrument(slug: $slug) { id slug title summary licence updatedAt phases { labelNl } } }`;
const instrumentFacts = async (slug: string) => dataOf(await app.gql<{ instrument: InstrumentFacts }>(INSTRUMENT, { slug })).instrument;

describe('meta tags for search engines and shared links', () => {
  it('the catalogue: site title, its lead, a canonical URL without order or paging, and the search in the title', async () => {
    const { context, page, errors } = await openPage(browser);
    await page.goto(origin + '/');
    await page.locator('article.instrument-card').first().waitFor();
    const home = await headFor(page, '/');
    expect(home.title).toBe(`${SITE} · Netwerk Learning Communities`);
    const lead = await page.locator('.catalogue__intro .lead').innerText();
    expectSharingTags(home, `${origin}/`, SITE, lead);
    expect(home.og['og:type']).toBe('website');
    expect(home.jsonLd).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(origin + '/?q=rubric&fase=EVALUATE&sortering=titel&toon=40');
    await page.locator('article.instrument-card').first().waitFor();
    const searched = await headFor(page, '/?q=rubric&fase=EVALUATE');
    expect(searched.title).toBe(`Zoekresultaten voor “rubric” · ${SITE}`);
    expect(searched.descriptions).toHaveLength(1);
    expect(searched.descriptions[0]).toContain('“rubric”');
    expect(searched.og['og:url']).toBe(`${origin}/?q=rubric&fase=EVALUATE`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an instrument: its title and summary, Open Graph, and JSON-LD LearningResource that parses', async () => {
    const facts = await instrumentFacts('formatieve-evaluatie-van-je-learning-community');
    const { context, page, errors } = await openPage(browser);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(`${origin}/instrumenten/${facts.slug}`);
    await page.getByRole('heading', { level: 1, name: facts.title }).waitFor();
    const head = await headFor(page, `/instrumenten/${facts.slug}`);
    const url = `${origin}/instrumenten/${facts.slug}`;
    expect(head.title).toBe(`${facts.title} · ${SITE}`);
    expectSharingTags(head, url, facts.title, facts.summary);
    expect(head.og['og:type']).toBe('article');
    expect(head.jsonLd).toHaveLength(1);
    const ld = JSON.parse(head.jsonLd[0]) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'LearningResource',
      name: facts.title,
      description: facts.summary,
      url,
      inLanguage: 'nl',
      dateModified: facts.updatedAt,
      isPartOf: { '@type': 'Collection', url: `${origin}/` },
    });
    expect(ld.license).toBe(facts.licence);
    expect((ld.about as { name: string }[]).map((a) => a.name)).toEqual(facts.phases.map((p) => p.labelNl));
    expect((ld.audience as unknown[]).length).toBeGreaterThan(0);
    expect(typeof ld.learningResourceType).toBe('string');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'seo-instrument-1280');
    // The JSON-LD data block is not a script to run: the CSP reports nothing.
    expect(consoleErrors).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes a title with </script><script> as JSON inside the data block, not as markup', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const title = 'Gevaarlijk </script><script>window.__injected = 1</script> & <!-- titel';
    const created = await createInstrument(app, curator, { title, summary: 'Samenvatting met </script> erin.', status: 'AVAILABLE', origin: 'EXISTING' });
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${origin}/instrumenten/${created.slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const head = await headFor(page, `/instrumenten/${created.slug}`);
    expect(head.jsonLd).toHaveLength(1);
    expect(head.jsonLd[0]).not.toContain('</script');
    expect(head.jsonLd[0]).not.toContain('<');
    expect(JSON.parse(head.jsonLd[0])).toMatchObject({ '@type': 'LearningResource', name: title, description: 'Samenvatting met </script> erin.' });
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
    expect(head.og['og:title']).toBe(title);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a retired instrument's canonical URL is its successor's", async () => {
    const curator = await signedIn(app, 'CURATOR');
    const successor = await createInstrument(app, curator, { title: 'Opvolger met canonical', status: 'AVAILABLE', origin: 'EXISTING' });
    const old = await createInstrument(app, curator, { title: 'Vervallen met canonical' });
    dataOf(
      await app.gql(
        'mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }',
        { input: { id: old.id, note: 'Opgegaan in de opvolger.', replacedById: successor.id } },
        curator,
      ),
    );
    const { context, page, errors } = await openPage(browser);
    await page.goto(`${origin}/instrumenten/${old.slug}`);
    await page.getByRole('heading', { level: 1, name: 'Vervallen met canonical' }).waitFor();
    const head = await headFor(page, `/instrumenten/${successor.slug}`);
    expect(head.canonical).toEqual([`${origin}/instrumenten/${successor.slug}`]);
    expect(head.og['og:url']).toBe(`${origin}/instrumenten/${successor.slug}`);
    expect(JSON.parse(head.jsonLd[0])).toMatchObject({ name: 'Vervallen met canonical', url: `${origin}/instrumenten/${old.slug}` });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the overview and the practice reports (list and one report) have a title, a description and a canonical URL', async () => {
    const { context, page, errors } = await openPage(browser, { width: 390, height: 844 });
    await page.goto(`${origin}/overzicht?iets=anders`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const overview = await headFor(page, '/overzicht');
    expect(overview.title).toBe(`${await page.getByRole('heading', { level: 1 }).innerText()} · ${SITE}`);
    // The lead, cut at a word to fit a search result's snippet.
    const lead = await page.locator('.overview .lead').first().innerText();
    expect(overview.descriptions).toHaveLength(1);
    expect(overview.descriptions[0].length).toBeLessThanOrEqual(200);
    expect(overview.descriptions[0]).toMatch(/…$/);
    expect(lead.startsWith(overview.descriptions[0].slice(0, -1))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${origin}/praktijkvoorbeelden`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const list = await headFor(page, '/praktijkvoorbeelden');
    expect(list.title).toBe(`Praktijkvoorbeelden · ${SITE}`);
    expect(list.descriptions).toHaveLength(1);
    expect(list.descriptions[0].length).toBeGreaterThan(20);
    expect(await seriousViolations(page)).toEqual([]);

    const instrument = await instrumentFacts('formatieve-evaluatie-van-je-learning-community');
    const id = await submitPracticeReport(app, await signedIn(app, 'MEMBER'), instrument.id);
    dataOf(await decidePracticeReport(app, 'publishPracticeReport', await signedIn(app, 'CURATOR'), { id }));
    await page.goto(`${origin}/praktijkvoorbeelden/${id}`);
    await page.locator('.practice-report h1').waitFor();
    const report = await headFor(page, `/praktijkvoorbeelden/${id}`);
    expect(report.title).toBe(`${await page.locator('.practice-report h1').innerText()} · ${SITE}`);
    expect(report.descriptions).toHaveLength(1);
    expect(report.og['og:type']).toBe('article');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'seo-practice-report-390');
    expect(errors).toEqual([]);
    await context.close();
  });
});
