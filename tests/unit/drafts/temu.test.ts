import { describe, expect, it } from 'vitest';
import { buildDisputeText, buildDraft, NOT_AS_DESCRIBED_REASONS, NOT_RECEIVED_REASONS, SITUATIONS, situationsFor, TONES, type Draft, type DraftContext } from '../../../lib/drafts';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { answerCombinations, FULL_CONTEXT } from './combinations';

/*
 * On Temu the buyer writes to Temu itself (issue 13): every draft goes to
 * Temu support, and neither the English nor any gloss speaks of or to a
 * seller. The same scan over AliExpress drafts must find the seller, so the
 * word lists below are known to catch what they look for.
 */

const SELLER: Record<Locale, RegExp> = {
  en: /\bsellers?\b|\bsellers?’s\b/i,
  uk: /продав/i,
  pl: /sprzedaw/i,
  el: /πωλητ/i,
  ro: /vânzăt/i,
  ka: /გამყიდველ/,
  ru: /продав/i,
};

const temuOrder: DraftContext = { ...FULL_CONTEXT, orderNumber: 'PO-211-21905452099192792', marketplace: 'temu' };

function sellerMentions(draft: Pick<Draft, 'sentences'>): string[] {
  return draft.sentences.flatMap((sentence) => LOCALES.filter((locale) => SELLER[locale].test(sentence.gloss[locale])).map((locale) => `${sentence.id} [${locale}] ${sentence.gloss[locale]}`));
}

function allDrafts(context: DraftContext, situations = situationsFor(context.marketplace)): Draft[] {
  return situations.flatMap((situation) => TONES.flatMap((tone) => answerCombinations(situation).map((answers) => buildDraft({ situation: situation.id, tone, answers, context }))));
}

describe('Temu drafts go to Temu support', () => {
  it('offers no situation about what only a seller does', () => {
    const offered = situationsFor('temu').map((situation) => situation.id);
    expect(offered).not.toContain('seller-asks-cancel');
    expect(offered).not.toContain('refuse-off-platform');
    expect(offered).toContain('damaged');
    expect(situationsFor('aliexpress')).toHaveLength(SITUATIONS.length);
  });

  it('sends every draft to Temu support, with no greeting by the seller’s name', () => {
    for (const draft of allDrafts(temuOrder)) {
      expect(draft.sendTo.key).toBe('drafts.sendTo.temu.support');
      expect(draft.text).not.toContain(FULL_CONTEXT.sellerName);
      expect(draft.text).toContain(temuOrder.orderNumber);
    }
  });

  it('never speaks of a seller, in the English or in any gloss', () => {
    const found = allDrafts(temuOrder).flatMap(sellerMentions);
    expect([...new Set(found)]).toEqual([]);
  });

  it('never threatens a dispute, which Temu does not have', () => {
    const found = allDrafts(temuOrder).flatMap((draft) => draft.sentences.filter((sentence) => /\bdispute\b/i.test(sentence.english)).map((sentence) => sentence.english));
    expect([...new Set(found)]).toEqual([]);
  });

  it('the word lists do catch the seller in AliExpress drafts, in every language', () => {
    const found = allDrafts({ ...FULL_CONTEXT, marketplace: 'aliexpress' }).flatMap(sellerMentions);
    for (const locale of LOCALES) expect(found.some((line) => line.includes(`[${locale}]`))).toBe(true);
  });

  it('words the return/refund request for Temu without the seller or a dispute', () => {
    for (const reason of [...NOT_RECEIVED_REASONS, ...NOT_AS_DESCRIBED_REASONS]) {
      const text = buildDisputeText({ reason, solution: 'full-refund', contactedSeller: true, context: temuOrder });
      expect(sellerMentions(text), reason).toEqual([]);
      expect(text.text).not.toMatch(/\bdispute\b/i);
      expect(text.text).toContain(temuOrder.orderNumber);
    }
  });

  it('a firm Temu draft still names the day to reply by', () => {
    const draft = buildDraft({ situation: 'damaged', tone: 'firm', answers: { want: 'refund' }, context: temuOrder });
    expect(draft.text).toContain('Please reply by 10 March 2026.');
  });
});
