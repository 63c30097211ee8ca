import { DEADLINE_KINDS, isActionDeadline, type DeadlineKind } from './kinds';
import { ruleSetFor } from './rule-sets';
import type { ComputedDeadline, DeadlineFacts, DeadlineRule, DeadlineRuleSet, DeadlineSource, OrderDeadline } from './types';
import { addCalendarDays, systemTimeZone } from './zoned-time';

export interface ComputeOptions {
  /** IANA zone whose calendar days the rules count in; the browser's when absent. */
  timeZone?: string;
  /** Rules to apply instead of the marketplace's own (tests, previews). */
  rules?: DeadlineRuleSet;
}

export const PAGE_COUNTDOWN_RULE_ID = 'page-countdown';
export const PROTECTION_DAYS_RULE_ID = 'protection-days';
export const USER_OVERRIDE_RULE_ID = 'user-override';
export const PAGE_DATE_RULE_ID = 'page-date';

/** The order page shows the remaining buyer-protection time; it beats any computed default. */
const PAGE_SOURCE: DeadlineSource = { origin: 'order-page', seeds: [], publicSources: false };
/** Entered by the user. */
const USER_SOURCE: DeadlineSource = { origin: 'user', seeds: [], publicSources: false };

/** Stored facts may hold anything a page reader produced; only finite numbers count as instants. */
const known = (value: number | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

interface Situation {
  finished: boolean;
  disputed: boolean;
  confirmed: boolean;
  delivered: boolean;
}

function situationOf(facts: DeadlineFacts): Situation {
  const confirmed = known(facts.confirmedAt) || facts.status === 'completed';
  return {
    finished: facts.status === 'closed' || facts.status === 'cancelled',
    disputed: known(facts.disputeOpenedAt) || facts.status === 'in-dispute',
    confirmed,
    delivered: confirmed || known(facts.deliveredAt) || facts.status === 'delivered',
  };
}

/** Whether a kind still matters for an order in this situation (user overrides included). */
function isRelevant(kind: DeadlineKind, s: Situation): boolean {
  switch (kind) {
    case 'protection-end':
      // A dispute holds the order open; a confirmation ends protection early.
      return !s.finished && !s.disputed && !s.confirmed;
    case 'extend-protection-ask':
      // Only worth asking while the parcel has not arrived.
      return !s.finished && !s.disputed && !s.delivered;
    case 'dispute-opens':
    case 'dispute-last-day':
      return !s.finished && !s.disputed;
    case 'seller-response-due':
    case 'marketplace-steps-in':
      return !s.finished;
    case 'complaint-answer-expected':
      // A complaint is about the seller, not the order: it outlives the order.
      return true;
    case 'late-delivery-credit':
    case 'no-update-refund':
      // Both are about a parcel that has not arrived.
      return !s.finished && !s.delivered;
    case 'price-adjustment-last-day':
    case 'return-last-day':
      return !s.finished;
  }
}

function fromRule(rule: Omit<DeadlineRule, 'source'> & { source: DeadlineSource }, from: number, fromIsEstimate: boolean, timeZone: string): ComputedDeadline {
  return {
    kind: rule.kind,
    dueAt: addCalendarDays(from, rule.days, timeZone),
    ruleId: rule.id,
    // The rule's developer note stays with the rule.
    source: { origin: rule.source.origin, seeds: rule.source.seeds, publicSources: rule.source.publicSources },
    estimate: rule.estimate || fromIsEstimate,
    derivation: { basis: rule.basis, days: rule.days, from, alternatives: rule.alternatives },
    overridden: false,
  };
}

const earlier = (a: ComputedDeadline | undefined, b: ComputedDeadline | undefined) =>
  a && b ? (b.dueAt < a.dueAt ? b : a) : (a ?? b);

function protectionFromFacts(facts: DeadlineFacts, rules: DeadlineRuleSet, timeZone: string): ComputedDeadline | undefined {
  const page = facts.protectionEndsAtFromPage;
  let stated: ComputedDeadline | undefined;
  if (page && known(page.endsAt) && known(page.seenAt)) {
    stated = {
      kind: 'protection-end',
      dueAt: page.endsAt,
      ruleId: PAGE_COUNTDOWN_RULE_ID,
      source: PAGE_SOURCE,
      estimate: false,
      derivation: { basis: 'page-countdown', days: 0, from: page.seenAt, alternatives: [] },
      overridden: false,
    };
  } else if (known(facts.shippedAt) && known(facts.protectionDays) && Number.isInteger(facts.protectionDays) && facts.protectionDays > 0) {
    const source: DeadlineSource = facts.protectionDaysFrom === 'order-page' ? PAGE_SOURCE : USER_SOURCE;
    stated = fromRule(
      { id: PROTECTION_DAYS_RULE_ID, kind: 'protection-end', basis: 'shipped', days: facts.protectionDays, alternatives: [], estimate: false, source },
      facts.shippedAt,
      false,
      timeZone,
    );
  }
  // Delivery may shorten protection; a countdown seen after delivery already shows that.
  const cap = rules.protectionAfterDelivery;
  const deliveredAfterPageSeen = !page || !known(page.seenAt) || (known(facts.deliveredAt) && facts.deliveredAt > page.seenAt);
  if (cap && known(facts.deliveredAt) && deliveredAfterPageSeen) {
    return earlier(stated, fromRule(cap, facts.deliveredAt, false, timeZone));
  }
  return stated;
}

/** A date the order page states outright: it beats any rule. */
function fromPageDate(kind: DeadlineKind, at: number): ComputedDeadline {
  return {
    kind,
    dueAt: at,
    ruleId: PAGE_DATE_RULE_ID,
    source: PAGE_SOURCE,
    estimate: false,
    derivation: { basis: 'page-date', days: 0, from: at, alternatives: [] },
    overridden: false,
  };
}

/**
 * Every deadline of one order, soonest first. Precedence: the user's override
 * beats the page countdown, which beats the rules. Deadlines derived from an
 * overridden or page value count from that value.
 */
export function computeDeadlines(facts: DeadlineFacts, options: ComputeOptions = {}): ComputedDeadline[] {
  const timeZone = options.timeZone ?? systemTimeZone();
  const rules = options.rules ?? ruleSetFor(facts.marketplace);
  const situation = situationOf(facts);
  const result: ComputedDeadline[] = [];

  /** Applies the user's override, records the deadline if it matters, and returns what dependants count from. */
  const settle = (kind: DeadlineKind, computed: ComputedDeadline | undefined): ComputedDeadline | undefined => {
    const override = facts.overrides?.[kind];
    const effective: ComputedDeadline | undefined = known(override)
      ? {
          kind,
          dueAt: override,
          ruleId: USER_OVERRIDE_RULE_ID,
          source: USER_SOURCE,
          estimate: false,
          derivation: { basis: 'user', days: 0, from: override, alternatives: [] },
          overridden: true,
          ...(computed ? { computedDueAt: computed.dueAt } : {}),
        }
      : computed;
    if (effective && isRelevant(kind, situation)) result.push(effective);
    return effective;
  };
  const derive = (rule: DeadlineRule | undefined, from: number | undefined, fromIsEstimate = false) =>
    rule && known(from) ? fromRule(rule, from, fromIsEstimate, timeZone) : undefined;

  const protection = settle('protection-end', protectionFromFacts(facts, rules, timeZone));
  settle('extend-protection-ask', derive(rules.extendProtectionAsk, protection?.dueAt, protection?.estimate));
  settle('dispute-opens', derive(rules.disputeOpens, facts.shippedAt));
  settle(
    'dispute-last-day',
    earlier(
      derive(rules.disputeLastDayAfterProtection, protection?.dueAt, protection?.estimate),
      derive(rules.disputeLastDayAfterConfirmation, facts.confirmedAt),
    ),
  );
  settle('seller-response-due', derive(rules.sellerResponseDue, facts.disputeOpenedAt));
  settle('marketplace-steps-in', derive(rules.marketplaceStepsIn, facts.disputeOpenedAt));
  settle('complaint-answer-expected', derive(rules.complaintAnswerExpected, facts.complaintSubmittedAt));
  const page = facts.pageDates ?? {};
  settle('late-delivery-credit', derive(rules.lateDeliveryCredit, page.latestDelivery));
  settle('no-update-refund', known(page.noUpdateRefund) ? fromPageDate('no-update-refund', page.noUpdateRefund) : undefined);
  settle('price-adjustment-last-day', derive(rules.priceAdjustmentLastDay, facts.orderedAt));
  settle(
    'return-last-day',
    known(page.returnBy) ? fromPageDate('return-last-day', page.returnBy) : derive(rules.returnLastDay, facts.orderedAt),
  );

  const order = (kind: DeadlineKind) => DEADLINE_KINDS.indexOf(kind);
  return result.sort((a, b) => a.dueAt - b.dueAt || order(a.kind) - order(b.kind));
}

/** The id of an order's deadline of one kind: one stored row per order and kind. */
export function deadlineId(orderId: string, kind: DeadlineKind): string {
  return `${orderId}:${kind}`;
}

/** Every deadline of one order in the shape the database stores and reminders read. */
export function orderDeadlines(orderId: string, facts: DeadlineFacts, options: ComputeOptions = {}): OrderDeadline[] {
  // Completed in place: computeDeadlines makes every deadline it returns for this call, and a
  // spread copy of each cost more than computing it (a 4,000-order import, lib/backup/README.md).
  return computeDeadlines(facts, options).map((d) => Object.assign(d, { id: deadlineId(orderId, d.kind), orderId, actionable: isActionDeadline(d.kind) ? (1 as const) : (0 as const) }));
}
