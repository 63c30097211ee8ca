import type { ContactKind } from '../guard';
import { button, el, languageAttributes } from './dom';
import type { Translate } from './i18n';

const CONFIRM_KEYS = {
  phone: 'guard.confirm.phone',
  email: 'guard.confirm.email',
  messenger: 'guard.confirm.messenger',
} as const;

export interface ConfirmRequest {
  kind: ContactKind;
  value: string;
  /** The marketplace's name as it writes it. */
  marketplace: string;
  lang: string;
}

/**
 * Asks before a flagged contact link is followed: a modal <dialog> in the
 * guard's shadow root (top layer, focus kept inside, Esc cancels). The safe
 * choice has the focus. Resolves true only when the user chooses to proceed.
 */
export function askBeforeOpening(container: HTMLElement, t: Translate, request: ConfirmRequest): Promise<boolean> {
  const doc = container.ownerDocument;
  return new Promise((resolve) => {
    let proceed = false;
    const dialog = el(doc, 'dialog', { 'aria-labelledby': 'buyerguard-confirm-title', 'aria-describedby': 'buyerguard-confirm-text', ...languageAttributes(request.lang) });
    const finish = () => {
      dialog.remove();
      resolve(proceed);
    };
    const close = (choice: boolean) => {
      proceed = choice;
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else finish();
    };
    const cancel = button(doc, t('guard.confirm.cancel'), () => close(false), 'primary');
    const open = button(doc, t('guard.confirm.proceed'), () => close(true));
    dialog.append(
      el(doc, 'h2', { id: 'buyerguard-confirm-title' }, [t('guard.banner.title')]),
      el(doc, 'p', { id: 'buyerguard-confirm-text' }, [
        t(CONFIRM_KEYS[request.kind], { marketplace: request.marketplace, value: request.value }),
      ]),
      el(doc, 'div', { class: 'actions' }, [cancel, open]),
    );
    dialog.addEventListener('close', finish);
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close(false);
      }
    });
    container.append(dialog);
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    cancel.focus();
  });
}
