import { useMemo } from 'preact/hooks';
import { buildComplaint, COMPLAINT_PROBLEMS, SEARCH_TRICKS, SEEN_WHERE, hasNonLatinLetters, type Complaint } from '../lib/drafts';
import { useI18n } from './I18nContext';
import { useNow } from './hooks/useNow';
import { useComplaintForm, type ComplaintForm } from './hooks/useComplaintForm';
import { ChoiceGroup } from './ChoiceGroup';
import { Field } from './Field';
import { SentenceWithGloss } from './SentenceWithGloss';
import { DraftActions } from './DraftActions';
import { contactFound, wizardStart } from './complaint-prefill';

/**
 * The "Submit a Complaint" wizard: the buyer's answers pick the category;
 * the link, the English description with glosses, the steps to submit and
 * what happens next follow. Opened pre-filled by the guard's warning about
 * off-site contacts, or from a product or store page.
 */
export function ComplaintWizardView({ params }: { params: URLSearchParams }) {
  const { t } = useI18n();
  const now = useNow();
  const query = params.toString();
  const start = useMemo(() => wizardStart(new URLSearchParams(query)), [query]);
  const contacts = useMemo(() => (start.fromGuard?.contacts ?? []).map(contactFound), [start]);
  const form = useComplaintForm(start, contacts);
  const complaint = form.answers && buildComplaint(form.answers, { now });

  return (
    <section class="composer complaint" aria-labelledby="complaint-heading">
      <a class="back" href="#/orders">
        ← {t('common.back')}
      </a>
      <h2 id="complaint-heading">{t('drafts.complaint.title')}</h2>
      {start.fromGuard && <p class="notice">{t('drafts.complaint.fromGuard')}</p>}
      {start.damaged && <p class="warning">{t('compose.complaint.badPrefill')}</p>}
      {contacts.length > 0 && <p>{t('compose.complaint.contacts', { list: contacts.map((c) => c.value).join(', ') })}</p>}
      <p class="muted">{t('compose.complaint.intro')}</p>
      <ComplaintQuestions form={form} />
      {complaint && <ComplaintResult complaint={complaint} />}
    </section>
  );
}

/** What is wrong, where and when it was seen, what is false, the buyer's own line and the evidence. */
function ComplaintQuestions({ form }: { form: ComplaintForm }) {
  const { t } = useI18n();
  const { problem, url, seenWhere, seenOn, falseClaim, detail } = form.fields;
  const { setProblem, setUrl, setSeenWhere, setSeenOn, setFalseClaim, setDetail } = form.set;
  return (
    <form class="order-form" onSubmit={(event) => event.preventDefault()}>
      <ChoiceGroup
        legend={t('drafts.complaint.question.problem')}
        value={problem}
        required
        options={COMPLAINT_PROBLEMS.map((value) => ({ value, label: t(`drafts.complaint.problem.${value}`) }))}
        onChange={setProblem}
      />
      <ProblemFollowUps form={form} />
      <Field label={t('drafts.complaint.question.url')} name="url" type="url" value={url} onChange={setUrl} />
      <ChoiceGroup
        legend={t('drafts.complaint.question.seenWhere')}
        value={seenWhere}
        options={SEEN_WHERE.map((value) => ({ value, label: t(`drafts.complaint.seenWhere.${value}`) }))}
        onChange={setSeenWhere}
        optionalLabel={t('drafts.optional')}
      />
      {seenWhere && <Field label={t('drafts.complaint.question.seenOn')} name="seenOn" type="date" value={seenOn} onChange={setSeenOn} />}
      {problem === 'false-description' && (
        <Field
          label={t('drafts.complaint.question.falseClaim')}
          hint={t('drafts.hint.detail')}
          error={hasNonLatinLetters(falseClaim) ? t('drafts.error.latinOnly') : undefined}
          name="falseClaim"
          maxLength="100"
          value={falseClaim}
          onChange={setFalseClaim}
        />
      )}
      <Field
        label={`${t('drafts.question.detail')} (${t('drafts.optional')})`}
        hint={`${t('drafts.hint.detail')} ${t('drafts.composer.fieldLength', { length: detail.length, limit: 200 })}`}
        error={hasNonLatinLetters(detail) ? t('drafts.error.latinOnly') : undefined}
        name="detail"
        maxLength="200"
        multiline
        value={detail}
        onChange={setDetail}
      />
      <ComplaintEvidenceFields form={form} />
    </form>
  );
}

