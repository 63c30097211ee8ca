import type { FrameLocator, Page } from '@playwright/test';
import { ORDER_FORM_FIELDS, type OrderInput } from './journeys';

export type { OrderInput };

/** The in-page sidebar: its edge tab, and the app inside its iframe. */
export function sidebarOf(page: Page) {
  const host = page.locator('buyerguard-sidebar');
  return {
    host,
    tab: host.locator('button.edge-tab'),
    closeButton: host.locator('button.close'),
    app: (): FrameLocator => host.locator('iframe').contentFrame(),
  };
}

/**
 * Waits until the sidebar's capture bar is in plain sight as the app itself judges it
 * before a write (IntersectionObserver v2, components/hooks/useUnobscured.ts): a click
 * that comes before the app's observer has first reported is refused as "covered", and
 * on a loaded machine that report can come late. An observer of our own, made after the
 * app's with the same options, reports no earlier than the app's did.
 */
export async function captureBarInPlainSight(app: FrameLocator): Promise<void> {
  await app.locator('section.capture-bar').evaluate(
    (bar) =>
      new Promise<void>((resolve) => {
        const observer = new IntersectionObserver(
          (entries) => {
            const entry = entries.at(-1) as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
            if (entry && entry.isVisible !== false) {
              observer.disconnect();
              resolve();
            }
          },
          { threshold: [0], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        observer.observe(bar);
      }),
  );
}

/** Fills and saves the add-order form in an app page (side panel or sidebar frame). */
export async function addOrderByHand(app: Page | FrameLocator, order: OrderInput): Promise<void> {
  await app.getByRole('link', { name: 'Add order' }).click();
  for (const { field, label, exact } of ORDER_FORM_FIELDS) {
    const value = order[field];
    if (value) await app.getByLabel(label, { exact }).fill(value);
  }
  await app.getByRole('button', { name: 'Save' }).click();
}

/** The guard's host: a child of <html> or <body> whose tag is "buyerguard-guard-" and a random part per page. */
export function guardHostOf(page: Page) {
  return page.locator('xpath=/html/*[starts-with(local-name(), "buyerguard-guard-")] | /html/body/*[starts-with(local-name(), "buyerguard-guard-")]');
}

/** The guard host's tag on this page, as a CSS selector (axe's include takes selectors). */
export async function guardHostTag(page: Page): Promise<string> {
  return guardHostOf(page).evaluate((element) => element.localName);
}

/**
 * The app's views that whole-page checks (axe, zoom) visit once orders exist,
 * as [path under the extension's origin, name, a selector shown when ready].
 * `orderPath` is an order's route, e.g. "/order/<id>".
 */
export function appViewsOf(orderPath: string): [path: string, view: string, ready: string][] {
  return [
    [`sidepanel.html#${orderPath}`, 'order detail', '.deadline-list'],
    [`sidepanel.html#${orderPath}?tab=messages`, 'messages', '.tabs'],
    [`sidepanel.html#${orderPath}?tab=evidence`, 'evidence tab', 'input[type=file]'],
    [`sidepanel.html#${orderPath}?tab=drafts`, 'message draft', '.composer'],
    [`sidepanel.html#${orderPath}?tab=dispute`, 'dispute text', '.composer'],
    ['sidepanel.html#/complaint', 'complaint wizard', '.composer'],
    ['sidepanel.html#/settings', 'settings (side panel)', 'fieldset'],
    ['options.html', 'options page', 'fieldset'],
  ];
}
