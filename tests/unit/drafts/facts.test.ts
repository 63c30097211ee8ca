import { describe, expect, it } from 'vitest';
import { buildComplaint, buildDisputeText, buildDraft, complaintFromGuard, SITUATIONS, TONES, type DraftAnswers, type DraftContext, type SituationId } from '../../../lib/drafts';

/*
 * The facts each draft must carry (issue 11): the order number, what
 * happened in the buyer's own answers, what is asked, and — in the firm
 * tone — the day to reply by. Expected values are worked out here from the
 * order below, not copied from the output.
 */

const DAY = 24 * 60 * 60 * 1000;
// Saturday 7 March 2026, 09:30 UTC.
const NOW = Date.UTC(2026, 2, 7, 9, 30);
const order: DraftContext = {
  orderNumber: '8123456789012345',
  orderDate: Date.UTC(2026, 1, 2, 14),
  shipDate: Date.UTC(2026, 1, 5, 3),
  itemTitle: 'Wireless earbuds with charging case',
  total: { amount: 24.9, currency: 'EUR' },
  trackingNumber: 'LP00123456789CN',
  protectionEndsAt: NOW + 20 * DAY,
  deliveredAt: NOW - 2 * DAY,
  sellerName: 'Anna',
  timeZone: 'UTC',
  now: NOW,
};
// Three days on from 7 March; protection ends later, so it does not pull the date in.
const REPLY_BY = 'Please reply by 10 March 2026.';

/** Per situation: answers a buyer would give, and what the English must then say. */
const CASES: Record<SituationId, { answers: DraftAnswers; says: readonly (string | RegExp)[] }> = {
  'seller-asks-cancel': { answers: { cancelReason: 'price-up' }, says: ['because the price has gone up', '24.90 EUR', 'cancel'] },
  'cancel-unshipped': { answers: { cancelWhy: 'handling-missed' }, says: ['placed on 2 February 2026', 'handling time', 'approve the cancellation'] },
  'ask-tracking': { answers: {}, says: ['shipped on 5 February 2026', 'tracking number'] },
  'tracking-stalled': { answers: { days: 12 }, says: ['12 days', 'LP00123456789CN'] },
  'protection-ending': { answers: {}, says: ['20 days', '27 March 2026', 'extend the buyer protection'] },
  customs: { answers: { customsIssue: 'fee', money: { amount: 8, currency: 'EUR' } }, says: ['a fee of 8.00 EUR', /customs/i, 'cover this fee'] },
  'delivered-not-received': { answers: { checkedLocally: true, want: 'refund' }, says: ['delivered on 5 March 2026', 'LP00123456789CN', 'neighbours', 'proof of delivery', 'full refund of 24.90 EUR'] },
  damaged: { answers: { want: 'partial-refund', partial: { kind: 'amount', amount: { amount: 8, currency: 'EUR' } }, evidence: true }, says: ['arrived damaged', 'partial refund of 8.00 EUR', /keep the item/, 'photos'] },
  'not-as-described': { answers: { mismatch: 'material', want: 'refund' }, says: ['The material is not the one stated', 'full refund of 24.90 EUR'] },
  'wrong-item': { answers: { wrongThing: 'size', ordered: 'size M', received: 'size S', want: 'replacement' }, says: ['I ordered size M, but I received size S.', 'replacement'] },
  'missing-parts': { answers: { items: 2, want: 'replacement' }, says: ['2 parts are missing', 'missing parts'] },
  'fewer-pieces': { answers: { orderedCount: 10, receivedCount: 6, want: 'partial-refund', partial: { kind: 'amount', amount: { amount: 8, currency: 'EUR' } } }, says: ['I ordered 10 pieces', 'only 6', '4 pieces are missing', 'partial refund of 8.00 EUR'] },
  'empty-parcel': { answers: { want: 'refund', evidence: true }, says: ['empty', 'full refund of 24.90 EUR'] },
  counterfeit: { answers: { want: 'refund' }, says: ['fake', 'full refund of 24.90 EUR'] },
  'partial-refund': { answers: { partial: { kind: 'percent', percent: 30 } }, says: ['30% of the price (7.47 EUR)', /keep/] },
  'return-shipping': { answers: { returnAsk: 'cost', want: 'refund' }, says: ['return shipping', 'full refund of 24.90 EUR'] },
  'warranty-refused': { answers: {}, says: ['warranty'] },
  'dispute-rejected': { answers: { disputeStage: 'low-offer', money: { amount: 3, currency: 'EUR' }, want: 'partial-refund', partial: { kind: 'amount', amount: { amount: 12, currency: 'EUR' } } }, says: ['offered me only 3.00 EUR', 'partial refund of 12.00 EUR', 'accept this offer'] },
  'dispute-escalate': { answers: { disputeStage: 'platform-decision', want: 'refund' }, says: ['disagree with the decision', 'review the dispute', 'full refund of 24.90 EUR'] },
  'refund-missing': { answers: { refundAfter: 'dispute-won', days: 25 }, says: ['closed in my favour', '24.90 EUR', '25 days ago', 'reference number'] },
  'payment-no-order': { answers: { paymentState: 'unpaid' }, says: ['The payment of 24.90 EUR', 'awaiting payment', 'confirm the order or refund'] },
  'listing-removed': { answers: {}, says: ['the listing was removed', 'I paid 24.90 EUR', 'full refund'] },
  'refuse-off-platform': { answers: { sellerRequest: 'off-platform' }, says: [/AliExpress/] },
  thanks: { answers: {}, says: [/everything is fine|good condition/] },
};

