import axe from 'axe-core';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { extensionIdOf, launchWithExtension, newProfileDir } from './support/extension';
import { appViewsOf, guardHostOf, guardHostTag, sidebarOf } from './support/app';

/*
 * axe-core over every view of the built extension, in each UI language and
 * both colour schemes. One browser per language (its locale picks the UI
 * language), the views visited in sequence. `<html lang>` (and the banner's `lang`) must name the language so
 * screen readers pick the right voice.
 *
 * axe-core runs directly in each document (injected once per document), not
 * through @axe-core/playwright's AxeBuilder: AxeBuilder re-injects the 600 kB
 * axe source into every frame on each scan and opens a new tab for every
 * result merge, which made one language take ~50 s alone and over the 400 s
 * timeout on a loaded CI machine. It also gives a frame only 1 s to take the
 * injection and then silently skips it, so whether the in-page sidebar's frame
 * was scanned depended on load; here that frame is scanned on its own, every time.
 */

const LANGUAGES = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru'] as const;
const ORDER_LIST = 'https://www.aliexpress.com/p/order/index.html';
const ORDER_LIST_FILE = resolve('tests/fixtures/aliexpress/e2e/order-list-before.html');
const CORPUS = resolve('../shared/corpus/guard');
const HOTLINE_URL = 'https://shopperhelpdesk.example/aliexpress-customer-service-number-usa';
// A corpus fake-hotline page with a flagged tel: link, so the link confirmation can be opened.
const HOTLINE_FILE = join(CORPUS, 'en-fake-hotline-01.html');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * Light: every WCAG A/AA rule; dark: contrast again (same DOM, other colours).
 * `iframes: false` because each of our frames is scanned as its own document
 * (axe's messaging into an extension frame inside a shadow root never gets an
 * answer and waits); `resultTypes` skips building selectors for passing nodes.
 */
const RUN_OPTIONS: Record<'light' | 'dark', axe.RunOptions> = {
  light: { runOnly: { type: 'tag', values: WCAG }, iframes: false, resultTypes: ['violations'] },
  dark: { runOnly: { type: 'rule', values: ['color-contrast'] }, iframes: false, resultTypes: ['violations'] },
};

interface Finding {
  view: string;
  rule: string;
  targets: string[];
}

type AxeWindow = Window & { axe?: typeof axe };

/** axe's violations in one document (a page or a frame), inside `include` (a CSS selector) when given. */
async function axeViolations(doc: Page | Frame, options: axe.RunOptions, include?: string): Promise<axe.Result[]> {
  // A navigation drops the injected script; inject once per document.
  if (!(await doc.evaluate(() => 'axe' in window))) await doc.evaluate(axe.source);
  return doc.evaluate(
    async ({ include, options }) => {
      const runner = (window as AxeWindow).axe;
      if (!runner) throw new Error('axe-core was not injected');
      const results = await runner.run(include ? { include: [include] } : document, options);
      return results.violations;
    },
    { include, options },
  );
}

/** axe's findings for `doc` in the light and then the dark scheme, as short lines a failure message can show. */
async function violations(page: Page, view: string, include?: string, doc: Page | Frame = page): Promise<Finding[]> {
  const found: Finding[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const v of await axeViolations(doc, RUN_OPTIONS[scheme], include)) {
      found.push({ view: `${view} (${scheme})`, rule: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5) });
    }
  }
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
  // The sidebar's app is an extension page inside the frame (it refuses to run
  // anywhere else, a clickjacking defence): scanned as its own document there.
  const sidebarFrame = await (await sidebar.host.locator('iframe').elementHandle())?.contentFrame();
  if (!sidebarFrame) throw new Error('the in-page sidebar has no frame');
  found.push(...(await violations(shop, 'in-page sidebar app', undefined, sidebarFrame)));
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
