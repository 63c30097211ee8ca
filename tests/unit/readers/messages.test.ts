import { describe, expect, it } from 'vitest';
import { messageFingerprint, readAliExpressPage } from '../../../lib/marketplaces/aliexpress/readers';
import { pageCaptureSchema } from '../../../lib/schema/capture';
import { DAY, ENGINES, loadFixture, local } from './fixture';

const now = local(2026, 3, 10, 12, 0);
const EN_URL = 'https://www.aliexpress.com/p/message/index.html?sellerId=2201234567&orderId=8181234567890123';
const RU_URL = 'https://www.aliexpress.com/p/message/index.html?sellerId=2205555555';

describe.each(ENGINES)('message pages in %s', (engine) => {
  it('reads the English conversation with authors and times, and its order', () => {
    const capture = readAliExpressPage(loadFixture('messages-en.html', engine), new URL(EN_URL), now);
    expect(pageCaptureSchema.parse(capture)).toEqual(capture);
    expect(capture.kind).toBe('messages');
    expect(capture.missing).toEqual([]);
    const order = '8181234567890123';
    expect(capture.messages.map(({ fingerprint: _, ...message }) => message)).toEqual([
      // The order card; its time comes from the "Mar 8, 2026" divider above it.
      { author: 'system', text: 'Order ID: 8181234567890123 View order', sentAt: local(2026, 3, 8), orderNumber: order },
      {
        author: 'buyer',
        text: 'Hello, my order has not been updated for 10 days.\nCould you send me the tracking number?',
        sentAt: local(2026, 3, 8, 9, 31),
        orderNumber: order,
      },
      {
        author: 'seller',
        text: 'Hello friend, the tracking number is LP00123456789012. Please wait patiently.',
        sentAt: local(2026, 3, 8, 14, 2),
        orderNumber: order,
      },
      { author: 'buyer', text: 'ok', sentAt: local(2026, 3, 9, 18, 40), orderNumber: order },
      // No own time: the "Yesterday" divider.
      { author: 'buyer', text: 'ok', sentAt: local(2026, 3, 9), orderNumber: order },
      { author: 'seller', text: 'Dear, the parcel is in your country now.', sentAt: local(2026, 3, 10, 10, 15), orderNumber: order },
    ]);
    // The conversation list on the left ("Thank you for your order!") is not the conversation.
    expect(capture.messages.some((message) => message.text.includes('Thank you for your order'))).toBe(false);
    expect(capture.orders).toEqual([
      {
        orderNumber: order,
        marketplace: 'aliexpress',
        orderUrl: 'https://www.aliexpress.com/p/order/detail.html?orderId=8181234567890123',
        store: { name: 'Shenzhen Gadget Store', url: 'https://www.aliexpress.com/store/1101234567', storeId: '1101234567' },
        items: [],
        status: 'unknown',
        missing: [],
      },
    ]);
  });

  it('reads roles from data attributes and the order from the order card when the URL has none', () => {
    const capture = readAliExpressPage(loadFixture('messages-ru-editable.html', engine), new URL(RU_URL), now);
    expect(pageCaptureSchema.parse(capture)).toEqual(capture);
    const order = '5012345678901234';
    expect(capture.messages.map(({ fingerprint: _, ...message }) => message)).toEqual([
      { author: 'system', text: 'Заказ № 5012345678901234 Подробнее', orderNumber: order },
      { author: 'buyer', text: 'Здравствуйте! Посылка не отслеживается уже две недели.', sentAt: local(2026, 3, 8, 9, 31), orderNumber: order },
      { author: 'seller', text: 'Здравствуйте, друг! Пожалуйста, подождите ещё 10 дней.', sentAt: local(2026, 3, 8, 11, 5), orderNumber: order },
      { author: 'buyer', text: 'Прошу продлить защиту покупателя на 15 дней.', sentAt: local(2026, 3, 9, 20, 45), orderNumber: order },
    ]);
    // The order card carries no time of its own.
    expect(capture.missing).toEqual(['message-time']);
    expect(capture.orders[0]?.store).toEqual({ name: 'Магазин Электроники', url: 'https://aliexpress.ru/store/1109876543', storeId: '1109876543' });
  });

  it('reports an empty message page', () => {
    const url = 'https://www.aliexpress.com/p/message/index.html';
    const capture = readAliExpressPage(loadFixture('messages-empty.html', engine), new URL(url), now);
    expect(capture).toEqual({ kind: 'messages', url, orders: [], messages: [], missing: ['messages', 'order-number', 'message-box'] });
  });
});

describe('fingerprints', () => {
  it('are the same when the conversation is captured again the next day', () => {
    const today = readAliExpressPage(loadFixture('messages-en.html'), new URL(EN_URL), now);
    // A day later the site shows yesterday's times as "Yesterday", and today's as the
    // day before's: rewrite the fixture the way the page would look.
    const html = loadFixture('messages-en.html');
    for (const element of Array.from(html.querySelectorAll('.message-item-time, .message-time-divider'))) {
      const text = element.textContent ?? '';
      if (text === 'Yesterday') element.textContent = 'Mar 9, 2026';
      else if (text === 'Yesterday 18:40') element.textContent = 'Mar 9, 2026 18:40';
      else if (text === 'Today') element.textContent = 'Yesterday';
      else if (text === '10:15') element.textContent = 'Yesterday 10:15';
    }
    const tomorrow = readAliExpressPage(html, new URL(EN_URL), now + DAY);
    expect(tomorrow.messages.map((message) => message.sentAt)).toEqual(today.messages.map((message) => message.sentAt));
    expect(tomorrow.messages.map((message) => message.fingerprint)).toEqual(today.messages.map((message) => message.fingerprint));
  });

  it('keep two identical messages of the same day apart', () => {
    const capture = readAliExpressPage(loadFixture('messages-en.html'), new URL(EN_URL), now);
    const fingerprints = capture.messages.map((message) => message.fingerprint);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);
  });

  it('ignore whitespace and the time of day, but not author, text or day', () => {
    const base = { author: 'buyer' as const, text: 'Please send the tracking number.', sentAt: local(2026, 3, 8, 9, 31) };
    const same = messageFingerprint(base);
    expect(messageFingerprint({ ...base, text: '  Please send the\n tracking   number. ' })).toBe(same);
    expect(messageFingerprint({ ...base, sentAt: local(2026, 3, 8, 23, 59) })).toBe(same);
    expect(messageFingerprint({ ...base, author: 'seller' })).not.toBe(same);
    expect(messageFingerprint({ ...base, text: 'Please send the tracking number!' })).not.toBe(same);
    expect(messageFingerprint({ ...base, sentAt: local(2026, 3, 9, 9, 31) })).not.toBe(same);
    expect(messageFingerprint(base, 1)).not.toBe(same);
    expect(same).toMatch(/^m1-[0-9a-z]+-[0-9a-z]+$/);
  });
});
