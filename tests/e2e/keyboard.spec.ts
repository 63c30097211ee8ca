import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { guardHostOf, sidebarOf } from './support/app';
import { ORDER_LIST_BEFORE, ORDER_LIST_URL } from './support/journeys';

/** The focused control shows a focus ring at least 2 px wide (WCAG 2.4.7). */
async function expectFocusRing(control: Locator): Promise<void> {
  await expect(control).toBeFocused();
  const ring = await control.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(ring.style).not.toBe('none');
  expect(ring.width).toBeGreaterThanOrEqual(2);
}

/*
 * Keyboard alone: visible focus, the guard's warning never takes the caret
 * from what the user is typing, and Esc closes the warning and the link
 * confirmation with focus back where it was.
 */

const TYPING_PAGE = `<!doctype html><html lang="en"><head><title>AliExpress help</title></head><body>
<h1>AliExpress customer service</h1>
<label>Your question <input id="question"></label>
<p>AliExpress support hotline: <span id="number">loading…</span></p>
<script>setTimeout(() => { document.getElementById('number').textContent = '+1 (888) 555-0123'; }, 800);</script>
</body></html>`;

const CALL_PAGE = `<!doctype html><html lang="en"><head><title>AliExpress hotline</title></head><body>
<h1>AliExpress customer service phone number</h1>
<p>AliExpress customer support hotline, call now: <a id="call" href="tel:+18885550123">Call now</a></p>
</body></html>`;

test('the warning appears without taking focus from a field being typed in; Esc hides it and focus returns', async ({ context, server }) => {
  server.serve('https://help-desk.example/aliexpress', TYPING_PAGE);
  const page = await context.newPage();
  await page.goto('https://help-desk.example/aliexpress');
  const question = page.locator('#question');
  await question.focus();
  await page.keyboard.type('where is my parcel');
  const banner = guardHostOf(page).getByRole('alert');
  await expect(banner).toContainText('+18885550123');
  // Still typing into the same field, every key landed there.
  await page.keyboard.type(' please');
  await expect(question).toBeFocused();
  await expect(question).toHaveValue('where is my parcel please');

  // Tab leaves the page's last control for the warning (it sits at the end of the document).
  await page.keyboard.press('Tab');
  await expect(guardHostOf(page)).toBeFocused();
  const focusedInBanner = await page.evaluate(() => [...document.documentElement.children, ...document.body.children].find((el) => el.localName.startsWith('buyerguard-guard-'))?.shadowRoot?.activeElement?.tagName ?? '');
  expect(['BUTTON', 'A']).toContain(focusedInBanner);
  await page.keyboard.press('Escape');
  await expect(banner).toHaveCount(0);
  await expect(question).toBeFocused();
});

test('Esc closes the link confirmation and focus returns to the link', async ({ context, server }) => {
  server.serve('https://call-help.example/aliexpress', CALL_PAGE);
  const page = await context.newPage();
  await page.goto('https://call-help.example/aliexpress');
  const guard = guardHostOf(page);
  await expect(guard.getByRole('alert')).toContainText('+18885550123');
  await page.locator('#call').focus();
  await page.keyboard.press('Enter');
  const dialog = guard.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Don’t open' })).toBeFocused();
  // Focus stays inside the modal confirmation.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open anyway' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#call')).toBeFocused();
});

test('the side panel is usable by Tab alone, with a visible focus ring', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await expect(panel.getByRole('heading', { name: 'Your orders' })).toBeVisible();
  // Tab order follows the page: the header's navigation first.
  await panel.keyboard.press('Tab');
  await expectFocusRing(panel.getByRole('link', { name: 'Orders' }));
  await panel.keyboard.press('Tab');
  await expect(panel.getByRole('link', { name: 'Settings' })).toBeFocused();

  // Add an order with the keyboard only.
  const addOrder = panel.getByRole('link', { name: 'Add order' });
  for (let i = 0; i < 10 && !(await addOrder.evaluate((el) => el === document.activeElement)); i++) await panel.keyboard.press('Tab');
  await expect(addOrder).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Add an order' })).toBeVisible();
  await panel.getByLabel('Order number').focus();
  await panel.keyboard.type('8123456789012345');
  await panel.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Order 8123456789012345' })).toBeVisible();
});

test('Esc or Cancel dismisses the delete confirmation with focus back on Delete; the question starts on the safe choice', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#/new');
  await panel.getByLabel('Order number').fill('8123456789012345');
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel.getByRole('heading', { name: 'Order 8123456789012345' })).toBeVisible();

  const remove = panel.getByRole('button', { name: 'Delete' });
  await remove.focus();
  await panel.keyboard.press('Enter');
  const question = panel.getByRole('group', { name: 'Delete this order with its messages and evidence?' });
  // A second Enter must not delete: focus is on Cancel, with a visible ring.
  await expectFocusRing(question.getByRole('button', { name: 'Cancel' }));
  // Tab order inside follows what is read: the destructive choice comes before Cancel.
  await panel.keyboard.press('Shift+Tab');
  await expectFocusRing(question.getByRole('button', { name: 'Delete' }));
  await panel.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expectFocusRing(remove);

  await panel.keyboard.press('Enter');
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await panel.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(remove).toBeFocused();

  // Confirmed, the order is gone.
  await panel.keyboard.press('Enter');
  await question.getByRole('button', { name: 'Delete' }).press('Enter');
  await expect(panel.getByRole('heading', { name: 'Your orders' })).toBeVisible();
  await expect(panel.getByText('8123456789012345')).toHaveCount(0);
});

test('the in-page sidebar opens from its edge tab by keyboard, and Esc closes it with focus back on the tab', async ({ context, server }) => {
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  const page = await context.newPage();
  await page.goto(ORDER_LIST_URL);
  const sidebar = sidebarOf(page);
  await sidebar.tab.focus();
  await page.keyboard.press('Enter');
  await expectFocusRing(sidebar.closeButton);
  await expect(sidebar.app().getByRole('heading', { name: 'Your orders' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sidebar.closeButton).toBeHidden();
  await expectFocusRing(sidebar.tab);
});

test('Esc inside the in-page sidebar’s app closes it with focus back on the tab; the page cannot forge that Esc', async ({ context, server }) => {
  server.serveFile(ORDER_LIST_URL, ORDER_LIST_BEFORE);
  const page = await context.newPage();
  await page.goto(ORDER_LIST_URL);
  const sidebar = sidebarOf(page);
  await sidebar.tab.focus();
  await page.keyboard.press('Enter');
  const app = sidebar.app();
  await expect(app.getByRole('heading', { name: 'Your orders' })).toBeVisible();

  // The page posts the frame's message itself, and dispatches one made to look as if the frame sent it.
  await page.evaluate(() => {
    const host = document.querySelector('buyerguard-sidebar')!;
    const frame = host.shadowRoot!.querySelector('iframe')!;
    const data = { source: 'buyerguard-sidebar', type: 'sidebar/escape' };
    window.postMessage(data, '*');
    window.dispatchEvent(new MessageEvent('message', { data, origin: new URL(frame.src).origin, source: frame.contentWindow }));
  });
  await page.waitForTimeout(300);
  await expect(sidebar.closeButton).toBeVisible();

  // Focus inside the app (the frame), then Esc there.
  await app.getByRole('link', { name: 'Orders' }).focus();
  await page.keyboard.press('Escape');
  await expect(sidebar.closeButton).toBeHidden();
  await expectFocusRing(sidebar.tab);
});
