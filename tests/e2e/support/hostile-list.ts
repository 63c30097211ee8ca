import { expect } from '@playwright/test';
import { HOSTILE_LIST_ORDERS, LONG_STORE, LONG_TITLE, PWNED_FLAG } from '../../fixtures/hostile/data/order-list';
import { TEXT_LIMITS } from '../../../lib/schema/fit';

/*
 * What "Track all" on the hostile order list (tests/fixtures/hostile/data/order-list.ts)
 * must leave behind, in either browser: every order with a number stored, its
 * text kept as text (long fields cut with "…"), the one without a number left
 * out without sinking the rest, and no payload run anywhere.
 */

interface StoredOrder {
  orderNumber: string;
  store: { name: string };
  items: { title: string }[];
}

/** The orders on the page that carry an order number, i.e. the ones "Track all" can store. */
export const TRACKABLE = HOSTILE_LIST_ORDERS.filter((order) => order.linkedNumber !== undefined);

/** Text without white space and zero-width characters (which a reader may read as word breaks). */
const sameCharacters = (text: string) => text.replace(/[\s\u200B-\u200D\u2060\uFEFF]/gu, '');

/** Checks the extension's database (as `databaseSnapshot` returns it) after "Track all". */
export function expectHostileOrdersStoredInert(snapshot: string): void {
  const orders = (JSON.parse(snapshot) as { orders: StoredOrder[] }).orders;
  const byNumber = new Map(orders.map((order) => [order.orderNumber, order]));
  expect([...byNumber.keys()].sort()).toEqual(TRACKABLE.map((order) => order.orderId).sort());

  for (const page of TRACKABLE) {
    const stored = byNumber.get(page.orderId)!;
    const title = stored.items[0]?.title ?? '';
    const store = stored.store.name;
    if (page.title === LONG_TITLE || page.scriptedTitle === 'huge') {
      expect(title.length, page.orderId).toBe(TEXT_LIMITS.itemTitle);
      expect(title.endsWith('…'), page.orderId).toBe(true);
    } else if (page.scriptedTitle === 'nul') {
      // Whether NUL is kept or dropped, the words around it are the page's.
      expect(title.replace(/\0/g, ''), page.orderId).toBe('Cable with NUL inside');
    } else {
      // Markup and bidi controls kept as the text the page showed; a zero-width space may become a space.
      expect(sameCharacters(title), page.orderId).toBe(sameCharacters(page.title));
    }
    if (page.store === LONG_STORE) {
      expect(store.length, page.orderId).toBe(TEXT_LIMITS.storeName);
      expect(store.endsWith('…')).toBe(true);
      expect(LONG_STORE.startsWith(store.slice(0, -1).trimEnd())).toBe(true);
    } else {
      expect(store, page.orderId).toBe(page.store.trim());
    }
  }
}

/**
 * Run in a page or an extension document (passed to `evaluate`): whether any
 * payload ran there (its flag or title), and whether any element with an
 * event-handler attribute exists (markup from page text made real).
 */
export function payloadTraces(flag: string): { ran: boolean; handlers: number } {
  return {
    ran: flag in window || document.title.startsWith('pwned'),
    handlers: document.querySelectorAll('[onerror], [onload]').length,
  };
}

export { PWNED_FLAG };
