// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppContext } from '../../../components/AppContext';
import { CaptureBar } from '../../../components/CaptureBar';
import { I18nProvider } from '../../../components/I18nContext';
import type { DataClient } from '../../../lib/data/client';
import { translate, type Locale } from '../../../lib/i18n';
import { capturedOrderSchema, pageCaptureSchema } from '../../../lib/schema/capture';
import { DEFAULT_SETTINGS } from '../../../lib/schema/settings';

/*
 * Issue 8 #4, "every failure shows a message and a retry": a "Track" whose write fails as a
 * whole (the worker stopped, storage refused) says so in the user's language and offers
 * "Try again"; a retry that fails again says so again; one that succeeds says what it saved.
 */

const ORDER = capturedOrderSchema.parse({
  orderNumber: '8100000000000001',
  marketplace: 'aliexpress',
  orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8100000000000001',
  items: [{ title: 'Desk lamp', quantity: 1 }],
  status: 'shipped',
  missing: [],
});
const CAPTURE = pageCaptureSchema.parse({ kind: 'order-detail', url: ORDER.orderUrl, orders: [ORDER], messages: [], missing: [] });

vi.mock('../../../lib/messaging/send', () => ({
  askPage: async (_mode: string, _tabId: number, request: { type: string }) => (request.type === 'page/capture' ? CAPTURE : undefined),
}));

afterEach(cleanup);

/** A data client whose first `failures` writes fail as a whole (the worker stopped mid-write), then succeed. */
function failingWrites(failures: number) {
  const calls: unknown[] = [];
  const data: DataClient = {
    subscribe: () => () => undefined,
    run: (name, args) => {
      calls.push([name, args]);
      return calls.length <= failures ? Promise.reject(new Error('disconnected')) : Promise.resolve({ added: 1, updated: 0, failed: [] } as never);
    },
  };
  return { data, calls };
}

function renderBar(locale: Locale, data: DataClient) {
  render(
    <I18nProvider locale={locale}>
      <AppContext.Provider value={{ mode: 'panel', tabId: 4, settings: DEFAULT_SETTINGS, data }}>
        <CaptureBar />
      </AppContext.Provider>
    </I18nProvider>,
  );
}

describe('the capture bar when saving fails', () => {
  it('says so, offers "Try again", says so again on a second failure and saves on the third try', async () => {
    const { data, calls } = failingWrites(2);
    renderBar('en', data);
    fireEvent.click(await screen.findByRole('button', { name: 'Track this order' }));
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('Saving failed and nothing was changed. Try again.'));

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[1]).toEqual(calls[0]); // the same orders, written again
    await waitFor(() => expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy());
    expect(status.textContent).toBe('Saving failed and nothing was changed. Try again.');

    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(status.textContent).toBe('Saved: 1 new, 0 updated.'));
    expect(calls).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
  });

  it('speaks the user’s language', async () => {
    const { data } = failingWrites(1);
    renderBar('uk', data);
    fireEvent.click(await screen.findByRole('button', { name: translate('uk', 'app.capture.trackOne') }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(translate('uk', 'safety.capture.failed')));
    expect(translate('uk', 'safety.capture.failed')).not.toBe(translate('en', 'safety.capture.failed'));
    expect(screen.getByRole('button', { name: translate('uk', 'safety.retry') })).toBeTruthy();
  });
});
