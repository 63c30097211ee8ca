import { describe, expect, it } from 'vitest';
import { buildOrderRows, matchesFilter, matchesSearch } from '../../../lib/app/order-list';
import type { Order } from '../../../lib/schema/order';
import { testOrder } from './test-order';
import type { StoredDeadline } from '../../../lib/schema/deadline';
import { isActionDeadline, type DeadlineKind } from '../../../lib/deadlines/kinds';

const NOW = Date.UTC(2026, 10, 20);
const DAY = 86_400_000;

function order(id: string, patch: Partial<Order> = {}): Order {
  return testOrder(id, NOW, patch);
}

function deadline(orderId: string, kind: DeadlineKind, dueAt: number): StoredDeadline {
  return {
    id: `${orderId}:${kind}`,
    orderId,
    kind,
    dueAt,
    ruleId: 'r',
    source: { origin: 'documents', seeds: [], publicSources: false },
    estimate: false,
    overridden: false,
    actionable: isActionDeadline(kind) ? 1 : 0,
    derivation: { basis: 'shipped', days: 0, from: 0, alternatives: [] },
  };
}

describe('order list', () => {
  const orders = [
    order('1'),
    order('2'),
    order('3', { status: 'completed' }),
    order('4'),
    order('5', { status: 'dispute', items: [{ title: 'Łódź mug', quantity: 1 }] }),
  ];
  const deadlines = [
    deadline('1', 'protection-end', NOW + 10 * DAY),
    deadline('2', 'protection-end', NOW + 2 * DAY),
    deadline('2', 'dispute-last-day', NOW + 17 * DAY),
    deadline('3', 'protection-end', NOW - DAY),
    deadline('5', 'dispute-last-day', NOW - 2 * DAY),
    // A passed milestone alone does not make an order overdue.
    deadline('4', 'dispute-opens', NOW - 5 * DAY),
  ];
  const rows = buildOrderRows(orders, deadlines, NOW);

  it('sorts overdue first, then by the nearest deadline, then orders without one, done last', () => {
    expect(rows.map((r) => r.order.id)).toEqual(['5', '2', '1', '4', '3']);
  });

  it('shows the nearest upcoming deadline of each order, else the last one passed', () => {
    expect(rows.find((r) => r.order.id === '2')?.next?.kind).toBe('protection-end');
    expect(rows.find((r) => r.order.id === '4')?.next?.kind).toBe('dispute-opens');
    expect(rows.find((r) => r.order.id === '4')?.overdue).toBe(false);
  });

  it('filters', () => {
    const ids = (f: Parameters<typeof matchesFilter>[1]) => rows.filter((r) => matchesFilter(r, f)).map((r) => r.order.id);
    expect(ids('done')).toEqual(['3']);
    expect(ids('dispute')).toEqual(['5']);
    expect(ids('overdue')).toEqual(['5']);
    expect(ids('open')).toEqual(['5', '2', '1', '4']);
    expect(ids('all')).toHaveLength(5);
  });

  it('searches case- and accent-insensitively', () => {
    expect(rows.filter((r) => matchesSearch(r, 'lodz')).map((r) => r.order.id)).toEqual(['5']);
    expect(rows.filter((r) => matchesSearch(r, 'STORE 4')).map((r) => r.order.id)).toEqual(['4']);
    expect(rows.filter((r) => matchesSearch(r, '  ')).length).toBe(5);
  });
});
