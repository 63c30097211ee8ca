import { useState } from 'preact/hooks';
import { askPage } from '../lib/messaging/send';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';

export interface DraftActionsProps {
  text: string;
  length: number;
  limit?: number | undefined;
  overLimit: boolean;
  /** Messages to the seller are logged in this order's conversation once copied or inserted. */
  logToOrder?: string;
  /** Offer "Insert into the message box" (chat messages only). */
  insertable?: boolean;
}

type InsertAnswer = { ok: true } | { ok: false; reason: 'no-message-box' | 'read-only' };

function insertAnswer(raw: unknown): InsertAnswer | undefined {
  if (typeof raw !== 'object' || raw === null || !('ok' in raw)) return undefined;
  if (raw.ok === true) return { ok: true };
  const reason = (raw as { reason?: unknown }).reason;
  return reason === 'no-message-box' || reason === 'read-only' ? { ok: false, reason } : undefined;
}

/** Length against the limit, Copy, and Insert into the page's message box; results announced politely. */
export function DraftActions({ text, length, limit, overLimit, logToOrder, insertable }: DraftActionsProps) {
  const { t } = useI18n();
  const { data, tabId, mode } = useApp();
  const [status, setStatus] = useState('');

  const logged = async (): Promise<string> => {
    if (!logToOrder) return '';
    const result = await data.run('logMessages', { orderId: logToOrder, messages: [{ author: 'buyer', text }], origin: 'draft' }).catch(() => undefined);
    return result?.ok ? ` ${t('compose.draft.logged')}` : '';
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      setStatus(t('compose.draft.copyFailed'));
      return;
    }
    setStatus(t('compose.draft.copied') + (await logged()));
  };

  const insert = async () => {
    if (tabId === undefined) return setStatus(t('compose.draft.noTab'));
    const answer = insertAnswer(await askPage(mode, tabId, { type: 'page/insert-message', text }).catch(() => undefined));
    if (!answer) return setStatus(t('compose.draft.insertFailed.unreachable'));
    if (!answer.ok) return setStatus(t(`compose.draft.insertFailed.${answer.reason}`));
    setStatus(t('drafts.composer.inserted') + (await logged()));
  };

  return (
    <div class="draft-actions">
      {limit !== undefined && (
        <p class={overLimit ? 'warning' : 'muted'}>
          {t('drafts.composer.length', { length, limit })}
          {overLimit && (
            <>
              {' '}
              <strong>{t('drafts.composer.overLimit', { limit })}</strong> <span class="muted">{t('drafts.composer.limitEstimate')}</span>
            </>
          )}
        </p>
      )}
      <div class="form-actions">
        <button type="button" class="button primary" onClick={() => void copy()}>
          {t('drafts.composer.copy')}
        </button>
        {insertable && (
          <button type="button" class="button" onClick={() => void insert()}>
            {t('drafts.composer.insert')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      <details>
        <summary>{t('compose.draft.fullText')}</summary>
        <pre class="full-text" lang="en">
          {text}
        </pre>
      </details>
    </div>
  );
}