/** The follow-up a problem needs: whether the buyer holds the rights, how the search is cheated. */
function ProblemFollowUps({ form }: { form: ComplaintForm }) {
  const { t } = useI18n();
  const { problem, rightsHolder, searchTrick } = form.fields;
  const { setRightsHolder, setSearchTrick } = form.set;
  return (
    <>
      {problem === 'fake-brand' && (
        <ChoiceGroup
          legend={t('drafts.complaint.question.rightsHolder')}
          value={rightsHolder === undefined ? undefined : rightsHolder ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: t('drafts.answer.yes') },
            { value: 'no', label: t('drafts.answer.no') },
          ]}
          onChange={(value) => setRightsHolder(value === 'yes')}
        />
      )}
      {problem === 'misleading-search' && (
        <ChoiceGroup
          legend={t('drafts.complaint.question.searchTrick')}
          value={searchTrick}
          options={SEARCH_TRICKS.map((value) => ({ value, label: t(`drafts.complaint.searchTrick.${value}`) }))}
          onChange={setSearchTrick}
        />
      )}
    </>
  );
}

/** How many photos and screenshots, and whether the chat is saved. */
function ComplaintEvidenceFields({ form }: { form: ComplaintForm }) {
  const { t } = useI18n();
  const { photos, screenshots, chat } = form.fields;
  const { setPhotos, setScreenshots, setChat } = form.set;
  return (
    <fieldset>
      <legend>{t('compose.complaint.evidence')}</legend>
      <div class="field-row">
        <Field label={t('drafts.dispute.evidence.photos')} name="photos" type="number" min="1" inputMode="numeric" value={photos} onChange={setPhotos} />
        <Field label={t('drafts.dispute.evidence.screenshots')} name="screenshots" type="number" min="1" inputMode="numeric" value={screenshots} onChange={setScreenshots} />
      </div>
      <label class="checkbox">
        <input type="checkbox" checked={chat} onChange={(event) => setChat(event.currentTarget.checked)} />
        {t('drafts.dispute.evidence.chat')}
      </label>
    </fieldset>
  );
}

/** The complaint to submit: its type and link, the English description, the steps and what follows. */
function ComplaintResult({ complaint }: { complaint: Complaint }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="complaint-result-heading" aria-live="polite">
      <h3 id="complaint-result-heading">{t('compose.complaint.result')}</h3>
      <dl class="facts">
        <dt>{t('compose.complaint.type')}</dt>
        <dd>
          <strong>{t(`drafts.complaint.category.${complaint.category}`)}</strong>
          {complaint.formName && (
            <>
              <br />
              <span lang="en">{t('compose.complaint.typeOnForm', { name: complaint.formName })}</span>
            </>
          )}
        </dd>
        <dt>{t('compose.complaint.link')}</dt>
        <dd>{complaint.link ? <code>{complaint.link.url}</code> : <span class="warning">{t('compose.complaint.noLink')}</span>}</dd>
      </dl>
      <h4>{t('compose.complaint.description')}</h4>
      <SentenceWithGloss sentences={complaint.description.sentences} label={t('compose.complaint.description')} />
      <DraftActions
        text={complaint.description.text}
        length={complaint.description.length}
        limit={complaint.description.limit}
        limitEstimated={complaint.description.limitEstimated}
        overLimit={complaint.description.overLimit}
      />
      <h4>{t('compose.complaint.steps')}</h4>
      <ol class="steps">
        {complaint.steps.map((step) => (
          <li key={step.key}>{t(step.key, step.params)}</li>
        ))}
      </ol>
      {complaint.formUrl && (
        <p>
          <a href={complaint.formUrl} target="_blank" rel="noreferrer noopener">
            {t('compose.complaint.openForm')}
          </a>
        </p>
      )}
      <h4>{t('compose.complaint.after')}</h4>
      <ul>
        {complaint.afterSubmit.map((step) => (
          <li key={step.key}>{t(step.key, step.params)}</li>
        ))}
      </ul>
    </section>
  );
}
