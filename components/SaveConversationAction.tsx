import { useState } from 'preact/hooks';
import type { CaptureActionProps } from './capture-action';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';
import { useData } from './hooks/useData';
import { navigate } from './hooks/useRoute';
import { stripBidiControls } from '../lib/schema/bidi';

/**
 * On a message page: "Save this conversation (N messages)". The order the
 * chat is about is tracked first when new; a chat that names no order is
 * saved to the one the user picks. Saving again adds only new messages.
 */
export function SaveConversationAction({ capture, onStatus, onFailed, whenInPlainSight }: CaptureActionProps) {
  const { t } = useI18n();
  const { data } = useApp();
  const named = capture.orders[0];
  const [chosen, setChosen] = useState('');
  const [savedTo, setSavedTo] = useState<string | undefined>(undefined);
  if (capture.kind !== 'messages' || capture.messages.length === 0) return null;

  const save = async (orderId?: string) => {
    const result = await data
      .run('saveConversation', { orders: named && !orderId ? [named] : [], messages: capture.messages, ...(orderId ? { orderId } : {}) })
      .catch(() => undefined);
    if (!result) return onFailed(() => whenInPlainSight(() => void save(orderId)));
    if (!result.ok) return onStatus(t('common.error.unexpected'));
    setSavedTo(result.orderId);
    const saved = t('compose.capture.saved', { added: result.added, skipped: result.skipped });
    onStatus(result.failed > 0 ? `${saved} ${t('safety.capture.messagesFailed', { count: result.failed })}` : saved);
  };

  return (
    <div class="capture-row">
      {named ? (
        <button type="button" class="button primary" onClick={() => whenInPlainSight(() => void save())}>
          {t('compose.capture.save', { count: capture.messages.length })}
        </button>
      ) : (
        <ChooseOrder chosen={chosen} onChoose={setChosen} onSave={() => whenInPlainSight(() => void save(chosen))} count={capture.messages.length} />
      )}
      {savedTo && (
        <button type="button" class="button" onClick={() => navigate(`/order/${savedTo}?tab=messages`)}>
          {t('compose.capture.openOrder')}
        </button>
      )}
    </div>
  );
}

function ChooseOrder({ chosen, onChoose, onSave, count }: { chosen: string; onChoose: (id: string) => void; onSave: () => void; count: number }) {
  const { t } = useI18n();
  const list = useData('orderList', {});
  if (!list) return null;
  if (list.orders.length === 0) return <span class="muted">{t('compose.capture.noOrders')}</span>;
  const orders = [...list.orders].sort((a, b) => b.updatedAt - a.updatedAt);
  return (
    <div class="inline-form">
      <label for="conversation-order">{t('compose.capture.noOrder')}</label>
      <select id="conversation-order" value={chosen} onChange={(event) => onChoose(event.currentTarget.value)}>
        <option value="">{t('compose.capture.chooseOrder')}</option>
        {orders.map((order) => (
          <option key={order.id} value={order.id}>
            {/* An <option> holds plain text only, so nothing to isolate in: bidi controls are dropped instead. */}
            {stripBidiControls(`${order.orderNumber}${order.store.name ? ` · ${order.store.name}` : ''}`)}
          </option>
        ))}
      </select>
      <button type="button" class="button primary" disabled={!chosen} onClick={onSave}>
        {t('compose.capture.save', { count })}
      </button>
    </div>
  );
}
