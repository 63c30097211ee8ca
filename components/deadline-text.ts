import type { Translate } from '../lib/i18n';

export type Urgency = 'overdue' | 'today' | 'soon' | 'week' | 'later';

const DAY = 86_400_000;

export function urgencyOf(dueAt: number, now: number): Urgency {
  const left = dueAt - now;
  if (left < 0) return 'overdue';
  if (left < DAY) return 'today';
  if (left <= 3 * DAY) return 'soon';
  if (left <= 7 * DAY) return 'week';
  return 'later';
}

export function deadlineLabel(_t: Translate, kind: string): string {
  return kind;
}
