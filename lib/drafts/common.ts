import { forReader, sentence, whenTone, type SentenceTemplate, type TemplateInput } from './template';
import type { Question } from './situation';
import type { WantedOutcome } from './types';

/*
 * Sentences most situations share. Glosses avoid first-person past tense in
 * Ukrainian, Polish and Russian, where it would need the buyer's gender
 * ("отримав/отримала"), and give Georgian dates after a colon, where a case
 * ending would otherwise have to be glued to "12 მარტი, 2026".
 */

export const greetingPolite: SentenceTemplate = {
  ...sentence('greeting', [
    'sentences.greeting.polite.seller',
    'sentences.greeting.polite.plain',
  ], whenTone('polite')),
  part: 'greeting',
};

export const greetingFirm: SentenceTemplate = {
  ...sentence('greeting', [
    'sentences.greeting.firm.seller',
    'sentences.greeting.firm.plain',
  ], whenTone('firm')),
  part: 'greeting',
};

/** "I am writing about my order …", with whichever of item and date are known. */
export const orderIntro: SentenceTemplate = sentence('intro', [
  'sentences.intro.item-orderDate',
  'sentences.intro.orderDate',
  'sentences.intro.item',
  'sentences.intro.plain',
]);

export const evidenceOffer: SentenceTemplate = sentence(
  'evidence',
  [
    'sentences.evidence',
  ],
  ({ answers }) => answers.evidence === true,
);

/** For a wish sentence: the buyer wants `want` and writes in `tone`. */
export const whenWant =
  (want: WantedOutcome, tone: TemplateInput['tone']) =>
  ({ answers, tone: actual }: TemplateInput): boolean =>
    answers.want === want && actual === tone;

export const wantSentences: readonly SentenceTemplate[] = [
  sentence('want.refund', [
    'sentences.want.refund.polite.total',
    'sentences.want.refund.polite.plain',
  ], whenWant('refund', 'polite')),
  sentence('want.refund', [
    'sentences.want.refund.firm.total',
    'sentences.want.refund.firm.plain',
  ], whenWant('refund', 'firm')),
  sentence('want.replacement', [
    'sentences.want.replacement.polite',
  ], whenWant('replacement', 'polite')),
  sentence('want.replacement', [
    'sentences.want.replacement.firm',
  ], whenWant('replacement', 'firm')),
  sentence('want.repair', [
    'sentences.want.repair.polite',
  ], whenWant('repair', 'polite')),
  sentence('want.repair', [
    'sentences.want.repair.firm',
  ], whenWant('repair', 'firm')),
  sentence('want.partial-refund', [
    'sentences.want.partial-refund.polite.amount-percent',
    'sentences.want.partial-refund.polite.amount',
    'sentences.want.partial-refund.polite.percent',
    'sentences.want.partial-refund.polite.plain',
  ], whenWant('partial-refund', 'polite')),
  sentence('want.partial-refund', [
    'sentences.want.partial-refund.firm.amount-percent',
    'sentences.want.partial-refund.firm.amount',
    'sentences.want.partial-refund.firm.percent',
    'sentences.want.partial-refund.firm.plain',
  ], whenWant('partial-refund', 'firm')),
  sentence('want.return', [
    'sentences.want.return.polite',
  ], whenWant('return', 'polite')),
  sentence('want.return', [
    'sentences.want.return.firm',
  ], whenWant('return', 'firm')),
];

/** The firm tone names the next step when the buyer has asked for something. */
export const disputeWarning: SentenceTemplate = sentence(
  'dispute-warning',
  [
    'sentences.dispute-warning.firm',
  ],
  // Where support answers for the sellers there is no dispute to open: the reply date is the firm part.
  forReader('seller', ({ tone, answers }) => tone === 'firm' && answers.want !== undefined),
);

/** Inside an open dispute the next step is the marketplace's mediation, not another dispute. */
export const disputeEscalation: SentenceTemplate = sentence(
  'dispute-escalation',
  [
    'sentences.dispute-escalation.firm',
  ],
  whenTone('firm'),
);

