import { test, expect } from './fixtures';
import { CHAT_URL, MESSAGES_EN } from '../support/journeys';
import { click, expectRole, expectText, openInPageSidebar, selectOption } from './ui';

test('in-page sidebar: a conversation saved, a draft to the seller inserted into the page’s message box', async ({ firefox, server }) => {
  server.serveFile(CHAT_URL, MESSAGES_EN);
  const page = await firefox.newPage();
  await page.goto(CHAT_URL);
  const app = await openInPageSidebar(page);
  await app.locator('button ::-p-text(Save this conversation)').setTimeout(10_000).click();
  await click(app, 'button', 'Yes, save');
  await expectText(app, 'Conversation saved:');
  await click(app, 'button', 'Open the order');
  await expectRole(app, 'heading', 'Order 8181234567890123');

  await click(app, 'link', 'Write to the seller');
  await selectOption(app, 'What happened?', 'Ask for the tracking number');
  await expectText(app, '8181234567890123');
  // Insert goes through the background to this tab's marketplace script (Firefox frames have no tabs API).
  await click(app, 'button', 'Insert into the message box');
  await expectText(app, 'Inserted. Check it and press Send on the page.');
  const inserted = await page.$eval('textarea.message-input-textarea', (box) => (box as HTMLTextAreaElement).value);
  expect(inserted).toContain('8181234567890123');
  expect(inserted).toMatch(/tracking number/i);
});
