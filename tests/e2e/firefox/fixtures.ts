import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from 'puppeteer-core';
import { TestServer } from '../support/server';
import { launchFirefoxWithExtension, openFirefoxExtensionPage } from '../support/firefox';

/*
 * The Firefox project of the Playwright run: Playwright Test runs, reports and
 * counts these tests, but the browser is Debian's Firefox ESR driven by
 * puppeteer-core over WebDriver BiDi (Playwright's own Firefox is a patched
 * build that cannot be installed here). One worker: the test server must own
 * port 443, as Firefox maps host names to 127.0.0.1 but keeps the port.
 */

interface TestFixtures {
  /** A fresh Firefox profile with the built extension installed as a temporary add-on. */
  firefox: Browser;
  /** Opens an extension page (sidepanel.html, options.html…) as a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}
interface WorkerFixtures {
  server: TestServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    async ({}, use) => {
      const server = new TestServer();
      await server.start(443);
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  firefox: async ({ server }, use) => {
    server.clear();
    const { browser } = await launchFirefoxWithExtension();
    await use(browser);
    await browser.close();
  },
  openExtensionPage: async ({ firefox }, use) => {
    await use((path) => openFirefoxExtensionPage(firefox, path));
  },
});

export { expect };
