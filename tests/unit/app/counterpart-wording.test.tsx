/**
 * On Temu the buyer never writes to a seller: Temu's own support answers in a chat
 * (issue 13). Every text of the order page that names the seller takes its Temu wording
 * on a Temu order, from the same counterpart model the drafts use (lib/drafts/counterpart.ts),
 * and stays the seller's on an AliExpress order.
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/schema/order';
import { LOCALES, translate } from '../../../lib/i18n';
import { allTables } from '../../../lib/i18n/translate';
import { counterpartWording } from '../../../lib/drafts/counterpart';
import { testOrder } from './test-order';
import { orderPage } from './order-page';

const NOW = Date.UTC(2026, 11, 2);

function order(marketplace: Order['marketplace']): Order {
  return testOrder('7', NOW, { marketplace, orderNumber: marketplace === 'temu' ? 'PO-211-21905452099192797' : '8100000000000007' });
}

const tabsOf = () => within(screen.getByRole('navigation')).getAllByRole('link').map((link) => link.textContent);

afterEach(cleanup);
// The composer is a lazy chunk (components/lazyView.tsx): load it once before the tests look for it.
beforeAll(async () => {
  await import('../../../components/DraftComposer');
});

describe('the order page names who the buyer writes to', () => {
  it.each(LOCALES)('%s: a Temu order’s composer tab says Temu support, an AliExpress order’s the seller', (locale) => {
    const seller = translate(locale, 'compose.tab.drafts');
    orderPage(order('temu'), 'overview', locale);
    const temuTabs = tabsOf();
    expect(temuTabs).not.toContain(seller);
    expect(temuTabs.some((label) => label?.includes('Temu'))).toBe(true);
    cleanup();
    orderPage(order('aliexpress'), 'overview', locale);
    expect(tabsOf()).toContain(seller);
    expect(tabsOf().some((label) => label?.includes('Temu'))).toBe(false);
  });

  it('the composer on a Temu order: heading, explanation and tone hints name Temu support, never the seller', async () => {
    const { container } = orderPage(order('temu'), 'drafts');
    const heading = await screen.findByRole('heading', { level: 3 });
    expect(heading.textContent).toBe('Message to Temu support');
    const composer = container.querySelector('.composer')!;
    // The sentences below the form are the English message itself (it may say "seller" nowhere either, see tests/unit/drafts/temu.test.ts);
    // the UI around it is what this test reads: everything before the preview.
    const ui = [...composer.querySelectorAll('h3, p.muted, legend, label, .hint')].map((node) => node.textContent ?? '').join('\n');
    expect(ui).toContain('Temu support');
    expect(ui).not.toMatch(/\bseller\b/i);
  });

  it('the composer on an AliExpress order keeps the seller wording', async () => {
    const { container } = orderPage(order('aliexpress'), 'drafts');
    const heading = await screen.findByRole('heading', { level: 3 });
    expect(heading.textContent).toBe(translate('en', 'drafts.composer.title'));
    const ui = [...container.querySelectorAll('.composer p.muted, .composer .hint')].map((node) => node.textContent ?? '').join('\n');
    expect(ui).toContain(translate('en', 'compose.draft.intro'));
    expect(ui).not.toContain('Temu');
  });

  it('the messages tab of a Temu order is the conversation with Temu support', () => {
    orderPage(order('temu'), 'messages');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Conversation with Temu support');
    cleanup();
    orderPage(order('aliexpress'), 'messages');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe(translate('en', 'compose.messages.title'));
  });
});

describe('counterpart wordings in the catalogs', () => {
  const tables = allTables();
  const worded = Object.keys(tables.en).filter((key) => tables.en[`${key}.temu`] !== undefined);

  it('Temu words the seller as its own support; AliExpress, other marketplaces and orders without one do not', () => {
    expect(counterpartWording('temu')).toBe('temu');
    for (const marketplace of ['aliexpress', 'amazon', 'other', undefined] as const) expect(counterpartWording(marketplace)).toBeUndefined();
    expect(worded.length).toBeGreaterThanOrEqual(10);
  });

  it.each(LOCALES)('%s: every Temu wording differs from the seller’s', (locale) => {
    for (const key of worded) expect(tables[locale][`${key}.temu`], `${locale} ${key}`).not.toBe(tables[locale][key]);
  });
});
