import { greeting } from '../common';
import type { Situation } from '../situation';
import { sentence, whenTone } from '../template';

/** The firm tone of a thank-you is the short one: a seller reads it at a glance. */
export const thanks: Situation = {
  id: 'thanks',
  questions: [],
  sentences: [
    ...greeting,
    sentence('thanks.received', [
      'sentences.thanks.received.polite.item',
      'sentences.thanks.received.polite.plain',
    ], whenTone('polite')),
    sentence('thanks.received', [
      'sentences.thanks.received.firm',
    ], whenTone('firm')),
    sentence('thanks.service', [
      'sentences.thanks.service.polite',
    ], whenTone('polite')),
    sentence('thanks.feedback', [
      'sentences.thanks.feedback.polite',
    ], whenTone('polite')),
    {
      ...sentence('closing', [
        'sentences.thanks.closing.polite',
      ], whenTone('polite')),
      part: 'closing',
    },
    {
      ...sentence('closing', ['sentences.thanks.closing.firm'], whenTone('firm')),
      part: 'closing',
    },
  ],
};
