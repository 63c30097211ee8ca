import type { StoredDeadline } from '../lib/schema/deadline';
import { formatDate, formatRelative } from '../lib/i18n';
import { useI18n } from './I18nContext';
import { deadlineLabel, urgencyOf } from './deadline-text';

/** Next deadline with a live countdown; urgency is said in words and shape, not colour alone. */
export function DeadlineBadge({ deadline, now }: { deadline: StoredDeadline; now: number }) {
  const { t, locale } = useI18n();
  const urgency = urgencyOf(deadline.dueAt, now);
  return (
    <span class={`deadline-badge urgency-${urgency}`} title={formatDate(deadline.dueAt, locale)}>
      <span class="urgency-word">{t(`app.urgency.${urgency}`)}</span>{' '}
      <span>{deadlineLabel(t, deadline.kind)}</span>{' '}
      <time dateTime={new Date(deadline.dueAt).toISOString()}>{formatRelative(deadline.dueAt - now, locale)}</time>
      {deadline.estimate && <span class="estimate"> ({t('app.deadline.estimate')})</span>}
    </span>
  );
}
