import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Two builds (`npm run build:web`): the browser's app into dist/web (with a manifest, from which
 * the API finds a page's style sheets), and `--ssr src/entry-server.tsx` into dist/web-server,
 * which the API imports to render public pages (apps/api/src/ssr).
 */
export default defineConfig(({ isSsrBuild }) => ({
  root,
  resolve: {
    alias: [
      { find: '#domain', replacement: fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('src/app/useSyncExternalStore.ts', import.meta.url)) },
    ],
    // rxjs (Apollo Client's peer) offers its ES2015 build under this condition; the default is
    // its ES5 build with tslib helpers, which is larger in the entry chunk.
    conditions: ['es2015', ...defaultClientConditions],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL(isSsrBuild ? '../../dist/web-server' : '../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    manifest: !isSsrBuild,
    modulePreload: {
      // Every browser the app supports preloads modules itself (Chromium 66, Firefox 115, Safari 17).
      polyfill: false,
      // A lazy page's own scripts are found by the browser from its imports; only its styles need
      // the list (which otherwise names every lazy chunk in the first download).
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
    },
    // react-dom + Apollo Client + i18next make the first download about 150 KB gzipped; the instrument
    // page and the overview (recharts) are split off.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      // The browser's build has a second entry: the boot script of server-rendered pages (src/boot.ts).
      input: isSsrBuild ? undefined : { index: fileURLToPath(new URL('index.html', import.meta.url)), boot: fileURLToPath(new URL('src/boot.ts', import.meta.url)) },
      output: {
        codeSplitting: {
          groups: [
            {
              // The app shell's small shared modules, with the libraries they use, in one chunk: the
              // automatic split made five tiny chunks of them besides a library chunk, and each file
              // compresses on its own (150.1 → 149.0 kB gzip for the catalogue's first download).
              name: 'shell',
              test: /(apps[\\/]web[\\/]src[\\/]app[\\/](labels|formats|viewer|useDocumentTitle|router)\.tsx?|libs[\\/]domain[\\/]src[\\/](vocabulary|accounts)\.ts|account\.generated\.ts)$/,
            },
          ],
        },
      },
      onwarn(warning, warn) {
        // Libraries that mark modules "use client" for React Server Components; irrelevant here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    // The API's own paths (as app.factory's API_PREFIXES); everything else is the web app.
    proxy: Object.fromEntries(['/graphql', '/export', '/api', '/health'].map((path) => [path, `http://localhost:${process.env.PORT ?? 3000}`])),
  },
}));
