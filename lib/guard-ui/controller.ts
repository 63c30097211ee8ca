import {
  createGuardScanner,
  mentionsMarketplace,
  pageContextFromDocument,
  uniqueContacts,
  type Finding,
  type GuardScanner,
} from '../guard';
import { hostBelongsTo } from '../marketplaces/types';
import type { BackgroundRequest } from '../schema/runtime-messages';
import { bannerModel, marketplaceName, renderBanner, renderNotice, type BannerContact, type BannerGroup } from './banner';
import { watchChanges, type ChangeBatch, type Scheduler } from './changes';
import { askBeforeOpening } from './confirm';
import { createGuardHost, type GuardHost } from './host';
import { guardTranslator, type Translate } from './i18n';
import { createLinkGuard, type LinkGuard } from './link-guard';
import { parseGuardLists, type GuardLists } from './lists';
import { createMarks, type Marks } from './marks';

/*
 * The guard on one page, from load to unload:
 *
 *   body.textContent ─first pass─▶ no marketplace? ─▶ stop (only a MutationObserver stays, invisible to the page)
 *                                  └▶ full scan ─▶ findings? ─▶ guard/lists (once) ─▶ drop trusted
 *                                                               ─▶ banner + marks + link confirmations + guard/report
 *   MutationObserver ─batch (≤ 1 per 300 ms, idle)─▶ first pass on added text / scanChanged(added nodes) ─▶ same
 *
 * Nothing is added to the page until there is something to flag.
 */

export interface GuardEnvironment {
  doc: Document;
  /** The page's address now (single-page sites change it). */
  url(): string;
  scheduler: Scheduler;
  send(message: BackgroundRequest): Promise<unknown>;
  /** Calls back on single-page navigations (WXT's wxt:locationchange). */
  onLocationChange?(callback: () => void): void;
  intervalMs?: number;
}

export interface GuardController {
  /** Unique contacts currently warned about. */
  readonly warnings: number;
  /** Resolves when the findings handed over so far are on screen. */
  settled(): Promise<void>;
  /** Removes everything the guard added and stops watching (context invalidated). */
  stop(): void;
}

const PAGE_URL_MAX = 2048;

function textOf(node: Node): string {
  return node.nodeType === 3 ? (node as Text).data : (node.textContent ?? '');
}

function isHiddenByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(element) : false;
}

