import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FollowingService } from '../../apps/api/src/following/following.service.js';
import { signInCookie } from '../support/account-mails.js';
import { openPage, screenshot, seriousViolations } from '../support/browser.js';
import { dataOf, signedIn, type TestApp } from '../support/test-app.js';
import { webSuite } from '../support/web-suite.js';

let app: TestApp;
let browser: Browser;
let origin: string;

webSuite((suite) => {
  ({ app, browser, origin } = suite);
});

const SLOW = 300_000;
const INSTRUMENT = { slug: 'rubric-interdisciplinaire-samenwerking', title: 'Rubric interdisciplinaire samenwerking' };

interface Member {
  context: BrowserContext;
  page: Page;
  errors: string[];
  cookie: string;
  email: string;
}

/** A page signed in as a new member (the cookie too, to ask the API what it stored). */
async function memberPage(width = 1280): Promise<Member> {
  const email = `volger-${Math.random().toString(36).slice(2, 8)}@example.org`;
  const cookie = await signedIn(app, 'MEMBER', email);
  const opened = await openPage(browser, { width });
  const [name, ...value] = cookie.split('=');
  await opened.context.addCookies([{ name: name!, value: value.join('='), url: origin }]);
  return { ...opened, cookie, email };
}

/** axe finds nothing serious in this state. */
async function accessible(page: Page, state: string): Promise<void> {
  expect({ state, violations: await seriousViolations(page) }).toEqual({ state, violations: [] });
}

