import { guardData, officialWays, reasonMessageKey, type ContactKind, type Finding } from '../guard';
import type { MarketplaceId } from '../marketplaces/registry';
import { button, el } from './dom';
import type { Translate } from './i18n';

/** What the banner says, computed from findings (one per contact) before any DOM is built. */
export interface BannerContact {
  kind: ContactKind;
  value: string;
  kindLabel: string;
  /** How the page writes it, when that differs from the normalised value. */
  written: string | null;
  reason: string;
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
      reason: t(reasonMessageKey(finding), { marketplace }),
    });
  }
  for (const group of groups.values()) {
    const marketplace = marketplaceName(group.marketplace);
    const key = group.offplatform ? 'guard.banner.offplatform' : 'guard.banner.summary';
    group.summary = t(key, { count: group.contacts.length, marketplace });
  }
  return { title: t('guard.banner.title'), groups: [...groups.values()] };
}

export interface BannerActions {
  trustContact(contact: BannerContact): void;
  trustSite(): void;
  dismiss(): void;
  reportSeller(group: BannerGroup): void;
}

export const BANNER_TITLE_ID = 'buyerguard-banner-title';

/**
 * The warning: role="alert" so screen readers announce it, labelled by its
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
            el(doc, 'span', { class: 'value', dir: 'ltr' }, [contact.value]),
            contact.written !== null && el(doc, 'p', { class: 'written' }, [t('guardui.writtenAs', { text: contact.written })]),
            el(doc, 'p', { class: 'reason' }, [contact.reason]),
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
  const banner = el(doc, 'section', { class: 'banner', role: 'alert', 'aria-labelledby': BANNER_TITLE_ID, lang }, [
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
    if (event.key === 'Escape') actions.dismiss();
  });
  return banner;
}

/** What is left after "Don't warn on this site": a note saying how to undo it, and Close. */
export function renderNotice(doc: Document, t: Translate, lang: string, text: string, onClose: () => void): HTMLElement {
  const close = button(doc, t('guardui.close'), onClose);
  const notice = el(doc, 'section', { class: 'banner', role: 'status', lang }, [
    el(doc, 'p', { class: 'source' }, [t('guardui.source')]),
    el(doc, 'p', {}, [text]),
    el(doc, 'div', { class: 'actions' }, [close]),
  ]);
  notice.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') onClose();
  });
  return notice;
}
