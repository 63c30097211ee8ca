import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { openSidebarPastWarning, openWhatsAppListing } from './support/listing';

const TEMU_CHAT = resolve('tests/fixtures/temu/pages/chat-en.html');
const TEMU_CHAT_URL = 'https://www.temu.com/bgcs_chat.html';

test('on a product page, a size question with the buyer’s measurements is copied in English', async ({ context, server }) => {
  const page = await openWhatsAppListing(context, server);
  const app = await openSidebarPastWarning(page);

  await app.getByRole('button', { name: 'Ask a question before buying' }).click();
  await expect(app.getByRole('heading', { name: 'Question before buying' })).toBeVisible();
  // The listing's name comes from the page; the marketplace too, so it is not asked.
  await expect(app.getByLabel(/^Product name, in Latin letters/)).toHaveValue('Smart Watch Men 1.96 inch AMOLED');
  await expect(app.getByRole('group', { name: 'Where is the product sold?' })).toHaveCount(0);
  await expect(app.getByText(/^Send this to the seller: on the product page press “Message”/)).toBeVisible();

  await app.getByLabel('What do you want to ask?').selectOption({ label: 'Size and fit, with my measurements' });
  await app.getByLabel(/^Height, cm/).fill('178');
  await app.getByLabel(/^Chest, cm/).fill('98');
  await app.getByLabel(/^The size you usually wear/).fill('XL');
  const sentences = app.getByRole('list', { name: 'The English message' });
  await expect(sentences.getByText('My measurements are: height 178 cm and chest 98 cm.')).toBeVisible();
  await expect(sentences.getByText('I usually wear size XL.')).toBeVisible();

  // A word in another script is refused for the English, with the reason.
  await app.getByLabel(/^The size you usually wear/).fill('ХЛ');
  await expect(app.getByText(/Latin/).first()).toBeVisible();
  await expect(sentences.getByText(/I usually wear size/)).toHaveCount(0);
  await app.getByLabel(/^The size you usually wear/).fill('XL');

  await app.getByText('The whole text as it will be sent').click();
  const draft = (await app.locator('pre.full-text').textContent()) ?? '';
  expect(draft).toContain('Smart Watch Men 1.96 inch AMOLED (https://www.aliexpress.com/item/1005005123456789.html)');
  expect(draft).toContain('height 178 cm');
  expect(draft).not.toContain('spm=');

  await app.getByRole('button', { name: 'Copy the English text' }).click();
  await expect(app.getByText('Copied. Paste it into the chat with the seller.')).toBeVisible();
  // The clipboard holds the English text, character for character: paste it into a box on the page to read it.
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.prepend(box);
  });
  await page.locator('#paste-here').focus();
  await page.keyboard.press('Control+V');
  await expect(page.locator('#paste-here')).toHaveValue(draft);
});

test('on Temu, a question about several items goes to Temu support and is inserted into the chat box', async ({ context, server }) => {
  server.serveFile(TEMU_CHAT_URL, TEMU_CHAT);
  const page = await context.newPage();
  await page.goto(TEMU_CHAT_URL);
  await sidebarOf(page).tab.click();
  const app = sidebarOf(page).app();

  await app.getByRole('link', { name: 'Ask a question before buying' }).click();
  await expect(app.getByText(/^This goes to Temu support/)).toBeVisible();
  await app.getByLabel('What do you want to ask?').selectOption({ label: 'Several items in one parcel' });
  await app.getByLabel(/^How many items do you want to buy\?/).fill('3');
  const sentences = app.getByRole('list', { name: 'The English message' });
  await expect(sentences.getByText('I would like to order 3 items at once.')).toBeVisible();
  await expect(sentences).not.toContainText('your store');

  await app.getByRole('button', { name: 'Insert into the message box' }).click();
  await expect(app.getByText(/^Inserted\. Check it and press Send on the page\./)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Type a message' })).toContainText('Can they be shipped together in one parcel?');
});
