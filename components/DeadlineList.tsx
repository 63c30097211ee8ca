import { useState } from 'preact/hooks';
import type { Order } from '../lib/schema/order';
import type { StoredDeadline } from '../lib/schema/deadline';
import { formatDateTime } from '../lib/i18n';
import { countdownText, explainDeadline, urgencyLabel } from '../lib/deadlines/text';
import { dateInputToInstant, instantToDateInput } from '../lib/app/form-values';
import { useI18n } from './I18nContext';
import { useApp } from './AppContext';
import { deadlineLabel, textContext, urgencyOf } from './deadline-text';

export function DeadlineList({ order, deadlines, now }: { order: Order; deadlines: StoredDeadline[]; now: number }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading">{t('app.deadlines.title')}</h3>
      {deadlines.length === 0 ? (
        <p class="muted">{t('app.deadlines.none')}</p>
      ) : (
        <ul class="deadline-list">
          {deadlines.map((d) => (
            <DeadlineRow key={d.id} order={order} deadline={d} now={now} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DeadlineRow({ order, deadline, now }: { order: Order; deadline: StoredDeadline; now: number }) {
  const { t, locale } = useI18n();
  const { data } = useApp();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(instantToDateInput(deadline.dueAt));
  const [error, setError] = useState<string | undefined>(undefined);
  const level = urgencyOf(deadline, now);
  const ctx = textContext(locale, order.marketplace);
  const explanation = explainDeadline(deadline, ctx);

  const save = async (dueAt: number | null) => {
    await data.run('setDeadlineOverride', { orderId: order.id, kind: deadline.kind, dueAt });
    setEditing(false);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const instant = dateInputToInstant(value);
    if (instant === undefined || instant === 'invalid') return setError(t('common.error.date'));
    // Overrides mark the end of the chosen day, as the marketplace's own deadlines do.
    void save(instant + 12 * 3_600_000 - 60_000);
  };

  return (
    <li class={`deadline urgency-${level}`}>
      <div class="deadline-head">
        <strong>{deadlineLabel(deadline, ctx)}</strong>
        <span class="urgency-word">{urgencyLabel(level, locale)}</span>
      </div>
      <div>
        <time dateTime={new Date(deadline.dueAt).toISOString()}>{formatDateTime(deadline.dueAt, locale)}</time>
        {` · ${countdownText(deadline, now, locale)}`}
        {explanation?.estimate && !deadline.overridden && <span class="estimate"> · {explanation.estimate.label}</span>}
        {explanation?.overridden && <span class="estimate"> · {explanation.overridden.label}</span>}
      </div>
      {explanation && (
        <details>
          <summary>{t('app.deadline.how')}</summary>
          <p>{explanation.derivation}</p>
          {explanation.estimate && !deadline.overridden && (
            <p>
              {explanation.estimate.hint} {explanation.estimate.alternatives}
            </p>
          )}
          <p class="muted">{explanation.source}</p>
        </details>
      )}
      {editing ? (
        <form onSubmit={submit} class="inline-form">
          <label>
            {t('app.deadline.setDate')}
            <input
              type="date"
              value={value}
              aria-invalid={error ? 'true' : undefined}
              onInput={(e) => setValue(e.currentTarget.value)}
            />
          </label>
          {error && <small class="error">{error}</small>}
          <button type="submit" class="button primary">
            {t('common.save')}
          </button>
          <button type="button" class="button" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <div class="form-actions">
          <button type="button" class="button small" onClick={() => setEditing(true)}>
            {t('app.deadline.change')}
          </button>
          {deadline.overridden && (
            <button type="button" class="button small" onClick={() => void save(null)}>
              {t('app.deadline.reset')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
