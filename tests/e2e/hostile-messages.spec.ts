import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { addOrderByHand, sidebarOf } from './support/app';
import { databaseSnapshot, inContentScript, SEND_ALL, seedSettings, sendAllFromFrame } from './support/hostile';
import { HOSTILE_STRINGS, hugeHostileString } from '../fixtures/hostile/data/strings';

/*
 * Issue 8, "Messages between contexts": a content script (what a compromised
 * page process could make it send) and the in-page sidebar frame (which the
 * page can cover, route and time) try every message and port request with
 * hostile payloads. The database is compared record by record before and
 * after, and no tab may open.
 */

const HOME = resolve('tests/e2e/pages/marketplace-home.html');
const MARKET = 'https://www.aliexpress.com/';
const PORT = 'buyerguard-data';
const ORDER = '8123456789012345';

const forbiddenPortRequests = (orderId: string) => [
  { kind: 'run', id: 1, name: 'updateSettings', args: { patch: { guardEnabled: false, trustedSites: ['evil.example'] } } },
  { kind: 'run', id: 2, name: 'importBackup', args: { text: '{"format":"buyerguard-backup","version":1,"orders":[]}', mode: 'replace' } },
  { kind: 'run', id: 3, name: 'exportBackup', args: {} },
  { kind: 'run', id: 4, name: 'deleteOrder', args: { orderId } },
  { kind: 'run', id: 5, name: 'deleteMessage', args: { messageId: 'm1' } },
  { kind: 'run', id: 6, name: 'deleteEvidence', args: { evidenceId: 'e1' } },
  { kind: 'run', id: 7, name: 'evidencePack', args: { orderId } },
];

/** Allowed commands, arguments no schema accepts: markup, prototype keys, 1 MB strings, wrong types. */
const malformedPortRequests = (orderId: string) => [
  { kind: 'run', id: 20, name: 'trackCapturedOrders', args: { orders: [{ orderNumber: HOSTILE_STRINGS.imgOnerror, marketplace: 'evil' }] } },
  { kind: 'run', id: 21, name: 'createOrder', args: { input: 'not an object' } },
  { kind: 'run', id: 22, name: 'updateOrder', args: { orderId: { $ne: null }, input: {} } },
  { kind: 'run', id: 23, name: 'setDeadlineOverride', args: { orderId, kind: hugeHostileString(100), dueAt: 'tomorrow' } },
  { kind: 'run', id: 24, name: 'logMessages', args: { orderId, messages: [], origin: 'pasted' } },
  { kind: 'run', id: 25, name: 'saveConversation', args: { orders: [{}, {}], messages: [] } },
  { kind: 'run', id: 26, name: 'addEvidence', args: { orderId, files: [{ details: {}, content: { base64: hugeHostileString(1_000_000) } }] } },
  { kind: 'run', id: 27, name: 'updateEvidence', args: { evidenceId: '', patch: { note: 1 } } },
  { kind: 'run', id: 28, name: 'dropDatabase', args: {} },
  { kind: 'subscribe', id: 29, name: '__proto__', args: {} },
  { kind: 'run', id: -1, name: 'deleteOrder', args: { orderId } },
];

async function seed(openExtensionPage: (path: string) => Promise<import('@playwright/test').Page>) {
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: ORDER, store: 'Sunny Gadgets Store', item: 'USB-C cable 2 m' });
  await expect(panel.getByRole('heading', { name: `Order ${ORDER}` })).toBeVisible();
  await seedSettings(panel, { trustedSites: ['shop.example'], trustedContacts: ['+15550100'] });
  const orderId = new URL(panel.url()).hash.split('/')[2]!;
  return { panel, orderId };
}

test('a content script can send nothing that writes, deletes, reads orders or opens a tab', async ({ context, server, extensionId, openExtensionPage }) => {
  server.serveFile(MARKET, HOME);
  const { panel, orderId } = await seed(openExtensionPage);
  const page = await context.newPage();
  await page.goto(MARKET);
  await expect(sidebarOf(page).tab).toBeVisible();
  const before = await databaseSnapshot(panel);
  const pagesBefore = context.pages().length;

  const complaint = (pageUrl: string) => ({ category: 'offline-trading', contacts: [{ kind: 'phone', value: HOSTILE_STRINGS.script }], pageUrl });
  const messages = [
    // Kinds a content script never sends, with valid payloads: refused by the sender policy.
    { type: 'tab/whoami' },
    { type: 'reminders/rebuild' },
    { type: 'badge/refresh' },
    { type: 'app/open-tab', route: '/settings' },
    { type: 'tab/relay', request: { type: 'page/capture' } },
    // Its own kinds, with what no schema or check accepts.
    { type: 'guard/trust', site: 'evil.example' },
    // A well-formed trust of a contact no warning in this tab shows.
    { type: 'guard/trust', contact: '+15550199' },
    { type: 'guard/trust', site: HOSTILE_STRINGS.imgOnerror },
    { type: 'guard/trust', site: hugeHostileString(1_000_000) },
    { type: 'guard/report', warnings: -1 },
    { type: 'guard/report', warnings: '5' },
    { type: 'ui/set-sidebar-open', open: 'true' },
    { type: 'complaint/open', prefill: complaint('https://evil.example/') },
    { type: 'complaint/open', prefill: complaint('javascript:alert(1)') },
    // Names from other channels, and nonsense.
    { type: 'importBackup', text: '{}', mode: 'replace' },
    { kind: 'run', id: 1, name: 'deleteOrder', args: { orderId } },
    { type: 'page/capture' },
    { type: HOSTILE_STRINGS.attributeBreakout },
    'ui/state',
    // Last: a well-formed question about no contact, which must not hand over the trust lists.
    { type: 'guard/check', contacts: [], strings: false },
  ];
  const result = await inContentScript<{ answers: { message: string; answer: unknown }[]; portAnswers: unknown[]; disconnected: boolean }>(
    page,
    extensionId,
    SEND_ALL,
    { messages, portRequests: [{ kind: 'subscribe', id: 99, name: 'orderList', args: {} }, ...forbiddenPortRequests(orderId)], portName: PORT },
  );

  const lists = result.answers.pop()!;
  expect(lists.message).toContain('guard/check');
  expect(lists.answer).toMatchObject({ siteTrusted: false, trustedContacts: [] });
  for (const { message, answer } of result.answers) {
    // Refused is silence (no listener answered), an error, or `false` from a check.
    const refused = answer === '(undefined)' || answer === false || (typeof answer === 'string' && /^\((error|no answer)\)/.test(answer));
    expect(refused, `${message} → ${JSON.stringify(answer)}`).toBe(true);
  }
  expect(result.disconnected).toBe(true);
  expect(result.portAnswers).toEqual([]);

  await page.waitForTimeout(500);
  expect(context.pages()).toHaveLength(pagesBefore);
  expect(await databaseSnapshot(panel)).toBe(before);
});

