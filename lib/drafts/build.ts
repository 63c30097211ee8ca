import { measure, resolveLimit } from './limits';
import { draftParams } from './params';
import type { Question } from './situation';
import { getSituation } from './situations';
import { renderSentence, type SentenceTemplate, type TemplateInput } from './template';
import type { Draft, DraftAnswers, DraftContext, DraftSentence, SituationId, Tone } from './types';

export interface DraftRequest {
  situation: SituationId;
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
    if (value !== undefined) Object.assign(kept, { [question.id]: value });
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
  const answers = askedAnswers(situation.questions, request.answers ?? {});
  if (situation.fixedWant) answers.want = situation.fixedWant;
  const input: TemplateInput = { tone: request.tone, answers, context: request.context };
  const rendered = renderSentences(situation.sentences, input, draftParams(request.context, answers));
  const text = joinMessage(rendered);
  const limit = resolveLimit(request.limit, request.context.marketplace, 'chat');
  return {
    situation: situation.id,
    tone: request.tone,
    sentences: rendered.map((entry) => entry.sentence),
    text,
    ...measure(text, limit),
  };
}
