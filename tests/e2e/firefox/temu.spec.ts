import type { Page } from 'puppeteer-core';
import { test, expect } from './fixtures';
import {
  ALIEXPRESS_DUE_SOON_ORDER,
  ORDER_LIST_URL,
  serveTemuJourney,
  TEMU_CLAIM_STEPS,
  TEMU_DETAIL_ORDER,
  TEMU_DETAIL_URL,
  TEMU_LIST_ORDERS,
  TEMU_LIST_URL,
  temuReturnLastDays,
} from '../support/journeys';
import { click, clickAndConfirm, expectRole, expectText, inPageSidebarLeftOpen, openInPageSidebar, textsOf } from './ui';

/** Firefox's own promise-based `browser.alarms` in an extension page. */
const alarmNames = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { alarms: { getAll(): Promise<{ name: string }[]> } } }).browser;
    return (await api.alarms.getAll()).map((alarm) => alarm.name);
  });

test('Temu in Firefox: orders from a /pl/ list and a detail page on temu.com sit beside an AliExpress order, each with its marketplace; the return window gets reminders; the order page speaks of Temu support and lists Temu’s own refund steps', async ({
  firefox,
  server,
  openExtensionPage,
}) => {
  const now = Date.now();
  serveTemuJourney(server, now);

  // The order list under a locale segment (Firefox sends temu.com to loopback like every host).
  const page = await firefox.newPage();
  await page.goto(TEMU_LIST_URL);
  const listSidebar = await openInPageSidebar(page);
  await clickAndConfirm(listSidebar, 'button', `Track all ${TEMU_LIST_ORDERS.length} orders`);
  await expectText(listSidebar, `Saved: ${TEMU_LIST_ORDERS.length} new, 0 updated.`);

  // A detail page named by its parent order number; the sidebar stays open from page to page.
  await page.goto(TEMU_DETAIL_URL);
  const detailSidebar = await inPageSidebarLeftOpen(page);
  await clickAndConfirm(detailSidebar, 'button', 'Track this order');
  await expectText(detailSidebar, 'Saved: 1 new, 0 updated.');

  await page.goto(ORDER_LIST_URL);
  const aliexpressSidebar = await inPageSidebarLeftOpen(page);
  await clickAndConfirm(aliexpressSidebar, 'button', 'Track this order');
  await expectText(aliexpressSidebar, 'Saved: 1 new, 0 updated.');

  // The sidebar page: one list, each card naming its marketplace in words.
  const panel = await openExtensionPage('sidepanel.html');
  await click(panel, 'radio', 'All');
  await expectText(panel, '4 orders');
  const cards = await textsOf(panel, '.order-card');
  for (const number of [...TEMU_LIST_ORDERS, TEMU_DETAIL_ORDER]) {
    expect(cards.find((card) => card.includes(`Order ${number}`))).toContain('Marketplace: Temu');
  }
  expect(cards.find((card) => card.includes(`Order ${ALIEXPRESS_DUE_SOON_ORDER}`))).toContain('Marketplace: AliExpress');

  await panel.locator(`.order-card ::-p-text(Order ${TEMU_DETAIL_ORDER})`).click();
  await expectRole(panel, 'heading', `Order ${TEMU_DETAIL_ORDER}`);
  await expect.poll(() => panel.$eval('dl.facts', (facts) => facts.textContent ?? '')).toContain('MarketplaceTemu');
  await expectText(panel, 'Last day to return');

  // Every Temu order's return window has its reminder alarm, 7 days before its last day.
  const returnDays = temuReturnLastDays(now);
  await expect
    .poll(async () => {
      const names = await alarmNames(panel);
      return returnDays.filter((day) => names.some((name) => name.includes(`:return-last-day:7:${day}`)));
    }, { timeout: 15_000 })
    .toEqual(returnDays);

  // On Temu the buyer writes to Temu support, and asks Temu for a refund through its own menus.
  await expectRole(panel, 'link', 'Write to Temu support');
  await click(panel, 'link', 'Refund request');
  await expectRole(panel, 'heading', 'How to send it');
  const steps = await textsOf(panel, 'ol.steps li');
  expect(steps).toHaveLength(TEMU_CLAIM_STEPS.length);
  TEMU_CLAIM_STEPS.forEach((step, i) => expect(steps[i]).toMatch(step));
});

