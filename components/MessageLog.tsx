import { useState } from 'preact/hooks';
import type { Order } from '../lib/schema/order';
import type { SellerMessage } from '../lib/schema/seller-message';
import { formatDate, formatDateTime } from '../lib/i18n';
import { dateInputToInstant } from '../lib/app/form-values';
import { useI18n } from './I18nContext';
import { offersDestructiveActions, useApp } from './AppContext';
import { useData } from './hooks/useData';
import { Field } from './Field';

type Author = SellerMessage['author'];
const AUTHORS: readonly Author[] = ['seller', 'buyer', 'system'];

/** The conversation with the seller kept for this order: captured, pasted, typed, or drafts the buyer sent. */
export function MessageLog({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const { data, mode } = useApp();
  const messages = useData('orderMessages', { orderId: order.id });
  const [status, setStatus] = useState('');
  if (!messages) return <p class="muted" role="status">{t('app.loading')}</p>;

  const remove = async (message: SellerMessage) => {
    await data.run('deleteMessage', { messageId: message.id });
    setStatus(t('compose.messages.deleted'));
  };

  return (
    <section aria-labelledby="messages-heading">
      <h3 id="messages-heading">{t('compose.messages.title')}</h3>
      {messages.length === 0 ? (
        <p class="muted">{t('compose.messages.empty')}</p>
      ) : (
        <ol class="message-log" aria-label={t('compose.messages.list')}>
          {messages.map((message) => (
            <li key={message.id} class={`message message-${message.author}`}>
              <div class="message-head">
                <strong>{t(`app.timeline.message.${message.author}`)}</strong>
                {message.sentAt !== undefined ? (
                  <time dateTime={new Date(message.sentAt).toISOString()}>{formatDateTime(message.sentAt, locale)}</time>
                ) : (
                  <span class="muted">
                    {t('compose.messages.noTime')} · {formatDate(message.addedAt, locale)}
                  </span>
                )}
                <span class="muted origin">{t(`compose.messages.origin.${message.origin}`)}</span>
                {offersDestructiveActions(mode) && (
                  <button type="button" class="button small" aria-label={t('compose.messages.delete')} title={t('compose.messages.delete')} onClick={() => void remove(message)}>
                    ×
                  </button>
                )}
              </div>
              <p class="message-text" dir="auto">
                {message.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      <AddMessageForm orderId={order.id} onStatus={setStatus} />
    </section>
  );
}

function AddMessageForm({ orderId, onStatus }: { orderId: string; onStatus: (text: string) => void }) {
  const { t } = useI18n();
  const { data } = useApp();
  const [author, setAuthor] = useState<Author>('seller');
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [pasted, setPasted] = useState(false);
  const [errors, setErrors] = useState<{ text?: string; date?: string }>({});

  const submit = async (event: Event) => {
    event.preventDefault();
    const sentAt = dateInputToInstant(date);
    const nextErrors = { ...(text.trim() === '' ? { text: t('common.error.required') } : {}), ...(sentAt === 'invalid' ? { date: t('common.error.date') } : {}) };
    setErrors(nextErrors);
    if (nextErrors.text || nextErrors.date || sentAt === 'invalid') return;
    const result = await data.run('logMessages', { orderId, messages: [{ author, text, ...(sentAt !== undefined ? { sentAt } : {}) }], origin: pasted ? 'pasted' : 'typed' });
    if (!result.ok) return onStatus(t('common.error.unexpected'));
    onStatus(result.added > 0 ? t('compose.messages.saved') : t('compose.messages.duplicate'));
    setText('');
    setPasted(false);
  };

  return (
    <form class="order-form" onSubmit={(event) => void submit(event)} onPaste={() => setPasted(true)}>
      <fieldset>
        <legend>{t('compose.messages.add')}</legend>
        <Field
          label={t('compose.messages.author')}
          name="author"
          value={author}
          options={AUTHORS.map((value) => [value, t(`app.timeline.message.${value}`)])}
          onChange={(value) => setAuthor(value as Author)}
        />
        <Field label={t('compose.messages.text')} name="text" multiline required hint={t('compose.messages.textHint')} value={text} error={errors.text} onChange={setText} />
        <Field label={t('compose.messages.sentAt')} name="sentAt" type="date" value={date} error={errors.date} onChange={setDate} />
        <div class="form-actions">
          <button type="submit" class="button primary">
            {t('compose.messages.save')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
