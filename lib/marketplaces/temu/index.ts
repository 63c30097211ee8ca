import type { Marketplace } from '../types';
import { temuClaim, temuReport } from './claim';
import { temuDeadlineRules } from './deadline-rules';
import { temuGuardData } from './guard-data';
import { temuSite } from './site';
import { PARENT_ORDER } from './urls';

/**
 * Temu: its order, tracking and return pages are read (./pages.ts), orders are parent
 * orders (`PO-…`), and help is a chat with Temu itself. Sources: ./README.md.
 */
export const temu: Marketplace<'temu'> = {
  id: 'temu',
  site: temuSite,
  guard: temuGuardData,
  orderNumber: PARENT_ORDER,
  deadlineRules: temuDeadlineRules,
  claim: temuClaim,
  report: temuReport,
  readsPages: true,
};
