import { describe, expect, it } from 'vitest';
import { aliexpressDeadlineRules } from '../../../lib/marketplaces/aliexpress/deadline-rules';
import type { DeadlineRule } from '../../../lib/deadlines/types';

const rules = Object.values(aliexpressDeadlineRules).filter((v): v is DeadlineRule => typeof v === 'object');

describe('AliExpress deadline rules as data', () => {
  it('has every rule the engine uses', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(
      [
        'aliexpress.complaint-answer-expected',
        'aliexpress.dispute-last-day',
        'aliexpress.dispute-last-day-after-confirmation',
        'aliexpress.dispute-opens',
        'aliexpress.extend-protection-ask',
        'aliexpress.marketplace-steps-in',
        'aliexpress.protection-after-delivery',
        'aliexpress.seller-response-due',
      ].sort(),
    );
  });

  it('every contested figure is an estimate', () => {
    for (const rule of rules) if (rule.alternatives.length > 0) expect(rule.estimate, rule.id).toBe(true);
  });

  it('every rule names a source, and the seeds it names exist', () => {
    const seeds = new Set(['000', '001', '002', '003', '004']);
    for (const rule of rules) {
      expect(rule.source.origin, rule.id).toBe('documents');
      expect(rule.source.seeds.length > 0 || rule.source.publicSources, rule.id).toBe(true);
      expect(rule.source.note.length, rule.id).toBeGreaterThan(10);
      for (const seed of rule.source.seeds) expect(seeds.has(seed), `${rule.id} seed ${seed}`).toBe(true);
    }
  });

  it('carries the figures DOMAIN.md gives', () => {
    const r = aliexpressDeadlineRules;
    expect([r.disputeOpens?.days, ...(r.disputeOpens?.alternatives ?? [])].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([5, 6, 10, 11]);
    expect(r.disputeOpens?.days).toBe(10); // seed 000
    expect(r.disputeLastDayAfterProtection?.days).toBe(14);
    expect(r.disputeLastDayAfterProtection?.alternatives).toEqual([15]);
    expect(r.sellerResponseDue?.days).toBe(5);
    expect(r.sellerResponseDue?.alternatives).toEqual([15]);
    expect(r.marketplaceStepsIn?.days).toBe(7);
    expect(r.complaintAnswerExpected?.days).toBe(5);
    expect(r.protectionAfterDelivery?.days).toBe(5);
    expect(r.extendProtectionAsk?.days).toBe(-5);
  });
});
