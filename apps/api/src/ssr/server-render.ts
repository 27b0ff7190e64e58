import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FormattedExecutionResult } from 'graphql';

/** The shapes of apps/web/src/entry-server.tsx (built into dist/web-server by `npm run build:web`). */
export interface ServerOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName: string | null;
}

export interface ServerRender {
  status: number;
  head: string;
  body: string;
  state: string;
}

interface EntryServer {
  render(request: { url: string; origin: string; execute(operation: ServerOperation): Promise<FormattedExecutionResult> }): Promise<ServerRender>;
}

interface ManifestChunk {
  file: string;
  src?: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
}

/** The lazily loaded page module (a key of Vite's manifest) of each server-rendered address. */
const PAGES: { path: RegExp; module: string | null }[] = [
  { path: /^\/$/, module: null },
  { path: /^\/instrumenten\/[^/]+$/, module: 'src/features/instrument/components/InstrumentPage.tsx' },
  { path: /^\/overzicht$/, module: 'src/features/overview/components/OverviewPage.tsx' },
  { path: /^\/vinden$/, module: 'src/features/finder/components/FinderPage.tsx' },
  { path: /^\/startpakketten$/, module: 'src/features/collections/components/CollectionsPage.tsx' },
  { path: /^\/startpakketten\/[^/]+$/, module: 'src/features/collections/components/CollectionPage.tsx' },
  // A follow mail's unsubscribe link: its form posts to the API, so it works without JavaScript too.
  { path: /^\/afmelden$/, module: 'src/features/following/components/UnsubscribePage.tsx' },
];
/** Every lazy page loads its messages with it (App.tsx, lazyPage), and their styles. */
const LAZY_MESSAGES = 'src/app/lazyMessages.ts';

/** The script of rendered pages that loads the app after the first paint (Vite's manifest key). */
const BOOT = 'src/boot.ts';

/**
 * index.html's entry script and module preloads, replaced by the boot script (apps/web/src/boot.ts)
 * that asks for them once the page is painted. Chromium fetches a module script found in the page
 * with high priority, which Lighthouse's simulation counts as render-blocking: the entry's 150 kB
 * came before the first paint there (FCP 4.2 s on the catalogue). The boot itself is small and asked
 * for with low priority.
 */
function bootAfterPaint(index: string, boot: string): string {
  const preloads = [...index.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"[^>]*>/g)].map((match) => match[1]);
  return index
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(
      /<script type="module" crossorigin src="([^"]+)"><\/script>/,
      (_, entry: string) => `<script type="module" crossorigin fetchpriority="low" src="/${boot}" data-entry="${entry}" data-preload="${preloads.join(' ')}"></script>`,
    );
}

export interface PageShell {
  /** CSP sources (`'sha256-…'`) of the style elements rendered pages carry. */
  styleHashes: string[];
  /** Whether this path is a public page the server renders. */
  renders(pathname: string): boolean;
  /** The page as the built index.html with the rendered markup, head elements and state in it. */
  compose(pathname: string, page: ServerRender): string;
  render: EntryServer['render'];
}


/**
 * The built web app's index.html as the frame of every rendered page (its hashed script link
 * stays). The app's style sheets (about 25 kB, 5 kB compressed) are inlined, with those of the
 * page's lazy chunk (Vite's manifest): the first paint waits for no other request. The CSP allows exactly
 * these style elements by their hashes. Null when the web app or its server build is missing
 * (`npm run build:api` alone).
 */
export async function loadPageShell(webDir: string): Promise<PageShell | null> {
  const serverEntry = path.join(`${webDir}-server`, 'entry-server.js');
  const manifestFile = path.join(webDir, '.vite', 'manifest.json');
  const indexFile = path.join(webDir, 'index.html');
  if (!existsSync(serverEntry) || !existsSync(manifestFile) || !existsSync(indexFile)) return null;
  const entry = (await import(pathToFileURL(serverEntry).href)) as EntryServer;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const index = readFileSync(indexFile, 'utf8');
  const styleHashes = new Set<string>();
  const inlineStyle = (file: string): string => {
    const css = readFileSync(path.join(webDir, file), 'utf8');
    styleHashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    return `<style>${css}</style>`;
  };
  const boot = manifest[BOOT]?.file;
  const [beforeRoot, afterRoot] = (boot ? bootAfterPaint(index, boot) : index)
    .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_, file: string) => inlineStyle(file))
    .split('<div id="root"></div>');
  if (afterRoot === undefined) return null;

  // What index.html already loads: the entry and its static imports.
  const loaded = new Set<string>();
  const collect = (key: string, files: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || files.has(key)) return;
    files.add(key);
    for (const imported of chunk.imports ?? []) collect(imported, files);
  };
  collect('index.html', loaded);
  const assetsOf = (module: string | null): string => {
    if (!module) return '';
    const keys = new Set<string>(loaded);
    const before = keys.size;
    collect(LAZY_MESSAGES, keys);
    collect(module, keys);
    const added = [...keys].slice(before).map((key) => manifest[key]!);
    const css = added.flatMap((chunk) => chunk.css ?? []);
    // Its scripts only hydrate what is already on screen: not preloaded, as on a slow link they
    // competed with the first paint (Lighthouse: the instrument page's FCP 7.0 s with, 4.2 s without).
    // A link per inlined sheet with a type that is not CSS is never fetched, but Vite's preload helper
    // finds it when the lazy chunk loads and does not add the sheet again (a download and a style pass
    // after hydration). (A `disabled` link is fetched, render-blocking, by Chromium.)
    return css.map((file) => `${inlineStyle(file)}<link rel="stylesheet" type="text/plain" href="/${file}">`).join('');
  };
  const assets = new Map(PAGES.map((page) => [page.path, assetsOf(page.module)]));

  return {
    styleHashes: [...styleHashes],
    renders: (pathname) => PAGES.some((page) => page.path.test(pathname)),
    compose(pathname, page) {
      let head = beforeRoot!;
      // The page's own title and description replace the shell's defaults.
      if (page.head.includes('<title')) head = head.replace(/<title>[\s\S]*?<\/title>\s*/, '');
      if (/<meta name="description"/.test(page.head)) head = head.replace(/<meta name="description"[^>]*>\s*/, '');
      const pageAssets = PAGES.find((p) => p.path.test(pathname));
      head = head.replace('</head>', `${page.head}${pageAssets ? assets.get(pageAssets.path) : ''}</head>`);
      // Data, not a script (type application/json): no CSP exception; `<` is escaped, so no `</script>` inside.
      return `${head}<div id="root">${page.body}</div><script type="application/json" id="__APOLLO_STATE__">${page.state}</script>${afterRoot}`;
    },
    render: (request) => entry.render(request),
  };
}
