import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BuyerguardDb } from '../../../lib/db/database';
import { readSettings, updateSettings } from '../../../lib/db/settings';
import { forgetTabGuard, handleGuardMessage, type GuardSender } from '../../../lib/background/guard';
import { backgroundRequestSchema } from '../../../lib/schema/runtime-messages';

/*
 * The background decides about trust, never a content script's word alone
 * (issue 8 #1/#7): what a page's script could make its content script send is
 * answered only for its own tab, its own site and contacts its warning shows.
 */

let db: BuyerguardDb;
const TAB: GuardSender = { tab: { id: 7 }, frameId: 0, url: 'https://www.scam-help.example/aliexpress' };

beforeEach(async () => {
  fakeBrowser.reset();
  db = new BuyerguardDb(`guard-${Math.random()}`);
  await updateSettings(db, { trustedContacts: ['+18885550123', 'friend@mail.example'], trustedSites: ['shop.example'] });
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const parse = (message: unknown) => {
  const parsed = backgroundRequestSchema.safeParse(message);
  if (!parsed.success) throw new Error('invalid message');
  return parsed.data as Parameters<typeof handleGuardMessage>[1];
};

describe('guard messages in the background', () => {
  it('answers a check only about the asked contacts and the sender’s own site', async () => {
    const answer = (await handleGuardMessage(db, parse({ type: 'guard/check', contacts: ['+18885550123', '+447000000000'], strings: false }), TAB)) as Record<string, unknown>;
    expect(answer.trustedContacts).toEqual(['+18885550123']);
    expect(answer.siteTrusted).toBe(false);
    expect(answer).not.toHaveProperty('trustedSites');
    expect(answer).not.toHaveProperty('strings');
    const onShop = (await handleGuardMessage(db, parse({ type: 'guard/check', contacts: [], strings: true }), { ...TAB, url: 'https://m.shop.example/x' })) as Record<string, unknown>;
    expect(onShop.siteTrusted).toBe(true);
    expect(onShop.trustedContacts).toEqual([]);
    expect(onShop).toHaveProperty('strings');
  });

  it('trusts a contact only when the sender tab’s warning shows it', async () => {
    const trust = parse({ type: 'guard/trust', contact: '+447700900123' });
    expect(await handleGuardMessage(db, trust, TAB)).toBe(false);
    await handleGuardMessage(db, parse({ type: 'guard/report', contacts: ['+447700900123'], alarms: 1, hidden: false }), TAB);
    // Another tab cannot ride on what this one shows.
    expect(await handleGuardMessage(db, trust, { ...TAB, tab: { id: 8 } })).toBe(false);
    expect((await readSettings(db)).trustedContacts).not.toContain('+447700900123');
    expect(await handleGuardMessage(db, trust, TAB)).toBe(true);
    expect((await readSettings(db)).trustedContacts).toContain('+447700900123');
    // Gone with the page.
    await forgetTabGuard(7);
    expect(await handleGuardMessage(db, parse({ type: 'guard/trust', contact: '+447700900124' }), TAB)).toBe(false);
  });

  it('keeps both of two contacts trusted at the same moment (two tabs, or two quick clicks)', async () => {
    const OTHER: GuardSender = { ...TAB, tab: { id: 8 }, url: 'https://help.example/' };
    await handleGuardMessage(db, parse({ type: 'guard/report', contacts: ['+447700900123'], alarms: 1, hidden: false }), TAB);
    await handleGuardMessage(db, parse({ type: 'guard/report', contacts: ['+447700900456'], alarms: 1, hidden: false }), OTHER);
    const answers = await Promise.all([
      handleGuardMessage(db, parse({ type: 'guard/trust', contact: '+447700900123' }), TAB),
      handleGuardMessage(db, parse({ type: 'guard/trust', contact: '+447700900456' }), OTHER),
      handleGuardMessage(db, parse({ type: 'guard/trust', site: true }), TAB),
    ]);
    expect(answers).toEqual([true, true, 'www.scam-help.example']);
    const { trustedContacts, trustedSites } = await readSettings(db);
    expect(trustedContacts).toEqual(expect.arrayContaining(['+18885550123', 'friend@mail.example', '+447700900123', '+447700900456']));
    expect(trustedContacts).toHaveLength(4);
    expect(trustedSites).toEqual(['shop.example', 'www.scam-help.example']);
  });

  it('trusts the sender’s own host as the site, whatever the message says', async () => {
    expect(backgroundRequestSchema.safeParse({ type: 'guard/trust', site: 'aliexpress.com' }).success).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'guard/trust', site: true, contact: '+18885550123' }).success).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'guard/trust' }).success).toBe(false);
    expect(await handleGuardMessage(db, parse({ type: 'guard/trust', site: true }), TAB)).toBe('www.scam-help.example');
    expect((await readSettings(db)).trustedSites).toEqual(['shop.example', 'www.scam-help.example']);
  });

  it('refuses senders that are not a tab’s top-frame content script on an http(s) page', async () => {
    const check = parse({ type: 'guard/check', contacts: ['+18885550123'], strings: false });
    const site = parse({ type: 'guard/trust', site: true });
    const senders: GuardSender[] = [
      {},
      { url: 'https://www.scam-help.example/' },
      { ...TAB, frameId: 3 },
      { ...TAB, url: 'chrome-extension://abc/sidebar.html' },
      { ...TAB, url: 'file:///home/user/page.html' },
      { ...TAB, tab: { id: -1 } },
    ];
    for (const sender of senders) {
      expect(await handleGuardMessage(db, check, sender)).toBeNull();
      expect(await handleGuardMessage(db, site, sender)).toBeNull();
    }
    expect((await readSettings(db)).trustedSites).toEqual(['shop.example']);
  });

  it('bounds what a content script may send', () => {
    const many = Array.from({ length: 201 }, (_, i) => `+4470000${String(i).padStart(5, '0')}`);
    expect(backgroundRequestSchema.safeParse({ type: 'guard/check', contacts: many, strings: false }).success).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'guard/report', contacts: ['x'.repeat(513)], alarms: 1, hidden: false }).success).toBe(false);
    expect(backgroundRequestSchema.safeParse({ type: 'guard/lists' }).success).toBe(false);
  });
});
