import { test, expect } from './fixtures';
import { click, expectText, openInPageSidebar, selectOption } from './ui';

const PRODUCT_URL = 'https://www.aliexpress.com/item/1005005123456789.html?spm=a2g0o.productlist';
/** A plain listing: no off-platform contacts, so no guard warning over the page's edge. */
const PRODUCT = `<!doctype html><html lang="en"><head><title>Smart Watch Men 1.96 inch AMOLED - AliExpress</title>
<meta property="og:title" content="Smart Watch Men 1.96 inch AMOLED - AliExpress 44">
<link rel="canonical" href="https://www.aliexpress.com/item/1005005123456789.html"></head>
<body><h1>Smart Watch Men 1.96 inch AMOLED</h1><a href="https://www.aliexpress.com/store/1102345678">TechWorld Store</a><p>US $24.99</p></body></html>`;

test('in-page sidebar on a product page: a delivery-time question to the seller, copied in English', async ({ firefox, server }) => {
  server.serve(PRODUCT_URL, PRODUCT);
  const page = await firefox.newPage();
  await page.goto(PRODUCT_URL);
  const app = await openInPageSidebar(page);

  await click(app, 'button', 'Ask a question before buying');
  await expectText(app, 'Question before buying');
  await selectOption(app, 'What do you want to ask?', 'Delivery time to my country');
  await click(app, 'radio', 'Georgia');
  await expectText(app, 'My delivery address is in Georgia.');
  await expectText(app, 'How long does delivery there usually take, and which shipping method would you recommend?');
  const english = await app.$eval('pre.full-text', (element) => element.textContent ?? '');
  expect(english).toContain('I have a question about this item before I buy it: Smart Watch Men 1.96 inch AMOLED (https://www.aliexpress.com/item/1005005123456789.html).');

  await click(app, 'button', 'Copy the English text');
  await expectText(app, 'Copied. Paste it into the chat with the seller.');
  // Firefox frames have no tabs API: insert goes through the background to this tab, which shows no chat box.
  await click(app, 'button', 'Insert into the message box');
  await expectText(app, 'No message box found on the page.');
});
