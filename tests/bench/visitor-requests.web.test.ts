/**
 * W11 must ask what the catalogue page asks, byte for byte (the read cache is keyed by the body):
 * the page's own requests, seen in Chromium, equal the bodies the bench builds for the same question.
 */
import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../support/browser.js';
import { facetVariables, listVariables, webBody, webOperation, type Question } from './questions.js';
import { webSuite } from '../support/web-suite.js';

let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ browser, origin } = suite);
});

/** The bodies of the page's GraphQL POSTs, in order, and their answers. */
function recordGraphql(page: Page) {
  const sent: { body: string; answer: () => Promise<string> }[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') {
      sent.push({ body: request.postData() ?? '', answer: async () => (await request.response())?.text() ?? '' });
    }
  });
  return sent;
}

/** Waits until `check` holds (a request the page sends after a client-side navigation), at most 15 s. */
async function eventually(check: () => boolean): Promise<void> {
  for (const end = Date.now() + 15_000; !check() && Date.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe("W11's requests", () => {
  it('equal the catalogue page’s own for a search with filters and a sort, and for "load more"', async () => {
    const [list, facets] = await Promise.all([webOperation('CatalogueInstruments'), webOperation('CatalogueFacets')]);
    const { context, page, errors } = await openPage(browser);
    // A visitor's first page arrives rendered by the server, with its answers inline (#24); what the
    // browser asks after that (another search or filter, "load more") is what W11 replays.
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('.catalogue__apply').waitFor({ state: 'detached' }); // hydrated
    const sent = recordGraphql(page);

    const filtered: Question = { search: 'samenwerking', filter: { phases: ['EVALUATE', 'DEVELOP'] }, sort: 'TITLE', pages: 1 };
    const filteredBodies = [webBody(list, listVariables(filtered)), webBody(facets, facetVariables(filtered))];
    await page.evaluate((url) => history.pushState(null, '', url), '/?q=samenwerking&fase=EVALUATE&fase=DEVELOP&sortering=titel');
    await eventually(() => filteredBodies.every((body) => sent.some((s) => s.body === body)));
    const bodies = sent.map((s) => s.body);
    expect(bodies).toContain(filteredBodies[0]);
    expect(bodies).toContain(filteredBodies[1]);

    // The example catalogue has more than one page of 20 when nothing is filtered; its first page came
    // with the HTML, so its cursor is read here the way the bench reads it.
    const browse: Question = { search: null, filter: {}, sort: 'USABLE_FIRST', pages: 2 };
    const firstPage = await fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: webBody(list, listVariables(browse)) });
    const { endCursor } = ((await firstPage.json()) as { data: { instruments: { pageInfo: { endCursor: string } } } }).data.instruments.pageInfo;
    sent.length = 0;
    await page.evaluate(() => history.pushState(null, '', '/'));
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.instrument-card__title').length > 20);
    expect(sent.map((s) => s.body)).toContain(webBody(list, listVariables(browse, endCursor)));
    expect(errors).toEqual([]);
    await context.close();
  });
});
