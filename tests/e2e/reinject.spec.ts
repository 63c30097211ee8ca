import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { serveCorpus, WARN_PAGES } from './support/journeys';
import { reloadExtension } from './support/reload';

/*
 * Issue 8 #10 in Chromium: Chromium does not put content scripts back into
 * open tabs when the extension reloads or updates; the old copies are cut off
 * (runtime.id turns undefined). On the marketplace's own pages, where the
 * extension has host access, the background injects the new scripts
 * (lib/background/reinject.ts): the tab gets exactly one working sidebar and
 * guard back, without a reload. On any other page the extension has no host
 * access to inject into; there the cut-off guard takes its own banner off the
 * page (lib/guard-ui/orphan.ts), so no dead banner is left behind.
 */

/** Our hosts in the page: the sidebar's, the guard's, and how many of the ones remembered before the reload are still in it. */
function ourHosts(page: Page): Promise<{ sidebars: number; guards: number; oldConnected: number; sameDocument: boolean }> {
  return page.evaluate(() => {
    const remembered = window as unknown as { sameDocument?: boolean; oldHosts?: Element[] };
    return {
      sidebars: document.querySelectorAll('buyerguard-sidebar').length,
      guards: [...document.documentElement.children, ...document.body.children].filter((el) => el.localName.startsWith('buyerguard-guard-')).length,
      oldConnected: (remembered.oldHosts ?? []).filter((el) => el.isConnected).length,
      sameDocument: remembered.sameDocument === true,
    };
  });
}

/** The page's own world remembers this document and our elements in it: a reload would forget them. */
function rememberHosts(page: Page): Promise<void> {
  return page.evaluate(() => {
    const remembered = window as unknown as { sameDocument: boolean; oldHosts: Element[] };
    remembered.sameDocument = true;
    remembered.oldHosts = [
      ...document.querySelectorAll('buyerguard-sidebar'),
      ...[...document.documentElement.children, ...document.body.children].filter((el) => el.localName.startsWith('buyerguard-guard-')),
    ];
  });
}

/** The text of the guard's banner (in its shadow root), '' when there is none. */
function bannerText(page: Page): Promise<string> {
  return page.evaluate(
    () => [...document.documentElement.children, ...document.body.children].find((el) => el.localName.startsWith('buyerguard-guard-'))?.shadowRoot?.textContent?.trim() ?? '',
  );
}

test('after the extension reloads, an open marketplace tab has one working sidebar and guard again, and a stale banner elsewhere is gone', async ({ context, extensionId, server }) => {
  const seller = WARN_PAGES.find((label) => label.url.startsWith('https://www.aliexpress.com/'))!;
  const hotline = WARN_PAGES.find((label) => !/aliexpress|temu/.test(new URL(label.url).hostname))!;
  serveCorpus(server, [seller, hotline]);

  const shop = await context.newPage();
  await shop.goto(seller.url);
  const elsewhere = await context.newPage();
  await elsewhere.goto(hotline.url);
  await expect.poll(() => ourHosts(shop), { timeout: 15_000 }).toMatchObject({ sidebars: 1, guards: 1 });
  await expect.poll(() => ourHosts(elsewhere), { timeout: 15_000 }).toMatchObject({ sidebars: 0, guards: 1 });
  await rememberHosts(shop);
  await rememberHosts(elsewhere);

  await reloadExtension(context, extensionId);

  // The marketplace tab: the old copies' UI is gone, one new sidebar and one new guard are there, same document.
  await expect.poll(() => ourHosts(shop), { timeout: 20_000 }).toEqual({ sidebars: 1, guards: 1, oldConnected: 0, sameDocument: true });
  // The new guard reaches the reloaded extension and still warns on this seller page.
  await expect.poll(() => bannerText(shop)).not.toBe('');
  // The new sidebar reaches it too: its app opens and shows the orders.
  await shop.bringToFront();
  const sidebar = sidebarOf(shop);
  await sidebar.tab.click();
  await expect(sidebar.app().getByRole('heading', { name: 'Your orders' })).toBeVisible();
  expect(await ourHosts(shop)).toEqual({ sidebars: 1, guards: 1, oldConnected: 0, sameDocument: true });

  // Elsewhere (no host access, so nothing is injected): the cut-off guard's banner left the page, the page stayed.
  await expect.poll(() => ourHosts(elsewhere), { timeout: 20_000 }).toEqual({ sidebars: 0, guards: 0, oldConnected: 0, sameDocument: true });
});

test('re-injection asks for nothing the user would be warned about: Chromium shows the same permission warnings without it', async ({ openExtensionPage }) => {
  const manifest = JSON.parse(readFileSync(resolve('.output/chrome-mv3/manifest.json'), 'utf8')) as { permissions: string[]; host_permissions?: string[] };
  expect(manifest.permissions).toContain('scripting');
  expect(manifest.host_permissions?.length).toBeGreaterThan(0);
  const { host_permissions: _hosts, ...withoutReinjection } = { ...manifest, permissions: manifest.permissions.filter((p) => p !== 'scripting') };
  const app = await openExtensionPage('options.html');
  // A new warning on an update would have Chromium disable the extension until the user accepts it.
  const warnings = (m: unknown) =>
    app.evaluate(
      (text) => (globalThis as unknown as { chrome: { management: { getPermissionWarningsByManifest(m: string): Promise<string[]> } } }).chrome.management.getPermissionWarningsByManifest(text),
      JSON.stringify(m),
    );
  const before = await warnings(withoutReinjection);
  expect(before.length).toBeGreaterThan(0);
  expect(await warnings(manifest)).toEqual(before);
});
