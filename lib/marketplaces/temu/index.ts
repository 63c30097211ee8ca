import { siteFromGuardData, type Marketplace } from '../types';
import { temuGuardData } from './guard-data';

/** Temu: known to the guard only (names, domains, official ways); no page readers or deadline rules yet. */
export const temu: Marketplace<'temu'> = {
  id: 'temu',
  site: siteFromGuardData(temuGuardData),
  guard: temuGuardData,
};
