import type { MarketplaceGuardData } from '../guard/types';
import { aliexpressGuardData } from './aliexpress/guard-data';
import { amazonGuardData } from './amazon/guard-data';
import { ebayGuardData } from './ebay/guard-data';
import { sheinGuardData } from './shein/guard-data';
import { temuGuardData } from './temu/guard-data';

/**
 * The guard part of every registered marketplace, imported on its own: the
 * all-pages content script needs names, domains and official contacts, not the
 * deadline rules, readers and drafts that `registry.ts` pulls in (22 KB gzipped).
 * Same order as `MARKETPLACES`; tests/unit/guard/data.test.ts fails when the
 * two lists differ, so `registry.ts` stays the one place a marketplace is added.
 */
export const GUARD_REGISTRY: readonly MarketplaceGuardData[] = [
  aliexpressGuardData,
  temuGuardData,
  amazonGuardData,
  ebayGuardData,
  sheinGuardData,
];
