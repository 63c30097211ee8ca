import { aliexpressDeadlineRules } from '../marketplaces/aliexpress/deadline-rules';
import type { MarketplaceId } from '../marketplaces/types';
import type { DeadlineRuleSet } from './types';

/** One line per marketplace that has rules; the others get page and user deadlines only. */
const RULE_SETS: Partial<Record<MarketplaceId, DeadlineRuleSet>> = {
  aliexpress: aliexpressDeadlineRules,
};

export function ruleSetFor(marketplace: MarketplaceId): DeadlineRuleSet {
  return RULE_SETS[marketplace] ?? { marketplace };
}
