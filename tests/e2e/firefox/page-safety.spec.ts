import { readFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import { ORDER_LIST_BEFORE, ORDER_LIST_URL } from '../support/journeys';
import { coverSidebarClickThrough, fadeSidebarOverBait } from '../support/clickjacking';
import { databaseSnapshot } from '../support/hostile';
import { click, expectText, inPageSidebarLeftOpen, openInPageSidebar } from './ui';

/*
 * Issue 8 ("every web page is an adversary") and issue 9 (keyboard) in
 * Firefox: what the page can and cannot do to the in-page sidebar.
 */

/** The sidebar's state as the page sees it: panel open, and which of our controls has focus. */
function sidebarState(page: Page): Promise<{ open: boolean; focused: string | null }> {
  return page.evaluate(() => {
    const root = document.querySelector('buyerguard-sidebar')?.shadowRoot;
    const panel = root?.querySelector<HTMLElement>('.panel');
    return { open: panel ? !panel.hidden : false, focused: root?.activeElement?.className ?? null };
  });
}

test('Esc inside the in-page sidebar’s app closes it with focus back on the tab; the page cannot forge that Esc', async ({ firefox, server }) => {
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  const page = await firefox.newPage();
  await page.goto(ORDER_LIST_URL);
  const app = await openInPageSidebar(page);
  expect((await sidebarState(page)).open).toBe(true);

  await page.evaluate(() => {
    const frame = document.querySelector('buyerguard-sidebar')!.shadowRoot!.querySelector('iframe')!;
    const data = { source: 'buyerguard-sidebar', type: 'sidebar/escape' };
    window.postMessage(data, '*');
    const origin = new URL(frame.src).origin;
    let forged: MessageEvent;
    try {
      forged = new MessageEvent('message', { data, origin, source: frame.contentWindow });
    } catch {
      // Firefox will not let a page name another origin's frame as the source.
      forged = new MessageEvent('message', { data, origin });
    }
    window.dispatchEvent(forged);
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await sidebarState(page)).open).toBe(true);

  const link = await app.waitForSelector('a[href="#/"], nav a', { timeout: 10_000 });
  await link!.focus();
  await page.keyboard.press('Escape');
  await expect.poll(() => sidebarState(page)).toEqual({ open: false, focused: 'edge-tab' });
});

/** Whether the guard's link confirmation is open (the guard's host has a random tag per page). */
function confirmationOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children, ...document.body.children].find((el) => el.localName.startsWith('buyerguard-guard-'));
    return Boolean(host?.shadowRoot?.querySelector('dialog[open]'));
  });
}

test('a page listening to clicks before the guard started cannot skip the link confirmation, nor click the link itself', async ({ firefox, server }) => {
  const url = 'https://early-clicks.example/aliexpress-help';
  server.serve(url, readFileSync('tests/fixtures/hostile/guard/early-click-handlers.html', 'utf8'));
  const page = await firefox.newPage();
  await page.goto(url);
  await expect
    .poll(() => page.evaluate(() => [...document.documentElement.children, ...document.body.children].some((el) => el.localName.startsWith('buyerguard-guard-'))), { timeout: 15_000 })
    .toBe(true);
  const pageSaw = () => page.evaluate(() => (window as unknown as { pageSawClicks: number }).pageSawClicks);

  await page.evaluate(() => document.getElementById('call')!.click());
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await confirmationOpen(page)).toBe(false);
  expect(await pageSaw()).toBe(0);

  await page.focus('#call');
  await page.keyboard.press('Enter');
  await expect.poll(() => confirmationOpen(page)).toBe(true);
  expect(await pageSaw()).toBe(0);
  // "Don’t open" has the focus.
  await page.keyboard.press('Enter');
  await expect.poll(() => confirmationOpen(page)).toBe(false);
  expect(await pageSaw()).toBe(0);
  expect(page.url()).toBe(url);
});

/*
 * Issue 8 #5 in Firefox, which has no IntersectionObserver v2 for the frame to
 * see itself with: the page's content script checks the frame before each
 * write, and the first write each time the frame appears asks the user in the
 * frame, with buttons the page cannot see to aim at.
 */
test('"Track" refuses while the page fades the sidebar over bait or covers it click-through, and works in plain sight after a confirmation', async ({
  firefox,
  server,
  openExtensionPage,
}) => {
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  const panel = await openExtensionPage('sidepanel.html');
  const storedOrders = async () => (JSON.parse(await databaseSnapshot(panel)) as { orders: unknown[] }).orders.length;
  const covered = 'Something on the page covers Buyerguard, so nothing was saved.';
  // A fresh page for each try; the sidebar, once opened, stays open from page to page.
  let opened = false;
  const sidebarOnNewPage = async () => {
    const page = await firefox.newPage();
    await page.goto(ORDER_LIST_URL);
    const sidebar = opened ? await inPageSidebarLeftOpen(page) : await openInPageSidebar(page);
    opened = true;
    return { page, sidebar };
  };

  for (const [attack, trap] of [
    ['faded to 1 % over bait', fadeSidebarOverBait],
    ['under a click-through cover', coverSidebarClickThrough],
  ] as const) {
    const { page, sidebar } = await sidebarOnNewPage();
    await page.evaluate(trap);
    // A real click (input events at the button's place), which the page lets through to the frame.
    await click(sidebar, 'button', 'Track all 4 orders');
    await expectText(sidebar, covered);
    expect(await sidebar.$('.plain-sight-confirm'), attack).toBeNull();
    expect(await storedOrders(), attack).toBe(0);
    await page.close();
  }

  // In plain sight: the first write since the sidebar appeared asks, and the answer saves.
  const { sidebar } = await sidebarOnNewPage();
  await click(sidebar, 'button', 'Track all 4 orders');
  await click(sidebar, 'button', 'Yes, save');
  await expectText(sidebar, 'Saved: 4 new, 0 updated.');
  expect(await storedOrders()).toBe(4);
  // Asked once for this appearance: the next write goes straight through.
  await click(sidebar, 'button', 'Track all 4 orders');
  await expectText(sidebar, 'Saved: 0 new, 4 updated.');
  expect(await sidebar.$('.plain-sight-confirm')).toBeNull();
});
