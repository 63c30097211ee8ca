import { counterpartFor } from './counterpart';
import { isEstimated, measure, resolveLimit } from './limits';
import { draftParams, platformName } from './params';
import { allQuestions, type Question } from './situation';
import { getSituation } from './situations';
import { renderSentence, type SentenceTemplate, type TemplateInput } from './template';
import { beforeBuyingParams } from './before-buying';
import { BEFORE_BUYING_IDS, type Draft, type DraftAnswers, type DraftContext, type DraftId, type DraftSentence, type Tone } from './types';

export interface DraftRequest {
  situation: DraftId;
  tone: Tone;
  answers?: DraftAnswers;
  context: DraftContext;
  /** Overrides the marketplace's chat limit; null for none. */
  limit?: number | null;
}

/** Keeps only the answers to questions the situation asks, so stray fields cannot add sentences. */
function askedAnswers(questions: readonly Question[], answers: DraftAnswers): DraftAnswers {
  const kept: DraftAnswers = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value !== undefined && (question.askedWhen?.(answers) ?? true)) Object.assign(kept, { [question.id]: value });
  }
  return kept;
}

/** Greeting on its own line, the body as one paragraph, the closing after a blank line. */
export function joinMessage(sentences: readonly { sentence: DraftSentence; part: SentenceTemplate['part'] }[]): string {
  const paragraph = (part: SentenceTemplate['part']) =>
    sentences
      .filter((entry) => (entry.part ?? 'body') === part)
      .map((entry) => entry.sentence.english)
      .join(' ');
  return [paragraph('greeting'), paragraph('body'), paragraph('closing')].filter((text) => text !== '').join('\n\n');
}

export function renderSentences(templates: readonly SentenceTemplate[], input: TemplateInput, params: ReturnType<typeof draftParams>) {
  const rendered: { sentence: DraftSentence; part: SentenceTemplate['part'] }[] = [];
  for (const template of templates) {
    const sentence = renderSentence(template, input, params);
    if (sentence) rendered.push({ sentence, part: template.part });
  }
  return rendered;
}

/** The English message for a situation, sentence by sentence with its glosses, and its length against the limit. */
export function buildDraft(request: DraftRequest): Draft {
  const situation = getSituation(request.situation);
  const answers = askedAnswers(allQuestions(situation), request.answers ?? {});
  if (situation.fixedWant) answers.want = situation.fixedWant;
  const counterpart = counterpartFor(request.context.marketplace, situation.audience ?? 'seller');
  const input: TemplateInput = { tone: request.tone, reader: counterpart.reader, answers, context: request.context };
  const params = draftParams(request.context, answers);
  if ((BEFORE_BUYING_IDS as readonly string[]).includes(situation.id)) beforeBuyingParams(params, request.context, answers);
  // Support is not the seller: a greeting by the seller's name would go to the wrong person.
  if (counterpart.reader === 'support') delete params.values.seller;
  const rendered = renderSentences(situation.sentences, input, params);
  const text = joinMessage(rendered);
  const limit = resolveLimit(request.limit, request.context.marketplace, 'chat');
  return {
    situation: situation.id,
    tone: request.tone,
    sentences: rendered.map((entry) => entry.sentence),
    text,
    ...measure(text, limit, isEstimated(request.limit, request.context.marketplace)),
    sendTo: { key: counterpart.sendTo, params: { platform: platformName(request.context.marketplace) } },
    notes: situation.notes?.(input) ?? [],
  };
}
