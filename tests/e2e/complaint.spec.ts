import { test, expect } from './fixtures';
import { sidebarOf } from './support/app';
import { WHATSAPP_LISTING_URL, openSidebarPastWarning, openWhatsAppListing } from './support/listing';


test('the guard’s warning on a WhatsApp listing opens the off-line trading complaint in the page’s sidebar', async ({ context, server }) => {
  const page = await openWhatsAppListing(context, server);
  await page.getByRole('button', { name: 'Report seller (off-platform trading)' }).click();

  const app = sidebarOf(page).app();
  await expect(app.getByRole('heading', { name: 'Complaint about a seller or listing' })).toBeVisible();
  await expect(app.getByText('Opened from the warning about a seller’s contacts outside the site.')).toBeVisible();
  await expect(app.getByRole('radio', { name: 'The seller wants to talk or be paid outside the site' })).toBeChecked();
  const result = app.getByRole('region', { name: 'Your complaint' });
  await expect(result.getByText('Pushing buyers to trade outside the site')).toBeVisible();
  await expect(result.getByText('On the form: “Influencing toward Off-line Trading”')).toBeVisible();
  // Tracking parameters are dropped from the link the form gets.
  await expect(result.getByText('https://www.aliexpress.com/item/1005005123456789.html', { exact: true })).toBeVisible();
  const description = result.getByRole('list', { name: 'Description in English' });
  await expect(description).toContainText('The seller tries to move buyers off AliExpress');
  await expect(description).toContainText('sales.techworld@gmail.com');
  await expect(result.getByText('Choose the type “Influencing toward Off-line Trading”.')).toBeVisible();
  await expect(result.getByText('The complaint is reviewed within 3–5 days.')).toBeVisible();
});

test('a listing is reported from its page’s capture bar, and the answers pick the category', async ({ context, server }) => {
  const page = await openWhatsAppListing(context, server);
  const app = await openSidebarPastWarning(page);

  await app.getByRole('button', { name: 'Report this listing' }).click();
  await expect(app.getByRole('heading', { name: 'Complaint about a seller or listing' })).toBeVisible();
  await expect(app.getByLabel('Link to the product or store')).toHaveValue(/^https:\/\/www\.aliexpress\.com\/item\/1005005123456789\.html/);
  await expect(app.getByRole('region', { name: 'Your complaint' })).toHaveCount(0);

  await app.getByRole('radio', { name: 'The seller wants to talk or be paid outside the site' }).check();
  const result = app.getByRole('region', { name: 'Your complaint' });
  await expect(result.getByText('On the form: “Influencing toward Off-line Trading”')).toBeVisible();
  await expect(result.getByRole('list', { name: 'Description in English' })).toContainText('Smart Watch Men 1.96 inch AMOLED');

  await app.getByRole('radio', { name: 'It sells fakes of a brand' }).check();
  await expect(result.getByText('On the form: “Counterfeit Products”')).toBeVisible();
  await app.getByRole('radio', { name: 'Yes' }).check();
  await expect(result.getByText('On the form: “Intellectual Property Infringement”')).toBeVisible();
});

test('the guard’s warning opens the wizard pre-filled with the contacts it found', async ({ openExtensionPage }) => {
  const prefill = {
    category: 'offline-trading',
    contacts: [
      { kind: 'messenger', value: 'wa.me/8613800138000' },
      { kind: 'email', value: 'sales.techworld@gmail.com' },
    ],
    pageUrl: WHATSAPP_LISTING_URL,
  };
  // The same encoding as the background's complaintRoute: base64 of UTF-8 JSON.
  const encoded = Buffer.from(JSON.stringify(prefill), 'utf8').toString('base64');
  const panel = await openExtensionPage(`sidepanel.html#/complaint?prefill=${encodeURIComponent(encoded)}`);

  await expect(panel.getByText('Opened from the warning about a seller’s contacts outside the site.')).toBeVisible();
  await expect(panel.getByRole('radio', { name: 'The seller wants to talk or be paid outside the site' })).toBeChecked();
  const result = panel.getByRole('region', { name: 'Your complaint' });
  await expect(result.getByText('On the form: “Influencing toward Off-line Trading”')).toBeVisible();
  await expect(result.getByRole('list', { name: 'Description in English' })).toContainText(
    'The seller gives these contacts: WhatsApp wa.me/8613800138000 and e-mail sales.techworld@gmail.com.',
  );
});

test('a damaged prefill is said so, and the wizard still works by hand', async ({ openExtensionPage }) => {
  const panel = await openExtensionPage('sidepanel.html#/complaint?prefill=not-base64!');
  await expect(panel.getByText('The details this page was opened with could not be read. Fill in the form by hand.')).toBeVisible();
  await panel.getByRole('radio', { name: 'It sells something forbidden or dangerous' }).check();
  await expect(panel.getByText('On the form: “Restricted or Prohibited Products”')).toBeVisible();
  await expect(panel.getByText('No valid link yet: paste the product or store link above.')).toBeVisible();
});
