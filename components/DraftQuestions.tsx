import { useState } from 'preact/hooks';
import { hasNonLatinLetters, type DraftAnswers, type Money, type PartialRefund, type Question } from '../lib/drafts';
import { parseAmount } from '../lib/app/form-values';
import { useI18n } from './I18nContext';
import { ChoiceGroup } from './ChoiceGroup';
import { Field } from './Field';

const positiveInt = (value: string): number | undefined => {
  const n = Number(value);
  return value.trim() !== '' && Number.isInteger(n) && n >= 1 && n < 100_000 ? n : undefined;
};

/** The amount or percentage the buyer wants back, typed in their own number format. */
export function PartialRefundField({ value, currency, onChange }: { value: PartialRefund | undefined; currency: string; onChange: (value: PartialRefund | undefined) => void }) {
  const { t } = useI18n();
  // The typed text and the chosen kind are kept as typed: "12," must not turn into "12" mid-typing.
  const [kind, setKind] = useState<'amount' | 'percent'>(value?.kind ?? 'percent');
  const [raw, setRaw] = useState(value === undefined ? '' : value.kind === 'amount' ? String(value.amount.amount) : String(value.percent));
  const update = (nextKind: 'amount' | 'percent', text: string) => {
    setKind(nextKind);
    setRaw(text);
    const number = parseAmount(text);
    if (typeof number !== 'number' || number <= 0) return onChange(undefined);
    onChange(nextKind === 'amount' ? { kind: 'amount', amount: { amount: number, currency } as Money } : { kind: 'percent', percent: number });
  };
  return (
    <div class="field-row">
      <ChoiceGroup
        legend={t('drafts.question.partial')}
        value={kind}
        options={[
          { value: 'percent', label: t('drafts.partial.percent') },
          { value: 'amount', label: t('drafts.partial.amount') },
        ]}
        onChange={(next) => update(next, raw)}
      />
      <Field
        label={kind === 'amount' ? t('compose.draft.amountValue', { currency }) : t('compose.draft.percentValue')}
        name="partial"
        inputMode="decimal"
        value={raw}
        onChange={(text) => update(kind, text)}
      />
    </div>
  );
}

/** A sum in the order's currency (a customs fee, a seller's offer), typed in the buyer's own number format. */
export function MoneyField({ label, value, currency, onChange }: { label: string; value: Money | undefined; currency: string; onChange: (value: Money | undefined) => void }) {
  const { t } = useI18n();
  const [raw, setRaw] = useState(value === undefined ? '' : String(value.amount));
  return (
    <Field
      label={`${label} (${t('drafts.optional')})`}
      hint={t('compose.draft.amountValue', { currency })}
      name="money"
      inputMode="decimal"
      value={raw}
      onChange={(text) => {
        setRaw(text);
        const number = parseAmount(text);
        onChange(typeof number === 'number' && number > 0 ? { amount: number, currency } : undefined);
      }}
    />
  );
}

/**
 * Text that goes into the English message: the buyer sees at once when it
 * has non-Latin letters (the draft leaves it out until then) and how many of
 * the allowed characters are used.
 */
export function EnglishTextField({ question, value, onChange }: { question: Extract<Question, { kind: 'text' }>; value: string; onChange: (value: string | undefined) => void }) {
  const { t } = useI18n();
  const foreign = hasNonLatinLetters(value);
  return (
    <Field
      label={`${t(question.label)}${question.required ? '' : ` (${t('drafts.optional')})`}`}
      hint={`${t(question.hint)} ${t('drafts.composer.fieldLength', { length: value.length, limit: question.maxLength })}`}
      error={foreign ? t('drafts.error.latinOnly') : undefined}
      name={question.id}
      maxLength={String(question.maxLength)}
      multiline={question.id === 'detail'}
      value={value}
      onChange={(raw) => onChange(raw.trim() === '' ? undefined : raw)}
    />
  );
}

/** The situation's questions, asked in the buyer's language; each answer fills the draft at once. */
export function DraftQuestions({ questions, answers, currency, onChange }: { questions: readonly Question[]; answers: DraftAnswers; currency: string; onChange: (answers: DraftAnswers) => void }) {
  const { t } = useI18n();
  const set = <K extends keyof DraftAnswers>(key: K, value: DraftAnswers[K] | undefined) => {
    const next = { ...answers };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  return (
    <>
      {questions.map((question) => {
        const optional = t('drafts.optional');
        switch (question.kind) {
          case 'choice':
            return (
              <ChoiceGroup
                key={question.id}
                legend={t(question.label)}
                value={answers[question.id] as string | undefined}
                options={question.options.map((option) => ({ value: option.value as string, label: t(option.label) }))}
                onChange={(value) => set(question.id, value as never)}
                required={question.required}
                optionalLabel={optional}
              />
            );
          case 'yes-no':
            return (
              <ChoiceGroup
                key={question.id}
                legend={t(question.label)}
                value={answers[question.id] === undefined ? undefined : answers[question.id] ? 'yes' : 'no'}
                options={[
                  { value: 'yes', label: t('drafts.answer.yes') },
                  { value: 'no', label: t('drafts.answer.no') },
                ]}
                onChange={(value) => set(question.id, value === 'yes')}
                optionalLabel={optional}
              />
            );
          case 'money':
            return <MoneyField key={question.id} label={t(question.label)} value={answers.money} currency={currency} onChange={(value) => set('money', value)} />;
          case 'count':
            return (
              <Field
                key={question.id}
                label={`${t(question.label)}${question.required ? '' : ` (${optional})`}`}
                name={question.id}
                type="number"
                min="1"
                inputMode="numeric"
                value={answers[question.id] === undefined ? '' : String(answers[question.id])}
                onChange={(raw) => set(question.id, positiveInt(raw))}
              />
            );
          case 'text':
            return <EnglishTextField key={question.id} question={question} value={answers[question.id] ?? ''} onChange={(value) => set(question.id, value)} />;
          case 'partial':
            return <PartialRefundField key={question.id} value={answers.partial} currency={currency} onChange={(value) => set('partial', value)} />;
        }
      })}
    </>
  );
}
