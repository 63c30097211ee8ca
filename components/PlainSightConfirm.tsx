import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConfirmLayout } from './hooks/usePlainSightGate';
import { useI18n } from './I18nContext';

/**
 * A confirmation that appears under the user's pointer could be hit by the
 * second half of a double click the page timed for the button before it: the
 * confirming button stays disabled this long.
 */
const ARMING_MS = 600;

interface Props {
  layout: ConfirmLayout;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Save from this page?" in the in-page sidebar where the browser cannot tell
 * the frame whether the page hides it (components/hooks/usePlainSightGate.ts).
 * The buttons move and swap at random each time, so a page that cannot see
 * into the frame cannot put bait over the one that saves; focus starts on
 * "Cancel", so a stray Enter does nothing, and the saving button is armed
 * only after a moment.
 */
export function PlainSightConfirm({ layout, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const cancel = useRef<HTMLButtonElement>(null);
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    setArmed(false);
    cancel.current?.focus();
    const timer = setTimeout(() => setArmed(true), ARMING_MS);
    return () => clearTimeout(timer);
  }, [layout]);
  const confirmButton = (
    <button type="button" class="button primary" disabled={!armed} onClick={onConfirm}>
      {t('safety.plainSight.confirm')}
    </button>
  );
  return (
    <div role="group" class="plain-sight-confirm" aria-label={t('safety.plainSight.question')}>
      <p>{t('safety.plainSight.question')}</p>
      <div class="confirm" style={{ marginInlineStart: `${layout.indent}rem` }}>
        {!layout.confirmLast && confirmButton}
        <button type="button" class="button" ref={cancel} data-safe onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {layout.confirmLast && confirmButton}
      </div>
    </div>
  );
}
