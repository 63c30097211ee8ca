import { describe, expect, it, vi } from 'vitest';
import { senderContext, type Sender } from '../../../lib/messaging/sender';
import { policedListener } from '../../../lib/messaging/receive';
import { BACKGROUND_REQUEST_SENDERS, backgroundRequestSchema } from '../../../lib/schema/runtime-messages';
import { EMBEDDED_COMMANDS, EMBEDDED_QUERIES, embeddedSettings } from '../../../lib/data/access';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';

const ID = 'our-id';
const ORIGIN = 'chrome-extension://our-id/';
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false, windowId: 1, discarded: false, autoDiscardable: true, groupId: -1 } as Sender['tab'];

const contentScript: Sender = { id: ID, url: 'https://www.aliexpress.com/p/order/index.html', tab, frameId: 0 };
const framedSidebar: Sender = { id: ID, url: `${ORIGIN}sidebar.html#/orders`, tab, frameId: 3 };
const sidebarInItsOwnWindow: Sender = { id: ID, url: `${ORIGIN}sidebar.html#/settings`, tab, frameId: 0 };
const framedOtherPage: Sender = { id: ID, url: `${ORIGIN}sidepanel.html`, tab, frameId: 2 };
const sidePanel: Sender = { id: ID, url: `${ORIGIN}sidepanel.html` };
const optionsTab: Sender = { id: ID, url: `${ORIGIN}options.html`, tab, frameId: 0 };

describe('sender context', () => {
  it('tells content scripts, framed pages and top-level pages apart', () => {
    expect(senderContext(contentScript, ID, ORIGIN)).toBe('content');
    expect(senderContext(framedSidebar, ID, ORIGIN)).toBe('embedded');
    expect(senderContext(framedOtherPage, ID, ORIGIN)).toBe('embedded');
    expect(senderContext(sidePanel, ID, ORIGIN)).toBe('extension');
    expect(senderContext(optionsTab, ID, ORIGIN)).toBe('extension');
  });

  it('the sidebar page is embedded even when a page opens it in a window of its own', () => {
    expect(senderContext(sidebarInItsOwnWindow, ID, ORIGIN)).toBe('embedded');
  });

  it('refuses other extensions, and "content" without a tab', () => {
    expect(senderContext({ ...sidePanel, id: 'other' }, ID, ORIGIN)).toBeUndefined();
    expect(senderContext({ id: ID, url: 'https://evil.example/' }, ID, ORIGIN)).toBeUndefined();
    expect(senderContext({ id: ID, tab }, ID, ORIGIN)).toBeUndefined();
    // Another extension's origin that merely starts like ours is not ours.
    expect(senderContext({ id: ID, url: 'chrome-extension://our-id-evil/x.html' }, ID, ORIGIN)).toBeUndefined();
  });
});

describe('per-message sender policy', () => {
  const handle = vi.fn((message: { type: string }) => message.type);
  const listener = policedListener({ id: ID, origin: ORIGIN }, backgroundRequestSchema, BACKGROUND_REQUEST_SENDERS, handle);

  it('a content script gets the guard’s and the edge tab’s messages, nothing else', async () => {
    await expect(listener({ type: 'guard/check', contacts: [], strings: false }, contentScript)).resolves.toBe('guard/check');
    await expect(listener({ type: 'ui/state' }, contentScript)).resolves.toBe('ui/state');
    expect(listener({ type: 'tab/whoami' }, contentScript)).toBeUndefined();
    expect(listener({ type: 'reminders/rebuild' }, contentScript)).toBeUndefined();
    expect(listener({ type: 'badge/refresh' }, contentScript)).toBeUndefined();
  });

  it('the framed sidebar may ask which tab it is in and ping; it cannot speak for the guard', async () => {
    await expect(listener({ type: 'tab/whoami' }, framedSidebar)).resolves.toBe('tab/whoami');
    expect(listener({ type: 'guard/trust', site: true }, framedSidebar)).toBeUndefined();
    expect(listener({ type: 'reminders/rebuild' }, framedSidebar)).toBeUndefined();
  });

  it('every message type names at least one sender, and content scripts never get tab/whoami or rebuilds', () => {
    for (const option of backgroundRequestSchema.options) {
      const type = option.shape.type.value;
      expect(BACKGROUND_REQUEST_SENDERS[type].length, type).toBeGreaterThan(0);
    }
    expect(BACKGROUND_REQUEST_SENDERS['reminders/rebuild']).not.toContain('content');
  });
});

describe('what the in-page sidebar may do through the data port', () => {
  it('no settings, backup or deletion', () => {
    for (const name of ['updateSettings', 'exportBackup', 'importBackup', 'deleteOrder', 'deleteMessage', 'deleteEvidence'] as const) {
      expect(EMBEDDED_COMMANDS[name], name).toBe(false);
    }
    expect(EMBEDDED_COMMANDS.trackCapturedOrders).toBe(true);
    expect(EMBEDDED_QUERIES.orderList).toBe(true);
  });

  it('sees settings without the trust lists', () => {
    const seen = embeddedSettings({ ...DEFAULT_SETTINGS, trustedContacts: ['+15550100'], trustedSites: ['shop.example'], locale: 'uk' });
    expect(seen.trustedContacts).toEqual([]);
    expect(seen.trustedSites).toEqual([]);
    expect(seen.locale).toBe('uk');
  });
});
