import { describe, expect, it } from 'vitest';
import { translate } from '../../../lib/i18n';
import {
  DISPUTE_SOLUTIONS,
  NOT_AS_DESCRIBED_REASONS,
  NOT_RECEIVED_REASONS,
  buildDisputeText,
  deadlineNotice,
  disputeDeadline,
  solutionsFor,
  type DisputeRequest,
  type DraftContext,
  type EvidenceSummary,
} from '../../../lib/drafts';
import { LOCALES } from '../../../lib/i18n/locales';
import { FULL_CONTEXT, NOW, contexts } from './combinations';
import { englishProblems, glossProblems } from './quality';

const DAY = 24 * 60 * 60 * 1000;
const REASONS = [...NOT_RECEIVED_REASONS, ...NOT_AS_DESCRIBED_REASONS];
const EVIDENCE: (EvidenceSummary | undefined)[] = [
  undefined,
  {},
  { photos: 1 },
  { photos: 3, videos: 1 },
  { videos: 2, screenshots: 1, chat: true },
  { photos: 1, videos: 1, screenshots: 5, chat: true, tracking: true },
];

describe('dispute text, every reason × solution × evidence × order facts', () => {
  for (const reason of REASONS) {
    it(reason, () => {
      const problems: string[] = [];
      for (const solution of DISPUTE_SOLUTIONS) {
        const partials: DisputeRequest['partial'][] = solution === 'partial-refund' ? [undefined, { kind: 'amount', amount: { amount: 5, currency: 'USD' } }, { kind: 'percent', percent: 40 }] : [undefined];
        for (const partial of partials) {
          for (const evidence of EVIDENCE) {
            const variants: { items?: number; mismatch?: DisputeRequest['mismatch'] }[] =
              reason === 'short-quantity' ? [{}, { items: 1 }, { items: 4 }] : reason === 'size-colour-material' ? [{}, { mismatch: 'size' }, { mismatch: 'colour' }, { mismatch: 'material' }] : [{}];
            for (const { items, mismatch } of variants) {
              for (const contactedSeller of [false, true]) {
                for (const context of contexts(['orderDate', 'shipDate', 'itemTitle', 'total', 'trackingNumber'])) {
                  const dispute = buildDisputeText({ reason, solution, ...(partial ? { partial } : {}), ...(evidence ? { evidence } : {}), ...(items ? { items } : {}), ...(mismatch ? { mismatch } : {}), ...(contactedSeller ? { ordered: 'black', received: 'blue', detail: 'the seller agreed in the chat' } : {}), contactedSeller, context });
                  for (const sentence of dispute.sentences) problems.push(...englishProblems(sentence.english), ...glossProblems(sentence));
                  if (/ {2,}/.test(dispute.text)) problems.push(`spacing: ${dispute.text}`);
                  if (!dispute.sentences.some((s) => s.id === `dispute.reason.${reason}`)) problems.push(`no reason sentence: ${dispute.text}`);
                  if (problems.length > 20) break;
                }
              }
            }
          }
        }
      }
      expect(problems.slice(0, 20)).toEqual([]);
    }, 120_000);
  }

  it('offers only a full refund when the item never arrived', () => {
    for (const reason of NOT_RECEIVED_REASONS) expect(solutionsFor(reason)).toEqual(['full-refund']);
    for (const reason of NOT_AS_DESCRIBED_REASONS) expect(solutionsFor(reason)).toEqual(['full-refund', 'partial-refund', 'return-and-refund']);
    const dispute = buildDisputeText({ reason: 'in-transit', solution: 'return-and-refund', context: FULL_CONTEXT });
    expect(dispute.solution).toBe('full-refund');
    expect(dispute.text).toContain('I request a full refund of 1,234.50 USD.');
  });

  it('lists the evidence with counts and plurals', () => {
    const text = (evidence: EvidenceSummary) => buildDisputeText({ reason: 'damaged', solution: 'full-refund', evidence, context: FULL_CONTEXT }).text;
    expect(text({ photos: 1, videos: 1 })).toContain('Evidence attached: 1 photo and 1 video.');
    expect(text({ photos: 2, screenshots: 3, chat: true })).toContain('Evidence attached: 2 photos, 3 screenshots and the chat history with the seller.');
    expect(text({})).not.toContain('Evidence');
  });

  it('words short quantity for one and for several items', () => {
    const one = buildDisputeText({ reason: 'short-quantity', solution: 'full-refund', items: 1, context: FULL_CONTEXT });
    const five = buildDisputeText({ reason: 'short-quantity', solution: 'full-refund', items: 5, context: FULL_CONTEXT });
    const oneSentence = one.sentences.find((s) => s.id === 'dispute.reason.short-quantity')!;
    const fiveSentence = five.sentences.find((s) => s.id === 'dispute.reason.short-quantity')!;
    expect(oneSentence.gloss.ru).toBe('Посылка неполная: из заказанных товаров не пришёл 1.');
    expect(fiveSentence.gloss.ru).toBe('Посылка неполная: из заказанных товаров не пришло 5.');
    expect(fiveSentence.gloss.pl).toBe('Paczka była niepełna: z zamówionych sztuk nie dotarło 5.');
  });

  it('keeps the dispute deadline in view', () => {
    const at = NOW + 3 * DAY + 60_000;
    expect(disputeDeadline({ ...FULL_CONTEXT, disputeDeadline: at })).toEqual({ at, daysLeft: 3, passed: false });
    expect(disputeDeadline({ ...FULL_CONTEXT, disputeDeadline: NOW + 3_600_000 })).toEqual({ at: NOW + 3_600_000, daysLeft: 0, passed: false });
    expect(disputeDeadline({ ...FULL_CONTEXT, disputeDeadline: NOW - 1 })?.passed).toBe(true);
    expect(disputeDeadline({ orderNumber: '1', now: NOW })).toBeUndefined();

    const notice = deadlineNotice({ at: Date.UTC(2026, 2, 10, 12), daysLeft: 3, passed: false }, 'uk', 'UTC');
    expect(translate('uk', notice.key, notice.params)).toBe('Відкрийте спір до 10 березня 2026 р.: лишилося 3 дні.');
    const today = deadlineNotice({ at: Date.UTC(2026, 2, 7, 20), daysLeft: 0, passed: false }, 'en', 'UTC');
    expect(translate('en', today.key, today.params)).toBe('Today, 7 March 2026, is the last day to open the dispute.');
    const passed = deadlineNotice({ at: Date.UTC(2026, 2, 1), daysLeft: 0, passed: true }, 'pl', 'UTC');
    expect(translate('pl', passed.key, passed.params)).toContain('1 marca 2026');
    for (const locale of LOCALES) {
      const line = deadlineNotice({ at: Date.UTC(2026, 2, 10), daysLeft: 21, passed: false }, locale, 'UTC');
      expect(translate(locale, line.key, line.params)).toMatch(/21/);
    }
  });

  it('respects the length limit and warns when over', () => {
    const context: DraftContext = { ...FULL_CONTEXT };
    const normal = buildDisputeText({ reason: 'damaged', solution: 'full-refund', context });
    expect(normal.limit).toBe(1000);
    expect(normal.overLimit).toBe(false);
    const tight = buildDisputeText({ reason: 'damaged', solution: 'full-refund', context, limit: 50 });
    expect(tight.overLimit).toBe(true);
    expect(tight.length).toBe(tight.text.length);
    const none = buildDisputeText({ reason: 'damaged', solution: 'full-refund', context, limit: null });
    expect(none.limit).toBeUndefined();
    expect(none.overLimit).toBe(false);
  });
});
