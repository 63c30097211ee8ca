import type { Marketplace } from '../types';
import { aliexpressClaim } from './claim';
import { aliexpressDeadlineRules } from './deadline-rules';
import { aliexpressGuardData } from './guard-data';
import { aliexpressSite } from './site';
import { ORDER_NUMBER } from './urls';

/**
 * AliExpress: the marketplace the extension reads pages of (readers and message box in
 * ./pages.ts), with deadline rules from the seed articles and the guard's data.
 */
export const aliexpress: Marketplace<'aliexpress'> = {
  id: 'aliexpress',
  site: aliexpressSite,
  guard: aliexpressGuardData,
  orderNumber: ORDER_NUMBER,
  deadlineRules: aliexpressDeadlineRules,
  claim: aliexpressClaim,
  /*
   * AliExpress publishes none of its field limits. The chat box and the dispute and
   * complaint description fields were seen accepting far longer text, but no source we
   * could cite gives a figure, and the page may cut or refuse a long message. So these
   * are deliberately conservative: a longer draft is flagged so the buyer can shorten it.
   * TODO [2027-01-01]: replace with a measured maxlength from saved AliExpress pages.
   */
  messageLimits: { chat: 1000, dispute: 1000, complaint: 1000 },
  messageLimitsEstimated: true,
  readsPages: true,
};
