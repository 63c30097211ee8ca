/**
 * The scam-contact guard's pure engine. See lib/guard/README.md for the pipeline.
 */
export type {
  ContactKind,
  Finding,
  HeadingRef,
  LinkRef,
  MarkRange,
  MarketplaceGuardData,
  OfficialContact,
  PageContext,
  ReasonCode,
  Segment,
  TextPiece,
  TrustLists,
} from './types';
export { REASON_CODES } from './types';
export { extractSegments, blockAncestor, isInChrome, type ExtractOptions } from './segments';
export { createPageContext, pageContextFromDocument, type PageContextInput } from './page-context';
export { scan, uniqueContacts } from './scan';
export { mentionsMarketplace } from './first-pass';
export { createGuardScanner, type GuardScanner, type ScannerStart } from './scanner';
export { GUARD_MARKETPLACES, guardData } from './marketplaces';
export { canonicalMessenger } from './messengers';
export { normalisePhone } from './phones';
export { reasonMessageKey, reasonMessageParams, officialWays, type OfficialWay } from './messages';
