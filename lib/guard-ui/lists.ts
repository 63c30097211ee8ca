import { parseGuardStrings, type GuardStrings } from './i18n';

/**
 * The background's answer to `guard/lists`, checked by hand: zod classic
 * would add ~77 KiB to a script that runs on every page.
 */
export interface GuardLists {
  trustedContacts: readonly string[];
  trustedSites: readonly string[];
  guardEnabled: boolean;
  /** 'auto' or a UI locale. */
  locale: string;
  /** The banner's strings in the user's language (see ./i18n.ts). */
  strings: GuardStrings;
}

const MAX_ENTRIES = 5000;

function stringList(value: unknown, maxLength: number): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_ENTRIES) return null;
  const list: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' || item.length === 0 || item.length > maxLength) return null;
    list.push(item);
  }
  return list;
}

export function parseGuardLists(value: unknown): GuardLists | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const trustedContacts = stringList(record.trustedContacts, 512);
  const trustedSites = stringList(record.trustedSites, 253);
  const { guardEnabled, locale } = record;
  if (!trustedContacts || !trustedSites || typeof guardEnabled !== 'boolean') return null;
  if (typeof locale !== 'string' || locale.length > 16) return null;
  const strings = parseGuardStrings(record.strings);
  if (!strings) return null;
  return { trustedContacts, trustedSites, guardEnabled, locale, strings };
}
