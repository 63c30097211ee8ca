import { rmSync } from 'node:fs';
import type { BrowserContext, Frame, FrameLocator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { extensionIdOf, launchWithExtension, newProfileDir } from './support/extension';
import { appViewsOf, sidebarOf } from './support/app';
import { ORDER_LIST_BEFORE, ORDER_LIST_URL } from './support/journeys';

/*
 * 200% zoom (WCAG 1.4.4, 1.4.10) in every UI language: the in-page sidebar is
 * 400 px wide and a side panel some 360 px, so at 200% their content has
 * 200 CSS px or less. We emulate that with a 200 px wide viewport (Chromium
 * lays out a zoomed page exactly as a page that many CSS pixels wide) and
 * look, in every view, for text that is cut off: an element that hides its
 * overflow while its content is wider or taller than its box, rows of the
 * order list that overlap, or a page that needs sideways scrolling.
 * Georgian and Greek have the longest words of the seven languages; an item
 * title with one very long word stands for what shops write.
 */

const LANGUAGES = ['en', 'uk', 'pl', 'el', 'ro', 'ka', 'ru'] as const;
const ZOOMED = { width: 200, height: 720 };
const LONG_TITLE = 'Ηλεκτρομαγνητικήθωράκισηκαλωδίων USB-C-to-Lightning-braided-cable-with-extra-long-connector-housing';

type Scope = Page | Frame;

/** Descriptions of clipped text in the document of `scope`; empty when nothing is cut off. */
async function clippedText(scope: Scope, view: string): Promise<string[]> {
  const found = await scope.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${el.localName}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${text}"`;
    };
    const hides = (value: string) => value === 'hidden' || value === 'clip';
    for (const el of document.body.querySelectorAll('*')) {
      // Text only meant for screen readers is clipped on purpose.
      if (el.closest('.visually-hidden')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || !(el.textContent ?? '').trim()) continue;
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) problems.push(`cut off sideways: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`cut off below: ${describe(el)} (${el.scrollHeight} > ${el.clientHeight})`);
    }
    // Rows of a list laid out by position must not run into each other.
    const rows = [...document.querySelectorAll('[aria-posinset]')].sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')));
    for (let i = 1; i < rows.length; i++) {
      const above = rows[i - 1]!;
      const content = above.firstElementChild ?? above;
      const bottom = Math.max(above.getBoundingClientRect().bottom, content.getBoundingClientRect().bottom);
      if (bottom > rows[i]!.getBoundingClientRect().top + 1) problems.push(`rows overlap: ${describe(above)}`);
    }
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      // Name the innermost elements that stick out, so the failure says what to fix.
      const sticksOut = (el: Element) => el.getBoundingClientRect().right > root.clientWidth + 1;
      const culprits = [...document.body.querySelectorAll('*')].filter((el) => sticksOut(el) && ![...el.children].some(sticksOut));
      problems.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth}): ${culprits.slice(0, 3).map(describe).join(', ')}`);
    }
    return problems;
  });
  return found.map((problem) => `${view}: ${problem}`);
}

async function frameOf(page: Page, app: FrameLocator): Promise<Frame> {
  const handle = await app.locator('html').elementHandle();
  const frame = await handle?.ownerFrame();
  if (!frame) throw new Error('the sidebar frame is not there');
  return frame;
}

async function checkViews(context: BrowserContext): Promise<string[]> {
  const found: string[] = [];
  const base = `chrome-extension://${await extensionIdOf(context)}`;

  // The in-page sidebar (400 px at 100%): track the listed orders, then look.
  const shop = await context.newPage();
  await shop.setViewportSize(ZOOMED);
  await shop.goto(ORDER_LIST_URL);
  const sidebar = sidebarOf(shop);
  await sidebar.tab.click();
  const sidebarApp = sidebar.app();
  await sidebarApp.locator('.capture-bar button.primary').click();
  await expect(sidebarApp.locator('.order-card').first()).toBeVisible();
  found.push(...(await clippedText(await frameOf(shop, sidebarApp), 'in-page sidebar')));
  await shop.close();

  const panel = await context.newPage();
  await panel.setViewportSize(ZOOMED);
  // An order with a long one-word title, added through the form.
  await panel.goto(`${base}/sidepanel.html#/new`);
  await panel.locator('[name=orderNumber]').fill('8123456789012345');
  await panel.locator('[name=storeName]').fill('Ηλεκτρονικάκαταστήματαεξαρτημάτων');
  await panel.locator('[name=itemTitle]').fill(LONG_TITLE);
  found.push(...(await clippedText(panel, 'order form')));
  await panel.locator('button[type=submit]').click();
  await expect(panel.locator('#order-heading')).toContainText('8123456789012345');

  const visit = async (path: string, view: string, ready: string) => {
    await panel.goto(`${base}/${path}`);
    await expect(panel.locator(ready).first()).toBeVisible();
    found.push(...(await clippedText(panel, view)));
  };
  await visit('sidepanel.html#/orders', 'order list', '.order-card');
  // An open order has deadlines; "All" adds the long-titled one and the completed one.
  const orderHref = (await panel.locator('.order-card').first().getAttribute('href')) ?? '';
  await panel.locator('[role=radiogroup] button').first().click();
  await expect(panel.locator('.order-card')).toHaveCount(5);
  found.push(...(await clippedText(panel, 'order list, all orders')));
  for (const [path, view, ready] of appViewsOf(orderHref.replace(/^#/, ''))) await visit(path, view, ready);
  await panel.close();
  return found;
}

for (const lang of LANGUAGES) {
  test(`no text is cut off at 200% zoom in ${lang}`, async ({ server }) => {
    test.setTimeout(180_000);
    server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
    const profile = newProfileDir();
    const context = await launchWithExtension(profile, server.port, lang);
    try {
      const found = await checkViews(context);
      expect(found, found.join('\n')).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
}
