import { uniqueContacts, type Finding } from '../guard';
import type { BackgroundRequest } from '../schema/runtime-messages';
import { marketplaceName, type BannerActions, type BannerContact, type BannerGroup } from './banner';
import type { Scheduler } from './changes';
import { isolated } from './dom';
import { isGuardHost } from './host';
import { guardTranslator } from './i18n';
import { startScanLoop, type ScanLoop } from './scan-loop';
import { createTrustClient, type TrustClient } from './trust';
import { createWarningUi, type WarningUi } from './warning-ui';

/*
 * The guard on one page, from load to unload, in three parts:
 *
 *   scan loop (./scan-loop.ts)   first pass, sliced full scan, MutationObserver batches ─▶ findings
 *   trust     (./trust.ts)       findings ─▶ guard/check: "which of these are trusted?" ─▶ drop those
 *   UI        (./warning-ui.ts)  banner + marks + link confirmations, kept on screen ─▶ guard/report (badge)
 *
 * This file wires them and holds what is flagged now (`active`). Nothing is
 * added to the page until there is something to flag.
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
  /** The first stage already found a marketplace named on this page (entrypoints/guard.content.ts starts the engine only then). */
  namesMarketplace?: boolean;
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
/** After a single-page navigation the background may reset the badge a little later: say it again then. */
const REPORT_AGAIN_MS = 1500;

/** Opens the complaint wizard for this seller's contacts on this page; `onFailed` when there is no wizard to open. */
function openComplaint(env: GuardEnvironment, group: BannerGroup, onFailed: () => void): void {
  const pageUrl = env.url();
  const contacts = group.contacts.slice(0, 50).map(({ kind, value }) => ({ kind, value }));
  env
    .send({
      type: 'complaint/open',
      prefill: { category: 'offline-trading', contacts, pageUrl: pageUrl.length <= PAGE_URL_MAX ? pageUrl : new URL(pageUrl).origin },
    })
    // No wizard to open (extension updating): say where to complain by hand.
    .catch(onFailed);
}

/** Asks the background which of `found` are trusted; null when it cannot answer (extension reloading). */
type TrustAnswer = NonNullable<Awaited<ReturnType<TrustClient['check']>>>;

/** The findings still to warn about: neither trusted in the background's lists nor trusted here just now. */
function untrusted(found: readonly Finding[], answer: TrustAnswer, trustedHere: ReadonlySet<string>): Finding[] {
  return found.filter((f) => !answer.trusted.has(f.value) && !trustedHere.has(f.value));
}

interface ActionDeps {
  env: GuardEnvironment;
  trust: TrustClient;
  ui(): WarningUi;
  active(): Finding[];
  isStopped(): boolean;
  forget(findings: readonly Finding[]): void;
  report(): void;
  silence(): void;
}

/** What the banner's buttons do (each runs on the user's own click only, see dom.ts `button`). */
function bannerActions(deps: ActionDeps): BannerActions {
  const { trust } = deps;
  return {
    trustContact(contact: BannerContact) {
      const ui = deps.ui();
      const t = ui.t;
      const where = { value: isolated(contact.value), list: t('app.settings.trustedContacts') };
      // Quiet here at once; should the background not store it, the note says so instead of "you trust it".
      void trust.trustContact(contact.value).then((stored) => {
        if (stored || deps.isStopped()) return;
        ui.setStatus(t('guardui.trusted.notSaved', where));
        ui.show(deps.active(), []);
      });
      ui.setStatus(t('guardui.trusted.contact', where));
      deps.forget(deps.active().filter((f) => f.value === contact.value));
      ui.show(deps.active(), [], { focus: true });
      deps.report();
    },
    trustSite() {
      const ui = deps.ui();
      const t = ui.t;
      void trust.trustSite().then((site) => {
        if (!site || deps.isStopped()) return;
        deps.silence();
        ui.setStatus(t('guardui.trusted.site', { site: isolated(site), list: t('app.settings.trustedSites') }));
        ui.show([], [], { focus: true });
      });
    },
    dismiss: () => deps.ui().dismissAll(),
    reportSeller(group: BannerGroup) {
      openComplaint(deps.env, group, () => {
        const ui = deps.ui();
        ui.setStatus(ui.t('guard.report.steps', { marketplace: marketplaceName(group.marketplace) }));
        ui.show(deps.active(), []);
      });
    },
  };
}

/** The scan loop's environment: guard's own host elements are not page content. */
function scanEnvironment(env: GuardEnvironment) {
  const { doc } = env;
  return {
    doc,
    url: env.url,
    scheduler: env.scheduler,
    onLocationChange: env.onLocationChange,
    intervalMs: env.intervalMs,
    namesMarketplace: env.namesMarketplace,
    isOwn: (node: Node) => node === doc.body || node === doc.documentElement || (node.nodeType === 1 && isGuardHost(node as Element)),
  };
}

/** What is flagged on this page now, and the flags the loop, UI and trust parts share. */
interface GuardState {
  active: Finding[];
  stopped: boolean;
  /** The page hides the warning (reported, so the badge still tells). */
  hidden: boolean;
  stringsLoaded: boolean;
  /** Contacts already shown since the last navigation: a new one reopens a collapsed banner. */
  shown: Set<string>;
}

