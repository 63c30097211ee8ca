import { uniqueContacts, type Finding } from '../guard';
import { bannerModel, marketplaceName, renderBanner, renderNotice, type BannerActions } from './banner';
import { askBeforeOpening } from './confirm';
import { el } from './dom';
import { createGuardHost, type GuardHost } from './host';
import type { Translate } from './i18n';
import { createLinkGuard, type LinkGuard } from './link-guard';
import { createMarks, type Marks } from './marks';
import { keepOnScreen, type Survival } from './survival';

/*
 * Everything the guard shows in a page: the banner (or, after trusting, a
 * note), the marks on flagged contacts and the confirmation on their links.
 * Nothing exists until the first `show`; `clear` takes it all away. The
 * banner is kept on screen against the page (./survival.ts) and says so when
 * the page fought it; `onHidden` reports when the page keeps it off screen.
 */

export interface WarningUi {
  /** Marks and guards `fresh` findings, then shows the banner for all `active` ones. */
  show(active: readonly Finding[], fresh: readonly Finding[], options?: { reopen?: boolean; focus?: boolean }): void;
  /** Takes marks and link confirmations off these findings (not the banner: call `show` after). */
  release(findings: readonly Finding[]): void;
  /** A status line (what trusting did); shown with the banner, or alone when nothing is left. */
  setStatus(text: string): void;
  setLanguage(t: Translate, locale: string): void;
  /** Resets what a single-page navigation ends: status, "hidden by the user", "fought". */
  reset(): void;
  /** "Hide this warning" / Close: the banner goes until a new contact appears; marks and confirmations stay. */
  dismissAll(): void;
  clear(): void;
  readonly t: Translate;
}

export interface WarningUiOptions {
  actions: BannerActions;
  /** Whether the guard's pages are the marketplace's own (the banner moves to the start edge). */
  onMarketplace: () => boolean;
  onHidden(hidden: boolean): void;
}

/** What the guard adds to a page once there is something to show. */
interface PageParts {
  host: GuardHost;
  marks: Marks;
  links: LinkGuard | null;
  survival: Survival;
}

interface PartsCallbacks {
  t(): Translate;
  locale(): string;
  banner(): HTMLElement | null;
  onFight(): void;
  onHidden(hidden: boolean): void;
  onCovered(): void;
}

/** The host, marks, link confirmations and the watch that keeps the banner on screen. */
function createPageParts(doc: Document, callbacks: PartsCallbacks): PageParts {
  const win = doc.defaultView;
  const host = createGuardHost(doc);
  const links = win
    ? createLinkGuard(win, (finding) =>
        askBeforeOpening(host.container, callbacks.t(), {
          kind: finding.kind,
          value: finding.value,
          marketplace: marketplaceName(finding.marketplace),
          lang: callbacks.locale(),
        }),
      )
    : null;
  // Its own timers: the scheduler's are for page changes (and tests count them).
  const timers = win ?? globalThis;
  const survival = keepOnScreen(doc, host, callbacks.banner, {
    setTimeout: (handler, ms) => timers.setTimeout(handler, ms),
    onFight: callbacks.onFight,
    onHidden: callbacks.onHidden,
    onCovered: callbacks.onCovered,
  });
  return { host, marks: createMarks(doc), links, survival };
}

export function createWarningUi(doc: Document, options: WarningUiOptions): WarningUi {
  let host: GuardHost | null = null;
  let banner: HTMLElement | null = null;
  let marks: Marks | null = null;
  let links: LinkGuard | null = null;
  let survival: Survival | null = null;
  let t: Translate = (key) => key;
  let locale = 'en';
  let status = '';
  let dismissed = false;
  let fought = false;
  let modal = false;
  let frame: HTMLDialogElement | null = null;
  let shown: readonly Finding[] = [];

  const ensure = (): GuardHost => {
    if (host) return host;
    const parts = createPageParts(doc, {
      t: () => t,
      locale: () => locale,
      banner: () => banner,
      onFight,
      onHidden: options.onHidden,
      onCovered() {
        // A page's modal dialog makes everything else inert: the warning becomes a modal dialog above it.
        modal = true;
        render();
      },
    });
    ({ host, marks, links, survival } = parts);
    return parts.host;
  };

  function onFight() {
    if (fought) return;
    fought = true;
    render();
  }

  const removeAll = () => {
    survival?.stop();
    marks?.clear();
    links?.clear();
    host?.remove();
    host = banner = frame = null;
    marks = null;
    links = null;
    survival = null;
  };

  /** Shows the banner for what is shown; with nothing left, the last status note (if any) alone. */
  function render({ focus = false } = {}) {
    banner?.remove();
    frame?.remove();
    banner = frame = null;
    if (shown.length === 0 && (status === '' || dismissed)) {
      removeAll();
      return;
    }
    if (dismissed) return;
    banner = buildBanner();
    const h = ensure();
    if (modal && typeof doc.createElement('dialog').showModal === 'function') {
      frame = el(doc, 'dialog', { class: 'over' }, [banner]);
      h.container.append(frame);
      frame.showModal();
    } else {
      h.container.append(banner);
    }
    // The pressed button is gone: keep keyboard users inside the warning.
    if (focus) banner.querySelector('button')?.focus();
  }

  /** The banner for what is shown (or the status note alone), as the page has treated it so far. */
  function buildBanner(): HTMLElement {
    const built =
      shown.length > 0
        ? renderBanner(doc, t, locale, bannerModel(uniqueContacts(shown), t), options.actions, status)
        : renderNotice(doc, t, locale, status, () => ui.dismissAll());
    if (fought && shown.length > 0) built.insertBefore(el(doc, 'p', { class: 'fought' }, [t('guardui.fought')]), built.children[2] ?? null);
    if (options.onMarketplace()) built.classList.add('start');
    return built;
  }

  const ui: WarningUi = {
    get t() {
      return t;
    },
    show(active: readonly Finding[], fresh: readonly Finding[], { reopen = false, focus = false } = {}) {
      shown = active;
      if (fresh.length > 0) {
        ensure();
        marks?.mark(fresh);
        // Only alarms ask before a link opens; a notice's contact reaches the marketplace itself.
        for (const f of fresh) if (f.severity === 'alarm') links?.guard(f);
      }
      // A contact not seen before brings a hidden banner back.
      if (reopen) dismissed = false;
      render({ focus });
    },
    release(findings: readonly Finding[]) {
      if (findings.length === 0) return;
      marks?.unmark(findings);
      for (const f of findings) links?.release(f);
    },
    setStatus(text: string) {
      status = text;
    },
    setLanguage(translate: Translate, lang: string) {
      t = translate;
      locale = lang;
    },
    reset() {
      status = '';
      dismissed = false;
      fought = false;
      modal = false;
    },
    dismissAll() {
      const back = host?.focusOrigin() ?? null;
      dismissed = true;
      render();
      // Esc or Hide pressed inside the warning: the keyboard user goes on where they were.
      back?.focus();
    },
    clear() {
      shown = [];
      removeAll();
    },
  };
  return ui;
}
