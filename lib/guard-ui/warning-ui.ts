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
  return new PageWarning(doc, options);
}

/** The state behind `WarningUi`: what is shown, how the user and the page treated it, and the page parts once made. */
class PageWarning implements WarningUi {
  private host: GuardHost | null = null;
  private banner: HTMLElement | null = null;
  private marks: Marks | null = null;
  private links: LinkGuard | null = null;
  private survival: Survival | null = null;
  private translate: Translate = (key) => key;
  private locale = 'en';
  private status = '';
  private dismissed = false;
  private fought = false;
  private modal = false;
  private frame: HTMLDialogElement | null = null;
  private shown: readonly Finding[] = [];

  constructor(
    private readonly doc: Document,
    private readonly options: WarningUiOptions,
  ) {}

  get t(): Translate {
    return this.translate;
  }

  show(active: readonly Finding[], fresh: readonly Finding[], { reopen = false, focus = false } = {}): void {
    this.shown = active;
    if (fresh.length > 0) {
      this.ensure();
      this.marks?.mark(fresh);
      // Only alarms ask before a link opens; a notice's contact reaches the marketplace itself.
      for (const f of fresh) if (f.severity === 'alarm') this.links?.guard(f);
    }
    // A contact not seen before brings a hidden banner back.
    if (reopen) this.dismissed = false;
    this.render({ focus });
  }

  release(findings: readonly Finding[]): void {
    if (findings.length === 0) return;
    this.marks?.unmark(findings);
    for (const f of findings) this.links?.release(f);
  }

  setStatus(text: string): void {
    this.status = text;
  }

  setLanguage(translate: Translate, lang: string): void {
    this.translate = translate;
    this.locale = lang;
  }

  reset(): void {
    this.status = '';
    this.dismissed = false;
    this.fought = false;
    this.modal = false;
  }

  dismissAll(): void {
    const back = this.host?.focusOrigin() ?? null;
    this.dismissed = true;
    this.render();
    // Esc or Hide pressed inside the warning: the keyboard user goes on where they were.
    back?.focus();
  }

  clear(): void {
    this.shown = [];
    this.removeAll();
  }

  private ensure(): GuardHost {
    if (this.host) return this.host;
    const parts = createPageParts(this.doc, {
      t: () => this.translate,
      locale: () => this.locale,
      banner: () => this.banner,
      onFight: () => this.onFight(),
      onHidden: this.options.onHidden,
      onCovered: () => {
        // A page's modal dialog makes everything else inert: the warning becomes a modal dialog above it.
        this.modal = true;
        this.render();
      },
    });
    ({ host: this.host, marks: this.marks, links: this.links, survival: this.survival } = parts);
    return parts.host;
  }

  private onFight(): void {
    if (this.fought) return;
    this.fought = true;
    this.render();
  }

  private removeAll(): void {
    this.survival?.stop();
    this.marks?.clear();
    this.links?.clear();
    this.host?.remove();
    this.host = this.banner = this.frame = null;
    this.marks = null;
    this.links = null;
    this.survival = null;
  }

  /** Shows the banner for what is shown; with nothing left, the last status note (if any) alone. */
  private render({ focus = false } = {}): void {
    this.banner?.remove();
    this.frame?.remove();
    this.banner = this.frame = null;
    if (this.shown.length === 0 && (this.status === '' || this.dismissed)) {
      this.removeAll();
      return;
    }
    if (this.dismissed) return;
    const banner = this.buildBanner();
    this.banner = banner;
    const h = this.ensure();
    if (this.modal && typeof this.doc.createElement('dialog').showModal === 'function') {
      this.frame = el(this.doc, 'dialog', { class: 'over' }, [banner]);
      h.container.append(this.frame);
      this.frame.showModal();
    } else {
      h.container.append(banner);
    }
    // The pressed button is gone: keep keyboard users inside the warning.
    if (focus) banner.querySelector('button')?.focus();
  }

  /** The banner for what is shown (or the status note alone), as the page has treated it so far. */
  private buildBanner(): HTMLElement {
    const { doc, translate: t, locale, status, shown, options } = this;
    const built =
      shown.length > 0
        ? renderBanner(doc, t, locale, bannerModel(uniqueContacts(shown), t), options.actions, status)
        : renderNotice(doc, t, locale, status, () => this.dismissAll());
    if (this.fought && shown.length > 0) built.insertBefore(el(doc, 'p', { class: 'fought' }, [t('guardui.fought')]), built.children[2] ?? null);
    if (options.onMarketplace()) built.classList.add('start');
    return built;
  }
}
