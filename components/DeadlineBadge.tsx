import type { StoredDeadline } from '../lib/schema/deadline';
import type { MarketplaceId } from '../lib/marketplaces/registry';
import { countdownText, urgencyLabel } from '../lib/deadlines/text';
import { isDeadlineKind } from '../lib/deadlines/kinds';
import { formatDate, formatRelative } from '../lib/i18n';
import { useI18n } from './I18nContext';
import { deadlineLabel, textContext, urgencyOf } from './deadline-text';

/** Next deadline with a live countdown; urgency is said in words and shape, not colour alone. */
export function DeadlineBadge({ deadline, marketplace, now }: { deadline: StoredDeadline; marketplace: MarketplaceId; now: number }) {
  const { t, locale } = useI18n();
  const level = urgencyOf(deadline, now);
  const countdown = isDeadlineKind(deadline.kind) ? countdownText({ kind: deadline.kind, dueAt: deadline.dueAt }, now, locale) : formatRelative(deadline.dueAt - now, locale);
  return (
    <span class={`deadline-badge urgency-${level}`} title={formatDate(deadline.dueAt, locale)}>
      <span class="urgency-word">{urgencyLabel(level, locale)}</span>{' '}
      <span>{deadlineLabel(deadline, textContext(locale, marketplace))}</span>
      {' · '}
      <time dateTime={new Date(deadline.dueAt).toISOString()}>{countdown}</time>
      {deadline.estimate && !deadline.overridden && <span class="estimate"> ({t('deadlines.estimate')})</span>}
    </span>
  );
}
