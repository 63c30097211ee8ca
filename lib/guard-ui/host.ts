import { markOwnUi } from './leftovers';
import { UI_CSS } from './ui-style';

/**
 * Every guard host's tag starts with this; the rest is random per page, so a
 * page cannot define the element before the guard does (a page-defined custom
 * element could take the shadow root first, and attachShadow would fail).
 */
export const HOST_TAG_PREFIX = 'buyerguard-guard-';

export interface GuardHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the banner and dialogs go. */
  readonly container: HTMLElement;
  /** Puts the host (back) in the page and on top: into the top layer where the Popover API exists. */
  raise(): void;
  /** The page element focus came from, while focus is inside the guard's UI; else null. */
  focusOrigin(): HTMLElement | null;
  remove(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

function randomTag(win: Window | null): string {
  const bytes = new Uint8Array(6);
  (win?.crypto ?? crypto).getRandomValues(bytes);
  return HOST_TAG_PREFIX + Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}

/** Whether the element is a guard host (for tests and the page-effects checks). */
export function isGuardHost(element: Element): boolean {
  return element.localName.startsWith(HOST_TAG_PREFIX);
}

/**
 * An open shadow root on <html> (not <body>, whose layout the page owns),
 * created only when there is something to show. The host is a manual
 * popover: once raised, it sits in the top layer above any z-index the page uses.
 * Key presses inside stay inside: a site's own shortcuts ("/" to search, Esc
 * to close its menus) must not fire while the user types or tabs in the warning.
 */
export function createGuardHost(doc: Document): GuardHost {
  const element = doc.createElement(randomTag(doc.defaultView));
  markOwnUi(element, 'guard');
  const root = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  const container = doc.createElement('div');
  for (const type of KEY_EVENTS) container.addEventListener(type, (event) => event.stopPropagation());
  // Where a keyboard user was before tabbing into the warning, so closing it can put them back.
  let origin: HTMLElement | null = null;
  container.addEventListener('focusin', (event) => {
    const from = event.relatedTarget;
    if (from instanceof HTMLElement && from !== element && !root.contains(from)) origin = from;
  });
  root.append(style, container);
  const popover = typeof element.showPopover === 'function';
  if (popover) element.setAttribute('popover', 'manual');
  const raise = () => {
    if (!element.isConnected) doc.documentElement.append(element);
    if (!element.isConnected) return;
    if (!popover) return;
    try {
      // Hiding and showing again moves it above whatever entered the top layer since.
      if (element.matches(':popover-open')) element.hidePopover();
      // Only when taken away: setting it again would look like the page touching the host (./survival.ts).
      if (element.getAttribute('popover') !== 'manual') element.setAttribute('popover', 'manual');
      element.showPopover();
    } catch {
      // Not in a state to be shown (e.g. the document is going away): the fixed position still applies.
    }
  };
  // Not shown as a popover yet: entering the top layer restyles the whole page (half a second on a
  // 50 000-element page on a busy machine), so that waits until the page covers the banner (./survival.ts).
  doc.documentElement.append(element);
  return {
    element,
    root,
    container,
    raise,
    focusOrigin: () => (doc.activeElement === element && origin?.isConnected ? origin : null),
    remove: () => element.remove(),
  };
}
