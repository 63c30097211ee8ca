import { marketplaceById, type MarketplaceId } from '../marketplaces/registry';
import type { DeadlineRuleSet } from './types';

/** The registered marketplace's rules; the others get page and user deadlines only. */
export function ruleSetFor(marketplace: MarketplaceId): DeadlineRuleSet {
  return marketplaceById(marketplace)?.deadlineRules ?? { marketplace };
}
