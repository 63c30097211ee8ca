import { Window } from 'happy-dom';
import type { BackgroundRequest } from '../../../lib/schema/runtime-messages';
import { guardStrings } from '../../../lib/guard-ui/strings';
import type { Locale } from '../../../lib/i18n/locales';

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

/** Answers like lib/background/index.ts does, from the given lists. */
export function fakeBackground(
  lists: { trustedContacts?: string[]; trustedSites?: string[]; guardEnabled?: boolean; locale?: Locale } = {},
): FakeBackground {
  const sent: BackgroundRequest[] = [];
  return {
    sent,
    async send(message) {
      sent.push(message);
      if (message.type !== 'guard/lists') return true;
      const locale = lists.locale ?? 'en';
      return {
        trustedContacts: lists.trustedContacts ?? [],
        trustedSites: lists.trustedSites ?? [],
        guardEnabled: lists.guardEnabled ?? true,
        locale,
        strings: guardStrings(locale),
      };
    },
  };
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
