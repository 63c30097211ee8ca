import { UI_CSS } from './ui-style';

/** The tag of the guard's shadow host (a custom-element name, so it can never clash with HTML). */
export const HOST_TAG = 'buyerguard-guard';

export interface GuardHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the banner and dialogs go. */
  readonly container: HTMLElement;
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
  root.append(style, container);
  doc.documentElement.append(element);
  return { element, root, container, remove: () => element.remove() };
}
