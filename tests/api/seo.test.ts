import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SitemapService } from '../../apps/api/src/seo/sitemap.service.js';
import { createInstrument } from '../support/instrument-builder.js';
import { dataOf, signedIn, startTestApp, type TestApp } from '../support/test-app.js';

// Read per request by the app (common/app-url.ts); an & in it shows the XML escaping.
const APP_URL = 'https://instrumenten.example.org/nlc&co';

let app: TestApp;
let origin: string;
let curator: string;

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  app = await startTestApp();
  origin = app.url.replace(/\/graphql$/, '');
  curator = await signedIn(app, 'CURATOR');
});
afterAll(async () => {
  delete process.env.APP_URL;
  await app?.close();
});

const ESCAPED = APP_URL.replace('&', '&amp;');
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);

async function listedSlugs(): Promise<{ slug: string; updated: string }[]> {
  const rows: { slug: string; updated_at: Date }[] = await app.dataSource.query(
    `SELECT slug, updated_at FROM instruments WHERE status <> 'RETIRED' ORDER BY slug`,
  );
  return rows.map((r) => ({ slug: r.slug, updated: r.updated_at.toISOString() }));
}

async function publishedKits(): Promise<{ slug: string; updated: string }[]> {
  const rows: { slug: string; updated_at: Date }[] = await app.dataSource.query(`SELECT slug, updated_at FROM collections WHERE status = 'PUBLISHED' ORDER BY slug`);
  return rows.map((r) => ({ slug: r.slug, updated: r.updated_at.toISOString() }));
}

async function collect(body: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of body) text += chunk;
  return text;
}

describe('robots.txt', () => {
  it('allows the public pages, keeps crawlers out of the signed-in views and the API, and names the sitemap', async () => {
    // A crawler asks with Accept: */*, which the web app's fallback would otherwise answer with index.html.
    const response = await fetch(`${origin}/robots.txt`, { headers: { accept: '*/*' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const lines = (await response.text()).split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Allow: /');
    for (const path of ['/beheer', '/account', '/graphql', '/api/']) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).not.toContain('Disallow: /');
    expect(lines).toContain(`Sitemap: ${APP_URL}/sitemap.xml`);
  });
});

/** The public pages other than instruments and starter kits that lead the sitemap. */
const FIXED_PAGES = 5;

describe('sitemap.xml', () => {
  it('lists the home, the overview, the practice reports, the finder, the starter kits, each published kit and every instrument that is not retired, with lastmod, as XML', async () => {
    const response = await fetch(`${origin}/sitemap.xml`, { headers: { accept: 'text/html,*/*' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true);
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
    const listed = await listedSlugs();
    expect(listed.length).toBeGreaterThan(30);
    // Published kits follow the fixed pages (the next test publishes one).
    const kits = await publishedKits();
    expect(locs(xml)).toEqual([
      `${ESCAPED}/`,
      `${ESCAPED}/overzicht`,
      `${ESCAPED}/praktijkvoorbeelden`,
      `${ESCAPED}/vinden`,
      `${ESCAPED}/startpakketten`,
      ...kits.map((k) => `${ESCAPED}/startpakketten/${k.slug}`),
      ...listed.map((i) => `${ESCAPED}/instrumenten/${i.slug}`),
    ]);
    for (const { slug, updated } of kits) {
      expect(xml).toContain(`<url><loc>${ESCAPED}/startpakketten/${slug}</loc><lastmod>${updated}</lastmod></url>`);
    }
    for (const { slug, updated } of listed) {
      expect(xml).toContain(`<url><loc>${ESCAPED}/instrumenten/${slug}</loc><lastmod>${updated}</lastmod></url>`);
    }
    // The raw & never appears unescaped.
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('leaves a retired instrument out and keeps its successor', async () => {
    const successor = await createInstrument(app, curator, { title: 'Opvolger voor de sitemap', status: 'AVAILABLE', origin: 'EXISTING' });
    const old = await createInstrument(app, curator, { title: 'Oud instrument voor de sitemap' });
    const before = await (await fetch(`${origin}/sitemap.xml`)).text();
    expect(locs(before)).toContain(`${ESCAPED}/instrumenten/${old.slug}`);
    dataOf(
      await app.gql(
        'mutation ($input: RetireInstrumentInput!) { retireInstrument(input: $input) { status } }',
        { input: { id: old.id, note: 'Opgegaan in de opvolger.', replacedById: successor.id } },
        curator,
      ),
    );
    const after = locs(await (await fetch(`${origin}/sitemap.xml`)).text());
    expect(after).not.toContain(`${ESCAPED}/instrumenten/${old.slug}`);
    expect(after).toContain(`${ESCAPED}/instrumenten/${successor.slug}`);
  });

  it('lists a starter kit once it is published, and no longer when it is a draft again', async () => {
    const kit = dataOf(
      await app.gql<{ createCollection: { id: string; slug: string } }>(
        'mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { id slug } }',
        { input: { title: 'Startpakket voor de sitemap' } },
        curator,
      ),
    ).createCollection;
    const [first] = await listedSlugs();
    const [{ id: instrumentId }]: { id: string }[] = await app.dataSource.query('SELECT id FROM instruments WHERE slug = $1', [first!.slug]);
    dataOf(await app.gql('mutation ($input: SetCollectionItemsInput!) { setCollectionItems(input: $input) { id } }', { input: { id: kit.id, items: [{ instrumentId, why: 'Begin hier.' }] } }, curator));
    const kitLoc = `${ESCAPED}/startpakketten/${kit.slug}`;
    expect(locs(await (await fetch(`${origin}/sitemap.xml`)).text())).not.toContain(kitLoc);

    dataOf(await app.gql('mutation ($input: CollectionRefInput!) { publishCollection(input: $input) { id } }', { input: { id: kit.id } }, curator));
    expect(locs(await (await fetch(`${origin}/sitemap.xml`)).text())).toContain(kitLoc);

    dataOf(await app.gql('mutation ($input: CollectionRefInput!) { unpublishCollection(input: $input) { id } }', { input: { id: kit.id } }, curator));
    expect(locs(await (await fetch(`${origin}/sitemap.xml`)).text())).not.toContain(kitLoc);
  });

  it('becomes an index of files when the URLs pass the limit, and the files together hold every URL once', async () => {
    const sitemaps = app.nest.get(SitemapService);
    const listed = await listedSlugs();
    const pages = FIXED_PAGES + (await publishedKits()).length;
    const limit = 10;
    const index = await collect(await sitemaps.sitemap(limit));
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const parts = Math.ceil((listed.length + pages) / limit);
    expect(locs(index)).toEqual(Array.from({ length: parts }, (_, i) => `${ESCAPED}/sitemap/${i + 1}.xml`));
    const all: string[] = [];
    for (let part = 1; part <= parts; part++) {
      const file = locs(await collect(await sitemaps.part(part, limit)));
      expect(file.length).toBeLessThanOrEqual(limit);
      all.push(...file);
    }
    expect(all).toEqual(locs(await collect(await sitemaps.sitemap(listed.length + pages))));
    await expect(sitemaps.part(parts + 1, limit)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers 404 for a part while the sitemap is one file, and for a name that is not a part', async () => {
    for (const path of ['/sitemap/1.xml', '/sitemap/0.xml', '/sitemap/x.xml']) {
      const response = await fetch(`${origin}${path}`, { headers: { accept: 'application/xml' } });
      expect(response.status).toBe(404);
    }
  });
});
