import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from './I18nContext';

interface Props {
  open: boolean;
  /** The question, shown and given to the group as its accessible name. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  small?: boolean;
  /** The control that opens the question; it gets focus back when the question is dismissed. */
  children: ComponentChildren;
}

/**
 * "Are you sure?" in place of the control that asked for a destructive step.
 * Opening moves focus to the safe choice (Cancel), so a second Enter does no
 * harm; Esc or Cancel dismisses it and focus returns to the control that
 * opened it (also after confirming, when that control is still there), so
 * keyboard users keep their place (WCAG 2.4.3).
 */
export function InlineConfirm({ open, question, confirmLabel, onConfirm, onCancel, small, children }: Props) {
  const { t } = useI18n();
  const box = useRef<HTMLSpanElement>(null);
  const shown = useRef(false);

  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('button[data-safe]')?.focus();
    // Closed with focus on one of its buttons (now gone, so focus fell to the body): give it to the opener.
    else if (shown.current && (!document.activeElement || document.activeElement === document.body)) {
      box.current?.querySelector<HTMLElement>('button, a[href], input')?.focus();
    }
    shown.current = open;
  }, [open]);

  const dismiss = onCancel;
  const size = small ? ' small' : '';
  return (
    <span ref={box} class="inline-confirm">
      {open ? (
        <span
          role="group"
          aria-label={question}
          class="confirm"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            event.stopPropagation();
            dismiss();
          }}
        >
          <span>{question}</span>
          <button type="button" class={`button${size} danger`} onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" class={`button${size}`} data-safe onClick={dismiss}>
            {t('common.cancel')}
          </button>
        </span>
      ) : (
        children
      )}
    </span>
  );
}
