/**
 * The composer's questions on a Temu order are read through the counterpart's wording
 * (components/I18nContext.tsx `CounterpartWording`): a label with a `.temu` key takes it.
 * Every label, hint and choice a Temu order can show must then be free of the seller,
 * in every language; on AliExpress the same scan must find the seller, so the scan can fail.
 */
import { describe, expect, it } from 'vitest';
import { allQuestions, situationLabel, situationsFor, counterpartWording, NOT_AS_DESCRIBED_REASONS, NOT_RECEIVED_REASONS } from '../../../lib/drafts';
import { LOCALES, isMessageKey, type MessageKey } from '../../../lib/i18n';
import { allTables } from '../../../lib/i18n/translate';
import type { MarketplaceId } from '../../../lib/marketplaces/registry';

/** The seller, in each UI language (stems, to catch every case form). */
const SELLER: Record<string, RegExp> = {
  en: /\bsellers?\b|\bsellers?’s\b/i,
  uk: /продав[цч]/i,
  ru: /продав[цч]/i,
  pl: /sprzedaw/i,
  el: /πωλητ/i,
  ro: /vânzăt/i,
  ka: /გამყიდველ/,
};

/** Every UI key the composer and the dispute screen show for this marketplace, before wording. */
function composerKeys(marketplace: MarketplaceId): MessageKey[] {
  const keys: MessageKey[] = ['compose.tab.drafts', 'drafts.composer.title', 'compose.draft.intro', 'compose.draft.copied', 'compose.draft.noTab', 'compose.draft.insertFailed.no-message-box', 'drafts.tone.polite.hint', 'drafts.tone.firm.hint', 'compose.messages.title', 'compose.messages.empty', 'app.timeline.message.seller'];
  for (const situation of situationsFor(marketplace)) {
    keys.push(situationLabel(situation.id));
    for (const question of allQuestions(situation)) {
      keys.push(question.label);
      if ('hint' in question) keys.push(question.hint);
      if ('options' in question) keys.push(...question.options.map((option) => option.label));
    }
  }
  for (const reason of [...NOT_RECEIVED_REASONS, ...NOT_AS_DESCRIBED_REASONS]) keys.push(`drafts.dispute.reason.${reason}`);
  keys.push('drafts.dispute.evidence.chat');
  return keys;
}

function worded(key: MessageKey, marketplace: MarketplaceId): MessageKey {
  const wording = counterpartWording(marketplace);
  const variant = `${key}.${wording ?? ''}`;
  return wording !== undefined && isMessageKey(variant) ? variant : key;
}

const tables = allTables();

describe('what the composer shows on a Temu order', () => {
  it.each(LOCALES)('%s: no label, hint or choice names the seller', (locale) => {
    const found = composerKeys('temu')
      .map((key) => worded(key, 'temu'))
      .filter((key) => SELLER[locale]!.test(tables[locale][key]!))
      .map((key) => `${key}: ${tables[locale][key]}`);
    expect(found).toEqual([]);
  });

  it.each(LOCALES)('%s: on AliExpress the same texts do name the seller (the scan can fail)', (locale) => {
    const found = composerKeys('aliexpress').filter((key) => worded(key, 'aliexpress') === key && SELLER[locale]!.test(tables[locale][key]!));
    expect(found.length).toBeGreaterThanOrEqual(10);
  });
});
