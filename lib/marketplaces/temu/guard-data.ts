import type { MarketplaceGuardData } from '../../guard/types';

/**
 * Temu publishes no general customer phone line and warns that scammers
 * impersonate its office number (shared/DOMAIN.md; Temu's own help page
 * "Beware of various telephone scams", temu.com/…/support/c3/…-f-208-s-4387.html,
 * read in a stored copy on 2026-12-02, not re-read at the source). Suspicious
 * calls, messages and sites are reported through its form
 * (temu.com/bgch_report_suspicious.html, named on temu.com's own
 * "Report Something Suspicious" page). "temu" is Polish for
 * "ago", so the Latin brand is matched only as written: Temu, TEMU.
 */
export const temuGuardData: MarketplaceGuardData = {
  id: 'temu',
  displayName: 'Temu',
  names: ['temu.com', 'تيمو', 'تیمو', 'טמו', 'टेमू', 'თემუ', '테무', 'тэму'],
  exactNames: ['Temu', 'TEMU'],
  domains: ['temu.com'],
  emailDomains: ['temu.com', 'temuemail.com'],
  // An address at temu.com reaches Temu.
  ownDomainEmail: 'channel',
  phoneSupport: 'none',
  officialContacts: [],
  officialWays: {
    helpCenter: 'https://www.temu.com/support-center.html',
    chat: 'https://www.temu.com/support-center.html',
    disputes: 'https://www.temu.com/bgt_orders.html',
    complaint: 'https://www.temu.com/bgch_report_suspicious.html',
  },
};
