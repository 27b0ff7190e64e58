import { afterAll, beforeAll } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { launchBrowser, originOf } from './browser.js';
import { startTestApp, type TestApp, type TestAppOptions } from './test-app.js';

export interface WebSuite {
  app: TestApp;
  browser: Browser;
  /** The site's origin (no /graphql). */
  origin: string;
}

/**
 * The real app on its own database and a headless Chromium for one web test file: started before
 * its tests (`ready` receives them, e.g. to keep them in the file's variables), both closed after.
 */
export function webSuite(ready: (suite: WebSuite) => void | Promise<void>, options: TestAppOptions = {}): void {
  let suite: Partial<WebSuite> = {};
  beforeAll(async () => {
    const app = await startTestApp(options);
    suite = { app, origin: originOf(app), browser: await launchBrowser() };
    await ready(suite as WebSuite);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.close();
  });
}
