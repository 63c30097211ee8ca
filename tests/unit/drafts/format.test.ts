import { describe, expect, it } from 'vitest';
import { buildDraft, formatEnglishDate, formatEnglishMoney, formatGlossMoney, limitFor, protectionDaysLeft } from '../../../lib/drafts';
import { inlineText } from '../../../lib/drafts/english';
import { FULL_CONTEXT, NOW } from './combinations';

describe('English facts', () => {
  it('writes dates day-month-year with the month in words', () => {
    expect(formatEnglishDate(Date.UTC(2026, 2, 12, 10), 'UTC')).toBe('12 March 2026');
    expect(formatEnglishDate(Date.UTC(2026, 0, 1, 0, 30), 'UTC')).toBe('1 January 2026');
    // The buyer's zone decides the day: 23:30 UTC is already the next day in Kyiv.
    expect(formatEnglishDate(Date.UTC(2026, 2, 12, 23, 30), 'Europe/Kyiv')).toBe('13 March 2026');
  });

  it('writes money as amount and ISO code', () => {
    expect(formatEnglishMoney({ amount: 12.5, currency: 'USD' })).toBe('12.50 USD');
    expect(formatEnglishMoney({ amount: 1234.5, currency: 'USD' })).toBe('1,234.50 USD');
    expect(formatEnglishMoney({ amount: 1500, currency: 'JPY' })).toBe('1,500 JPY');
    expect(formatGlossMoney({ amount: 1234.5, currency: 'USD' }, 'pl')).toBe('1234,50 USD');
    expect(formatGlossMoney({ amount: 12.5, currency: 'EUR' }, 'el')).toBe('12,50 EUR');
  });

  it('makes typed and page text safe inside a sentence', () => {
    expect(inlineText('  size M,\n black. ', 60)).toBe('size M, black');
    expect(inlineText('{order} hack', 60)).toBe('order hack');
    expect(inlineText('   ', 60)).toBeUndefined();
    expect(inlineText('Wireless earbuds Bluetooth 5.3 with charging case and long battery life', 50)).toBe('Wireless earbuds Bluetooth 5.3 with charging case…');
  });

  it('takes the page’s days left over a computed figure', () => {
    const end = NOW + 4.5 * 24 * 60 * 60 * 1000;
    expect(protectionDaysLeft({ orderNumber: '1', now: NOW, protectionEndsAt: end })).toBe(4);
    expect(protectionDaysLeft({ orderNumber: '1', now: NOW, protectionEndsAt: end, daysLeft: 6 })).toBe(6);
    expect(protectionDaysLeft({ orderNumber: '1', now: NOW, protectionEndsAt: NOW - 1 })).toBeUndefined();
  });
});

describe('bad input never reaches the English', () => {
  it('drops amounts and counts that are not real numbers', () => {
    const draft = buildDraft({
      situation: 'damaged',
      tone: 'firm',
      answers: { want: 'partial-refund', partial: { kind: 'amount', amount: { amount: Number.NaN, currency: 'USD' } } },
      context: { ...FULL_CONTEXT, total: { amount: Number.POSITIVE_INFINITY, currency: 'USD' } },
    });
    expect(draft.text).not.toMatch(/NaN|Infinity|undefined/);
    expect(draft.text).toContain('I will keep the item only with a partial refund.');
    const days = buildDraft({ situation: 'refund-missing', tone: 'polite', answers: { refundAfter: 'cancelled', days: -3 }, context: FULL_CONTEXT });
    expect(days.text).toContain('My order 8123456789012345 was cancelled, but');
  });

  it('ignores answers to questions the situation does not ask', () => {
    const draft = buildDraft({ situation: 'ask-tracking', tone: 'polite', answers: { want: 'refund', evidence: true }, context: FULL_CONTEXT });
    expect(draft.text).not.toMatch(/refund|photos/);
  });
});

describe('message length limit', () => {
  it('has a cautious AliExpress chat limit and none for unknown marketplaces', () => {
    expect(limitFor('aliexpress', 'chat')).toBe(1000);
    expect(limitFor(undefined, 'chat')).toBe(1000);
    expect(limitFor('temu', 'chat')).toBeUndefined();
  });

  it('keeps every full draft within the chat limit', () => {
    const draft = buildDraft({ situation: 'damaged', tone: 'firm', answers: { want: 'return', evidence: true }, context: FULL_CONTEXT });
    expect(draft.length).toBeLessThan(1000);
    expect(draft.overLimit).toBe(false);
  });

  it('warns when a draft is over the limit', () => {
    const draft = buildDraft({ situation: 'damaged', tone: 'firm', answers: { want: 'return' }, context: FULL_CONTEXT, limit: 120 });
    expect(draft.limit).toBe(120);
    expect(draft.length).toBeGreaterThan(120);
    expect(draft.overLimit).toBe(true);
    const temu = buildDraft({ situation: 'thanks', tone: 'polite', context: { ...FULL_CONTEXT, marketplace: 'temu' } });
    expect(temu.limit).toBeUndefined();
    expect(temu.overLimit).toBe(false);
    // On Temu the message goes to Temu support: no greeting by the seller's name.
    expect(temu.text.startsWith('Hello!')).toBe(true);
  });
});

describe('hostile page text going into an English draft (issue 8 #9)', () => {
  const hostile = 'Cool\u0000 <img src=x onerror=alert(1)>earbuds\u202e gpj.exe\u200b\u2066 {{price}} <b>Pro</b> \u0007case';

  it('takes a cleaned, shortened product title: no markup, controls, bidi or zero-width characters', () => {
    const draft = buildDraft({ situation: 'thanks', tone: 'polite', context: { ...FULL_CONTEXT, itemTitle: `${hostile} ${'x'.repeat(300)}` } });
    const intro = draft.sentences.find((s) => s.id === 'thanks.received')!;
    for (const text of [...draft.sentences.map((s) => s.english), ...Object.values(intro.gloss)]) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff<>{}]/);
      expect(text).not.toMatch(/onerror|<img|<b>/);
    }
    expect(draft.text).toContain('Cool earbuds gpj.exe price Pro case');
    // Shortened: a long title does not swallow the message.
    expect(intro.english.length).toBeLessThan(140);
  });

  it('cleans the store name and the buyer’s own text the same way', () => {
    const draft = buildDraft({ situation: 'damaged', tone: 'polite', answers: { detail: `the box\u202e was <script>x</script> crushed\u0000` }, context: { ...FULL_CONTEXT, storeName: `Shop\u200b<svg onload=1>` } });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(draft.text).not.toMatch(/[\u0000\u202e\u200b<>]/);
    expect(draft.text).toContain('The box was x crushed.');
  });
});
