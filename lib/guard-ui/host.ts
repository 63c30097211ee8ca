import { UI_CSS } from './ui-style';

/** The tag of the guard's shadow host (a custom-element name, so it can never clash with HTML). */
export const HOST_TAG = 'buyerguard-guard';

export interface GuardHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the banner and dialogs go. */
  readonly container: HTMLElement;
  /** The page element focus came from, while focus is inside the guard's UI; else null. */
  focusOrigin(): HTMLElement | null;
  remove(): void;
}

const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * An open shadow root on <html> (not <body>, whose layout the page owns),
 * created only when there is something to show. Key presses inside stay
 * inside: a site's own shortcuts ("/" to search, Esc to close its menus)
 * must not fire while the user types or tabs in the warning.
 */
export function createGuardHost(doc: Document): GuardHost {
  const element = doc.createElement(HOST_TAG);
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
  doc.documentElement.append(element);
  return {
    element,
    root,
    container,
    focusOrigin: () => (doc.activeElement === element && origin?.isConnected ? origin : null),
    remove: () => element.remove(),
  };
}
