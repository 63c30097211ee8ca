import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { auditDeadlines, auditFileSchema } from '../../../lib/cli/deadline-audit';
import { DEADLINE_KINDS } from '../../../lib/deadlines/kinds';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');
const KYIV = 'Europe/Kyiv';
const NOW = Date.parse('2026-03-24T10:00:00Z');

const FILE = {
  orders: [
    { marketplace: 'aliexpress', orderNumber: '8345678901234567', status: 'completed', shippedAt: '2026-03-05T08:00:00Z', receiptConfirmedAt: '2026-03-22T12:05:00Z' },
    { marketplace: 'aliexpress', orderNumber: '8100000000000002', status: 'shipped', shippedAt: '2026-03-01T10:00:00Z', protectionEndsAt: '2026-04-20T21:30:00Z' },
    { marketplace: 'other', orderNumber: 'A-1', status: 'shipped', shippedAt: '2026-03-01T10:00:00Z', protectionDays: 30 },
  ],
};

describe('deadline audit', () => {
  const [confirmed, countdown, other] = auditDeadlines(auditFileSchema.parse(FILE).orders, KYIV, NOW);

  it('gives each order its deadlines with kinds of lib/deadlines/kinds.ts, ISO instants and zone dates', () => {
    for (const line of [confirmed, countdown, other]) {
      for (const d of line!.deadlines) {
        expect(DEADLINE_KINDS).toContain(d.kind);
        expect(new Date(d.dueAt).toISOString()).toBe(d.dueAt);
        expect(d.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(d.source).toMatch(/^Source: /);
      }
    }
  });

  it('counts the dispute last day from the receipt confirmation, in calendar days of the zone', () => {
    const lastDay = confirmed!.deadlines.find((d) => d.kind === 'dispute-last-day');
    // Confirmed Mar 22 14:05 Kyiv (EET); 14 days later is Apr 5 14:05 Kyiv, now EEST (+3).
    expect(lastDay).toMatchObject({ dueAt: '2026-04-05T11:05:00.000Z', dueDate: '2026-04-05', estimate: true, rule: 'aliexpress.dispute-last-day-after-confirmation' });
    expect(confirmed!.deadlines.map((d) => d.kind)).not.toContain('protection-end');
  });

  it('takes a page countdown end as given, and the zone decides its date', () => {
    const end = countdown!.deadlines.find((d) => d.kind === 'protection-end');
    expect(end).toMatchObject({ dueAt: '2026-04-20T21:30:00.000Z', dueDate: '2026-04-21', estimate: false, rule: 'page-countdown', source: 'Source: the order page' });
    const [utcLine] = auditDeadlines(auditFileSchema.parse({ orders: [FILE.orders[1]] }).orders, 'UTC', NOW);
    expect(utcLine!.deadlines.find((d) => d.kind === 'protection-end')?.dueDate).toBe('2026-04-20');
  });

  it('gives a marketplace without rules only what the order states', () => {
    expect(other!.deadlines.map((d) => [d.kind, d.rule])).toEqual([['protection-end', 'protection-days']]);
    // 30 calendar days from Mar 1 12:00 Kyiv (EET, +2) is Mar 31 12:00 Kyiv, by then EEST (+3).
    expect(other!.deadlines[0]?.dueAt).toBe('2026-03-31T09:00:00.000Z');
  });

  it('rejects fields the order form does not have and instants that are not ISO 8601', () => {
    expect(auditFileSchema.safeParse({ orders: [{ ...FILE.orders[0], shipped: 'yes' }] }).success).toBe(false);
    expect(auditFileSchema.safeParse({ orders: [{ ...FILE.orders[0], shippedAt: '05.03.2026' }] }).success).toBe(false);
    expect(auditFileSchema.safeParse([FILE.orders[0]]).success).toBe(false);
  });
});

describe('npm run deadlines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deadlines-cli-'));
  const cli = (args: string[]) => run('npx', ['tsx', 'lib/cli/deadlines.ts', ...args], { cwd: ROOT, timeout: 90_000 });

  it('prints one JSON line per order', async () => {
    const file = join(dir, 'orders.json');
    writeFileSync(file, JSON.stringify(FILE));
    const { stdout } = await cli(['--time-zone', KYIV, '--now', '2026-03-24T10:00:00Z', file]);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { orderNumber: string });
    expect(lines.map((line) => line.orderNumber)).toEqual(['8345678901234567', '8100000000000002', 'A-1']);
  });

  it('answers a bad file with one error line and exit code 2', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"orders": [ {"orderNumber": ');
    const failure = await cli([bad]).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stdout).toBe('');
    expect(failure?.stderr.trim().split('\n')).toHaveLength(1);
    expect(failure?.stderr).toContain('bad.json: not JSON');
  });
});
