/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunch } from './chromium.js';
import { signedIn, type TestApp } from './test-app.js';

const SCREENSHOTS = path.resolve('test-results', 'screenshots');

/** Headless Chromium, quiet on the closed network (Debian's or the one npm brings, see chromium.ts). */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args, env } = await chromiumLaunch();
  return chromium.launch({ executablePath, args, env: { ...process.env, ...env } as Record<string, string> });
}

/** A fresh context (own storage, so the language choice starts at Dutch) and page. */
export async function openPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'nl-NL',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  waitForHydration(page);
  return { context, page, errors };
}

/**
 * Makes `goto` and `reload` also wait until a server-rendered page has hydrated. Its app starts
 * after the first paint (apps/web/src/boot.ts), after the load event: typed or clicked before,
 * the page is plain HTML, where a search box's input reaches no React handler.
 */
function waitForHydration(page: Page): void {
  const hydrated = () => page.waitForFunction(() => !document.querySelector('script[data-entry]') || document.documentElement.hasAttribute('data-hydrated'));
  const { goto, reload } = page;
  page.goto = async (...args) => {
    const response = await goto.apply(page, args);
    await hydrated();
    return response;
  };
  page.reload = async (...args) => {
    const response = await reload.apply(page, args);
    await hydrated();
    return response;
  };
}

/** The site's origin (no /graphql) of a test app. */
export function originOf(app: TestApp): string {
  return app.url.replace(/\/graphql$/, '');
}

/** A page whose context holds the session of a new account with this role (signed in over HTTP). */
export async function openSignedInPage(
  browser: Browser,
  app: TestApp,
  role: 'MEMBER' | 'CURATOR' | 'ADMIN',
  options: { width?: number; height?: number; email?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const cookie = await signedIn(app, role, options.email);
  const opened = await openPage(browser, options);
  const [name, ...value] = cookie.split('=');
  await opened.context.addCookies([{ name: name!, value: value.join('='), url: originOf(app) }]);
  return opened;
}

/** The whole page, or with `fullPage: false` what the person sees without scrolling. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
  return file;
}

/** axe-core's WCAG 2.1 A/AA rules; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
