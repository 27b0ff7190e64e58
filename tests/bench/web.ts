/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumLaunch } from '../support/chromium.js';

export interface InitialJavaScript {
  /** Every script the catalogue route loads before it can render: the entry and its modulepreloads. */
  files: { file: string; bytes: number; gzipBytes: number }[];
  gzipBytes: number;
}

/** The JavaScript that index.html loads up front (lazy pages are not in it), gzip level 9. */
export async function initialJavaScript(webDir = path.resolve('dist', 'web')): Promise<InitialJavaScript> {
  const html = await readFile(path.join(webDir, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((m) => m[1]);
  const files = await Promise.all(
    scripts.map(async (src) => {
      const content = await readFile(path.join(webDir, src.replace(/^\//, '')));
      return { file: src, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

/**
 * Milliseconds from navigation start to the first result card on the catalogue route, each
 * time in a fresh browser context (empty cache), measured inside the page with a
 * MutationObserver against performance.now() (0 = navigation start).
 */
export async function firstResultCard(origin: string, times: number): Promise<number[]> {
  const { executablePath, args, env } = await chromiumLaunch();
  const browser = await chromium.launch({ executablePath, args, env: { ...process.env, ...env } as Record<string, string> });
  const results: number[] = [];
  try {
    for (let i = 0; i < times; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __firstCard?: number };
        const found = () => {
          if (w.__firstCard === undefined && document.querySelector('article.instrument-card')) {
            w.__firstCard = performance.now();
          }
        };
        new MutationObserver(found).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${origin}/`, { waitUntil: 'commit' });
      await page.waitForSelector('article.instrument-card', { timeout: 30_000 });
      results.push(await page.evaluate(() => (window as unknown as { __firstCard: number }).__firstCard));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
