import { hasSellerChat } from '../counterpart';
import type { MarketplaceId } from '../../marketplaces/registry';
import type { Situation } from '../situation';
import type { DraftId, SituationId } from '../types';
import { BEFORE_BUYING } from '../before-buying';
import { askTracking } from './ask-tracking';
import { cancelUnshipped } from './cancel-unshipped';
import { customs } from './customs';
import { deliveredNotReceived } from './delivered-not-received';
import { disputeEscalate } from './dispute-escalate';
import { disputeRejected } from './dispute-rejected';
import { emptyParcel } from './empty-parcel';
import { fewerPieces } from './fewer-pieces';
import { listingRemoved } from './listing-removed';
import { paymentNoOrder } from './payment-no-order';
import { sellerAsksCancel } from './seller-asks-cancel';
import { counterfeit } from './counterfeit';
import { damaged } from './damaged';
import { missingParts } from './missing-parts';
import { notAsDescribed } from './not-as-described';
import { partialRefund } from './partial-refund';
import { protectionEnding } from './protection-ending';
import { refundMissing } from './refund-missing';
import { refuseOffPlatform } from './refuse-off-platform';
import { returnShipping } from './return-shipping';
import { thanks } from './thanks';
import { trackingStalled } from './tracking-stalled';
import { warrantyRefused } from './warranty-refused';
import { wrongItem } from './wrong-item';

/**
 * Every draft situation, one file each, in the order the composer lists them
 * (tests/unit/drafts/registry.test.ts checks every file and id is here).
 */
export const SITUATIONS: readonly Situation[] = [
  sellerAsksCancel,
  cancelUnshipped,
  askTracking,
  trackingStalled,
  protectionEnding,
  customs,
  deliveredNotReceived,
  damaged,
  notAsDescribed,
  wrongItem,
  missingParts,
  fewerPieces,
  emptyParcel,
  counterfeit,
  partialRefund,
  returnShipping,
  warrantyRefused,
  disputeRejected,
  disputeEscalate,
  refundMissing,
  paymentNoOrder,
  listingRemoved,
  refuseOffPlatform,
  thanks,
];

export function getSituation(id: SituationId): Situation;
export function getSituation(id: DraftId): Situation<DraftId>;
/** A situation about an order, or a question before buying (../before-buying). */
export function getSituation(id: DraftId): Situation<DraftId> {
  const situation = [...SITUATIONS, ...BEFORE_BUYING].find((candidate) => candidate.id === id);
  if (!situation) throw new Error(`Unknown draft situation: ${id}`);
  return situation;
}

/** The situations a buyer meets on this marketplace, in the composer's order (no seller's acts where there is no seller chat). */
export function situationsFor(marketplace: MarketplaceId | undefined): readonly Situation[] {
  return hasSellerChat(marketplace) ? SITUATIONS : SITUATIONS.filter((situation) => !situation.needsSeller);
}
