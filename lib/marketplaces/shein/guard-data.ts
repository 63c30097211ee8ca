import type { MarketplaceGuardData } from '../../guard/types';

/**
 * Shein: guides say there is no direct phone line; regional numbers said to
 * appear on order pages are contested (shared/DOMAIN.md), so none is official here.
 */
export const sheinGuardData: MarketplaceGuardData = {
  id: 'shein',
  displayName: 'SHEIN',
  names: ['shein', 'шеин', 'шейн', 'шеїн', 'شي إن', 'شي ان', 'שיין', 'शीन', 'შეინ', '希音', 'シーイン', '쉬인'],
  domains: ['shein.com', 'shein.co.uk', 'shein.com.mx', 'shein.se'],
  emailDomains: ['shein.com', 'sheinnotice.com'],
  // An address at a SHEIN domain reaches SHEIN.
  ownDomainEmail: 'channel',
  phoneSupport: 'none',
  officialContacts: [],
  officialWays: {
    helpCenter: 'https://www.shein.com/robotChatPage',
    chat: 'https://www.shein.com/robotChatPage',
  },
};
