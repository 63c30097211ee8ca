import AxeBuilder from '@axe-core/playwright';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { extensionIdOf, launchWithExtension, newProfileDir } from './support/extension';
import { appViewsOf, guardHostOf, guardHostTag, sidebarOf } from './support/app';

/*
 * axe-core over every view of the built extension, in each UI language and
 * both colour schemes. One browser per language (its locale picks the UI
 * language), the views visited in sequence. `<html lang>` (and the banner's `lang`) must name the language so
 * screen readers pick the right voice.
 */

const LANGUAGES = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru'] as const;
const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const ORDER_LIST_FILE = resolve('tests/fixtures/aliexpress/e2e/order-list-before.html');
const CORPUS = resolve('../shared/corpus/guard');
const HOTLINE_URL = 'https://shopperhelpdesk.example/aliexpress-customer-service-number-usa';
// A corpus fake-hotline page with a flagged tel: link, so the link confirmation can be opened.
const HOTLINE_FILE = join(CORPUS, 'en-fake-hotline-01.html');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Finding {
  view: string;
  rule: string;
  targets: string[];
}

/**
 * axe's violations inside `include` (a CSS selector), as short lines a failure
 * message can show: every WCAG A/AA rule in the light scheme, then contrast
 * again with the page switched to the dark scheme (same DOM, other colours).
 */
async function violations(page: Page, view: string, include?: string): Promise<Finding[]> {
  const scan = async (scheme: 'light' | 'dark') => {
    await page.emulateMedia({ colorScheme: scheme });
    let builder = new AxeBuilder({ page });
    builder = scheme === 'light' ? builder.withTags(WCAG) : builder.withRules(['color-contrast']);
    if (include) builder = builder.include(include);
    const result = await builder.analyze();
    return result.violations.map((v) => ({
      view: `${view} (${scheme})`,
      rule: v.id,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5),
    }));
  };
  const found = [...(await scan('light')), ...(await scan('dark'))];
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function checkViews(context: BrowserContext, lang: string): Promise<Finding[]> {
  const found: Finding[] = [];
  const id = await extensionIdOf(context);
  const base = `chrome-extension://${id}`;

  // The in-page sidebar on the order list; tracking gives orders with deadlines.
  const shop = await context.newPage();
  await shop.goto(ORDER_LIST);
  const sidebar = sidebarOf(shop);
  await sidebar.tab.click();
  const sidebarApp = sidebar.app();
  await sidebarApp.locator('.capture-bar button.primary').click();
  await expect(sidebarApp.locator('.order-card').first()).toBeVisible();
  await expect(sidebarApp.locator('html')).toHaveAttribute('lang', lang);
  found.push(...(await violations(shop, 'in-page sidebar', 'buyerguard-sidebar')));
  // axe does not reach into an extension iframe inside a shadow root, and the
  // sidebar page refuses to run outside the frame our marketplace script made
  // (clickjacking defence): its views are the side panel's components, scanned below.
  await shop.close();

  const panel = await context.newPage();
  const visit = async (path: string, view: string, ready: string) => {
    await panel.goto(`${base}/${path}`);
    await expect(panel.locator(ready).first()).toBeVisible();
    await expect(panel.locator('html')).toHaveAttribute('lang', lang);
    found.push(...(await violations(panel, view)));
  };
  await visit('sidepanel.html#/orders', 'order list', '.order-card');
  const orderHref = (await panel.locator('.order-card').first().getAttribute('href')) ?? '';
  for (const [path, view, ready] of appViewsOf(orderHref.replace(/^#/, ''))) await visit(path, view, ready);
  await panel.close();

  // The guard's banner and its confirmation before a flagged link is followed.
  const hotline = await context.newPage();
  await hotline.goto(HOTLINE_URL);
  const guard = guardHostOf(hotline);
  await expect(guard.getByRole('alert')).toBeVisible();
  const guardTag = await guardHostTag(hotline);
  await expect(guard.locator('[role=alert]')).toHaveAttribute('lang', lang);
  found.push(...(await violations(hotline, 'guard banner', guardTag)));
  await hotline.locator('a[href^="tel:"]').first().click();
  await expect(guard.getByRole('dialog')).toBeVisible();
  await expect(guard.locator('dialog')).toHaveAttribute('lang', lang);
  found.push(...(await violations(hotline, 'guard link confirmation', guardTag)));
  await hotline.close();
  return found;
}

for (const lang of LANGUAGES) {
  test(`axe finds no violations in ${lang}, light and dark`, async ({ server }) => {
    test.setTimeout(400_000);
    server.serveFile(ORDER_LIST, ORDER_LIST_FILE);
    server.serveFile(HOTLINE_URL, HOTLINE_FILE);
    const profile = newProfileDir();
    const context = await launchWithExtension(profile, server.port, lang);
    try {
      const found = await checkViews(context, lang);
      expect(found, JSON.stringify(found, null, 1)).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
