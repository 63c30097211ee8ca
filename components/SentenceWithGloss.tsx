import type { DraftSentence } from '../lib/drafts';
import { useI18n } from './I18nContext';

/**
 * The English sentences the buyer sends, each with what it says in the
 * buyer's language underneath (written translations, not machine ones).
 */
export function SentenceWithGloss({ sentences, label }: { sentences: readonly DraftSentence[]; label: string }) {
  const { t, locale } = useI18n();
  return (
    <ol class="sentences" aria-label={label}>
      {sentences.map((sentence) => (
        <li key={sentence.id}>
          <p class="english" lang="en">
            {sentence.english}
          </p>
          {locale !== 'en' && (
            <p class="gloss" lang={locale}>
              <span class="visually-hidden">{t('drafts.composer.glossLabel')}: </span>
              {sentence.gloss[locale]}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