test('the in-page sidebar frame gets no settings, backup or deletion, and nothing malformed', async ({ context, server, extensionId, openExtensionPage }) => {
  server.serveFile(MARKET, HOME);
  const { panel, orderId } = await seed(openExtensionPage);
  const page = await context.newPage();
  await page.goto(MARKET);
  await sidebarOf(page).tab.click();
  await expect(sidebarOf(page).app().getByText(`Order ${ORDER}`)).toBeVisible();
  const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${extensionId}/sidebar.html`))!;
  const before = await databaseSnapshot(panel);

  const result = await sendAllFromFrame(frame, {
    messages: [{ type: 'reminders/rebuild' }, { type: 'guard/trust', site: 'evil.example' }, { type: 'guard/lists' }],
    portRequests: [...forbiddenPortRequests(orderId), ...malformedPortRequests(orderId), { kind: 'subscribe', id: 50, name: 'settings', args: {} }],
    portName: PORT,
  });
  for (const { message, answer } of result.answers) {
    expect(answer === '(undefined)' || (typeof answer === 'string' && /^\((error|no answer)\)/.test(answer)), `${message} → ${JSON.stringify(answer)}`).toBe(true);
  }
  const byId = new Map((result.portAnswers as { id: number; kind: string; message?: string; result?: unknown }[]).map((a) => [a.id, a]));
  for (const { id, name } of forbiddenPortRequests(orderId)) expect(byId.get(id), name).toMatchObject({ kind: 'error', message: 'not allowed here' });
  for (const { id, name } of malformedPortRequests(orderId).filter((r) => r.id >= 0 && !['dropDatabase', '__proto__'].includes(r.name))) {
    expect(byId.get(id), name).toMatchObject({ kind: 'error' });
  }
  // The frame reads settings, but not whom the buyer trusts.
  expect(byId.get(50)).toMatchObject({ kind: 'result', result: { trustedSites: [], trustedContacts: [] } });

  await page.waitForTimeout(500);
  expect(await databaseSnapshot(panel)).toBe(before);
});

test('a page that frames the sidebar page on the settings route gets the order list; opened in a window, it gets nothing', async ({ context, server, extensionId, openExtensionPage }) => {
  server.serveFile(MARKET, HOME);
  const { panel } = await seed(openExtensionPage);
  const before = await databaseSnapshot(panel);
  const page = await context.newPage();
  await page.goto(MARKET);
  const settingsUrl = `chrome-extension://${extensionId}/sidebar.html#/settings`;

  // Framed by the page itself, invisibly, over bait.
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.cssText = 'position:fixed;inset:0;width:400px;height:600px;opacity:0.01';
    document.body.append(frame);
  }, settingsUrl);
  const framed = page.frameLocator(`iframe[src="${settingsUrl}"]`);
  await expect(framed.getByRole('heading', { name: 'Your orders' })).toBeVisible();
  await expect(framed.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
  await expect(framed.getByRole('checkbox')).toHaveCount(0);

  // Opened in a window of its own: the sidebar page refuses to show anything, and the port serves it nothing.
  const opening = context.waitForEvent('page');
  await page.evaluate((src) => void window.open(src), settingsUrl);
  const popup = await opening;
  await expect(popup.getByRole('alert')).toContainText('works only in the sidebar it opens on a marketplace page');
  await expect(popup.getByRole('heading', { name: 'Your orders' })).toHaveCount(0);
  const result = await sendAllFromFrame(popup.mainFrame(), {
    messages: [{ type: 'tab/whoami' }],
    portRequests: [{ kind: 'run', id: 1, name: 'updateSettings', args: { patch: { guardEnabled: false } } }, { kind: 'subscribe', id: 2, name: 'orderList', args: {} }],
    portName: PORT,
  });
  expect(result.answers[0]?.answer).toEqual({ tabId: null });
  expect(result.disconnected).toBe(true);
  expect(result.portAnswers).toEqual([]);
  expect(await databaseSnapshot(panel)).toBe(before);
});
