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
  /** `focus`: move focus into the panel or back to the tab (user actions only). */
  setOpen(open: boolean, options?: { route?: string | undefined; focus?: boolean }): void;
  isOpen(): boolean;
  setDueSoon(count: number): void;
  setLocale(locale: Locale): void;
  /** The app's iframe, once the sidebar was first opened. */
  frame(): HTMLIFrameElement | undefined;
}

/**
 * The edge tab and the panel hosting the app page in an iframe (extension
 * origin, so the buyer's data never touches the marketplace's storage).
 * Built with DOM calls only: no page text, no markup parsing.
 */
export function buildSidebar(container: HTMLElement, frameUrl: string, onToggle: (open: boolean) => void): SidebarView {
  let locale: Locale = 'en';
  let dueSoon = 0;
  const doc = container.ownerDocument;

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
  let frame: HTMLIFrameElement | undefined;

  const relabel = () => {
    const openLabel = translate(locale, 'sidebar.open');
    tab.setAttribute('aria-label', dueSoon > 0 ? `${openLabel}. ${translate(locale, 'sidebar.dueSoon', { count: dueSoon })}` : openLabel);
    tab.title = tab.getAttribute('aria-label') ?? openLabel;
    close.setAttribute('aria-label', translate(locale, 'sidebar.close'));
    close.title = translate(locale, 'sidebar.close');
    panel.setAttribute('aria-label', translate(locale, 'sidebar.frameTitle'));
    if (frame) frame.title = translate(locale, 'sidebar.frameTitle');
    count.textContent = String(dueSoon);
    count.hidden = dueSoon === 0;
  };

  const view: SidebarView = {
    setOpen(open, { route, focus = true } = {}) {
      if (open) {
        // The app loads on first open only: a closed sidebar costs the page nothing.
        const src = route ? `${frameUrl}#${route}` : frameUrl;
        if (!frame) {
          frame = doc.createElement('iframe');
          // Drafts are copied to the clipboard from inside the frame.
          frame.allow = 'clipboard-write';
          frame.src = src;
          panel.append(frame);
        } else if (route) frame.src = src;
      }
      panel.hidden = !open;
      tab.hidden = open;
      tab.setAttribute('aria-expanded', String(open));
      relabel();
      if (focus && open) close.focus();
      else if (focus) tab.focus({ preventScroll: true });
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

  tab.addEventListener('click', () => {
    view.setOpen(true);
    onToggle(true);
  });
  close.addEventListener('click', () => {
    view.setOpen(false);
    onToggle(false);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      view.setOpen(false);
      onToggle(false);
    }
  });

  relabel();
  container.append(tab, panel);
  return view;
}
