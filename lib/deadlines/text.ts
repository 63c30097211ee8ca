import { formatDate, formatDateTime, translator, type Locale, type MessageKey, type Translate } from '../i18n';
import { relativeTimeFormat } from '../i18n/intl';
import { isActionDeadline, type DeadlineKind } from './kinds';
import type { ReminderSpec } from './reminders';
import type { ComputedDeadline, DeadlineSource, Derivation } from './types';
import { countdownParts, type Urgency } from './urgency';
import { MS_PER_DAY, MS_PER_HOUR, calendarDaysBetween, systemTimeZone } from './zoned-time';

/** What every piece of deadline text needs: the language, the zone dates are shown in, the brand. */
export interface DeadlineTextContext {
  locale: Locale;
  timeZone?: string;
  /** The marketplace as it writes its name, e.g. "AliExpress". */
  marketplaceName: string;
}

const KIND_KEYS: Readonly<Record<DeadlineKind, { name: MessageKey; reminder: MessageKey }>> = {
  'dispute-opens': { name: 'deadlines.kind.disputeOpens', reminder: 'deadlines.reminder.body.disputeOpens' },
  'extend-protection-ask': {
    name: 'deadlines.kind.extendProtectionAsk',
    reminder: 'deadlines.reminder.body.extendProtectionAsk',
  },
  'protection-end': { name: 'deadlines.kind.protectionEnd', reminder: 'deadlines.reminder.body.protectionEnd' },
  'dispute-last-day': { name: 'deadlines.kind.disputeLastDay', reminder: 'deadlines.reminder.body.disputeLastDay' },
  'seller-response-due': {
    name: 'deadlines.kind.sellerResponseDue',
    reminder: 'deadlines.reminder.body.sellerResponseDue',
  },
  'marketplace-steps-in': {
    name: 'deadlines.kind.marketplaceStepsIn',
    reminder: 'deadlines.reminder.body.marketplaceStepsIn',
  },
  'complaint-answer-expected': {
    name: 'deadlines.kind.complaintAnswerExpected',
    reminder: 'deadlines.reminder.body.complaintAnswerExpected',
  },
  'late-delivery-credit': { name: 'deadlines.kind.lateDeliveryCredit', reminder: 'deadlines.reminder.body.lateDeliveryCredit' },
  'no-update-refund': { name: 'deadlines.kind.noUpdateRefund', reminder: 'deadlines.reminder.body.noUpdateRefund' },
  'price-adjustment-last-day': {
    name: 'deadlines.kind.priceAdjustmentLastDay',
    reminder: 'deadlines.reminder.body.priceAdjustmentLastDay',
  },
  'return-last-day': { name: 'deadlines.kind.returnLastDay', reminder: 'deadlines.reminder.body.returnLastDay' },
};

const URGENCY_KEYS: Readonly<Record<Urgency, MessageKey>> = {
  overdue: 'deadlines.urgency.overdue',
  today: 'deadlines.urgency.today',
  'within-3-days': 'deadlines.urgency.within3Days',
  'within-7-days': 'deadlines.urgency.within7Days',
  later: 'deadlines.urgency.later',
  passed: 'deadlines.urgency.passed',
};

const AFTER_BASIS_KEYS: Readonly<Record<Exclude<Derivation['basis'], 'page-countdown' | 'page-date' | 'user'>, MessageKey>> = {
  ordered: 'deadlines.derivation.afterOrdered',
  'latest-delivery': 'deadlines.derivation.afterLatestDelivery',
  shipped: 'deadlines.derivation.afterShipped',
  'protection-end': 'deadlines.derivation.afterProtectionEnd',
  delivered: 'deadlines.derivation.afterDelivered',
  confirmed: 'deadlines.derivation.afterConfirmed',
  'dispute-opened': 'deadlines.derivation.afterDisputeOpened',
  'complaint-submitted': 'deadlines.derivation.afterComplaint',
};

const zoneOf = (ctx: DeadlineTextContext) => ctx.timeZone ?? systemTimeZone();

/** "Buyer protection ends", "AliExpress steps in" … */
export function kindName(kind: DeadlineKind, ctx: DeadlineTextContext): string {
  return translator(ctx.locale)(KIND_KEYS[kind].name, { marketplace: ctx.marketplaceName });
}

export function urgencyLabel(level: Urgency, locale: Locale): string {
  return translator(locale)(URGENCY_KEYS[level]);
}

/** "15 days after buyer protection ends (Apr 4, 2025)". */
export function derivationText(derivation: Derivation, ctx: DeadlineTextContext): string {
  const t = translator(ctx.locale);
  const tz = zoneOf(ctx);
  switch (derivation.basis) {
    case 'page-countdown':
      return t('deadlines.derivation.pageCountdown', { date: formatDateTime(derivation.from, ctx.locale, tz) });
    case 'user':
      return t('deadlines.derivation.user');
    case 'page-date':
      return t('deadlines.derivation.pageDate');
    case 'protection-end':
      if (derivation.days < 0) {
        return t('deadlines.derivation.beforeProtectionEnd', {
          count: -derivation.days,
          date: formatDate(derivation.from, ctx.locale, tz),
        });
      }
      break;
  }
  return t(AFTER_BASIS_KEYS[derivation.basis], { count: derivation.days, date: formatDate(derivation.from, ctx.locale, tz) });
}

