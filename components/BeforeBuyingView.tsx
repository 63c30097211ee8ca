import { useEffect, useMemo, useState } from 'preact/hooks';
import { BEFORE_BUYING, buildDraft, getSituation, questionsFor, situationLabel, type BeforeBuyingId, type DraftAnswers } from '../lib/drafts';
import { BEFORE_BUYING_MARKETPLACES, pageProduct, type BeforeBuyingMarketplace } from '../lib/app/page-product';
import { DEFAULT_MARKETPLACE, marketplaceName } from '../lib/marketplaces/registry';
import { useI18n } from './I18nContext';
import { useNow } from './hooks/useNow';
import { usePageCapture } from './CaptureBar';
import { Field } from './Field';
import { ChoiceGroup } from './ChoiceGroup';
import { DraftQuestions } from './DraftQuestions';
import { SentenceWithGloss } from './SentenceWithGloss';
import { DraftActions } from './DraftActions';

/**
 * A question to the seller before buying (size, real photos, delivery time…):
 * no order needed. The product's name and link come from the tab when it shows
 * a listing; the name stays editable, and goes into the English only in Latin letters.
 */
export function BeforeBuyingView() {
  const { t } = useI18n();
  const now = useNow();
  const page = pageProduct(usePageCapture());
  const [topic, setTopic] = useState<BeforeBuyingId>(BEFORE_BUYING[0]!.id);
  const [chosenMarketplace, setMarketplace] = useState<BeforeBuyingMarketplace | undefined>(undefined);
  const [answers, setAnswers] = useState<DraftAnswers>({});
  const marketplace = page.marketplace ?? chosenMarketplace ?? DEFAULT_MARKETPLACE;

  // The page's title fills the name once; after that the field is the buyer's.
  useEffect(() => {
    if (page.title !== undefined) setAnswers((current) => (current.product === undefined ? { ...current, product: page.title } : current));
  }, [page.title]);

  const situation = getSituation(topic);
  const draft = useMemo(
    () => buildDraft({ situation: topic, tone: 'polite', answers, context: { orderNumber: '', marketplace, now, ...(page.url ? { productUrl: page.url } : {}) } }),
    [topic, answers, marketplace, now, page.url],
  );

  return (
    <section class="composer" aria-labelledby="before-buying-heading">
      <h2 id="before-buying-heading">{t('drafts.beforeBuying.title')}</h2>
      <p class="muted">{t('drafts.beforeBuying.intro')}</p>
      <form class="order-form" onSubmit={(event) => event.preventDefault()}>
        {page.marketplace === undefined && (
          <ChoiceGroup
            legend={t('drafts.question.marketplace')}
            value={marketplace}
            options={BEFORE_BUYING_MARKETPLACES.map((value) => ({ value, label: marketplaceName(value) }))}
            onChange={setMarketplace}
          />
        )}
        <Field
          label={t('drafts.question.topic')}
          name="topic"
          value={topic}
          options={BEFORE_BUYING.map((s) => [s.id, t(situationLabel(s.id))])}
          onChange={(value) => {
            setTopic(value as BeforeBuyingId);
            // The product's name carries over; the other answers belong to the old question.
            setAnswers((current) => (current.product === undefined ? {} : { product: current.product }));
          }}
        />
        <DraftQuestions questions={questionsFor(situation, answers)} answers={answers} currency="USD" onChange={setAnswers} />
      </form>
      <h3 id="draft-preview-heading">{t('compose.draft.preview')}</h3>
      <p class="send-to">{t(draft.sendTo.key, draft.sendTo.params)}</p>
      <SentenceWithGloss sentences={draft.sentences} label={t('compose.draft.preview')} />
      <DraftActions text={draft.text} length={draft.length} limit={draft.limit} limitEstimated={draft.limitEstimated} overLimit={draft.overLimit} insertable />
    </section>
  );
}
