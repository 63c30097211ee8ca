import { guardData, officialWays, reasonMessageKey, reasonMessageParams, type ContactKind, type Finding } from '../guard';
import type { MarketplaceId } from '../marketplaces/registry';
import { button, byUser, el, isolated, languageAttributes } from './dom';
import type { Translate } from './i18n';

/** What the banner says, computed from findings (one per contact) before any DOM is built. */
export interface BannerContact {
  kind: ContactKind;
  value: string;
  kindLabel: string;
  /** How the page writes it, when that differs from the normalised value. */
  written: string | null;
  reason: string;
  /** "A paid premium-rate line", for numbers on such a range. */
  premium: string | null;
}

export interface BannerGroup {
  marketplace: MarketplaceId;
  offplatform: boolean;
  summary: string;
  contacts: BannerContact[];
  ways: { label: string; url: string }[];
}

export interface BannerModel {
  title: string;
  groups: BannerGroup[];
  /**
   * Only notices (an address at the marketplace's own domain that is not a
   * support channel): a quiet role="status" note, no badge, no link confirmation.
   */
  quiet: boolean;
}

const KIND_KEYS = { phone: 'guard.kind.phone', email: 'guard.kind.email', messenger: 'guard.kind.messenger' } as const;
const MAX_WRITTEN = 80;

export function marketplaceName(id: MarketplaceId): string {
  return guardData(id)?.displayName ?? id;
}

function writtenForm(finding: Finding): string | null {
  const written = finding.segment.text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  if (written === '' || written.length > MAX_WRITTEN || written.toLowerCase() === finding.value.toLowerCase()) return null;
  return written;
}

/**
 * Groups contacts by marketplace and by kind of warning (fake support vs a
 * seller moving off the platform): each group has its own summary, its
 * contacts with their reasons, and the marketplace's official way instead.
 * `contacts` should hold one finding per contact (see `uniqueContacts`).
 */
export function bannerModel(contacts: readonly Finding[], t: Translate): BannerModel {
  const groups = new Map<string, BannerGroup>();
  for (const finding of contacts) {
    const offplatform = finding.reason === 'offplatform-seller';
    const key = `${finding.marketplace} ${offplatform}`;
    const marketplace = marketplaceName(finding.marketplace);
    let group = groups.get(key);
    if (!group) {
      group = {
        marketplace: finding.marketplace,
        offplatform,
        summary: '',
        contacts: [],
        ways: officialWays(finding)
          .filter((way) => /^https:\/\//i.test(way.url))
          .map((way) => ({ label: t(way.key, { marketplace }), url: way.url })),
      };
      groups.set(key, group);
    }
    group.contacts.push({
      kind: finding.kind,
      value: finding.value,
      kindLabel: t(KIND_KEYS[finding.kind]),
      written: writtenForm(finding),
      reason: t(reasonMessageKey(finding), { marketplace, ...reasonMessageParams(finding) }),
      premium: finding.premiumRate ? t('guard.reason.premiumRate') : null,
    });
  }
  const quiet = contacts.length > 0 && contacts.every((f) => f.severity === 'notice');
  for (const group of groups.values()) {
    const marketplace = marketplaceName(group.marketplace);
    const key = quiet ? 'guard.notice.summary' : group.offplatform ? 'guard.banner.offplatform' : 'guard.banner.summary';
    group.summary = t(key, { count: group.contacts.length, marketplace });
  }
  return { title: t(quiet ? 'guard.notice.title' : 'guard.banner.title'), groups: [...groups.values()], quiet };
}

export interface BannerActions {
  trustContact(contact: BannerContact): void;
  trustSite(): void;
  dismiss(): void;
  reportSeller(group: BannerGroup): void;
}

export const BANNER_TITLE_ID = 'buyerguard-banner-title';

/**
 * The warning: role="alert" so screen readers announce it (role="status" for a
 * model of notices only), labelled by its
 * title, every control a real button or link (keyboard reachable), Esc hides
 * it. Every string goes in as text.
 */
export function renderBanner(
  doc: Document,
  t: Translate,
  lang: string,
  model: BannerModel,
  actions: BannerActions,
  status = '',
): HTMLElement {
  const groups = model.groups.map((group) =>
    el(doc, 'div', { class: 'group' }, [
      el(doc, 'p', { class: 'summary' }, [group.summary]),
      el(
        doc,
        'ul',
        { class: 'contacts' },
        group.contacts.map((contact) =>
          el(doc, 'li', {}, [
            el(doc, 'span', { class: 'kind' }, [`${contact.kindLabel}: `]),
            // <bdi>: a contact from the page keeps its own direction inside a right-to-left (or left-to-right) banner.
            el(doc, 'bdi', { class: 'value' }, [contact.value]),
            contact.written !== null && el(doc, 'p', { class: 'written' }, [t('guardui.writtenAs', { text: isolated(contact.written) })]),
            el(doc, 'p', { class: 'reason' }, [contact.reason]),
            contact.premium !== null && el(doc, 'p', { class: 'reason premium' }, [contact.premium]),
            button(doc, t('guard.action.trustContact'), () => actions.trustContact(contact)),
          ]),
        ),
      ),
      group.offplatform && button(doc, t('guard.action.reportSeller'), () => actions.reportSeller(group), 'primary'),
      group.ways.length > 0 && el(doc, 'h3', {}, [t('guard.official.heading')]),
      group.ways.length > 0 &&
        el(
          doc,
          'ul',
          { class: 'ways' },
          group.ways.map((way) => el(doc, 'li', {}, [el(doc, 'a', { href: way.url, target: '_blank', rel: 'noopener noreferrer' }, [way.label])])),
        ),
    ]),
  );
  const role = model.quiet ? 'status' : 'alert';
  const banner = el(doc, 'section', { class: model.quiet ? 'banner notice' : 'banner', role, 'aria-labelledby': BANNER_TITLE_ID, ...languageAttributes(lang) }, [
    el(doc, 'p', { class: 'source' }, [t('guardui.source')]),
    el(doc, 'h2', { id: BANNER_TITLE_ID }, [model.title]),
    ...groups,
    el(doc, 'p', { class: 'status', role: 'status' }, [status]),
    el(doc, 'div', { class: 'actions' }, [
      button(doc, t('guard.action.trustSite'), actions.trustSite),
      button(doc, t('guard.action.dismiss'), actions.dismiss),
    ]),
  ]);
  banner.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && byUser(event)) actions.dismiss();
  });
  return banner;
}

/** What is left after "Don't warn on this site": a note saying how to undo it, and Close. */
export function renderNotice(doc: Document, t: Translate, lang: string, text: string, onClose: () => void): HTMLElement {
  const close = button(doc, t('guardui.close'), onClose);
  const notice = el(doc, 'section', { class: 'banner', role: 'status', ...languageAttributes(lang) }, [
    el(doc, 'p', { class: 'source' }, [t('guardui.source')]),
    el(doc, 'p', {}, [text]),
    el(doc, 'div', { class: 'actions' }, [close]),
  ]);
  notice.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && byUser(event)) onClose();
  });
  return notice;
}
