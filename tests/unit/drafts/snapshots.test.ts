import { describe, expect, it } from 'vitest';
import { buildComplaint, buildDisputeText, buildDraft, complaintFromGuard, type DraftContext } from '../../../lib/drafts';

/*
 * Reviewed drafts, written out by hand. Each expected text was read as a
 * native English writer would read it; a change to a template must change
 * these on purpose.
 */

const NOW = Date.UTC(2026, 2, 7, 9, 30);
const base: DraftContext = { orderNumber: '8123456789012345', now: NOW, timeZone: 'UTC' };

describe('reviewed drafts', () => {
  it('asks politely for the tracking number of a shipped order', () => {
    const draft = buildDraft({
      situation: 'ask-tracking',
      tone: 'polite',
      context: { ...base, sellerName: 'Anna', orderDate: Date.UTC(2026, 1, 2, 14), shipDate: Date.UTC(2026, 1, 5, 3) },
    });
    expect(draft.text).toBe(
      'Hello, Anna!\n\n' +
        'I am writing about my order 8123456789012345, placed on 2 February 2026. ' +
        'The order was marked as shipped on 5 February 2026, but I cannot find a tracking number. ' +
        'Could you please send me the tracking number for this order?\n\n' +
        'Thank you in advance for your help.',
    );
    expect(draft.limit).toBe(1000);
    expect(draft.overLimit).toBe(false);
  });

  it('asks firmly to extend protection with one day left', () => {
    const draft = buildDraft({
      situation: 'protection-ending',
      tone: 'firm',
      context: { ...base, protectionEndsAt: Date.UTC(2026, 2, 12, 12), daysLeft: 1 },
    });
    expect(draft.text).toBe(
      'Hello.\n\n' +
        'I am writing about my order 8123456789012345. The parcel has still not arrived. ' +
        'The buyer protection for this order ends in 1 day, on 12 March 2026. ' +
        'Please extend the buyer protection time before it ends. ' +
        'If it is not extended, I will have to open a dispute for a full refund.\n\n' +
        'I look forward to your prompt reply.',
    );
    const protection = draft.sentences.find((s) => s.id === 'protection-ends')!;
    expect(protection.gloss.uk).toBe('Захист покупця для цього замовлення закінчується через 1 день, 12 березня 2026 р.');
    expect(protection.gloss.pl).toBe('Ochrona kupującego dla tego zamówienia kończy się za 1 dzień, 12 marca 2026.');
  });

  it('counts the days left from the end date when the page gave none', () => {
    const draft = buildDraft({ situation: 'protection-ending', tone: 'polite', context: { ...base, protectionEndsAt: Date.UTC(2026, 2, 12, 12) } });
    const protection = draft.sentences.find((s) => s.id === 'protection-ends')!;
    // 7 March 09:30 → 12 March 12:00 is 5 whole days and a bit.
    expect(protection.english).toBe('The buyer protection for this order ends in 5 days, on 12 March 2026.');
    expect(protection.gloss.ru).toBe('Защита покупателя по этому заказу заканчивается через 5 дней, 12 марта 2026 г.');
    expect(protection.gloss.ro).toBe('Protecția cumpărătorului pentru această comandă se încheie peste 5 zile, pe 12 martie 2026.');
  });

  it('offers politely to keep a damaged item for 30% back', () => {
    const draft = buildDraft({
      situation: 'damaged',
      tone: 'polite',
      answers: { want: 'partial-refund', partial: { kind: 'percent', percent: 30 }, evidence: true },
      context: { ...base, total: { amount: 24.9, currency: 'USD' }, itemTitle: 'Wireless earbuds with charging case' },
    });
    expect(draft.text).toBe(
      'Hello!\n\n' +
        'I am writing about my order 8123456789012345 (Wireless earbuds with charging case). ' +
        'The item arrived damaged. ' +
        'I know this can happen in transit, so I hope we can solve it together. ' +
        'I have photos that show the problem, and I can send them in this chat. ' +
        // 30% of 24.90 is 7.47.
        'I would accept a partial refund of 30% of the price (7.47 USD) and keep the item.\n\n' +
        'Thank you in advance for your help.',
    );
    const wish = draft.sentences.find((s) => s.id === 'want.partial-refund')!;
    expect(wish.gloss.pl).toBe('Zgodzę się na częściowy zwrot 30% ceny (7,47 USD) i zatrzymam produkt.');
  });

  it('asks firmly for two missing parts', () => {
    const draft = buildDraft({
      situation: 'missing-parts',
      tone: 'firm',
      answers: { items: 2, want: 'replacement', evidence: true },
      context: { ...base, itemTitle: 'Wireless earbuds with charging case' },
    });
    expect(draft.text).toBe(
      'Hello.\n\n' +
        'I am writing about my order 8123456789012345 (Wireless earbuds with charging case). ' +
        'The parcel arrived incomplete: 2 parts are missing. ' +
        'I have photos that show the problem, and I can send them in this chat. ' +
        'Please send me the missing parts at no extra cost. ' +
        'If we cannot agree, I will open a dispute on AliExpress.\n\n' +
        'I look forward to your prompt reply.',
    );
    expect(draft.sentences.find((s) => s.id === 'missing-parts.state')!.gloss.uk).toBe('Посилка надійшла неповною: бракує 2 деталей.');
  });

  it('refuses firmly to deal outside the platform', () => {
    const draft = buildDraft({ situation: 'refuse-off-platform', tone: 'firm', answers: { sellerRequest: 'off-platform' }, context: base });
    expect(draft.text).toBe(
      'Hello.\n\n' +
        'I am writing about my order 8123456789012345. ' +
        'I will not pay, talk or accept a refund outside AliExpress. ' +
        'Asking a buyer to leave the platform breaks AliExpress rules, and I will report it if it happens again.\n\n' +
        'I look forward to your prompt reply.',
    );
  });

  it('reports a refund missing for 21 days', () => {
    const draft = buildDraft({ situation: 'refund-missing', tone: 'polite', answers: { days: 21 }, context: { ...base, total: { amount: 1234.5, currency: 'USD' } } });
    expect(draft.sentences[1]!.english).toBe('My order 8123456789012345 was cancelled 21 days ago, but I have still not received the refund of 1,234.50 USD.');
    expect(draft.sentences[1]!.gloss.uk).toBe('Замовлення 8123456789012345 скасовано 21 день тому, але повернення коштів (1\u00a0234,50 USD) досі не надійшло.');
    // Ukrainian groups thousands with a no-break space, as Intl writes them.
  });
});

