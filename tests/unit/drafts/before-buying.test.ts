import { describe, expect, it } from 'vitest';
import { BEFORE_BUYING, BEFORE_BUYING_IDS, buildDraft, hasNonLatinLetters, questionsFor, type BeforeBuyingId, type DraftAnswers, type DraftContext } from '../../../lib/drafts';
import { LOCALES } from '../../../lib/i18n/locales';
import { translate } from '../../../lib/i18n';

const NOW = Date.UTC(2026, 2, 7, 9, 30);
const LISTING = 'https://www.aliexpress.com/item/1005005123456789.html';
const context = (marketplace: DraftContext['marketplace'] = 'aliexpress', productUrl: string | undefined = `${LISTING}?spm=a2g0o.detail&sku_id=1`): DraftContext => ({
  orderNumber: '',
  marketplace,
  now: NOW,
  ...(productUrl ? { productUrl } : {}),
});

/** Per question type: the buyer's answers, and what of them the English must say. */
const CASES: Record<BeforeBuyingId, { answers: DraftAnswers; says: string[] }> = {
  'ask-size': { answers: { product: 'Men winter parka', heightCm: 183, weightKg: 79, chestCm: 104, waistCm: 88, usualSize: 'EU 52' }, says: ['Men winter parka', 'height 183 cm', 'weight 79 kg', 'chest 104 cm', 'waist 88 cm', 'size EU 52', 'Which size would you recommend'] },
  'ask-photos': { answers: { photoKind: 'close-up', variant: 'dark green' }, says: ['dark green', 'close-up photos'] },
  'ask-variant': { answers: { variant: 'silver, 256 GB', variantAsk: 'true-colour' }, says: ['silver, 256 GB', 'colour in the photos'] },
  'ask-shipping-time': { answers: { country: 'MD' }, says: ['Moldova', 'How long does delivery'] },
  'ask-original': { answers: { originalAsk: 'warranty' }, says: ['warranty'] },
  'ask-combined-shipping': { answers: { items: 4, discount: true }, says: ['4 items', 'one parcel', 'discount'] },
};

/** Where each answer's value must show in every gloss (numbers and Latin text the buyer typed). */
const GLOSS_KEEPS: Record<BeforeBuyingId, string[]> = {
  'ask-size': ['183', '79', '104', '88', 'EU 52', 'Men winter parka'],
  'ask-photos': ['dark green'],
  'ask-variant': ['silver, 256 GB'],
  'ask-shipping-time': [],
  'ask-original': [],
  'ask-combined-shipping': ['4'],
};

describe('questions before buying', () => {
  it('has a case for every question type', () => {
    expect(BEFORE_BUYING.map((question) => question.id).sort()).toEqual([...BEFORE_BUYING_IDS].sort());
    expect(Object.keys(CASES).sort()).toEqual([...BEFORE_BUYING_IDS].sort());
  });

  for (const question of BEFORE_BUYING) {
    describe(question.id, () => {
      const { answers, says } = CASES[question.id];
      const draft = buildDraft({ situation: question.id, tone: 'polite', answers, context: context() });

      it('says the buyer’s answers in English, with the listing’s link and no order number', () => {
        for (const fact of says) expect(draft.text).toContain(fact);
        // Tracking parameters are not the seller's business.
        expect(draft.text).toContain(LISTING);
        expect(draft.text).not.toContain('spm=');
        expect(draft.text).not.toMatch(/\border\b \d/);
        expect(draft.text.split('\n\n')).toHaveLength(3);
      });

      it('has no letter outside the Latin script in the English', () => {
        expect(hasNonLatinLetters(draft.text)).toBe(false);
      });

      it('glosses every sentence in every language, keeping the buyer’s figures and words', () => {
        for (const sentence of draft.sentences) {
          for (const locale of LOCALES) {
            const gloss = sentence.gloss[locale];
            expect(gloss.trim(), `${sentence.id} ${locale}`).not.toBe('');
            expect(gloss, `${sentence.id} ${locale}`).not.toMatch(/[{}]/);
          }
        }
        for (const locale of LOCALES) {
          const glosses = draft.sentences.map((sentence) => sentence.gloss[locale]).join(' ');
          for (const kept of [...GLOSS_KEEPS[question.id], LISTING]) expect(glosses, locale).toContain(kept);
        }
        // A gloss is a translation, not the English again (the link-only and detail sentences aside).
        for (const locale of LOCALES.filter((l) => l !== 'en')) {
          const same = draft.sentences.filter((sentence) => sentence.gloss[locale] === sentence.english);
          expect(same.map((sentence) => sentence.id), locale).toEqual([]);
        }
      });

      it('is asked with labels that exist in every language', () => {
        for (const asked of questionsFor(question, answers)) {
          for (const locale of LOCALES) expect(translate(locale, asked.label)).not.toBe(asked.label);
        }
      });
    });
  }
});

describe('English stays English before buying too', () => {
  it('leaves out what was typed or read from the page in another script, and says nothing false instead', () => {
    const answers: DraftAnswers = { product: 'Куртка зимова чоловіча', variant: 'чорний', usualSize: 'М', heightCm: 170 };
    for (const situation of ['ask-size', 'ask-photos', 'ask-variant'] as const) {
      const draft = buildDraft({ situation, tone: 'polite', answers: { ...answers, photoKind: 'real', variantAsk: 'in-stock' }, context: context() });
      expect(hasNonLatinLetters(draft.text), draft.text).toBe(false);
      expect(draft.text).not.toContain('option.');
    }
  });

  it('drops markup, direction overrides and links that are not https', () => {
    const hostile = buildDraft({ situation: 'ask-original', tone: 'polite', answers: { product: 'Watch <img src=x onerror=alert(1)>\u202eevil', originalAsk: 'genuine' }, context: context('aliexpress', 'javascript:alert(1)') });
    expect(hostile.text).not.toMatch(/[<>\u202e]/);
    expect(hostile.text).not.toContain('javascript');
    expect(hostile.text).toContain('Watch');
  });

  it('asks about several items only when there are at least two', () => {
    const one = buildDraft({ situation: 'ask-combined-shipping', tone: 'polite', answers: { items: 1 }, context: context() });
    expect(one.text).not.toMatch(/buy 1 item/);
  });
});

describe('who reads a question before buying', () => {
  it('goes to the seller from the AliExpress listing, to Temu’s support on Temu', () => {
    const ali = buildDraft({ situation: 'ask-combined-shipping', tone: 'polite', answers: { items: 3 }, context: context('aliexpress') });
    expect(ali.sendTo.key).toBe('drafts.sendTo.aliexpress.presale');
    expect(ali.text).toContain('from your store');
    const temu = buildDraft({ situation: 'ask-combined-shipping', tone: 'polite', answers: { items: 3 }, context: context('temu', 'https://www.temu.com/pl/smart-watch-g-601099512345678.html') });
    expect(temu.sendTo.key).toBe('drafts.sendTo.temu.presale');
    expect(temu.text).not.toMatch(/your store|seller/i);
    expect(temu.text).toContain('3 items');
  });
});
