import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { askPage } from '../lib/messaging/send';
import { pageCaptureSchema, type PageCapture } from '../lib/schema/capture';
import { pageEventSchema } from '../lib/schema/runtime-messages';
import { useApp } from './AppContext';
import { useI18n } from './I18nContext';
import { CAPTURE_ACTIONS } from './capture-actions';

/** Asks the marketplace tab what it shows; undefined where no marketplace script answers. */
async function requestCapture(mode: string, tabId: number): Promise<PageCapture | undefined> {
  const answer = await askPage(mode, tabId, { type: 'page/capture' }).catch(() => undefined);
  const parsed = pageCaptureSchema.safeParse(answer);
  return parsed.success ? parsed.data : undefined;
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
  const { data } = useApp();
  const capture = usePageCapture();
  const [status, setStatus] = useState<string>('');
  if (!capture || capture.kind === 'other') return null;

  const track = async () => {
    const result = await data.run('trackCapturedOrders', { orders: capture.orders });
    setStatus(t('app.capture.tracked', { added: result.added, updated: result.updated }));
  };

  const orders = capture.orders;
  return (
    <section class="capture-bar" aria-label={t('app.capture.label')}>
      {orders.length > 0 && (
        <div class="capture-row">
          <span>{t('app.capture.found', { count: orders.length })}</span>
          <button type="button" class="button primary" onClick={() => void track()}>
            {orders.length === 1 ? t('app.capture.trackOne') : t('app.capture.trackAll', { count: orders.length })}
          </button>
        </div>
      )}
      {CAPTURE_ACTIONS.map((Action, i) => (
        <Action key={i} capture={capture} onStatus={setStatus} />
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
      <p role="status" aria-live="polite" class="muted">
        {status}
      </p>
    </section>
  );
}