/** Screenshots at 1280 and 390 px, with axe at both widths. */
async function shoot(page: Page, name: string): Promise<void> {
  await accessible(page, `${name}-1280`);
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await accessible(page, `${name}-390`);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

interface StoredFollow {
  kind: string;
  instrument: { slug: string } | null;
  phase: { code: string } | null;
  collection: { slug: string } | null;
}

async function followsOf(cookie: string): Promise<StoredFollow[]> {
  const data = dataOf(
    await app.gql<{ myFollows: { edges: { node: StoredFollow }[] } }>(
      '{ myFollows(first: 100) { edges { node { kind instrument { slug } phase { code } collection { slug } } } } }',
      {},
      cookie,
    ),
  );
  return data.myFollows.edges.map((edge) => edge.node);
}

async function frequencyOf(cookie: string): Promise<string> {
  return dataOf(await app.gql<{ myFollowSettings: { frequency: string } }>('{ myFollowSettings { frequency } }', {}, cookie)).myFollowSettings.frequency;
}

const KIT = { title: 'Startpakket: volgen (test)', slug: 'startpakket-volgen-test' };

/** A published starter kit with the instrument in it (tests load the instruments only). */
async function publishKit(): Promise<void> {
  const curator = await signedIn(app, 'CURATOR');
  const { instrument } = dataOf(await app.gql<{ instrument: { id: string } }>('query ($slug: String!) { instrument(slug: $slug) { id } }', { slug: INSTRUMENT.slug }));
  const { createCollection } = dataOf(
    await app.gql<{ createCollection: { id: string } }>(
      'mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id } }',
      { input: { title: KIT.title, slug: KIT.slug, introduction: 'Om te volgen.' } },
      curator,
    ),
  );
  const id = createCollection.id;
  dataOf(await app.gql('mutation ($input: SetCollectionItemsInput!) { setCollectionItems(input: $input) { id } }', { input: { id, items: [{ instrumentId: instrument.id, why: 'Begin hier.' }] } }, curator));
  dataOf(await app.gql('mutation ($input: CollectionRefInput!) { publishCollection(input: $input) { id } }', { input: { id } }, curator));
}

describe('following in the web app', () => {
  let member: Member;

  beforeAll(async () => {
    await publishKit();
    member = await memberPage();
  });
  afterAll(async () => {
    await member?.context.close();
  });

  it('(a) a visitor gets a real link to sign in that comes back, on server-rendered pages without hydration problems', async () => {
    const { context, page } = await openPage(browser);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    try {
      const kit = KIT;
      const pages = [
        { path: `/instrumenten/${INSTRUMENT.slug}`, link: 'Log in om te volgen' },
        { path: `/startpakketten/${kit.slug}`, link: 'Log in om te volgen' },
        { path: '/?fase=EVALUATE', link: 'Log in om de fase Evalueren te volgen' },
      ];
      for (const { path, link } of pages) {
        await page.goto(origin + path, { waitUntil: 'networkidle' });
        const signIn = page.getByRole('link', { name: link });
        await signIn.waitFor();
        expect(await signIn.getAttribute('href')).toBe(`/inloggen?terug=${encodeURIComponent(path)}`);
        await accessible(page, `visitor ${path}`);
      }
      // Two phases: no phase to follow.
      await page.goto(`${origin}/?fase=EVALUATE&fase=DEVELOP`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('link', { name: /Log in om de fase/ }).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);

  it('(b) the follow list starts empty and says what following does and where to start', async () => {
    const { page } = member;
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: 'Mijn volglijst', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn volglijst' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Je volgt nog niets' }).waitFor();
    await page.getByText('krijg je een mail als er iets verandert', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Naar de startpakketten' }).waitFor();
    await page.getByRole('radio', { name: 'Direct een mail' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Direct een mail' }).isChecked()).toBe(true);
    await shoot(page, 'issue23-follow-list-empty');
    // Mijn account leads here too.
    await page.goto(`${origin}/mijn-account`);
    await page.getByRole('link', { name: 'Naar Mijn volglijst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn volglijst' }).waitFor();
  }, SLOW);

  it('(c) a member follows an instrument (a double click follows once) and unfollows it', async () => {
    const { page, cookie } = member;
    await page.goto(`${origin}/instrumenten/${INSTRUMENT.slug}`);
    const follow = page.getByRole('button', { name: 'Volgen', exact: true });
    await follow.waitFor();
    await accessible(page, 'instrument not followed');
    await follow.dblclick();
    await page.getByText('Je volgt dit ✓').waitFor();
    const unfollow = page.getByRole('button', { name: `Niet meer volgen – ${INSTRUMENT.title}` });
    await unfollow.waitFor();
    // The second click of the double click did not unfollow again; the focus is on the new button.
    await page.waitForTimeout(1000);
    expect(await unfollow.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await followsOf(cookie)).toEqual([{ kind: 'INSTRUMENT', instrument: { slug: INSTRUMENT.slug }, phase: null, collection: null }]);
    await shoot(page, 'issue23-follow-button');

    // It stays after a reload.
    await page.reload();
    await page.getByText('Je volgt dit ✓').waitFor();
    await page.getByRole('button', { name: `Niet meer volgen – ${INSTRUMENT.title}` }).click();
    await page.getByRole('button', { name: 'Volgen', exact: true }).waitFor();
    expect(await followsOf(cookie)).toEqual([]);
    await accessible(page, 'instrument unfollowed');
    expect(member.errors).toEqual([]);
  }, SLOW);

  it('(d) a member follows a starter kit and unfollows it', async () => {
    const { page, cookie } = member;
    const kit = KIT;
    await page.goto(`${origin}/startpakketten/${kit.slug}`);
    await page.getByRole('heading', { level: 1, name: kit.title }).waitFor();
    await page.getByRole('button', { name: 'Volgen', exact: true }).click();
    await page.getByText('Je volgt dit ✓').waitFor();
    expect((await followsOf(cookie)).map((f) => f.collection?.slug)).toEqual([kit.slug]);
    await accessible(page, 'kit followed');
    await page.getByRole('button', { name: `Niet meer volgen – ${kit.title}` }).click();
    await page.getByRole('button', { name: 'Volgen', exact: true }).waitFor();
    expect(await followsOf(cookie)).toEqual([]);
  }, SLOW);

  it('(e) a phase is followed from the catalogue and from the list; the list groups by kind and unfollows', async () => {
    const { page, cookie } = member;
    await page.goto(`${origin}/?fase=EVALUATE`);
    await page.getByRole('button', { name: 'Volg de fase Evalueren' }).click();
    await page.getByText('Je volgt de fase Evalueren ✓').waitFor();
    await accessible(page, 'phase followed on the catalogue');
    await screenshot(page, 'issue23-follow-phase-1280', { fullPage: false });
    expect((await followsOf(cookie)).map((f) => f.phase?.code)).toEqual(['EVALUATE']);

    // An instrument and a kit too, then the list.
    await page.goto(`${origin}/instrumenten/${INSTRUMENT.slug}`);
    await page.getByRole('button', { name: 'Volgen', exact: true }).click();
    await page.getByText('Je volgt dit ✓').waitFor();
    const kit = KIT;
    await page.goto(`${origin}/startpakketten/${kit.slug}`);
    await page.getByRole('button', { name: 'Volgen', exact: true }).click();
    await page.getByText('Je volgt dit ✓').waitFor();

    await page.goto(`${origin}/mijn-volglijst`);
    await page.getByText('Je volgt 3 dingen.').waitFor();
    const group = (name: string) => page.getByRole('region', { name, exact: true });
    await group('Instrumenten').getByRole('link', { name: INSTRUMENT.title }).waitFor();
    await group('Fasen').getByRole('link', { name: 'Evalueren' }).waitFor();
    await group('Startpakketten').getByRole('link', { name: kit.title }).waitFor();
    // The phase choice knows EVALUATE is followed; follow a second phase there.
    await group('Fasen volgen').getByText('Je volgt de fase Evalueren ✓').waitFor();
    await group('Fasen volgen').getByRole('button', { name: 'Volg de fase Ontwikkelen en inrichten' }).click();
    await group('Fasen volgen').getByText('Je volgt de fase Ontwikkelen en inrichten ✓').waitFor();
    await page.getByText('Je volgt 4 dingen.').waitFor();
    await group('Fasen').getByRole('link', { name: 'Ontwikkelen en inrichten' }).waitFor();
    await shoot(page, 'issue23-follow-list');

    await group('Instrumenten').getByRole('button', { name: `Niet meer volgen – ${INSTRUMENT.title}` }).click();
    await page.getByRole('status').getByText(`Je volgt ${INSTRUMENT.title} niet meer.`).waitFor();
    await page.getByText('Je volgt 3 dingen.').waitFor();
    expect(await group('Instrumenten').count()).toBe(0);
    await accessible(page, 'list after unfollowing');
    expect((await followsOf(cookie)).map((f) => f.kind).sort()).toEqual(['COLLECTION', 'PHASE', 'PHASE']);
    expect(member.errors).toEqual([]);
  }, SLOW);

  it('(f) the mail frequency is saved, confirmed and still chosen after a reload', async () => {
    const { page, cookie } = member;
    await page.goto(`${origin}/mijn-volglijst`);
    await page.getByRole('radio', { name: 'Eén overzicht per week' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen: Eén overzicht per week.').waitFor();
    await accessible(page, 'frequency saved');
    expect(await frequencyOf(cookie)).toBe('WEEKLY');
    await page.reload();
    await page.getByRole('radio', { name: 'Eén overzicht per week' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Eén overzicht per week' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Geen mails' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen: Geen mails.').waitFor();
    expect(await frequencyOf(cookie)).toBe('OFF');
    await page.getByRole('radio', { name: 'Direct een mail' }).check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen: Direct een mail.').waitFor();
    expect(await frequencyOf(cookie)).toBe('IMMEDIATE');
  }, SLOW);

  it('(g) more than a page of follows: "Toon meer" loads the rest', async () => {
    const other = await memberPage();
    try {
      const { instruments } = dataOf(await app.gql<{ instruments: { edges: { node: { id: string } }[] } }>('{ instruments(first: 25) { edges { node { id } } } }'));
      expect(instruments.edges.length).toBe(25);
      for (const { node } of instruments.edges) {
        dataOf(await app.gql('mutation ($input: FollowInput!) { follow(input: $input) { id } }', { input: { instrumentId: node.id } }, other.cookie));
      }
      const { page } = other;
      await page.goto(`${origin}/mijn-volglijst`);
      await page.getByText('Je volgt 25 dingen.').waitFor();
      const items = page.getByRole('region', { name: 'Instrumenten', exact: true }).getByRole('listitem');
      await items.first().waitFor();
      expect(await items.count()).toBe(20);
      await page.getByRole('button', { name: 'Toon meer' }).click();
      await items.nth(24).waitFor();
      expect(await items.count()).toBe(25);
      expect(await page.getByRole('button', { name: /Toon meer|Meer laden/ }).count()).toBe(0);
      await accessible(page, 'list, all pages');
      expect(other.errors).toEqual([]);
    } finally {
      await other.context.close();
    }
  }, SLOW);

  it('(h) an unsubscribe link works without signing in; a forged one says so; a digest link turns all follow mails off', async () => {
    // A member follows the instrument; the link of its mails is signed by the API's own signer.
    const follower = await memberPage();
    const { cookie } = follower;
    const { me } = dataOf(await app.gql<{ me: { id: string } }>('{ me { id } }', {}, cookie));
    const { instrument } = dataOf(await app.gql<{ instrument: { id: string } }>('query ($slug: String!) { instrument(slug: $slug) { id } }', { slug: INSTRUMENT.slug }));
    const { follow } = dataOf(
      await app.gql<{ follow: { id: string } }>('mutation ($input: FollowInput!) { follow(input: $input) { id } }', { input: { instrumentId: instrument.id } }, cookie),
    );
    const tokens = app.nest.get(FollowingService).tokens;
    const token = tokens.sign({ scope: 'follow', accountId: me.id, followId: follow.id, kind: 'INSTRUMENT', targetId: instrument.id });

    const { context, page, errors } = await openPage(browser);
    try {
      await page.goto(`${origin}/afmelden?token=${encodeURIComponent(token)}`);
      await page.getByRole('heading', { level: 1, name: 'Afmelden' }).waitFor();
      await page.getByText(`Met deze link meld je je af voor mails over ${INSTRUMENT.title}.`).waitFor();
      // Without JavaScript the same button posts RFC 8058's body to the API's one-click route.
      const form = page.locator('form[method="post"]');
      expect(await form.getAttribute('action')).toBe(`/api/unsubscribe?token=${encodeURIComponent(token)}`);
      expect(await form.locator('input[type="hidden"]').evaluate((input: HTMLInputElement) => `${input.name}=${input.value}`)).toBe('List-Unsubscribe=One-Click');
      await shoot(page, 'issue23-unsubscribe');
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.getByText(`Je krijgt geen mails meer over ${INSTRUMENT.title}.`).waitFor();
      await shoot(page, 'issue23-unsubscribe-done');
      await page.getByRole('link', { name: 'Naar de catalogus' }).waitFor();
      // A visitor has no follow list to go to.
      expect(await page.getByRole('link', { name: 'Naar Mijn volglijst' }).count()).toBe(0);
      expect(await followsOf(cookie)).toEqual([]);

      // One character changed: refused, in words, and nothing changes.
      dataOf(await app.gql('mutation ($input: FollowInput!) { follow(input: $input) { id } }', { input: { phaseCode: 'EVALUATE' } }, cookie));
      const before = await followsOf(cookie);
      const forged = token.slice(0, 10) + (token[10] === 'A' ? 'B' : 'A') + token.slice(11);
      await page.goto(`${origin}/afmelden?token=${encodeURIComponent(forged)}`);
      await page.getByRole('alert').getByText('Deze afmeldlink klopt niet.', { exact: false }).waitFor();
      expect(await page.getByRole('button', { name: 'Afmelden' }).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Log in voor Mijn volglijst' }).getAttribute('href')).toBe('/inloggen?terug=%2Fmijn-volglijst');
      await accessible(page, 'forged token');
      await screenshot(page, 'issue23-unsubscribe-forged-1280');
      await page.goto(`${origin}/afmelden`);
      await page.getByRole('alert').getByText('Deze afmeldlink klopt niet.', { exact: false }).waitFor();
      expect(await followsOf(cookie)).toEqual(before);

      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    // Without JavaScript: the page is rendered on the server, its form posts RFC 8058's body to the
    // API's one-click route (no CSRF header), and the API sends the browser back to the page,
    // which says it is done. A forged link says so too; a mail client's POST still gets JSON.
    const remaining = await followsOf(cookie);
    const again = dataOf(
      await app.gql<{ follow: { id: string } }>('mutation ($input: FollowInput!) { follow(input: $input) { id } }', { input: { instrumentId: instrument.id } }, cookie),
    ).follow;
    const second = tokens.sign({ scope: 'follow', accountId: me.id, followId: again.id, kind: 'INSTRUMENT', targetId: instrument.id });
    const noScript = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'nl-NL', javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${origin}/afmelden?token=${encodeURIComponent(second)}`);
      await page.getByText(`Met deze link meld je je af voor mails over ${INSTRUMENT.title}.`).waitFor();
      const [response] = await Promise.all([page.waitForResponse((r) => r.url().includes('/api/unsubscribe')), page.getByRole('button', { name: 'Afmelden' }).click()]);
      expect(response.status()).toBe(303);
      expect(response.request().postData()).toBe('List-Unsubscribe=One-Click');
      await page.waitForURL((url) => url.pathname === '/afmelden' && url.searchParams.get('afgemeld') === '1');
      await page.getByText(`Je krijgt geen mails meer over ${INSTRUMENT.title}.`).waitFor();
      // No axe here: it runs as a script, and this browser runs none (the same markup passed axe above, with JavaScript).
      await screenshot(page, 'issue23-unsubscribe-nojs-done-390');
      expect(await followsOf(cookie)).toEqual(remaining);

      const forgedAgain = second.slice(0, 10) + (second[10] === 'A' ? 'B' : 'A') + second.slice(11);
      await page.goto(`${origin}/afmelden?token=${encodeURIComponent(forgedAgain)}&afgemeld=1`);
      await page.getByRole('alert').getByText('Deze afmeldlink klopt niet.', { exact: false }).waitFor();
      expect(await page.getByText('Je krijgt geen mails meer', { exact: false }).count()).toBe(0);

      const oneClick = await fetch(`${origin}/api/unsubscribe?token=${encodeURIComponent(second)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
        redirect: 'manual',
      });
      expect(oneClick.status).toBe(200);
      expect(await oneClick.json()).toEqual({ unsubscribed: { kind: 'follow', label: INSTRUMENT.title } });
    } finally {
      await noScript.close();
    }

    // A digest's link, opened signed in: every follow mail off, the follows stay; on to the list.
    try {
      const { page } = follower;
      const all = tokens.sign({ scope: 'all', accountId: me.id });
      await page.goto(`${origin}/afmelden?token=${encodeURIComponent(all)}`);
      await page.getByText('Met deze link meld je je af voor mails over alles wat je volgt.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Afmelden' }).click();
      await page.getByText('Je krijgt geen mails meer over alles wat je volgt.', { exact: false }).waitFor();
      await accessible(page, 'unsubscribed from all');
      expect(await frequencyOf(cookie)).toBe('OFF');
      await page.getByRole('link', { name: 'Naar Mijn volglijst' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn volglijst' }).waitFor();
      await page.getByRole('region', { name: 'Fasen', exact: true }).getByRole('link', { name: 'Evalueren' }).waitFor();
      expect(await page.getByRole('radio', { name: 'Geen mails' }).isChecked()).toBe(true);
      expect(follower.errors).toEqual([]);
    } finally {
      await follower.context.close();
    }
  }, SLOW);

  it('(i) a refusal is said in Dutch at the button: an address not confirmed yet cannot follow', async () => {
    const email = `onbevestigd-${Math.random().toString(36).slice(2, 8)}@example.org`;
    const password = 'een lange zin als wachtwoord';
    dataOf(await app.gql('mutation ($input: RegisterInput!) { register(input: $input) }', { input: { email, displayName: 'Sanne de Vries', password } }));
    const cookie = await signInCookie(app, email, password);
    const { context, page, errors } = await openPage(browser);
    try {
      const [name, ...value] = cookie.split('=');
      await context.addCookies([{ name: name!, value: value.join('='), url: origin }]);
      await page.goto(`${origin}/instrumenten/${INSTRUMENT.slug}`);
      await page.getByRole('button', { name: 'Volgen', exact: true }).click();
      await page.getByRole('alert').getByText('Bevestig eerst je e-mailadres met de link in je mail; daarna kun je volgen.').waitFor();
      await page.getByRole('button', { name: 'Volgen', exact: true }).waitFor();
      await accessible(page, 'follow refused');
      expect(await followsOf(cookie)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, SLOW);
});
