import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createInstrument } from '../support/instrument-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Public pages rendered on the server (apps/api/src/ssr), read as raw HTML, as a search engine or
 * a browser without JavaScript gets them. Needs `npm run build` (dist/web and dist/web-server).
 */
let app: TestApp;
let origin: string;

beforeAll(async () => {
  app = await startTestApp();
  origin = app.url.replace(/\/graphql$/, '');
});
afterAll(() => app?.close());

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers: { accept: 'text/html', ...headers } });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

/** The text of the inline Apollo state, parsed. */
function stateOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="__APOLLO_STATE__">([\s\S]*?)<\/script>/.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

/** The markup inside <div id="root">, without tags (what a reader without scripts sees). */
function textOf(html: string): string {
  const root = html.slice(html.indexOf('<div id="root">'), html.indexOf('<script type="application/json"'));
  return root.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

describe('server-rendered pages', () => {
  it('renders the catalogue with its filters and search from the URL, counts included', async () => {
    const { instruments } = dataOf(
      await app.gql<{ instruments: { totalCount: number; edges: { node: { title: string } }[] } }>(
        `{ instruments(first: 20, filter: { phases: ["EVALUATE"] }, search: "rubric") { totalCount edges { node { title } } } }`,
      ),
    );
    expect(instruments.totalCount).toBeGreaterThan(0);

    const { status, headers, html } = await page('/?fase=EVALUATE&q=rubric');
    expect(status).toBe(200);
    expect(headers.get('vary')).toMatch(/Cookie/i);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    const text = textOf(html);
    expect(text).toContain(`${instruments.totalCount} instrument`);
    for (const { node } of instruments.edges) expect(text).toContain(node.title);
    // The GET form: the search box and the chosen filter, checked, with the URL's names and values.
    expect(html).toMatch(/<form[^>]*id="catalogue-form"[^>]*action="\/"[^>]*method="get"|<form[^>]*method="get"[^>]*id="catalogue-form"/);
    expect(html).toMatch(/<input[^>]*name="q"[^>]*value="rubric"/);
    expect(html).toMatch(/<input[^>]*name="fase"[^>]*checked=""[^>]*value="EVALUATE"/);
    // Every card is a real link to its instrument.
    expect(html).toMatch(/<a [^>]*href="\/instrumenten\/[a-z0-9-]+"/);
    // The answers travel with the page, so the browser does not ask again.
    expect(Object.keys(stateOf(html).ROOT_QUERY as object).some((key) => key.startsWith('instruments:'))).toBe(true);
  });

  it('renders an instrument page completely, and 404 with the not-found page for an unknown slug', async () => {
    const { instrument } = dataOf(
      await app.gql<{ instrument: { title: string; summary: string } }>(`{ instrument(slug: "rubric-interdisciplinaire-samenwerking") { title summary } }`),
    );
    const found = await page('/instrumenten/rubric-interdisciplinaire-samenwerking');
    expect(found.status).toBe(200);
    // The page's own meta (PageMeta, hoisted by React) in <head>, in place of index.html's defaults.
    const head = found.html.slice(0, found.html.indexOf('</head>'));
    expect(head).toContain(`<title>${instrument.title} · Instrumentencatalogus</title>`);
    expect(head.match(/<title>/g)).toHaveLength(1);
    expect(head).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(head.match(/<meta name="description"/g)).toHaveLength(1);
    const text = textOf(found.html);
    expect(text).toContain(instrument.title);
    expect(text).toContain(instrument.summary);
    // The app's and the page's style sheets come inline, so it shows styled before any other
    // request; the CSP allows exactly these style elements, by hash. Each of the lazy page's has a
    // link that is not fetched (not CSS), so that Vite's preload helper does not load it again.
    expect(found.html).not.toMatch(/<link rel="stylesheet"(?! type="text\/plain")/);
    expect(found.html).toMatch(/<style>[^<]*<\/style><link rel="stylesheet" type="text\/plain" href="\/assets\/instrument-[\w-]+\.css">/);
    const styles = [...found.html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
    expect(styles.join('\n')).toContain('.instrument__layout');
    const csp = found.headers.get('content-security-policy')!;
    for (const css of styles) expect(csp).toContain(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);

    const missing = await page('/instrumenten/bestaat-niet-9f3a');
    expect(missing.status).toBe(404);
    expect(textOf(missing.html)).toContain('niet gevonden');
  });

  it('renders the overview with its totals', async () => {
    const { overview } = dataOf(await app.gql<{ overview: { totalInstruments: number } }>('{ overview { totalInstruments } }'));
    const { status, html } = await page('/overzicht');
    expect(status).toBe(200);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    const text = textOf(html);
    expect(text).toContain(String(overview.totalInstruments));
    expect(text).toContain('Fase en status');
  });

  it('keeps an instrument title with </script> inside the inline state, as data', async () => {
    const curator = await signedIn(app, 'CURATOR');
    const title = 'Uitbreken </script><script>alert(1)</script> <!-- test';
    const created = await createInstrument(app, curator, { title });
    const { status, html } = await page(`/instrumenten/${created.slug}`);
    expect(status).toBe(200);
    // Besides the boot module only data blocks (the state, the page's JSON-LD); no other script starts.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.filter((tag) => !/type="(module|application\/ld\+json)"/.test(tag))).toEqual(['<script type="application/json" id="__APOLLO_STATE__">']);
    const state = stateOf(html);
    const stored = Object.values(state).find((entry) => (entry as { title?: string }).title === title);
    expect(stored).toBeDefined();
    expect(html).not.toContain('</script><script>alert(1)');
  });

  it('sends no inline script or style attribute, under a CSP without unsafe-inline', async () => {
    for (const path of ['/', '/instrumenten/rubric-interdisciplinaire-samenwerking', '/overzicht']) {
      const { headers, html } = await page(path);
      expect(headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/type="(module|application\/json|application\/ld\+json)"/);
      // React's style props would be style attributes here, which the CSP refuses (useHydrated).
      expect({ path, styled: html.match(/<[^>]+\sstyle="[^"]*"/g) ?? [] }).toEqual({ path, styled: [] });
    }
  });

  it('starts only the small boot script, which names the app it loads after the first paint', async () => {
    const { html } = await page('/overzicht');
    const modules = html.match(/<script type="module"[^>]*>/g) ?? [];
    expect(modules).toHaveLength(1);
    const boot = /src="(\/assets\/boot-[^"]+\.js)" data-entry="(\/assets\/index-[^"]+\.js)" data-preload="([^"]*)"/.exec(modules[0]!);
    expect(boot).not.toBeNull();
    expect(modules[0]).toContain('fetchpriority="low"');
    // Nothing else is fetched as a module before the paint.
    expect(html).not.toContain('rel="modulepreload"');
    for (const file of [boot![1]!, boot![2]!, ...boot![3]!.split(' ')]) expect((await fetch(origin + file)).status).toBe(200);
    // The client-rendered app (signed in) starts its entry at once.
    const shell = await page('/overzicht', { cookie: await signedIn(app, 'MEMBER') });
    expect(shell.html).toContain(`<script type="module" crossorigin src="${boot![2]}"></script>`);
  });

  it('answers a signed-in member with the client-rendered app, and a repeated visit from the read cache', async () => {
    const member = await signedIn(app, 'MEMBER');
    const shell = await page('/overzicht', { cookie: member });
    expect(shell.status).toBe(200);
    expect(shell.html).toContain('<div id="root"></div>');
    expect(shell.headers.get('vary')).toMatch(/Cookie/i);

    await page('/?fase=DEVELOP');
    app.statements.reset();
    const again = await page('/?fase=DEVELOP');
    expect(again.status).toBe(200);
    // Only the cache version is read.
    expect(app.statements.count).toBe(1);
  });
});
