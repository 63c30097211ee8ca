import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { TestServer } from './support/server';
import { extensionIdOf, launchWithExtension, newProfileDir } from './support/extension';

interface TestFixtures {
  /** The browser's time zone (TZ); unset, the machine's. */
  browserTimeZone: string | undefined;
  profileDir: string;
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page (sidepanel.html, options.html…) as a tab. */
  openExtensionPage: (path: string) => Promise<Page>;
}
interface WorkerFixtures {
  server: TestServer;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  browserTimeZone: [undefined, { option: true }],
  server: [
    async ({}, use) => {
      const server = new TestServer();
      await server.start();
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  profileDir: async ({}, use) => {
    const dir = newProfileDir();
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  context: async ({ server, profileDir, browserTimeZone }, use) => {
    server.clear();
    const context = await launchWithExtension(profileDir, server.port, undefined, browserTimeZone ? { timeZone: browserTimeZone } : {});
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  openExtensionPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect };
