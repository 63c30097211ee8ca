import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  DETAIL_TEXT_MAX,
  buildDisputeText,
  deadlineNotice,
  hasSellerChat,
  NOT_AS_DESCRIBED_REASONS,
  NOT_RECEIVED_REASONS,
  solutionsFor,
  type DisputeReason,
  type DisputeSolution,
  type EvidenceSummary,
  type PartialRefund,
} from '../lib/drafts';
import { draftContextFor, evidenceSummaryFor } from '../lib/app/draft-context';
import type { Order } from '../lib/schema/order';
import type { MessageKey } from '../lib/i18n';
import { claimProcedureFor } from '../lib/marketplaces/registry';
import { useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import { useNow } from './hooks/useNow';
import { ChoiceGroup } from './ChoiceGroup';
import { EnglishTextField, PartialRefundField } from './DraftQuestions';
import { SentenceWithGloss } from './SentenceWithGloss';
import { DraftActions } from './DraftActions';
import { Field } from './Field';

type EvidenceChoice = 'photos' | 'videos' | 'screenshots' | 'chat' | 'tracking';
type Mismatch = 'size' | 'colour' | 'material';

/** The buyer's own answers that go into the text: what differs, what was ordered and received, how many are missing, a free line. */
interface DisputeAnswers {
  mismatch?: Mismatch;
  ordered?: string;
  received?: string;
  detail?: string;
  items: string;
}

/**
 * What the order has to show, listed unless the buyer leaves it out; the
 * tracking history is the buyer's to claim.
 */
function evidenceChoices(stored: EvidenceSummary, trackingNumber: string | undefined, left: ReadonlySet<EvidenceChoice>) {
  const summary: EvidenceSummary = {};
  if (stored.photos && !left.has('photos')) summary.photos = stored.photos;
  if (stored.videos && !left.has('videos')) summary.videos = stored.videos;
  if (stored.screenshots && !left.has('screenshots')) summary.screenshots = stored.screenshots;
  if (stored.chat && !left.has('chat')) summary.chat = true;
  if (!left.has('tracking') && trackingNumber) summary.tracking = true;
  const available: { choice: EvidenceChoice; count?: number }[] = [
    ...(stored.photos ? [{ choice: 'photos' as const, count: stored.photos }] : []),
    ...(stored.videos ? [{ choice: 'videos' as const, count: stored.videos }] : []),
    ...(stored.screenshots ? [{ choice: 'screenshots' as const, count: stored.screenshots }] : []),
    ...(stored.chat ? [{ choice: 'chat' as const }] : []),
    ...(trackingNumber ? [{ choice: 'tracking' as const }] : []),
  ];
  return { summary, available };
}

/**
 * The dispute description in the form the dispute page expects: reason,
 * wanted solution and the evidence list, with the last day to open the
 * dispute kept in view, and the way to send it in the order's marketplace's
 * own menus (its `claim` in lib/marketplaces/<id>/).
 */
export function DisputeTextView({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const now = useNow();
  const deadlines = useData('orderDeadlines', { orderId: order.id });
  const evidence = useData('orderEvidence', { orderId: order.id });
  const messages = useData('orderMessages', { orderId: order.id });
  const [reason, setReason] = useState<DisputeReason>('in-transit');
  const [solution, setSolution] = useState<DisputeSolution>('full-refund');
  const [partial, setPartial] = useState<PartialRefund | undefined>(undefined);
  const [contactedSeller, setContactedSeller] = useState(false);
  const [answers, setAnswers] = useState<DisputeAnswers>({ items: '' });
  const [left, setLeft] = useState<ReadonlySet<EvidenceChoice>>(new Set());

  const context = useMemo(() => draftContextFor(order, deadlines ?? [], now), [order, deadlines, now]);
  const stored = useMemo(() => evidenceSummaryFor(evidence?.items ?? [], messages?.length ?? 0), [evidence, messages]);
  if (!deadlines || !evidence || !messages) return <p class="muted" role="status">{t('app.loading')}</p>;

  const { summary, available } = evidenceChoices(stored, order.trackingNumber, left);
  const solutions = solutionsFor(reason);
  const chosenSolution = solutions.includes(solution) ? solution : 'full-refund';
  const itemCount = Number(answers.items);
  const text = buildDisputeText({
    reason,
    solution: chosenSolution,
    ...(partial ? { partial } : {}),
    ...(Number.isInteger(itemCount) && itemCount >= 1 ? { items: itemCount } : {}),
    evidence: summary,
    contactedSeller,
    ...(reason === 'size-colour-material' && answers.mismatch ? { mismatch: answers.mismatch } : {}),
    ...(answers.ordered ? { ordered: answers.ordered } : {}),
    ...(answers.received ? { received: answers.received } : {}),
    ...(answers.detail ? { detail: answers.detail } : {}),
    context,
  });
  const notice = text.deadline ? deadlineNotice(text.deadline, locale) : undefined;
  const procedure = claimProcedureFor(order.marketplace);
  const reasonOption = (value: DisputeReason) => (
    <option key={value} value={value}>
      {t(`drafts.dispute.reason.${value}`)}
    </option>
  );

  return (
    <section class="composer" aria-labelledby="dispute-heading">
      <h3 id="dispute-heading">{t('drafts.dispute.title')}</h3>
      <p class={`deadline-notice${text.deadline && text.deadline.daysLeft <= 3 ? ' urgent' : ''}`}>{notice ? t(notice.key, notice.params) : t('compose.dispute.noDeadline')}</p>
      <p class="muted">{t(procedure.intro)}</p>
      <form class="order-form" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="dispute-reason">{t('drafts.dispute.question.reason')}</label>
          <select id="dispute-reason" value={reason} onChange={(event) => setReason(event.currentTarget.value as DisputeReason)}>
            <optgroup label={t('drafts.dispute.group.not-received')}>{NOT_RECEIVED_REASONS.map(reasonOption)}</optgroup>
            <optgroup label={t('drafts.dispute.group.not-as-described')}>{NOT_AS_DESCRIBED_REASONS.map(reasonOption)}</optgroup>
          </select>
        </div>
        <DisputeAnswerFields reason={reason} answers={answers} onChange={setAnswers} />
        <ChoiceGroup
          legend={t('drafts.dispute.question.solution')}
          value={chosenSolution}
          options={solutions.map((value) => ({ value, label: t(`drafts.dispute.solution.${value}`) }))}
          onChange={setSolution}
        />
        {chosenSolution === 'partial-refund' && <PartialRefundField value={partial} currency={order.total?.currency ?? 'USD'} onChange={setPartial} />}
        <DisputeEvidenceFields stored={stored} available={available} left={left} onLeftChange={setLeft}>
          {hasSellerChat(order.marketplace) && (
            <label class="checkbox">
              <input type="checkbox" checked={contactedSeller} onChange={(event) => setContactedSeller(event.currentTarget.checked)} />
              {t('drafts.dispute.contactedSeller')}
            </label>
          )}
        </DisputeEvidenceFields>
      </form>
      <SentenceWithGloss sentences={text.sentences} label={t('drafts.dispute.title')} />
      <DraftActions text={text.text} length={text.length} limit={text.limit} limitEstimated={text.limitEstimated} overLimit={text.overLimit} />
      <ClaimSteps steps={procedure.steps} />
    </section>
  );
}

/** The marketplace's own way to send the text, step by step; nothing where its explanation says it all. */
function ClaimSteps({ steps }: { steps: readonly MessageKey[] }) {
  const { t } = useI18n();
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="claim-steps-heading">
      <h4 id="claim-steps-heading">{t('compose.dispute.steps')}</h4>
      <ol class="steps">
        {steps.map((step) => (
          <li key={step}>{t(step)}</li>
        ))}
      </ol>
    </section>
  );
}

/** What the reason needs said in the buyer's own answers (English fields refuse other scripts). */
function DisputeAnswerFields({ reason, answers, onChange }: { reason: DisputeReason; answers: DisputeAnswers; onChange: (answers: DisputeAnswers) => void }) {
  const { t } = useI18n();
  const notAsDescribed = (NOT_AS_DESCRIBED_REASONS as readonly string[]).includes(reason);
  const set = (patch: Partial<DisputeAnswers>) => onChange({ ...answers, ...patch });
  return (
    <>
      {reason === 'size-colour-material' && (
        <ChoiceGroup
          legend={t('drafts.question.mismatch')}
          value={answers.mismatch}
          options={(['size', 'colour', 'material'] as const).map((value) => ({ value, label: t(`drafts.mismatch.${value}`) }))}
          onChange={(mismatch) => set({ mismatch })}
          required
        />
      )}
      {notAsDescribed && (
        <>
          <EnglishTextField question={{ id: 'ordered', kind: 'text', label: 'drafts.question.ordered', hint: 'drafts.hint.latinText', maxLength: 60 }} value={answers.ordered ?? ''} onChange={(ordered) => set({ ordered })} />
          <EnglishTextField question={{ id: 'received', kind: 'text', label: 'drafts.question.received', hint: 'drafts.hint.latinText', maxLength: 60 }} value={answers.received ?? ''} onChange={(received) => set({ received })} />
        </>
      )}
      <EnglishTextField question={{ id: 'detail', kind: 'text', label: 'drafts.question.detail', hint: 'drafts.hint.detail', maxLength: DETAIL_TEXT_MAX }} value={answers.detail ?? ''} onChange={(detail) => set({ detail })} />
      {reason === 'short-quantity' && <Field label={t('compose.dispute.items')} name="items" type="number" min="1" inputMode="numeric" value={answers.items} onChange={(items) => set({ items })} />}
    </>
  );
}

interface EvidenceFieldsProps {
  stored: EvidenceSummary;
  available: readonly { choice: EvidenceChoice; count?: number }[];
  left: ReadonlySet<EvidenceChoice>;
  onLeftChange: (left: ReadonlySet<EvidenceChoice>) => void;
  children?: ComponentChildren;
}

/** The evidence the order has, each ticked unless the buyer leaves it out. */
function DisputeEvidenceFields({ stored, available, left, onLeftChange, children }: EvidenceFieldsProps) {
  const { t } = useI18n();
  const toggle = (choice: EvidenceChoice, on: boolean) => {
    const next = new Set(left);
    if (on) next.delete(choice);
    else next.add(choice);
    onLeftChange(next);
  };
  return (
    <fieldset>
      <legend>{t('drafts.dispute.question.evidence')}</legend>
      {!stored.photos && !stored.videos && !stored.screenshots && <p class="muted">{t('compose.dispute.noFiles')}</p>}
      {available.map(({ choice, count }) => (
        <label key={choice} class="checkbox">
          <input type="checkbox" checked={!left.has(choice)} onChange={(event) => toggle(choice, event.currentTarget.checked)} />
          {t(`drafts.dispute.evidence.${choice}`)}
          {count !== undefined && ` ${t('compose.dispute.fileCount', { count })}`}
        </label>
      ))}
      {children}
    </fieldset>
  );
}