/** The parts one page's guard is made of, once wired. */
interface Guard {
  env: GuardEnvironment;
  state: GuardState;
  trust: TrustClient;
  ui: WarningUi;
  loop: ScanLoop;
}

const contactKey = (f: Pick<Finding, 'kind' | 'value'>) => `${f.kind} ${f.value}`;

/** Tells the background what this tab warns about (the badge); unchanged reports are not re-sent unless `force`. */
function report({ state, trust }: Pick<Guard, 'state' | 'trust'>, force = false): void {
  const contacts = uniqueContacts(state.active);
  // Notices (not a support channel, but reaching the marketplace) never light the badge.
  const alarms = contacts.filter((f) => f.severity === 'alarm').length;
  trust.report(
    contacts.map((f) => f.value),
    alarms,
    state.hidden && state.active.length > 0,
    force,
  );
}

/** Stops warning about `findings`: their marks and link confirmations go. */
function forget({ state, ui }: Pick<Guard, 'state' | 'ui'>, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  ui.release(findings);
  const gone = new Set(findings);
  state.active = state.active.filter((f) => !gone.has(f));
}

/** Stops warning on this page: marks, confirmations, banner, observer, badge. */
function silence(guard: Guard): void {
  guard.state.stopped = true;
  guard.loop.stop();
  forget(guard, [...guard.state.active]);
  guard.ui.clear();
  report(guard);
}

/** Shows what a scan found, once the background has said which of it is trusted. */
async function present(guard: Guard, found: Finding[]): Promise<void> {
  const { state, trust, ui } = guard;
  if (state.stopped || found.length === 0) return;
  const answer = await trust.check(
    found.map((f) => f.value),
    !state.stringsLoaded,
  );
  // No answer: the extension is being reloaded or updated, and this script's context is going away.
  if (state.stopped || !answer) return;
  if (!answer.guardEnabled || answer.siteTrusted) {
    silence(guard);
    return;
  }
  if (answer.strings) {
    state.stringsLoaded = true;
    ui.setLanguage(guardTranslator(answer.strings), answer.strings.locale);
  }
  const fresh = untrusted(found, answer, trust.trustedHere);
  if (fresh.length === 0) return;
  state.active.push(...fresh);
  const newContacts = uniqueContacts(fresh).filter((f) => !state.shown.has(contactKey(f)));
  for (const f of newContacts) state.shown.add(contactKey(f));
  guard.loop.setCareAboutRemovals(true);
  ui.show(state.active, fresh, { reopen: newContacts.length > 0 });
  report(guard);
}

/** Drops findings whose text left the page (a single-page site replaced its content). */
function prune(guard: Guard): void {
  const gone = guard.state.active.filter((f) => !(f.link?.isConnected || f.ranges.some((r) => r.node.isConnected)));
  if (gone.length === 0) return;
  forget(guard, gone);
  guard.ui.show(guard.state.active, []);
  report(guard);
  if (guard.state.active.length === 0) guard.loop.setCareAboutRemovals(false);
}

/** A single-page navigation: the old page's warnings go, and the badge is told so. */
function onNavigate(guard: Guard): void {
  forget(guard, [...guard.state.active]);
  guard.state.shown.clear();
  guard.ui.reset();
  guard.ui.show([], []);
  // The background may have reset the badge for this navigation: report even an unchanged state, twice.
  report(guard, true);
  guard.env.scheduler.setTimeout(() => {
    if (!guard.state.stopped) report(guard, true);
  }, REPORT_AGAIN_MS);
}

/** The warning UI, its banner buttons wired to the trust list and this page's state (`guard()` once started). */
function createGuardUi(env: GuardEnvironment, state: GuardState, trust: TrustClient, guard: () => Guard): WarningUi {
  return createWarningUi(env.doc, {
    actions: bannerActions({
      env,
      trust,
      ui: () => guard().ui,
      active: () => state.active,
      isStopped: () => state.stopped,
      forget: (findings) => forget(guard(), findings),
      report: () => report(guard()),
      silence: () => silence(guard()),
    }),
    onMarketplace: () => guard().loop.scanner.context.ownMarketplace !== null,
    onHidden(nowHidden) {
      state.hidden = nowHidden;
      report(guard());
    },
  });
}

export function startGuard(env: GuardEnvironment): GuardController {
  const state: GuardState = { active: [], stopped: false, hidden: false, stringsLoaded: false, shown: new Set() };
  const trust = createTrustClient(env.send);
  let presenting: Promise<void> = Promise.resolve();
  // The UI and the loop call back into `guard` only after this function has returned (events, timers, promises).
  const ui = createGuardUi(env, state, trust, () => guard);
  const loop = startScanLoop(scanEnvironment(env), {
    onFound(found) {
      presenting = presenting.then(() => present(guard, found)).catch(() => undefined);
    },
    onRemoved: () => prune(guard),
    onNavigate: () => onNavigate(guard),
  });
  const guard: Guard = { env, state, trust, ui, loop };

  return {
    get warnings() {
      return uniqueContacts(state.active).length;
    },
    settled: async () => {
      await loop.settled();
      await presenting;
    },
    stop() {
      state.stopped = true;
      loop.stop();
      state.active = [];
      ui.clear();
    },
  };
}