describe('reviewed dispute and complaint texts', () => {
  it('writes a not-received dispute with evidence', () => {
    const dispute = buildDisputeText({
      reason: 'in-transit',
      solution: 'full-refund',
      evidence: { screenshots: 1, tracking: true },
      context: { ...base, orderDate: Date.UTC(2026, 1, 2), shipDate: Date.UTC(2026, 1, 5), total: { amount: 24.9, currency: 'USD' }, disputeDeadline: Date.UTC(2026, 2, 27, 12) },
    });
    expect(dispute.text).toBe(
      'This dispute concerns my order 8123456789012345, placed on 2 February 2026. ' +
        'The seller shipped the order on 5 February 2026. ' +
        'The parcel is still in transit and has not reached me within the delivery time promised by the seller. ' +
        'I request a full refund of 24.90 USD. ' +
        'Evidence attached: 1 screenshot and the tracking history.',
    );
    expect(dispute.deadline).toEqual({ at: Date.UTC(2026, 2, 27, 12), daysLeft: 20, passed: false });
  });

  it('writes the off-line trading complaint the guard opens', () => {
    const complaint = complaintFromGuard(
      {
        category: 'offline-trading',
        contacts: [{ kind: 'whatsapp', value: '+86 138 0013 8000' }],
        pageUrl: 'https://www.aliexpress.com/item/1005006123456789.html?spm=a2g0o.detail&gatewayAdapt=glo2usa#nav',
      },
      { now: NOW },
    );
    expect(complaint.category).toBe('offline-trading');
    expect(complaint.formName).toBe('Influencing toward Off-line Trading');
    expect(complaint.link).toEqual({ kind: 'product', url: 'https://www.aliexpress.com/item/1005006123456789.html' });
    expect(complaint.description.text).toBe(
      'The seller tries to move buyers off AliExpress by asking them to talk or pay outside the platform. ' +
        'The seller gives this contact: WhatsApp +86 138 0013 8000. ' +
        'This is against AliExpress rules and exposes buyers to fraud. ' +
        'Please review this and take the necessary action.',
    );
  });

  it('writes a counterfeit complaint from a buyer who bought the item', () => {
    const complaint = buildComplaint(
      { problem: 'fake-brand', url: 'https://aliexpress.com/store/912345', orderNumber: '8123456789012345', storeName: 'Sunny Gadgets Store', evidence: { photos: 2 } },
      { now: NOW },
    );
    expect(complaint.category).toBe('counterfeit');
    expect(complaint.link).toEqual({ kind: 'store', url: 'https://aliexpress.com/store/912345' });
    expect(complaint.description.text).toBe(
      'The store is Sunny Gadgets Store. ' +
        'This listing presents a fake as a genuine branded product. ' +
        'I bought this product in order 8123456789012345, and what I received confirms the problem. ' +
        'Evidence attached: 2 photos. ' +
        'Please review this and take the necessary action.',
    );
  });
});
