import { siteFromGuardData, type Marketplace } from '../types';
import { amazonGuardData } from './guard-data';

/** Amazon: known to the guard only (names, domains, official phone lines with sources). */
export const amazon: Marketplace<'amazon'> = {
  id: 'amazon',
  site: siteFromGuardData(amazonGuardData),
  guard: amazonGuardData,
};
