import { LOCALES, type Locale } from '../i18n/locales';
import {
  formatCount,
  formatEnglishMoney,
  formatGlossDate,
  formatGlossMoney,
  inlineText,
  isUsableMoney,
  roundMoney,
} from './english';
import type { CountParam, ParamName, Params } from './template';
import type { DraftAnswers, DraftContext, Money } from './types';
import { DEFAULT_MARKETPLACE, marketplaceName } from '../marketplaces/registry';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Listing titles run to 200 characters; a message needs only enough to recognise the item. */
export const ITEM_TITLE_MAX = 60;
/** Short answers such as "size M, black". */
export const ANSWER_TEXT_MAX = 60;

const same = (value: string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, value])) as Record<Locale, string>;

const perLocale = (format: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, format(locale)])) as Record<Locale, string>;

const isCount = (value: number | undefined): value is number =>
  value !== undefined && Number.isInteger(value) && value >= 1 && value < 100_000;

const isInstant = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);

/** Whole days of protection left: the page's own figure wins, else counted from the end date. */
export function protectionDaysLeft(context: DraftContext): number | undefined {
  if (context.daysLeft !== undefined) return isCount(context.daysLeft) ? context.daysLeft : undefined;
  if (!isInstant(context.protectionEndsAt)) return undefined;
  const days = Math.floor((context.protectionEndsAt - context.now) / DAY_MS);
  return isCount(days) ? days : undefined;
}

export function moneyParam(money: Money): Record<Locale, string> {
  return perLocale((locale) => (locale === 'en' ? formatEnglishMoney(money) : formatGlossMoney(money, locale)));
}

export function countParam(params: Params, name: CountParam, value: number | undefined): void {
  if (!isCount(value)) return;
  params.counts[name] = value;
  params.values[name] = perLocale((locale) => formatCount(value, locale));
}

export function textParam(params: Params, name: ParamName, value: string | undefined, maxLength: number): void {
  const text = inlineText(value, maxLength);
  if (text !== undefined) params.values[name] = same(text);
}

export function dateParam(params: Params, name: ParamName, instant: number | undefined, timeZone: string | undefined): void {
  if (!isInstant(instant)) return;
  params.values[name] = perLocale((locale) => formatGlossDate(instant, locale, timeZone));
}

/** The facts of the order, in every language, as placeholders. */
export function contextParams(context: DraftContext): Params {
  const params: Params = { values: {}, counts: {} };
  const zone = context.timeZone;
  textParam(params, 'order', context.orderNumber, 40);
  dateParam(params, 'orderDate', context.orderDate, zone);
  dateParam(params, 'shipDate', context.shipDate, zone);
  textParam(params, 'store', context.storeName, ITEM_TITLE_MAX);
  textParam(params, 'item', context.itemTitle, ITEM_TITLE_MAX);
  if (isUsableMoney(context.total)) params.values.total = moneyParam(context.total);
  textParam(params, 'tracking', context.trackingNumber, 40);
  // A protection end already past is no longer a fact worth stating to the seller.
  if (isInstant(context.protectionEndsAt) && context.protectionEndsAt > context.now) {
    dateParam(params, 'protectionEnds', context.protectionEndsAt, zone);
  }
  countParam(params, 'daysLeft', protectionDaysLeft(context));
  dateParam(params, 'deadline', context.disputeDeadline, zone);
  textParam(params, 'seller', context.sellerName, 40);
  // An order typed in for an unknown marketplace is written to as if on the default one.
  params.values.platform = same(marketplaceName(context.marketplace === undefined || context.marketplace === 'other' ? DEFAULT_MARKETPLACE : context.marketplace));
  return params;
}

/**
 * The partial refund asked for: a fixed amount, or a percentage, which with a
 * known order total also becomes an amount so the seller sees both.
 */
export function addPartialRefund(params: Params, answers: DraftAnswers, total: Money | undefined): void {
  const partial = answers.partial;
  if (!partial) return;
  if (partial.kind === 'amount') {
    if (isUsableMoney(partial.amount)) params.values.amount = moneyParam(partial.amount);
    return;
  }
  const percent = partial.percent;
  if (!Number.isFinite(percent) || percent <= 0 || percent >= 100) return;
  params.values.percent = perLocale((locale) => formatCount(percent, locale));
  if (isUsableMoney(total)) {
    const amount = roundMoney((total.amount * percent) / 100, total.currency);
    if (amount > 0) params.values.amount = moneyParam({ amount, currency: total.currency });
  }
}

/** Context facts plus what the buyer answered. */
export function draftParams(context: DraftContext, answers: DraftAnswers): Params {
  const params = contextParams(context);
  addPartialRefund(params, answers, context.total);
  countParam(params, 'days', answers.days);
  countParam(params, 'items', answers.items);
  textParam(params, 'ordered', answers.ordered, ANSWER_TEXT_MAX);
  textParam(params, 'received', answers.received, ANSWER_TEXT_MAX);
  return params;
}
