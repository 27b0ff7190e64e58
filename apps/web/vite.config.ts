import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: { '#domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
    // rxjs (Apollo Client's peer) offers its ES2015 build under this condition; the default is
    // its ES5 build with tslib helpers, which is larger in the entry chunk.
    conditions: ['es2015', ...defaultClientConditions],
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Every browser the app supports preloads modules itself (Chromium 66, Firefox 115, Safari 17).
    modulePreload: { polyfill: false },
    // react-dom + Apollo Client + i18next make the first download about 150 KB gzipped; the instrument
    // page and the overview (recharts) are split off.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
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
});
