import { placeholdersOf } from '../../../lib/drafts/template';
import { allQuestions } from '../../../lib/drafts/situation';
import type { DraftAnswers, DraftContext, Question, Situation } from '../../../lib/drafts';

/*
 * Every combination of a situation's options: each question's answers (and
 * "not answered" where optional), every subset of the order facts its
 * sentences can use, and 1 versus many for every count.
 */

const DAY = 24 * 60 * 60 * 1000;
export const NOW = Date.UTC(2026, 2, 7, 9, 30);

/** The fullest context; combinations leave fields out of it. */
export const FULL_CONTEXT: Required<Omit<DraftContext, 'marketplace' | 'disputeDeadline' | 'storeName' | 'productUrl'>> & Pick<DraftContext, 'disputeDeadline' | 'storeName'> = {
  orderNumber: '8123456789012345',
  orderDate: Date.UTC(2026, 1, 2, 14),
  shipDate: Date.UTC(2026, 1, 5, 3),
  storeName: 'Sunny Gadgets Store',
  itemTitle: 'Wireless earbuds with charging case',
  total: { amount: 1234.5, currency: 'USD' },
  trackingNumber: 'LP00123456789CN',
  protectionEndsAt: NOW + 5 * DAY + 6 * 60 * 60 * 1000,
  deliveredAt: NOW - 2 * DAY,
  daysLeft: 5,
  sellerName: 'Anna',
  timeZone: 'UTC',
  now: NOW,
};

/** Placeholder → the context field that fills it. */
const FIELD_OF: Record<string, keyof DraftContext> = {
  orderDate: 'orderDate',
  shipDate: 'shipDate',
  store: 'storeName',
  item: 'itemTitle',
  total: 'total',
  tracking: 'trackingNumber',
  protectionEnds: 'protectionEndsAt',
  daysLeft: 'daysLeft',
  deadline: 'disputeDeadline',
  delivered: 'deliveredAt',
  seller: 'sellerName',
};

export function contextFieldsUsed(situation: Situation): (keyof DraftContext)[] {
  const fields = new Set<keyof DraftContext>();
  for (const template of situation.sentences) {
    for (const variant of template.variants) {
      for (const name of placeholdersOf(variant)) {
        const field = FIELD_OF[name];
        if (field) fields.add(field);
      }
    }
  }
  // A "when" may read the context directly (ask-tracking reads shipDate).
  fields.add('shipDate');
  return [...fields];
}

function powerset<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((sets, item) => sets.concat(sets.map((set) => [...set, item])), [[]]);
}

export function contexts(fields: readonly (keyof DraftContext)[]): DraftContext[] {
  const result: DraftContext[] = [];
  for (const present of powerset(fields)) {
    const base: DraftContext = { orderNumber: FULL_CONTEXT.orderNumber, now: NOW, timeZone: 'UTC' };
    for (const field of present) Object.assign(base, { [field]: FULL_CONTEXT[field as keyof typeof FULL_CONTEXT] });
    // Without its own figure, daysLeft is computed from the end date; with it, try 1 and many.
    if (present.includes('daysLeft')) {
      result.push({ ...base, daysLeft: 1 }, { ...base, daysLeft: 5 });
    } else {
      result.push(base);
    }
  }
  return result;
}

function answerValues(question: Question): unknown[] {
  const optional = question.required ? [] : [undefined];
  switch (question.kind) {
    case 'choice':
      return [...optional, ...question.options.map((option) => option.value)];
    case 'yes-no':
      return [...optional, true, false];
    case 'count':
      // Pieces: 5 ordered with 4 or 1 received gives 1 and 4 missing; other counts try 1 and many.
      if (question.id === 'orderedCount') return [...optional, 5];
      if (question.id === 'receivedCount') return [...optional, 1, 4];
      return [...optional, 1, 3];
    case 'money':
      return [...optional, { amount: 8, currency: 'EUR' }];
    case 'text':
      return [...optional, question.id === 'ordered' ? 'size M, black' : question.id === 'received' ? 'size S, white' : 'the box was crushed'];
    case 'partial':
      return [...optional, { kind: 'amount', amount: { amount: 12.5, currency: 'USD' } }, { kind: 'percent', percent: 30 }];
  }
}

/**
 * The buyer's free detail line is independent of every other answer, so it is
 * added to every other combination rather than doubling them all.
 */
export function answerCombinations(situation: Situation): DraftAnswers[] {
  let combos: DraftAnswers[] = [{}];
  for (const question of allQuestions(situation)) {
    if (question.id === 'detail') continue;
    combos = combos.flatMap((combo) =>
      answerValues(question).map((value) => (value === undefined ? combo : { ...combo, [question.id]: value })),
    );
  }
  const offersDetail = allQuestions(situation).some((question) => question.id === 'detail');
  if (!offersDetail) return combos;
  const withDetail = (combo: DraftAnswers): DraftAnswers => ({ ...combo, detail: 'the box was crushed' });
  return combos.length === 1 ? [combos[0]!, withDetail(combos[0]!)] : combos.map((combo, index) => (index % 2 === 1 ? withDetail(combo) : combo));
}
