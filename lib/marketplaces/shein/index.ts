import { siteFromGuardData, type Marketplace } from '../types';
import { sheinGuardData } from './guard-data';

/** SHEIN: known to the guard only (names, domains, official ways). */
export const shein: Marketplace<'shein'> = {
  id: 'shein',
  site: siteFromGuardData(sheinGuardData),
  guard: sheinGuardData,
};
