import { isDeadlineKind } from '../lib/deadlines/kinds';
import { kindName, type DeadlineTextContext } from '../lib/deadlines/text';
import { urgency, type Urgency } from '../lib/deadlines/urgency';
import type { Locale } from '../lib/i18n';
import { marketplaceName } from '../lib/marketplaces/registry';
import type { MarketplaceId } from '../lib/marketplaces/registry';
import type { StoredDeadline } from '../lib/schema/deadline';

export function textContext(locale: Locale, marketplace: MarketplaceId): DeadlineTextContext {
  return { locale, marketplaceName: marketplaceName(marketplace) };
}

/** "Buyer protection ends", in the user's language; unknown kinds (from a newer backup) shown as stored. */
export function deadlineLabel(deadline: Pick<StoredDeadline, 'kind'>, ctx: DeadlineTextContext): string {
  return isDeadlineKind(deadline.kind) ? kindName(deadline.kind, ctx) : deadline.kind;
}

export function urgencyOf(deadline: Pick<StoredDeadline, 'kind' | 'dueAt'>, now: number): Urgency {
  return isDeadlineKind(deadline.kind) ? urgency({ kind: deadline.kind, dueAt: deadline.dueAt }, now) : deadline.dueAt < now ? 'passed' : 'later';
}