export const closingPolite: SentenceTemplate = {
  ...sentence('closing', [
    'sentences.closing.polite',
  ], whenTone('polite')),
  part: 'closing',
};

/** The firm tone has already said what it wants and by when: a plain thanks closes it. */
export const closingFirm: SentenceTemplate = {
  ...sentence('closing', [
    'sentences.closing.firm',
  ], whenTone('firm')),
  part: 'closing',
};

/** A firm draft names the day the seller must answer by (see `replyByDate`). */
export const replyBySentence: SentenceTemplate = sentence(
  'reply-by',
  [
    'sentences.reply-by.firm',
  ],
  whenTone('firm'),
);

/** The buyer's own English sentence, for what the options cannot say; the gloss shows it as typed. */
export const detailSentence: SentenceTemplate = sentence('detail', [
  'sentences.detail',
]);

export const greeting = [greetingPolite, greetingFirm] as const;
export const closing = [closingPolite, closingFirm] as const;

/** The shared wish sentences without those for `outcome`, for a situation that words that wish its own way. */
export function wantSentencesExcept(outcome: WantedOutcome): SentenceTemplate[] {
  return wantSentences.filter((template) => template.id !== `want.${outcome}`);
}

export interface StandardMessageOptions {
  /** The situation's questions: only the wishes it offers, and the evidence line if it asks about photos, are included. */
  questions: readonly Question[];
  fixedWant?: WantedOutcome;
  /** Leave out "I am writing about my order …" when the situation's first sentence names the order itself. */
  intro?: boolean;
  /** Leave out the firm "I will open a dispute" when the situation says its own next step. */
  disputeWarning?: boolean;
  /** Leave out the firm "Please reply by …" (a refusal or a thank-you asks for no answer). */
  replyBy?: boolean;
  /** Replaces the shared wish sentences. */
  wants?: readonly SentenceTemplate[];
  /** The situation's sentences that follow the wish. */
  afterWish?: readonly SentenceTemplate[];
  /** Replaces the shared closings, for a message the usual thanks does not fit. */
  closing?: readonly SentenceTemplate[];
}

function offeredWants(options: StandardMessageOptions): WantedOutcome[] {
  const asked = options.questions.flatMap((question) => (question.id === 'want' ? question.options.map((option) => option.value) : []));
  return options.fixedWant ? [...asked, options.fixedWant] : asked;
}

/**
 * Greeting, intro, the situation's own sentences, the buyer's own detail,
 * evidence, the wish, the firm warning and reply date, closing: only the
 * sentences the situation's questions can reach, so every listed sentence is
 * one a buyer can get.
 */
export function standardMessage(own: readonly SentenceTemplate[], options: StandardMessageOptions): SentenceTemplate[] {
  const offered = offeredWants(options);
  const wishes = (options.wants ?? wantSentences).filter((template) => offered.some((want) => template.id === `want.${want}`));
  const asks = (id: Question['id']) => options.questions.some((question) => question.id === id);
  // The buyer's own detail line (askDetail) is offered by every situation built here.
  return [
    ...greeting,
    ...(options.intro === false ? [] : [orderIntro]),
    ...own,
    detailSentence,
    ...(asks('evidence') ? [evidenceOffer] : []),
    ...wishes,
    ...(options.afterWish ?? []),
    ...(options.disputeWarning === false || offered.length === 0 ? [] : [disputeWarning]),
    ...(options.replyBy === false ? [] : [replyBySentence]),
    ...(options.closing ?? closing),
  ];
}

/** When buyer protection ends, with the days left when known. */
export const protectionEnds: SentenceTemplate = sentence('protection-ends', [
  'sentences.protection-ends.daysLeft-protectionEnds',
  'sentences.protection-ends.protectionEnds',
  'sentences.protection-ends.daysLeft',
]);
