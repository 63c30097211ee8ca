import { useEffect, useState } from 'preact/hooks';
import type { z } from 'zod';
import { browser } from 'wxt/browser';
import { trackInBatches } from '../lib/app/track-batches';
import { askPage } from '../lib/messaging/send';
import { capturedMessageSchema, capturedOrderSchema, pageCaptureSchema, type PageCapture } from '../lib/schema/capture';
import { pageEventSchema } from '../lib/schema/runtime-messages';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';
import { CAPTURE_ACTIONS } from './capture-actions';
import { usePlainSightGate } from './hooks/usePlainSightGate';
import { PlainSightConfirm } from './PlainSightConfirm';

/**
 * Asks the marketplace tab what it shows; undefined where no marketplace script
 * answers. One order or message the schema refuses is left out, not the page.
 */
async function requestCapture(mode: string, tabId: number): Promise<PageCapture | undefined> {
  const answer = await askPage(mode, tabId, { type: 'page/capture' }).catch(() => undefined);
  const parsed = pageCaptureSchema.safeParse(answer);
  if (parsed.success) return parsed.data;
  if (typeof answer !== 'object' || answer === null) return undefined;
  const { orders, messages } = answer as { orders?: unknown; messages?: unknown };
  const lenient = pageCaptureSchema.safeParse({ ...answer, orders: validItems(orders, capturedOrderSchema), messages: validItems(messages, capturedMessageSchema) });
  return lenient.success ? lenient.data : undefined;
}

function validItems(list: unknown, schema: z.ZodType): unknown[] {
  return Array.isArray(list) ? list.filter((item) => schema.safeParse(item).success) : [];
}

export function usePageCapture(): PageCapture | undefined {
  const { tabId, mode } = useApp();
  const [capture, setCapture] = useState<PageCapture | undefined>(undefined);
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    const refresh = () => void requestCapture(mode, tabId).then((c) => alive && setCapture(c));
    refresh();
    const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      if (sender.id === browser.runtime.id && sender.tab?.id === tabId && pageEventSchema.safeParse(message).success) refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      alive = false;
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, mode]);
  return capture;
}

export function CaptureBar() {
  const { t } = useI18n();
  const { data, mode, tabId } = useApp();
  const capture = usePageCapture();
  const [status, setStatus] = useState<string>('');
  const [retry, setRetry] = useState<(() => void) | undefined>(undefined);
  const gate = usePlainSightGate(mode, tabId, () => setStatus(t('safety.capture.covered')));
  if (!capture || capture.kind === 'other') return null;
  /** Writes run only while the bar is in plain sight; otherwise the user hears why nothing happened. */
  const whenInPlainSight = (write: () => void) => {
    setRetry(undefined);
    gate.whenInPlainSight(write);
  };
  /** A write that failed as a whole (the worker stopped, storage refused): say so, offer it again. Repeating never doubles. */
  const onFailed = (again: () => void) => {
    setStatus(t('safety.capture.failed'));
    setRetry(() => again);
  };

  const track = async () => {
    try {
      const result = await trackInBatches(capture.orders, (batch) => data.run('trackCapturedOrders', { orders: batch }));
      const saved = t('app.capture.tracked', { added: result.added, updated: result.updated });
      setStatus(result.failed.length > 0 ? `${saved} ${t('safety.capture.ordersFailed', { count: result.failed.length })}` : saved);
    } catch {
      onFailed(() => whenInPlainSight(() => void track()));
    }
  };

  const orders = capture.orders;
  return (
    <section class="capture-bar" aria-label={t('app.capture.label')} ref={gate.ref}>
      {orders.length > 0 && (
        <div class="capture-row">
          <span>{t('app.capture.found', { count: orders.length })}</span>
          <button type="button" class="button primary" onClick={() => whenInPlainSight(() => void track())}>
            {orders.length === 1 ? t('app.capture.trackOne') : t('app.capture.trackAll', { count: orders.length })}
          </button>
        </div>
      )}
      {CAPTURE_ACTIONS.map((Action, i) => (
        <Action key={i} capture={capture} onStatus={setStatus} onFailed={onFailed} whenInPlainSight={whenInPlainSight} />
      ))}
      {capture.missing.length > 0 && (
        <details class="muted">
          <summary>{t('app.capture.missingSummary', { count: capture.missing.length })}</summary>
          <ul>
            {capture.missing.map((code) => (
              <li key={code}>{t(`app.missing.${code}`)}</li>
            ))}
          </ul>
        </details>
      )}
      {gate.pending && <PlainSightConfirm layout={gate.pending.layout} onConfirm={gate.confirm} onCancel={gate.cancel} />}
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
      {retry && (
        <button type="button" class="button" onClick={retry}>
          {t('safety.retry')}
        </button>
      )}
    </section>
  );
}
