import type { Locale } from '../../lib/i18n/locales';
import { catalogTranslator } from '../../lib/i18n/translator-core';
import { sidebarMessages } from '../../lib/i18n/catalogs/sidebar';

const { translate } = catalogTranslator([sidebarMessages] as const);

export const SIDEBAR_CSS = `
:host { all: initial; }
.edge-tab {
  position: fixed; top: 45%; right: 0; z-index: 2147483646;
  display: flex; flex-direction: column; align-items: center; gap: 4px;
  padding: 10px 6px; border: 0; border-radius: 8px 0 0 8px;
  background: #c2410c; color: #fff; font: 600 12px/1.2 system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.edge-tab[hidden] { display: none; }
.edge-tab:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
.edge-tab .mark { writing-mode: vertical-rl; letter-spacing: .04em; }
.edge-tab .count { min-width: 18px; padding: 1px 4px; border-radius: 9px; background: #fff; color: #b91c1c; text-align: center; }
.edge-tab .count[hidden] { display: none; }
.panel {
  position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483647;
  width: min(400px, 100vw); display: flex; flex-direction: column;
  background: #fff; box-shadow: -4px 0 16px rgba(0,0,0,.2);
}
.panel[hidden] { display: none; }
.panel-bar { display: flex; justify-content: flex-end; padding: 4px; background: #c2410c; }
.close { border: 0; background: transparent; color: #fff; font: 600 18px/1 system-ui, sans-serif; padding: 4px 10px; cursor: pointer; border-radius: 4px; }
.close:focus-visible { outline: 3px solid #fff; }
iframe { flex: 1; width: 100%; border: 0; }
`;

export interface SidebarView {
  /** `focus`: move focus into the panel, or back where it was before opening (user actions only). */
  setOpen(open: boolean, options?: { route?: string | undefined; focus?: boolean }): void;
  isOpen(): boolean;
  setDueSoon(count: number): void;
  setLocale(locale: Locale): void;
  /** The app's iframe, once the sidebar was first opened. */
  frame(): HTMLIFrameElement | undefined;
}

/** The edge tab: the sidebar's "open" button, with the due-soon count on it. */
function createEdgeTab(doc: Document): { tab: HTMLButtonElement; count: HTMLSpanElement } {
  const tab = doc.createElement('button');
  tab.type = 'button';
  tab.className = 'edge-tab';
  tab.setAttribute('aria-expanded', 'false');
  const mark = doc.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Buyerguard';
  const count = doc.createElement('span');
  count.className = 'count';
  count.hidden = true;
  tab.append(mark, count);
  return { tab, count };
}

/** The panel with its close button; the app's iframe joins it on first open. */
function createPanel(doc: Document): { panel: HTMLDivElement; close: HTMLButtonElement } {
  const panel = doc.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.setAttribute('role', 'complementary');
  const bar = doc.createElement('div');
  bar.className = 'panel-bar';
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  bar.append(close);
  panel.append(bar);
  return { panel, close };
}

interface SidebarParts {
  tab: HTMLButtonElement;
  count: HTMLSpanElement;
  panel: HTMLDivElement;
  close: HTMLButtonElement;
  frame(): HTMLIFrameElement | undefined;
}

/** Names and counts in the current language: the tab's label says how many deadlines are near. */
function labelParts(parts: SidebarParts, locale: Locale, dueSoon: number): void {
  const { tab, count, panel, close } = parts;
  const openLabel = translate(locale, 'sidebar.open');
  const label = dueSoon > 0 ? `${openLabel}. ${translate(locale, 'sidebar.dueSoon', { count: dueSoon })}` : openLabel;
  tab.setAttribute('aria-label', label);
  tab.title = label;
  close.setAttribute('aria-label', translate(locale, 'sidebar.close'));
  close.title = translate(locale, 'sidebar.close');
  panel.setAttribute('aria-label', translate(locale, 'sidebar.frameTitle'));
  const frame = parts.frame();
  if (frame) frame.title = translate(locale, 'sidebar.frameTitle');
  count.textContent = String(dueSoon);
  count.hidden = dueSoon === 0;
}

/**
 * What had focus before the sidebar opened (the edge tab, or a page element
 * when the toolbar button or a command opened it), so closing can put the
 * user back there. Inside our own shadow root the document only names the host.
 */
function focusedOutside(container: HTMLElement, panel: HTMLElement): HTMLElement | null {
  const root = container.getRootNode() as Document | ShadowRoot;
  const active = root.activeElement ?? container.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || panel.contains(active)) return null;
  return active === container.ownerDocument.body ? null : active;
}

/**
 * The edge tab and the panel hosting the app page in an iframe (extension
 * origin, so the buyer's data never touches the marketplace's storage).
 * Built with DOM calls only: no page text, no markup parsing.
 */
export function buildSidebar(container: HTMLElement, frameUrl: string, onToggle: (open: boolean) => void): SidebarView {
  let locale: Locale = 'en';
  let dueSoon = 0;
  let frame: HTMLIFrameElement | undefined;
  let returnFocusTo: HTMLElement | null = null;
  const doc = container.ownerDocument;
  const { tab, count } = createEdgeTab(doc);
  const { panel, close } = createPanel(doc);
  const parts: SidebarParts = { tab, count, panel, close, frame: () => frame };
  const relabel = () => labelParts(parts, locale, dueSoon);

  const ensureFrame = (route: string | undefined) => {
    // The app loads on first open only: a closed sidebar costs the page nothing.
    const src = route ? `${frameUrl}#${route}` : frameUrl;
    if (!frame) {
      frame = doc.createElement('iframe');
      // Drafts are copied to the clipboard from inside the frame.
      frame.allow = 'clipboard-write';
      frame.src = src;
      panel.append(frame);
    } else if (route) frame.src = src;
  };

  const moveFocus = (open: boolean) => {
    if (open) {
      close.focus();
      return;
    }
    const back = returnFocusTo?.isConnected && returnFocusTo !== tab ? returnFocusTo : tab;
    returnFocusTo = null;
    back.focus({ preventScroll: true });
  };

  const view: SidebarView = {
    setOpen(open, { route, focus = true } = {}) {
      if (open) {
        if (panel.hidden) returnFocusTo = focusedOutside(container, panel);
        ensureFrame(route);
      }
      panel.hidden = !open;
      tab.hidden = open;
      tab.setAttribute('aria-expanded', String(open));
      relabel();
      if (focus) moveFocus(open);
    },
    isOpen: () => !panel.hidden,
    setDueSoon(value) {
      dueSoon = value;
      relabel();
    },
    setLocale(value) {
      locale = value;
      relabel();
    },
    frame: () => frame,
  };
  wireControls({ tab, close, panel }, view, onToggle);
  relabel();
  container.append(tab, panel);
  return view;
}

/**
 * The user's own ways to open and close it: the tab, ×, and Esc in the
 * panel's bar. The shadow root is open, so the page can reach these buttons:
 * its made-up clicks and key presses (`isTrusted` false) change nothing.
 */
function wireControls(parts: Pick<SidebarParts, 'tab' | 'close' | 'panel'>, view: SidebarView, onToggle: (open: boolean) => void): void {
  const toggle = (event: Event, open: boolean) => {
    if (!event.isTrusted) return;
    view.setOpen(open);
    onToggle(open);
  };
  parts.tab.addEventListener('click', (event) => toggle(event, true));
  parts.close.addEventListener('click', (event) => toggle(event, false));
  parts.panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') toggle(event, false);
  });
}
