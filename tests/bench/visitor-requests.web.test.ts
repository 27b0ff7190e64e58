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

describe("W11's requests", () => {
  it('equal the catalogue page’s own for a search with filters and a sort, and for "load more"', async () => {
    const [list, facets] = await Promise.all([webOperation('CatalogueInstruments'), webOperation('CatalogueFacets')]);
    const { context, page, errors } = await openPage(browser);
    const sent = recordGraphql(page);

    const filtered: Question = { search: 'samenwerking', filter: { phases: ['EVALUATE', 'DEVELOP'] }, sort: 'TITLE', pages: 1 };
    await page.goto(`${origin}/?q=samenwerking&fase=EVALUATE&fase=DEVELOP&sortering=titel`);
    await page.locator('.instrument-card__title').first().waitFor();
    const bodies = sent.map((s) => s.body);
    expect(bodies).toContain(webBody(list, listVariables(filtered)));
    expect(bodies).toContain(webBody(facets, facetVariables(filtered)));

    // The example catalogue has more than one page of 20 when nothing is filtered.
    const browse: Question = { search: null, filter: {}, sort: 'USABLE_FIRST', pages: 2 };
    sent.length = 0;
    await page.goto(`${origin}/`);
    await page.locator('.instrument-card__title').first().waitFor();
    const first = sent.find((s) => s.body === webBody(list, listVariables(browse)));
    expect(first).toBeDefined();
    const { endCursor } = (JSON.parse(await first!.answer()) as { data: { instruments: { pageInfo: { endCursor: string } } } }).data.instruments.pageInfo;
    await page.getByRole('button', { name: 'Meer laden' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.instrument-card__title').length > 20);
    expect(sent.map((s) => s.body)).toContain(webBody(list, listVariables(browse, endCursor)));
    expect(errors).toEqual([]);
    await context.close();
  });
});