export function startGuard(env: GuardEnvironment): GuardController {
  const { doc } = env;
  const win = doc.defaultView;
  let scanner: GuardScanner = newScanner();
  let active: Finding[] = [];
  let listsRequest: Promise<GuardLists | null> | null = null;
  const trustedHere = new Set<string>();
  let host: GuardHost | null = null;
  let banner: HTMLElement | null = null;
  let marks: Marks | null = null;
  let links: LinkGuard | null = null;
  let locale = 'en';
  let t: Translate = (key) => key;
  let status = '';
  let dismissed = false;
  const shown = new Set<string>();
  let reported = 0;
  let stopped = false;
  let relevantSetUp = false;
  let queue: Promise<void> = Promise.resolve();

  function newScanner(): GuardScanner {
    return createGuardScanner(pageContextFromDocument(doc, { url: env.url() }), { isHidden: isHiddenByStyle });
  }

  const contactKey = (f: Pick<Finding, 'kind' | 'value'>) => `${f.kind} ${f.value}`;

  const lists = (): Promise<GuardLists | null> =>
    (listsRequest ??= env.send({ type: 'guard/lists' }).then(parseGuardLists, () => null));

  const report = () => {
    const count = uniqueContacts(active).length;
    if (count === reported) return;
    reported = count;
    env.send({ type: 'guard/report', warnings: count }).catch(() => undefined);
  };

  const ensureUi = (): GuardHost => {
    if (!host) {
      host = createGuardHost(doc);
      marks = createMarks(doc);
      const container = host.container;
      links = win
        ? createLinkGuard(win, (finding) =>
            askBeforeOpening(container, t, {
              kind: finding.kind,
              value: finding.value,
              marketplace: marketplaceName(finding.marketplace),
              lang: locale,
            }),
          )
        : null;
    }
    return host;
  };

  const removeUi = () => {
    marks?.clear();
    links?.clear();
    host?.remove();
    host = banner = null;
    marks = null;
    links = null;
  };

  /** Shows the banner for what is active; with nothing left, the last status note (if any) alone. */
  const render = ({ focus = false } = {}) => {
    banner?.remove();
    banner = null;
    if (active.length === 0 && (status === '' || dismissed)) {
      removeUi();
      return;
    }
    if (dismissed) return;
    banner =
      active.length > 0
        ? renderBanner(doc, t, locale, bannerModel(uniqueContacts(active), t), { trustContact, trustSite, dismiss, reportSeller }, status)
        : renderNotice(doc, t, locale, status, dismiss);
    if (scanner.context.ownMarketplace) banner.classList.add('start');
    ensureUi().container.append(banner);
    // The pressed button is gone: keep keyboard users inside the warning.
    if (focus) banner.querySelector('button')?.focus();
  };

  const forget = (findings: readonly Finding[]) => {
    if (findings.length === 0) return;
    marks?.unmark(findings);
    for (const f of findings) links?.release(f);
    const gone = new Set(findings);
    active = active.filter((f) => !gone.has(f));
  };

  function trustContact(contact: BannerContact) {
    trustedHere.add(contact.value);
    env.send({ type: 'guard/trust', contact: contact.value }).catch(() => undefined);
    status = t('guardui.trusted.contact', { value: contact.value, list: t('app.settings.trustedContacts') });
    forget(active.filter((f) => f.value === contact.value));
    render({ focus: true });
    report();
  }

  function trustSite() {
    const site = win?.location.hostname ?? scanner.context.host ?? '';
    if (site) env.send({ type: 'guard/trust', site }).catch(() => undefined);
    silence();
    status = t('guardui.trusted.site', { site, list: t('app.settings.trustedSites') });
    render({ focus: true });
  }

  function dismiss() {
    const back = host?.focusOrigin() ?? null;
    dismissed = true;
    render();
    // Esc or Hide pressed inside the warning: the keyboard user goes on where they were.
    back?.focus();
  }

  function reportSeller(group: BannerGroup) {
    const pageUrl = env.url();
    const contacts = group.contacts.slice(0, 50).map(({ kind, value }) => ({ kind, value }));
    env
      .send({
        type: 'complaint/open',
        prefill: { category: 'offline-trading', contacts, pageUrl: pageUrl.length <= PAGE_URL_MAX ? pageUrl : new URL(pageUrl).origin },
      })
      .catch(() => {
        // No wizard to open (extension updating): say where to complain by hand.
        status = t('guard.report.steps', { marketplace: marketplaceName(group.marketplace) });
        render();
      });
  }

  /** Stops warning on this page: marks, confirmations, banner, observer, badge. */
  const silence = () => {
    stopped = true;
    watcher.disconnect();
    forget([...active]);
    removeUi();
    report();
  };

  const present = async (found: Finding[]) => {
    if (stopped || found.length === 0) return;
    const answer = await lists();
    // No answer: the extension is being reloaded or updated, and this script's context is going away.
    if (stopped || !answer) return;
    const { guardEnabled, trustedContacts, trustedSites, strings } = answer;
    const host = win?.location.hostname ?? scanner.context.host;
    if (!guardEnabled || (host && hostBelongsTo(host, trustedSites))) {
      silence();
      return;
    }
    locale = strings.locale;
    t = guardTranslator(strings);
    const trusted = new Set([...trustedContacts, ...trustedHere]);
    const fresh = found.filter((f) => !trusted.has(f.value));
    if (fresh.length === 0) return;
    active.push(...fresh);
    ensureUi();
    marks?.mark(fresh);
    for (const f of fresh) links?.guard(f);
    const newContacts = uniqueContacts(fresh).filter((f) => !shown.has(contactKey(f)));
    for (const f of newContacts) shown.add(contactKey(f));
    // A contact not seen before brings a dismissed banner back.
    if (newContacts.length > 0) dismissed = false;
    watcher.setCareAboutRemovals(true);
    render();
    report();
  };

  const hand = (found: Finding[]) => {
    setUpWhenRelevant();
    if (found.length === 0) return;
    queue = queue.then(() => present(found)).catch(() => undefined);
  };

  /** Drops findings whose text left the page (a single-page site replaced its content). */
  const prune = () => {
    const gone = active.filter((f) => !(f.link?.isConnected || f.ranges.some((r) => r.node.isConnected)));
    if (gone.length === 0) return;
    forget(gone);
    render();
    report();
    if (active.length === 0) watcher.setCareAboutRemovals(false);
  };

  const onBatch = (batch: ChangeBatch) => {
    if (stopped) return;
    if (batch.removed) prune();
    let nodes = batch.nodes;
    if (batch.overflow && doc.body) nodes = [doc.body];
    if (nodes.length === 0) return;
    // Cheap first pass on the added text only, until the page names a marketplace.
    if (!scanner.relevant && !nodes.some((n) => mentionsMarketplace(textOf(n), scanner.context.lang))) return;
    hand(scanner.scanChanged(nodes));
  };

  const isOwn = (node: Node) => node === doc.body || node === doc.documentElement || (host !== null && host.element.contains(node));
  const watcher = watchChanges(doc.body ?? doc.documentElement, onBatch, env.scheduler, { intervalMs: env.intervalMs, ignore: isOwn });

  /** Once the page mentions a marketplace: watch visibility changes and single-page navigations too. */
  function setUpWhenRelevant() {
    if (relevantSetUp || !scanner.relevant || stopped) return;
    relevantSetUp = true;
    watcher.watchAttributes();
    env.onLocationChange?.(() => {
      if (stopped) return;
      forget([...active]);
      shown.clear();
      status = '';
      dismissed = false;
      render();
      report();
      scanner = newScanner();
      hand(scanner.scanDocument(doc));
    });
  }

  hand(scanner.scanDocument(doc));

  return {
    get warnings() {
      return uniqueContacts(active).length;
    },
    settled: () => queue,
    stop() {
      stopped = true;
      watcher.disconnect();
      active = [];
      removeUi();
    },
  };
}
