/**
 * The return/refund screen of an order says how to send the text in the order's
 * marketplace's own menus (its `claim`, lib/marketplaces/<id>/claim.ts): Temu's
 * Return/Refund path on a Temu order, AliExpress's dispute form, unchanged, on an AliExpress one.
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/schema/order';
import { LOCALES, translate } from '../../../lib/i18n';
import { claimProcedureFor } from '../../../lib/marketplaces/registry';
import { testOrder } from './test-order';
import { orderPage } from './order-page';

const NOW = Date.UTC(2026, 11, 2);
const order = (marketplace: Order['marketplace']) => testOrder('8', NOW, { marketplace, orderNumber: marketplace === 'temu' ? 'PO-211-21905452099192798' : '8100000000000008' });

afterEach(cleanup);
// The screen is a lazy chunk (components/lazyView.tsx): load it once before the tests look for it.
beforeAll(async () => {
  await import('../../../components/DisputeTextView');
});

describe('the return/refund screen of an order', () => {
  it.each(LOCALES)('%s: a Temu order lists Temu’s steps, in order, under Temu’s explanation', async (locale) => {
    const { container } = orderPage(order('temu'), 'dispute', locale);
    const heading = await screen.findByRole('heading', { name: translate(locale, 'compose.dispute.steps') });
    const steps = within(heading.closest('section')!).getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toEqual(claimProcedureFor('temu').steps.map((key) => translate(locale, key)));
    expect(container.textContent).toContain(translate(locale, 'compose.claim.temu.intro'));
    expect(container.textContent).not.toContain(translate(locale, 'compose.dispute.intro'));
  });

  it('an AliExpress order keeps the dispute form’s explanation and lists no steps', async () => {
    const { container } = orderPage(order('aliexpress'), 'dispute');
    await screen.findByRole('heading', { name: translate('en', 'drafts.dispute.title') });
    expect(container.textContent).toContain(translate('en', 'compose.dispute.intro'));
    expect(screen.queryByRole('heading', { name: translate('en', 'compose.dispute.steps') })).toBeNull();
    expect(container.textContent).not.toContain('Temu');
  });

  it('a Temu order’s screen is a refund request, not a dispute', async () => {
    orderPage(order('temu'), 'dispute');
    expect((await screen.findByRole('heading', { level: 3 })).textContent).toBe('Refund request text');
    expect(within(screen.getByRole('navigation')).getByRole('link', { name: 'Refund request' })).toBeTruthy();
  });
});
