import { isMessageKey, type MessageKey, type Translate } from '../i18n';
import { DEFAULT_MARKETPLACE, type MarketplaceId } from '../marketplaces/registry';

/**
 * Who a situation's message is for. Most go to the seller; a few only the
 * marketplace can act on (a payment without an order, an order closed because
 * the listing was deleted, a dispute the buyer escalates). `presale` is a
 * question before buying: there is no order yet to open a chat from.
 */
export type Audience = 'seller' | 'support' | 'presale';

export interface Counterpart {
  /** Who actually reads the message on this marketplace; sentences may word themselves for it. */
  reader: 'seller' | 'support';
  /** Where to paste it, in the buyer's language. */
  sendTo: MessageKey;
  /**
   * The UI names the reader in the marketplace's own words, not "seller": a key
   * `<key>.<marketplace id>` in the catalogs ("Write to Temu support" beside "Write to
   * the seller"), one per marketplace as languages inflect brand names (Greek "της Temu",
   * Georgian "Temu-ს"). Absent, the UI says "seller".
   */
  ownWording?: true;
}

type Counterparts = Record<Audience, Counterpart>;

const SELLER_AND_SUPPORT: Counterparts = {
  seller: { reader: 'seller', sendTo: 'drafts.sendTo.seller' },
  support: { reader: 'support', sendTo: 'drafts.sendTo.support' },
  presale: { reader: 'seller', sendTo: 'drafts.sendTo.presale' },
};

/**
 * Per marketplace: who reads a message meant for the seller or for support.
 * A marketplace where support answers for the sellers (Temu) maps `seller`
 * to its support here; that is a data change, not a change to any situation.
 */
export const COUNTERPARTS: Partial<Record<MarketplaceId, Counterparts>> = {
  aliexpress: {
    seller: { reader: 'seller', sendTo: 'drafts.sendTo.aliexpress.seller' },
    support: { reader: 'support', sendTo: 'drafts.sendTo.aliexpress.support' },
    // The listing's own "Message" button opens a chat with its store.
    presale: { reader: 'seller', sendTo: 'drafts.sendTo.aliexpress.presale' },
  },
  // Temu has no buyer–seller chat: its own support answers for the sellers (lib/marketplaces/temu/README.md).
  temu: {
    seller: { reader: 'support', sendTo: 'drafts.sendTo.temu.support', ownWording: true },
    support: { reader: 'support', sendTo: 'drafts.sendTo.temu.support', ownWording: true },
    // Before an order there is no order to open Support from: the account's Customer Service chat.
    presale: { reader: 'support', sendTo: 'drafts.sendTo.temu.presale', ownWording: true },
  },
};

export function counterpartFor(marketplace: MarketplaceId | undefined, audience: Audience): Counterpart {
  return (COUNTERPARTS[marketplace ?? DEFAULT_MARKETPLACE] ?? SELLER_AND_SUPPORT)[audience];
}

/** Whether the buyer writes to sellers at all on this marketplace (not where support answers for them). */
export function hasSellerChat(marketplace: MarketplaceId | undefined): boolean {
  return counterpartFor(marketplace, 'seller').reader === 'seller';
}

/** The suffix of the UI keys that name the buyer's counterpart on this marketplace; undefined where it is the seller. */
export function counterpartWording(marketplace: MarketplaceId | undefined): MarketplaceId | undefined {
  const id = marketplace ?? DEFAULT_MARKETPLACE;
  return counterpartFor(id, 'seller').ownWording ? id : undefined;
}

/**
 * `t`, speaking of the buyer's counterpart in the marketplace's words: a text
 * that names the seller reads its `<key>.<marketplace id>` variant where the
 * catalogs have one (on Temu, "Temu support"); any other text is left as it is.
 * The app's views (components/I18nContext.tsx) and the evidence pack use it.
 */
export function inCounterpartWording(t: Translate, marketplace: MarketplaceId | undefined): Translate {
  const wording = counterpartWording(marketplace);
  if (wording === undefined) return t;
  return (key, params) => {
    const variant = `${key}.${wording}`;
    return t(isMessageKey(variant) ? variant : key, params);
  };
}
