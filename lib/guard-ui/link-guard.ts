import type { Finding } from '../guard';
import { clickGateOf } from './click-gate';

/** Links whose click should ask first: calls, mails, messenger chats. */
const CONTACT_HREF = /^\s*(?:tel|callto|sms|mailto|whatsapp|viber|tg|skype):/i;

export function isConfirmableLink(finding: Finding): boolean {
  if (!finding.link) return false;
  return finding.source === 'href' || finding.kind === 'messenger' || CONTACT_HREF.test(finding.link.getAttribute('href') ?? '');
}

export interface LinkGuard {
  guard(finding: Finding): void;
  release(finding: Finding): void;
  clear(): void;
}

export type AskToProceed = (finding: Finding, link: Element) => Promise<boolean>;

/**
 * Holds clicks on flagged contact links until the user confirms. It listens
 * through the click gate (./click-gate.ts), opened at document_start, from
 * the first guarded link to the last, so it sees every click before the
 * page's own handlers; a confirmed click is replayed on the link with the
 * same modifier keys and then runs as usual (page handlers, then the browser
 * opens the link). A click the page made itself (`isTrusted` false: click(),
 * dispatchEvent) on a guarded link is stopped and asks nothing: only the
 * user's own click can lead to the question, and only their answer opens it.
 */
export function createLinkGuard(win: Window, ask: AskToProceed): LinkGuard {
  const guarded = new Map<Element, Finding[]>();
  let detach: (() => void) | null = null;
  let replaying: Element | null = null;
  let asking = false;

  const guardedLinkOf = (event: Event): Element | null => {
    for (const target of event.composedPath()) {
      if ((target as Node).nodeType === 1 && guarded.has(target as Element)) return target as Element;
    }
    return null;
  };

  const replay = (link: Element, original: MouseEvent) => {
    replaying = link;
    try {
      const init: MouseEventInit = {
        bubbles: true,
        cancelable: true,
        composed: true,
        button: original.button,
        ctrlKey: original.ctrlKey,
        shiftKey: original.shiftKey,
        altKey: original.altKey,
        metaKey: original.metaKey,
      };
      const View = (win as Window & { MouseEvent?: typeof MouseEvent }).MouseEvent ?? MouseEvent;
      link.dispatchEvent(new View('click', init));
    } finally {
      replaying = null;
    }
  };

  const onClick = (event: MouseEvent) => {
    const link = guardedLinkOf(event);
    if (!link || link === replaying) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const finding = guarded.get(link)?.[0];
    // auxclick (middle button) would open a tab: stopped, and the user can click it plainly to be asked.
    if (asking || !finding || !event.isTrusted || event.type !== 'click') return;
    asking = true;
    void ask(finding, link).then((proceed) => {
      asking = false;
      if (proceed) replay(link, event);
      else if (typeof (link as HTMLElement).focus === 'function') (link as HTMLElement).focus();
    });
  };

  return {
    guard(finding) {
      const link = finding.link;
      if (!link || !isConfirmableLink(finding)) return;
      const list = guarded.get(link) ?? [];
      // A messenger link also yields its phone number: ask about the chat.
      if (finding.kind === 'messenger') list.unshift(finding);
      else list.push(finding);
      guarded.set(link, list);
      detach ??= clickGateOf(win).attach(onClick);
    },
    release(finding) {
      const link = finding.link;
      if (!link) return;
      const list = (guarded.get(link) ?? []).filter((f) => f !== finding);
      if (list.length > 0) guarded.set(link, list);
      else guarded.delete(link);
      if (guarded.size === 0) this.clear();
    },
    clear() {
      guarded.clear();
      detach?.();
      detach = null;
    },
  };
}
