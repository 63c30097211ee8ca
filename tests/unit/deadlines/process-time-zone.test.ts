import { afterAll, describe, expect, it } from 'vitest';
import { computeDeadlines } from '../../../lib/deadlines/compute';
import { urgency } from '../../../lib/deadlines/urgency';
import { systemTimeZone } from '../../../lib/deadlines/zoned-time';

// Without an explicit zone the engine follows the process's (the browser's) zone.
// Node re-reads TZ when it changes, so each case sets it before any Date use.
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

// Shipped on Mar 25 2025 at 14:00 local; dispute opens Apr 4 at 14:00 local.
const cases = [
  { zone: 'Europe/Kyiv', shipped: utc(2025, 3, 25, 12), opens: utc(2025, 4, 4, 11) }, // +2 → +3
  { zone: 'Europe/Warsaw', shipped: utc(2025, 3, 25, 13), opens: utc(2025, 4, 4, 12) }, // +1 → +2
  { zone: 'Asia/Tbilisi', shipped: utc(2025, 3, 25, 10), opens: utc(2025, 4, 4, 10) }, // +4
  { zone: 'America/Sao_Paulo', shipped: utc(2025, 3, 25, 17), opens: utc(2025, 4, 4, 17) }, // −3
];

describe('following the process time zone (TZ)', () => {
  for (const { zone, shipped, opens } of cases) {
    it(`counts calendar days in ${zone}`, () => {
      process.env.TZ = zone;
      // ICU may report the older canonical name (Europe/Kiev) for Europe/Kyiv.
      expect([zone, zone.replace('Kyiv', 'Kiev')]).toContain(systemTimeZone());
      const [first] = computeDeadlines({ marketplace: 'aliexpress', status: 'shipped', shippedAt: shipped });
      expect(first).toMatchObject({ kind: 'dispute-opens', dueAt: opens });
    });
  }

  it('an explicit zone wins over the process zone', () => {
    process.env.TZ = 'America/Sao_Paulo';
    const [first] = computeDeadlines(
      { marketplace: 'aliexpress', status: 'shipped', shippedAt: utc(2025, 3, 25, 12) },
      { timeZone: 'Europe/Kyiv' },
    );
    expect(first?.dueAt).toBe(utc(2025, 4, 4, 11));
  });

  it('"today" follows the process zone too', () => {
    // 2025-04-10 22:00Z: Apr 11 01:00 in Kyiv, Apr 10 19:00 in São Paulo; now = Apr 10 09:00Z.
    const deadline = { kind: 'protection-end' as const, dueAt: utc(2025, 4, 10, 22) };
    process.env.TZ = 'America/Sao_Paulo';
    expect(urgency(deadline, utc(2025, 4, 10, 9))).toBe('today');
    process.env.TZ = 'Europe/Kyiv';
    expect(urgency(deadline, utc(2025, 4, 10, 9))).toBe('within-3-days');
  });
});