/** Firm drafts that must not carry a reply date: a refusal, a thank-you, and the messages to support. */
const NO_REPLY_DATE = new Set<SituationId>(['refuse-off-platform', 'thanks', 'dispute-escalate', 'payment-no-order', 'listing-removed']);
const TO_SUPPORT = new Set<SituationId>(['dispute-escalate', 'payment-no-order', 'listing-removed']);

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.?!])\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Any run of four words that occurs three times or more. */
function phraseRepeatedThrice(text: string): string | undefined {
  const words = text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  const seen = new Map<string, number>();
  for (let i = 0; i + 4 <= words.length; i += 1) {
    const key = words.slice(i, i + 4).join(' ');
    const count = (seen.get(key) ?? 0) + 1;
    if (count >= 3) return key;
    seen.set(key, count);
  }
  return undefined;
}

describe('every situation, both tones: the facts a dispute agent needs', () => {
  it('covers every situation', () => {
    expect(SITUATIONS.map((s) => s.id).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const situation of SITUATIONS) {
    for (const tone of TONES) {
      it(`${situation.id} (${tone})`, () => {
        const { answers, says } = CASES[situation.id];
        const draft = buildDraft({ situation: situation.id, tone, answers, context: order });
        expect(draft.text).toContain(order.orderNumber);
        for (const fact of says) {
          if (typeof fact === 'string') expect(draft.text).toContain(fact);
          else expect(draft.text).toMatch(fact);
        }
        if (tone === 'firm' && !NO_REPLY_DATE.has(situation.id)) expect(draft.text).toContain(REPLY_BY);
        else expect(draft.text).not.toContain('Please reply by');
        // Support is not the seller: no greeting by the seller's name, and the UI says where to send it.
        if (TO_SUPPORT.has(situation.id)) {
          expect(draft.text).not.toContain('Anna');
          expect(draft.sendTo.key).toBe('drafts.sendTo.aliexpress.support');
        } else {
          expect(draft.sendTo.key).toBe('drafts.sendTo.aliexpress.seller');
        }
        const sentences = sentencesOf(draft.text);
        expect(sentences.length, 'no sentence twice').toBe(new Set(sentences).size);
        expect(phraseRepeatedThrice(draft.text)).toBeUndefined();
        expect(draft.text).not.toMatch(/Best regards\.|prompt reply|\bsolved\b|was short|games the/);
        expect(draft.overLimit).toBe(false);
      });
    }
  }

  it('never guesses: without an answer the draft states only what is known', () => {
    const draft = buildDraft({ situation: 'not-as-described', tone: 'firm', answers: {}, context: order });
    expect(draft.text).not.toMatch(/size|colou?r|material/i);
  });

  it('asks for the reply a day before buyer protection ends when that comes first', () => {
    const draft = buildDraft({ situation: 'damaged', tone: 'firm', answers: {}, context: { ...order, protectionEndsAt: NOW + 2 * DAY } });
    expect(draft.text).toContain('Please reply by 8 March 2026.');
  });
});

describe('the buyer’s own English detail line', () => {
  it('goes in as one clean sentence, never non-Latin text', () => {
    const english = buildDraft({ situation: 'damaged', tone: 'polite', answers: { detail: 'the left earbud has no sound' }, context: order });
    expect(english.text).toContain('The left earbud has no sound.');
    const ukrainian = buildDraft({ situation: 'damaged', tone: 'polite', answers: { detail: 'лівий навушник не працює' }, context: order });
    expect(ukrainian.text).not.toMatch(/[\u0400-\u04ff]/);
    const wrong = buildDraft({ situation: 'wrong-item', tone: 'polite', answers: { wrongThing: 'colour', ordered: 'чорний', received: 'white' }, context: order });
    expect(wrong.text).not.toMatch(/[\u0400-\u04ff]/);
    expect(wrong.text).toContain('white');
  });
});

describe('refund missing: aimed at the party that pays', () => {
  it('asks the seller only to confirm a refund the marketplace pays, and notes the window', () => {
    const draft = buildDraft({ situation: 'refund-missing', tone: 'firm', answers: { refundAfter: 'cancelled', days: 30 }, context: order });
    expect(draft.text).toContain('was cancelled 30 days ago');
    expect(draft.text).toContain('confirm that the refund has been issued');
    expect(draft.text).not.toMatch(/send the refund now/i);
    expect(draft.notes.map((n) => n.key)).toEqual(['drafts.note.refundPayer.platform', 'drafts.note.refundWindow.beyond']);
    // 30 calendar days back from Saturday 7 March: 6 February (Friday) to 6 March holds 20 weekdays... counted from the day after.
    expect(draft.notes[1]!.params).toMatchObject({ count: 21, min: 3, max: 20, platform: 'AliExpress' });
  });

  it('asks the seller to issue the refund after a return', () => {
    const draft = buildDraft({ situation: 'refund-missing', tone: 'polite', answers: { refundAfter: 'return-delivered', days: 2 }, context: order });
    expect(draft.text).toContain('confirm that you have received the returned item and issue the refund');
    expect(draft.notes.map((n) => n.key)).toEqual(['drafts.note.refundPayer.seller', 'drafts.note.refundWindow.early']);
  });
});

describe('dispute texts carry the buyer’s answers', () => {
  it('names the one thing that differs and what was ordered and received', () => {
    const dispute = buildDisputeText({
      reason: 'size-colour-material',
      mismatch: 'colour',
      ordered: 'black',
      received: 'dark blue',
      detail: 'the colour on the photos is clearly black',
      solution: 'partial-refund',
      partial: { kind: 'amount', amount: { amount: 8, currency: 'EUR' } },
      evidence: { photos: 2 },
      context: order,
    });
    expect(dispute.text).toContain(order.orderNumber);
    expect(dispute.text).toContain('The colour is different');
    expect(dispute.text).not.toMatch(/size|material|, colour or/i);
    expect(dispute.text).toContain('I ordered black, but I received dark blue.');
    expect(dispute.text).toContain('The colour on the photos is clearly black.');
    expect(dispute.text).toContain('partial refund of 8.00 EUR');
    expect(dispute.text).toContain('2 photos');
    const ordered = dispute.sentences.find((s) => s.id === 'wrong-item.detail')!;
    expect(ordered.gloss.uk).toContain('black');
    expect(ordered.gloss.ka).toContain('dark blue');
  });

  it('states the shipment date and a not-received reason', () => {
    const dispute = buildDisputeText({ reason: 'in-transit', solution: 'full-refund', evidence: { tracking: true }, context: { ...order, disputeDeadline: Date.UTC(2026, 2, 27, 12) } });
    expect(dispute.text).toContain('shipped the order on 5 February 2026');
    expect(dispute.text).toContain('full refund of 24.90 EUR');
    expect(dispute.deadline).toEqual({ at: Date.UTC(2026, 2, 27, 12), daysLeft: 20, passed: false });
  });
});

describe('complaints carry where, when and what is false', () => {
  it('off-line trading from the guard, with where and when it was seen', () => {
    const complaint = complaintFromGuard(
      { category: 'offline-trading', contacts: [{ kind: 'whatsapp', value: '+86 138 0013 8000' }], pageUrl: 'https://www.aliexpress.com/item/1005006123456789.html?spm=x#nav' },
      { now: NOW, seenWhere: 'parcel-card', seenOn: Date.UTC(2026, 2, 5, 10), timeZone: 'UTC' },
    );
    expect(complaint.formName).toBe('Influencing toward Off-line Trading');
    expect(complaint.link).toEqual({ kind: 'product', url: 'https://www.aliexpress.com/item/1005006123456789.html' });
    expect(complaint.description.text).toContain('WhatsApp +86 138 0013 8000');
    expect(complaint.description.text).toContain('I saw this on a card inside the parcel on 5 March 2026.');
  });

  it('false information says what the listing claims', () => {
    const complaint = buildComplaint({ problem: 'false-description', falseClaim: '100% genuine leather', seenWhere: 'listing', orderNumber: order.orderNumber }, { now: NOW });
    expect(complaint.category).toBe('false-information');
    expect(complaint.description.text).toContain('The listing says "100% genuine leather", but this is not true.');
    expect(complaint.description.text).toContain(order.orderNumber);
  });
});
