import { Window } from 'happy-dom';
import type { BackgroundRequest } from '../../../lib/schema/runtime-messages';
import { guardStrings } from '../../../lib/guard-ui/strings';
import type { Locale } from '../../../lib/i18n/locales';
import { isGuardHost } from '../../../lib/guard-ui/host';
import { hostBelongsTo } from '../../../lib/marketplaces/types';

/** A page in its own happy-dom window (scripts off), at `url`. */
export function page(body: string, { url = 'https://help-pages.example/aliexpress', lang = 'en', title = '' } = {}): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  window.document.write(`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

export const HOTLINE_BLOCK =
  '<h1>AliExpress customer service phone number</h1><p>Call the AliExpress support hotline: <a id="call" href="tel:+18885550123">+1 888 555 0123</a></p>';

export interface FakeBackground {
  sent: BackgroundRequest[];
  send(message: BackgroundRequest): Promise<unknown>;
}

/**
 * Answers like lib/background/guard.ts does for a tab at the page's host:
 * only about the asked contacts; trust only for a reported contact or the own site.
 */
export function fakeBackground(
  lists: { trustedContacts?: string[]; trustedSites?: string[]; guardEnabled?: boolean; locale?: Locale; host?: string } = {},
): FakeBackground {
  const sent: BackgroundRequest[] = [];
  let shown: string[] = [];
  const host = lists.host ?? 'help-pages.example';
  return {
    sent,
    async send(message) {
      sent.push(message);
      if (message.type === 'guard/report') shown = message.contacts;
      if (message.type === 'guard/trust') return message.site ? host : shown.includes(message.contact ?? '');
      if (message.type !== 'guard/check') return true;
      const locale = lists.locale ?? 'en';
      return {
        guardEnabled: lists.guardEnabled ?? true,
        siteTrusted: hostBelongsTo(host, lists.trustedSites ?? []),
        trustedContacts: (lists.trustedContacts ?? []).filter((c) => message.contacts.includes(c)),
        ...(message.strings ? { strings: guardStrings(locale) } : {}),
      };
    },
  };
}

/** The guard's host element in `doc`, if any. */
export function guardHostIn(doc: Document): Element | null {
  return [...doc.documentElement.children].find(isGuardHost) ?? null;
}

/**
 * A click as the user makes it. happy-dom has no isTrusted, so the test sets
 * it: what a browser sets on real clicks, never on a page's `click()`.
 */
export function userClick(target: Element): void {
  const view = target.ownerDocument.defaultView as unknown as typeof globalThis;
  const event = new view.MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** A key press as the user makes it (see `userClick`). */
export function userKey(target: Element, key: string): void {
  const view = target.ownerDocument.defaultView as unknown as typeof globalThis;
  const event = new view.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  target.dispatchEvent(event);
}

/** Runs scheduled batches when told to, so tests decide when "300 ms" have passed. */
export function manualScheduler() {
  const queue: (() => void)[] = [];
  return {
    setTimeout(handler: () => void) {
      queue.push(handler);
      return queue.length;
    },
    runAll() {
      while (queue.length > 0) queue.shift()!();
    },
    get pending() {
      return queue.length;
    },
  };
}

/** Lets MutationObserver callbacks and promise chains run. */
export async function tick(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
