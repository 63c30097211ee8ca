import { describe, expect, it } from 'vitest';
import { draftContextFor, evidenceSummaryFor } from '../../../lib/app/draft-context';
import { buildDraft } from '../../../lib/drafts';
import { orderSchema, type Order } from '../../../lib/schema/order';
import type { StoredDeadline } from '../../../lib/schema/deadline';
import type { DeadlineKind } from '../../../lib/deadlines/kinds';

const NOW = Date.UTC(2026, 2, 1, 12);
const DAY = 86_400_000;

function order(overrides: Partial<Order> = {}): Order {
  return orderSchema.parse({
    id: 'o1',
    marketplace: 'aliexpress',
    orderNumber: '8123456789012345',
    store: { name: 'Sunny Store' },
    items: [
      { title: 'USB-C cable', quantity: 2 },
      { title: 'Charger', quantity: 1 },
    ],
    total: { amount: 12.5, currency: 'USD' },
    orderedAt: NOW - 30 * DAY,
    shippedAt: NOW - 25 * DAY,
    trackingNumber: 'LP00123456789012',
    status: 'shipped',
    source: 'manual',
    createdAt: NOW - 30 * DAY,
    updatedAt: NOW,
    ...overrides,
  });
}

function deadline(kind: DeadlineKind, dueAt: number): StoredDeadline {
  return {
    id: `o1:${kind}`,
    orderId: 'o1',
    kind,
    dueAt,
    ruleId: 'r',
    source: { origin: 'documents', seeds: [], publicSources: true },
    estimate: false,
    overridden: false,
    actionable: 1,
    derivation: { basis: 'shipped', days: 0, from: NOW, alternatives: [] },
  };
}

describe('the draft context of an order', () => {
  it('takes the order’s facts, the first item and the computed deadlines', () => {
    const protectionEnd = NOW + 5 * DAY;
    const lastDay = NOW + 20 * DAY;
    const context = draftContextFor(order(), [deadline('protection-end', protectionEnd), deadline('dispute-last-day', lastDay)], NOW, 'UTC');
    expect(context).toEqual({
      orderNumber: '8123456789012345',
      marketplace: 'aliexpress',
      now: NOW,
      timeZone: 'UTC',
      orderDate: NOW - 30 * DAY,
      shipDate: NOW - 25 * DAY,
      storeName: 'Sunny Store',
      itemTitle: 'USB-C cable',
      total: { amount: 12.5, currency: 'USD' },
      trackingNumber: 'LP00123456789012',
      protectionEndsAt: protectionEnd,
      disputeDeadline: lastDay,
    });
  });

  it('prefers the page’s own protection countdown to the computed end', () => {
    const fromPage = NOW + 3 * DAY;
    const context = draftContextFor(order({ protection: { endsAt: fromPage, seenAt: NOW, sourceText: '3 days left' } }), [deadline('protection-end', NOW + 9 * DAY)], NOW);
    expect(context.protectionEndsAt).toBe(fromPage);
    // With no dispute rule, the dispute must be opened before protection ends.
    expect(context.disputeDeadline).toBe(fromPage);
  });

  it('leaves out what the order does not know', () => {
    const bare = orderSchema.parse({ id: 'o2', marketplace: 'aliexpress', orderNumber: '8100000000000001', source: 'manual', createdAt: NOW, updatedAt: NOW });
    expect(draftContextFor(bare, [], NOW)).toEqual({ orderNumber: '8100000000000001', marketplace: 'aliexpress', now: NOW });
  });

  it('fills a "protection is running out" draft with the days left and the end date', () => {
    const end = Date.UTC(2026, 2, 6, 18);
    const context = draftContextFor(order(), [deadline('protection-end', end)], NOW, 'UTC');
    const draft = buildDraft({ situation: 'protection-ending', tone: 'firm', context });
    expect(draft.text).toContain('8123456789012345');
    expect(draft.text).toContain('The buyer protection for this order ends in 5 days, on 6 March 2026.');
  });
});

describe('the evidence summary of an order', () => {
  it('counts files by kind and lists the chat when messages are saved', () => {
    const files = [{ kind: 'photo' as const }, { kind: 'photo' as const }, { kind: 'video' as const }, { kind: 'document' as const }];
    expect(evidenceSummaryFor(files, 3)).toEqual({ photos: 2, videos: 1, chat: true });
    expect(evidenceSummaryFor([{ kind: 'screenshot' }], 0)).toEqual({ screenshots: 1 });
    expect(evidenceSummaryFor([], 0)).toEqual({});
  });
});
