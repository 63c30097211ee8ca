import { useMemo, useState } from 'preact/hooks';
import { buildDraft, getSituation, protectionDaysLeft, questionsFor, situationLabel, situationsFor, TONES, type DraftAnswers, type SituationId, type Tone } from '../lib/drafts';
import { draftContextFor } from '../lib/app/draft-context';
import type { Order } from '../lib/schema/order';
import { useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import { useNow } from './hooks/useNow';
import { Field } from './Field';
import { ChoiceGroup } from './ChoiceGroup';
import { DraftQuestions } from './DraftQuestions';
import { SentenceWithGloss } from './SentenceWithGloss';
import { DraftActions } from './DraftActions';

/**
 * The message to the seller: pick the situation and tone, answer its
 * questions in your language, read each English sentence with what it says
 * underneath, then copy it or put it into the page's message box.
 */
export function DraftComposer({ order }: { order: Order }) {
  const { t } = useI18n();
  const now = useNow();
  const deadlines = useData('orderDeadlines', { orderId: order.id });
  const [situationId, setSituationId] = useState<SituationId>(situationsFor(order.marketplace)[0]!.id);
  const [tone, setTone] = useState<Tone>('polite');
  const [answers, setAnswers] = useState<DraftAnswers>({});

  const situation = getSituation(situationId);
  const context = useMemo(() => draftContextFor(order, deadlines ?? [], now), [order, deadlines, now]);
  const draft = useMemo(() => buildDraft({ situation: situationId, tone, answers, context }), [situationId, tone, answers, context]);
  if (!deadlines) return <p class="muted" role="status">{t('app.loading')}</p>;
  const daysLeft = protectionDaysLeft(context);
  const currency = order.total?.currency ?? order.items[0]?.price?.currency ?? 'USD';

  return (
    <section class="composer" aria-labelledby="composer-heading">
      <h3 id="composer-heading">{t('drafts.composer.title')}</h3>
      <p class="muted">{t('compose.draft.intro')}</p>
      {daysLeft !== undefined && <p>{t('compose.draft.daysLeft', { count: daysLeft })}</p>}
      <form class="order-form" onSubmit={(event) => event.preventDefault()}>
        <Field
          label={t('drafts.question.situation')}
          name="situation"
          value={situationId}
          options={situationsFor(order.marketplace).map((s) => [s.id, t(situationLabel(s.id))])}
          onChange={(value) => {
            setSituationId(value as SituationId);
            setAnswers({});
          }}
        />
        <ChoiceGroup
          legend={t('drafts.question.tone')}
          value={tone}
          options={TONES.map((value) => ({ value, label: t(`drafts.tone.${value}`), hint: t(`drafts.tone.${value}.hint`) }))}
          onChange={setTone}
        />
        <DraftQuestions questions={questionsFor(situation, answers)} answers={answers} currency={currency} onChange={setAnswers} />
      </form>
      <h4 id="draft-preview-heading">{t('compose.draft.preview')}</h4>
      <p class="send-to">{t(draft.sendTo.key, draft.sendTo.params)}</p>
      <SentenceWithGloss sentences={draft.sentences} label={t('compose.draft.preview')} />
      {draft.notes.length > 0 && (
        <ul class="draft-notes">
          {draft.notes.map((note) => (
            <li key={note.key}>{t(note.key, note.params)}</li>
          ))}
        </ul>
      )}
      <DraftActions
        text={draft.text}
        length={draft.length}
        limit={draft.limit}
        limitEstimated={draft.limitEstimated}
        overLimit={draft.overLimit}
        logToOrder={order.id}
        insertable={(getSituation(situationId).audience ?? 'seller') === 'seller'}
      />
    </section>
  );
}
