import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { addOrderByHand, sidebarOf } from './support/app';

const MESSAGES_EN = resolve('tests/fixtures/aliexpress/messages-en.html');
const MESSAGES_RU = resolve('tests/fixtures/aliexpress/messages-ru-editable.html');
const CHAT_URL = 'https://www.aliexpress.com/p/message/index.html?sellerId=2201234567&orderId=8181234567890123';

test('a conversation is saved into its order with one click, and saving again adds nothing twice', async ({ context, server }) => {
  server.serveFile('https://www.aliexpress.com/p/message/index.html', MESSAGES_EN);
  const page = await context.newPage();
  await page.goto(CHAT_URL);
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();

  const save = app.getByRole('button', { name: /^Save this conversation \(\d+ messages\)$/ });
  await expect(save).toBeVisible();
  const found = Number(/\((\d+) messages\)/.exec((await save.textContent()) ?? '')?.[1]);
  // The fixture shows five chat bubbles (two of them an identical "ok"), plus possibly the order card.
  expect(found).toBeGreaterThanOrEqual(5);

  await save.click();
  await expect(app.getByText(`Conversation saved: ${found} new, 0 already in the log.`)).toBeVisible();
  await save.click();
  await expect(app.getByText(`Conversation saved: 0 new, ${found} already in the log.`)).toBeVisible();

  await app.getByRole('button', { name: 'Open the order' }).click();
  await expect(app.getByRole('heading', { name: 'Order 8181234567890123' })).toBeVisible();
  const log = app.getByRole('list', { name: 'Saved messages' });
  await expect(log.getByRole('listitem')).toHaveCount(found);
  await expect(log.getByText('Hello friend, the tracking number is LP00123456789012. Please wait patiently.')).toBeVisible();
  await expect(log.getByText('Dear, the parcel is in your country now.')).toBeVisible();
  // Two identical messages the same day are two messages, not a duplicate.
  await expect(log.getByText('ok', { exact: true })).toHaveCount(2);
});

test('a firm "not received" draft goes into the page’s message box and into the order’s log', async ({ context, server }) => {
  server.serveFile('https://www.aliexpress.com/p/message/index.html', MESSAGES_EN);
  const page = await context.newPage();
  await page.goto(CHAT_URL);
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();
  await app.getByRole('button', { name: /^Save this conversation/ }).click();
  await app.getByRole('button', { name: 'Open the order' }).click();

  await app.getByRole('link', { name: 'Write to the seller' }).click();
  await app.getByLabel('What happened?').selectOption({ label: 'Not received, protection is running out' });
  await app.getByRole('radio', { name: /^Firm/ }).check();
  const sentences = app.getByRole('list', { name: 'The English message' });
  await expect(sentences.getByText(/extend the buyer protection/)).toBeVisible();
  await expect(sentences.getByText(/8181234567890123/)).toBeVisible();

  await app.getByText('The whole text as it will be sent').click();
  const draft = (await app.locator('pre.full-text').textContent()) ?? '';
  expect(draft).toContain('8181234567890123');
  // The firm tone states the next step; the polite one only asks.
  expect(draft).toContain('If it is not extended, I will have to open a dispute for a full refund.');
  expect(draft).not.toContain('Could you please');

  await app.getByRole('button', { name: 'Insert into the message box' }).click();
  await expect(app.getByText(/^Inserted\. Check it and press Send on the page\./)).toBeVisible();
  await expect(page.locator('textarea.message-input-textarea')).toHaveValue(draft);

  // The inserted draft is logged as the buyer's.
  await app.getByRole('link', { name: 'Messages', exact: true }).click();
  const mine = app.getByRole('list', { name: 'Saved messages' }).getByRole('listitem').filter({ hasText: 'draft you sent' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText('extend the buyer protection');
});

test('in Russian, the draft shows glosses and goes into a contenteditable box', async ({ context, server, openExtensionPage }) => {
  server.serveFile('https://www.aliexpress.com/p/message/index.html', MESSAGES_RU);
  const panel = await openExtensionPage('sidepanel.html');
  await panel.getByRole('link', { name: 'Settings' }).click();
  await panel.getByRole('group', { name: 'Language' }).getByRole('combobox').selectOption('ru');
  await panel.close();

  const page = await context.newPage();
  await page.goto('https://www.aliexpress.com/p/message/index.html?sellerId=2205555555');
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();
  // This chat names no order: it is saved to one the buyer tracks.
  await app.getByRole('link', { name: 'Добавить заказ' }).click();
  await app.getByLabel('Номер заказа').fill('8191234567890123');
  await app.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await app.getByRole('link', { name: 'Написать продавцу' }).click();
  await app.getByRole('combobox', { name: 'Что случилось?' }).selectOption({ label: 'Попросить трек-номер' });
  const first = app.getByRole('list', { name: 'Сообщение на английском' }).getByRole('listitem').first();
  await expect(first.locator('p.english')).toHaveAttribute('lang', 'en');
  await expect(first.locator('p.gloss')).toHaveAttribute('lang', 'ru');
  await expect(first.locator('p.gloss')).not.toBeEmpty();

  await app.getByRole('button', { name: 'Вставить в поле сообщения' }).click();
  await expect(app.getByText(/^Вставлено\./)).toBeVisible();
  await expect(page.locator('[contenteditable="true"]')).toContainText('8191234567890123');
});

test('copying a draft puts the English text on the clipboard and logs it once', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html');
  await addOrderByHand(panel, { orderNumber: '8151234567890123', store: 'Slow Seller' });
  await panel.getByRole('link', { name: 'Write to the seller' }).click();
  await panel.getByLabel('What happened?').selectOption({ label: 'Ask for the tracking number' });
  await panel.getByText('The whole text as it will be sent').click();
  const draft = (await panel.locator('pre.full-text').textContent()) ?? '';
  expect(draft).toContain('8151234567890123');

  const copy = panel.getByRole('button', { name: 'Copy the English text' });
  await copy.click();
  await expect(panel.getByText(/^Copied\. Paste it into the chat with the seller\. It is saved in this order’s message log as sent by you\.$/)).toBeVisible();
  await copy.click();

  await panel.getByRole('link', { name: 'Messages', exact: true }).click();
  // Copied twice, logged once.
  await expect(panel.getByRole('list', { name: 'Saved messages' }).getByRole('listitem')).toHaveCount(1);
  // The clipboard holds the English text, character for character: paste it into a field to read it.
  await panel.getByRole('textbox', { name: 'Message', exact: true }).focus();
  await panel.keyboard.press('Control+V');
  await expect(panel.getByRole('textbox', { name: 'Message', exact: true })).toHaveValue(draft);
});
