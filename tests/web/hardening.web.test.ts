import { describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service.js';
import { until } from '../support/api-process.js';
import { openPage, screenshot } from '../support/browser.js';
import { cookieFrom, dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

/** Collects CSP violations (the event and Chromium's console report) from the first script on. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('__reportCsp', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return violations;
}

describe('the built web app under the Content-Security-Policy', () => {
  it('loads the catalogue, the overview (charts) and an instrument page without a single violation', async () => {
    const { context, page, errors } = await openPage(browser);
    const violations = await watchCsp(page);
    const response = await page.goto(origin + '/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.locator('main a[href^="/instrumenten/"]').first().waitFor();

    await page.goto(origin + '/overzicht');
    await page.locator('main svg').first().waitFor();
    expect(await page.locator('main svg').count()).toBeGreaterThan(0);

    await page.goto(origin + '/instrumenten/rubric-interdisciplinaire-samenwerking');
    await page.getByRole('heading', { level: 1, name: 'Rubric interdisciplinaire samenwerking' }).waitFor();
    // Every script, style sheet and request of the page has been loaded: a violation would have fired.
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);

    // The watch works: an injected inline handler and style element are blocked and reported.
    await page.evaluate(() => {
      // An empty data: image loads in one Chromium and fails in another: both handlers are inline.
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.__ran = 1" onerror="window.__ran = 1">');
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }));
    });
    await until('both violations are reported', () => /script-src-attr/.test(violations.join('\n')) && /style-src/.test(violations.join('\n')));
    expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran ?? null)).toBeNull();
    await context.close();
  });
});

/** Markup that runs script when a page renders it as HTML; each copy names its field. */
const payload = (field: string) => `${field}<img src=x onerror="__xss='${field}'"><svg onload=__xss=1><script>__xss=1</script>&"'{{7*7}}`;
/** For display names (at most 80 characters). */
const shortPayload = (field: string) => `${field}<img src=x onerror=__xss=1><script>__xss=1</script>`;

describe('stored XSS', () => {
  it('text saved in every text field comes back verbatim from the API and renders inert in the browser', async () => {
    // A curator whose display name is hostile: it shows in the status history.
    const curatorEmail = `xss-curator-${Date.now()}@example.org`;
    await app.nest.get(AccountsService).upsert(curatorEmail, shortPayload('displayName'), 'correct horse battery', 'CURATOR');
    const signIn = await app.post('mutation ($input: SignInInput!) { signIn(input: $input) { displayName } }', {
      input: { email: curatorEmail, password: 'correct horse battery' },
    });
    const curator = cookieFrom(signIn.headers)!;
    const admin = await signedIn(app, 'ADMIN');
    const member = await signedIn(app, 'MEMBER');
    // A member whose display name is hostile proposes: it shows in the review queue and the accounts page.
    const proposerEmail = `xss-voorsteller-${Date.now()}@example.org`;
    await app.nest.get(AccountsService).upsert(proposerEmail, shortPayload('proposer'), 'correct horse battery', 'MEMBER');
    const proposerSignIn = await app.post('mutation ($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: proposerEmail, password: 'correct horse battery' },
    });
    const proposer = cookieFrom(proposerSignIn.headers)!;

    const term = dataOf(
      await app.gql<{ createVocabularyTerm: { code: string; labelNl: string; labelEn: string } }>(
        'mutation ($input: CreateVocabularyTermInput!) { createVocabularyTerm(input: $input) { code labelNl labelEn } }',
        { input: { vocabulary: 'TAG', code: 'XSS_TAG', labelNl: payload('labelNl'), labelEn: payload('labelEn') } },
        curator,
      ),
    ).createVocabularyTerm;
    expect(term).toEqual({ code: 'XSS_TAG', labelNl: payload('labelNl'), labelEn: payload('labelEn') });

    const fields = {
      title: payload('title'),
      summary: payload('summary'),
      description: payload('description'),
      ownerOrganisation: payload('ownerOrganisation'),
      contactName: payload('contactName'),
      licence: payload('licence'),
      timeNeeded: payload('timeNeeded'),
    };
    const links = [{ label: payload('linkLabel'), url: 'https://example.org/pad?q=%3Cscript%3E' }];
    const created = dataOf(
      await app.gql<{ createInstrument: Record<string, unknown> & { id: string; slug: string } }>(
        `mutation ($input: CreateInstrumentInput!) { createInstrument(input: $input) {
          id slug title summary description ownerOrganisation contactName licence timeNeeded links { label url } tags { labelNl labelEn } } }`,
        {
          input: { ...fields, slug: 'xss-proef', phases: ['DEVELOP'], type: 'CANVAS', tags: ['XSS_TAG'], origin: 'NETWORK', status: 'IDEA', links },
        },
        curator,
      ),
    ).createInstrument;
    expect(created).toMatchObject({ ...fields, links, tags: [{ labelNl: payload('labelNl'), labelEn: payload('labelEn') }] });

    const note = payload('note');
    const changed = dataOf(
      await app.gql<{ changeInstrumentStatus: { statusHistory: { note: string | null; changedBy: string }[] } }>(
        'mutation ($input: ChangeInstrumentStatusInput!) { changeInstrumentStatus(input: $input) { statusHistory { note changedBy } } }',
        { input: { id: created.id, status: 'IN_DESIGN', note } },
        curator,
      ),
    ).changeInstrumentStatus;
    expect(changed.statusHistory[0]).toEqual({ note, changedBy: shortPayload('displayName') });

    // A javascript: link is refused outright.
    const jsLink = await app.gql(
      'mutation ($input: UpdateInstrumentInput!) { updateInstrument(input: $input) { id } }',
      { input: { id: created.id, version: 2, links: [{ label: 'klik', url: 'javascript:alert(1)' }] } },
      curator,
    );
    expect(jsLink.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // Review texts, the reason a review was hidden, and every proposal text.
    const rated = dataOf(
      await app.gql<{ rateInstrument: { id: string; review: string } }>(
        'mutation ($input: RateInstrumentInput!) { rateInstrument(input: $input) { id review } }',
        { input: { instrumentId: created.id, score: 4, review: payload('review') } },
        member,
      ),
    ).rateInstrument;
    expect(rated.review).toBe(payload('review'));
    const hidden = dataOf(
      await app.gql<{ hideReview: { hiddenReason: string } }>(
        'mutation ($input: HideReviewInput!) { hideReview(input: $input) { hiddenReason } }',
        { input: { ratingId: rated.id, reason: payload('reason') } },
        curator,
      ),
    ).hideReview;
    expect(hidden.hiddenReason).toBe(payload('reason'));
    const proposalFields = { ...fields, title: payload('proposalTitle'), motivation: payload('motivation') };
    const { id: proposalId, ...proposal } = dataOf(
      await app.gql<{ submitProposal: Record<string, unknown> & { id: string } }>(
        `mutation ($input: SubmitProposalInput!) { submitProposal(input: $input) {
          id title summary description ownerOrganisation contactName licence timeNeeded motivation proposerName links { label url } } }`,
        { input: { ...proposalFields, phases: ['DEVELOP'], type: 'CANVAS', links } },
        proposer,
      ),
    ).submitProposal;
    expect(proposal).toEqual({ ...proposalFields, proposerName: shortPayload('proposer'), links });
    // The hostile curator takes it: its name shows as the reviewer.
    const reviewing = await app.gql<{ startReview: { reviewerName: string } }>(
      'mutation ($input: ProposalRefInput!) { startReview(input: $input) { reviewerName } }',
      { input: { id: proposalId } },
      curator,
    );
    expect(dataOf(reviewing).startReview.reviewerName).toBe(shortPayload('displayName'));
    const registered = await app.post('mutation ($input: RegisterInput!) { register(input: $input) }', {
      input: { email: `xss-lid-${Date.now()}@example.org`, displayName: shortPayload('register'), password: 'een lang wachtwoord' },
    });
    expect(dataOf(registered.body)).toEqual({ register: true });

    // Now in the browser, each page once its hostile content is there: no script ran, no markup was made.
    const dialogs: string[] = [];
    async function browse(cookie: string | null, visits: [path: string, shown: (page: Page) => Promise<unknown>][]) {
      const opened = await openPage(browser);
      if (cookie) {
        const [name, ...value] = cookie.split('=');
        await opened.context.addCookies([{ name: name!, value: value.join('='), url: origin }]);
      }
      opened.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      for (const [path, shown] of visits) {
        await opened.page.goto(origin + path);
        await shown(opened.page);
        await opened.page.waitForLoadState('networkidle');
        const state = await opened.page.evaluate(() => ({
          xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
          // The page's JSON-LD is a data block (type application/ld+json), not a script that runs.
          injected: document.querySelectorAll('main img[src="x"], main svg[onload], main script:not([type="application/ld+json"])').length,
          handlers: [...document.querySelectorAll('body *')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
        }));
        expect({ path, ...state }).toEqual({ path, xss: null, injected: 0, handlers: 0 });
      }
      return opened;
    }
    /** The hostile texts are on the page, as text (markup would not show its tags). */
    const showsText = (text: string) => (page: Page) => page.locator('main').getByText(text, { exact: false }).first().waitFor();
    const showsAll =
      (...texts: string[]) =>
      async (page: Page) => {
        for (const text of texts) await showsText(text)(page);
      };
    const card = (page: Page) => page.locator(`main a[href="/instrumenten/${created.slug}"]`).first().waitFor();

    const visitor = await browse(null, [
      [`/instrumenten/${created.slug}`, showsText(`title<img src=x onerror="__xss='title'">`)],
      [`/?q=${encodeURIComponent('proef')}`, (page) => page.waitForFunction(() => /^\d+ /.test(document.querySelector('#results-heading')?.textContent ?? ''))],
      // The catalogue filtered by the hostile tag (URL parameter `thema`): only this instrument, the chip as text.
      [
        `/?thema=XSS_TAG`,
        async (page) => {
          await page.waitForFunction(() => /^1 /.test(document.querySelector('#results-heading')?.textContent ?? ''));
          await card(page);
          await page.locator('.active-filters').getByText(payload('labelNl'), { exact: false }).waitFor();
        },
      ],
      ['/overzicht', (page) => page.locator('main svg').first().waitFor()],
    ]);
    await visitor.context.close();

    const queue = await browse(curator, [
      ['/beheer/voorstellen?status=alle', showsAll(payload('proposalTitle'), shortPayload('proposer'), shortPayload('displayName'))],
      [`/beheer/voorstellen/${proposalId}`, showsAll(payload('proposalTitle'), payload('motivation'), payload('summary'))],
    ]);
    await queue.context.close();
    const accounts = await browse(admin, [
      ['/beheer/accounts', showsAll(shortPayload('displayName'), shortPayload('proposer'), shortPayload('register'))],
    ]);
    await screenshot(accounts.page, 'stored-xss-accounts');
    await accounts.context.close();

    const { context, page } = await browse(null, []);
    // The instrument page shows the hostile text as text.
    await page.goto(`${origin}/instrumenten/${created.slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const text = await page.locator('main').innerText();
    for (const field of ['title', 'summary', 'ownerOrganisation', 'contactName', 'timeNeeded', 'note']) {
      expect(text).toContain(`${field}<img src=x onerror="__xss='${field}'">`);
    }
    expect(dialogs).toEqual([]);
    await screenshot(page, 'stored-xss-instrument');
    await context.close();
  });
});
