import { GUARD_MAX_CONTACTS } from '../schema/guard-limits';
import type { BackgroundRequest } from '../schema/runtime-messages';
import { parseGuardStrings, type GuardStrings } from './i18n';

/*
 * The content script's side of the trust lists. It never holds them: it asks
 * the background about the contacts it found ("which of these are trusted,
 * is this site?") and asks it to trust one contact or this site; the
 * background decides (lib/background/guard.ts). Answers are checked by hand:
 * zod would add ~77 KiB to a script that runs on every page.
 */

export interface TrustAnswer {
  guardEnabled: boolean;
  siteTrusted: boolean;
  /** The asked contacts the user trusts. */
  trusted: ReadonlySet<string>;
  /** The banner's strings in the user's language, when asked for (see ./i18n.ts). */
  strings: GuardStrings | null;
}

const MAX_VALUE = 512;

export function parseTrustAnswer(value: unknown, asked: readonly string[]): TrustAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { guardEnabled, siteTrusted, trustedContacts, strings } = value as Record<string, unknown>;
  if (typeof guardEnabled !== 'boolean' || typeof siteTrusted !== 'boolean' || !Array.isArray(trustedContacts)) return null;
  if (trustedContacts.length > asked.length) return null;
  const askedSet = new Set(asked);
  const trusted = new Set<string>();
  for (const contact of trustedContacts) {
    // Only what was asked: the answer cannot widen what this page learns.
    if (typeof contact !== 'string' || contact.length > MAX_VALUE || !askedSet.has(contact)) return null;
    trusted.add(contact);
  }
  const parsedStrings = strings === undefined ? null : parseGuardStrings(strings);
  if (strings !== undefined && !parsedStrings) return null;
  return { guardEnabled, siteTrusted, trusted, strings: parsedStrings };
}

export interface TrustClient {
  /** Asks about `contacts` (at most GUARD_MAX_CONTACTS at a time); null when the background cannot answer. */
  check(contacts: readonly string[], withStrings: boolean): Promise<TrustAnswer | null>;
  /** Asks the background to trust one contact shown in this tab's warning. */
  trustContact(value: string): Promise<boolean>;
  /** Asks the background to trust this tab's site; resolves to the site it trusted, or null. */
  trustSite(): Promise<string | null>;
  /**
   * Tells the background which contacts this tab's warning shows (what it may
   * trust), how many of them are alarms (the badge) and whether the page hides the warning. Unchanged reports are not sent
   * again unless `force` (after a single-page navigation, which may have reset the badge).
   */
  report(contacts: readonly string[], alarms: number, hidden: boolean, force?: boolean): void;
  /** Contacts trusted from this page: quiet at once, before any background round trip. */
  readonly trustedHere: ReadonlySet<string>;
}

type Report = Extract<BackgroundRequest, { type: 'guard/report' }>;

export function createTrustClient(send: (message: BackgroundRequest) => Promise<unknown>): TrustClient {
  const trustedHere = new Set<string>();
  // As if an empty report had been sent: a page with nothing flagged sends nothing.
  let lastReport = 'false 0 ';
  /** The last report the background has answered: what it believes this tab shows. */
  let lastDelivered: Report | null = null;
  /*
   * Reports and trust requests reach the background one at a time, each after the previous
   * one was answered. The background handles messages concurrently, and the report that
   * follows a trust click no longer lists the trusted contact: sent at once, it could replace
   * what the tab shows before the trust request is checked against it, and the trust would
   * be refused (and never stored) although the user saw "trusted".
   */
  let inOrder: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const result = inOrder.then(task);
    inOrder = result.catch(() => undefined);
    return result;
  };
  const deliver = async (message: Report) => {
    try {
      await send(message);
      lastDelivered = message;
    } catch {
      // The extension is being reloaded or updated: nothing to tell.
    }
  };
  const askToTrust = async (value: string) => {
    try {
      return (await send({ type: 'guard/trust', contact: value })) === true;
    } catch {
      return false;
    }
  };
  return {
    trustedHere,
    async check(contacts, withStrings) {
      const asked = [...new Set(contacts)].slice(0, GUARD_MAX_CONTACTS);
      try {
        const answer = parseTrustAnswer(await send({ type: 'guard/check', contacts: asked, strings: withStrings }), asked);
        if (answer && withStrings && !answer.strings) return null;
        return answer;
      } catch {
        // The extension is being reloaded or updated: this script's context is going away.
        return null;
      }
    },
    trustContact(value) {
      trustedHere.add(value);
      return oneAtATime(async () => {
        if (await askToTrust(value)) return true;
        // The background trusts only what it knows this tab shows. On a busy machine the tab's
        // navigation event can reach it after our report and wipe that list; report again, then ask again.
        if (!lastDelivered?.contacts.includes(value)) return false;
        await deliver(lastDelivered);
        return askToTrust(value);
      });
    },
    async trustSite() {
      const site = await send({ type: 'guard/trust', site: true }).catch(() => null);
      return typeof site === 'string' ? site : null;
    },
    report(contacts, alarms, hidden, force = false) {
      const list = [...new Set(contacts)].slice(0, GUARD_MAX_CONTACTS);
      const key = `${hidden} ${alarms} ${list.join(' ')}`;
      if (key === lastReport && !force) return;
      lastReport = key;
      const message: Report = { type: 'guard/report', contacts: list, alarms: Math.min(alarms, list.length), hidden };
      void oneAtATime(() => deliver(message));
    },
  };
}