/** "Source: buyer guides (#000) and marketplace help pages". */
export function sourceText(source: DeadlineSource, locale: Locale): string {
  const t = translator(locale);
  if (source.origin === 'order-page') return t('deadlines.source.page');
  if (source.origin === 'user') return t('deadlines.source.user');
  const refs = source.seeds.map((seed) => `#${seed}`).join(', ');
  if (refs && source.publicSources) return t('deadlines.source.guidesAndHelp', { refs });
  if (refs) return t('deadlines.source.guides', { refs });
  return t('deadlines.source.help');
}

export interface DeadlineExplanation {
  derivation: string;
  source: string;
  /** Present for estimates: why, and the figures sources give. */
  estimate?: { label: string; hint: string; alternatives?: string };
  /** Present for user overrides: "set by you", and what the rules gave. */
  overridden?: { label: string; computed?: string };
}

/** Everything the UI shows about where a deadline comes from. */
export function explainDeadline(deadline: ComputedDeadline, ctx: DeadlineTextContext): DeadlineExplanation {
  const t = translator(ctx.locale);
  const explanation: DeadlineExplanation = {
    derivation: derivationText(deadline.derivation, ctx),
    source: sourceText(deadline.source, ctx.locale),
  };
  if (deadline.estimate) {
    const { days, alternatives } = deadline.derivation;
    const figures = [...new Set([days, ...alternatives].map(Math.abs))].sort((a, b) => a - b);
    explanation.estimate = {
      label: t('deadlines.estimate'),
      hint: t('deadlines.estimateHint'),
      ...(alternatives.length > 0 ? { alternatives: t('deadlines.alternatives', { figures: figures.join(', ') }) } : {}),
    };
  }
  if (deadline.overridden) {
    explanation.overridden = {
      label: t('deadlines.setByYou'),
      ...(deadline.computedDueAt !== undefined
        ? { computed: t('deadlines.computedWas', { date: formatDateTime(deadline.computedDueAt, ctx.locale, zoneOf(ctx)) }) }
        : {}),
    };
  }
  return explanation;
}

/**
 * "3 days left", "Overdue by 2 days"; for a passed milestone "3 days ago"
 * (nothing is overdue when a dispute window has opened). Whole units,
 * rounded down, so the text never promises more time than there is.
 */
export function countdownText(deadline: Pick<ComputedDeadline, 'kind' | 'dueAt'>, now: number, locale: Locale): string {
  const t = translator(locale);
  const parts = countdownParts(deadline.dueAt, now);
  if (parts.overdue && !isActionDeadline(deadline.kind)) {
    const rtf = relativeTimeFormat(locale);
    if (parts.totalMs >= MS_PER_DAY) return rtf.format(-parts.days, 'day');
    if (parts.totalMs >= MS_PER_HOUR) return rtf.format(-parts.hours, 'hour');
    return rtf.format(-parts.minutes, 'minute');
  }
  const [days, hours, minutes]: [MessageKey, MessageKey, MessageKey] = parts.overdue
    ? ['deadlines.countdown.overdueDays', 'deadlines.countdown.overdueHours', 'deadlines.countdown.overdueMinutes']
    : ['deadlines.countdown.daysLeft', 'deadlines.countdown.hoursLeft', 'deadlines.countdown.minutesLeft'];
  if (parts.days >= 1) return t(days, { count: parts.days });
  if (parts.hours >= 1) return t(hours, { count: parts.hours });
  return t(minutes, { count: parts.minutes });
}

export interface NotificationText {
  title: string;
  body: string;
  /** Button labels: open the order, snooze. */
  buttons: { openOrder: string; snooze: string };
}

/**
 * Title and body of a reminder notification, written at `now` (a late
 * reminder says "today", not "in 3 days").
 */
export function reminderText(
  reminder: Pick<ReminderSpec, 'kind' | 'dueAt'> & { deadline: Pick<ComputedDeadline, 'estimate'> },
  orderLabel: string,
  now: number,
  ctx: DeadlineTextContext,
): NotificationText {
  const t: Translate = translator(ctx.locale);
  const tz = zoneOf(ctx);
  const days = calendarDaysBetween(now, reminder.dueAt, tz);
  const when = relativeTimeFormat(ctx.locale).format(days, 'day');
  const body = t(KIND_KEYS[reminder.kind].reminder, {
    order: orderLabel,
    date: formatDateTime(reminder.dueAt, ctx.locale, tz),
    marketplace: ctx.marketplaceName,
  });
  return {
    title: t('deadlines.reminder.title', { kind: kindName(reminder.kind, ctx), when }),
    body: reminder.deadline.estimate ? `${body} ${t('deadlines.reminder.estimateNote')}` : body,
    buttons: { openOrder: t('deadlines.reminder.openOrder'), snooze: t('deadlines.reminder.snooze') },
  };
}
