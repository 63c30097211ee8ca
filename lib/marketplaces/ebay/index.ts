import { siteFromGuardData, type Marketplace } from '../types';
import { ebayGuardData } from './guard-data';

/** eBay: known to the guard only (names, domains, official ways). */
export const ebay: Marketplace<'ebay'> = {
  id: 'ebay',
  site: siteFromGuardData(ebayGuardData),
  guard: ebayGuardData,
};
