import { MARKETPLACES, type MarketplaceId } from '../marketplaces/registry';
import { hostBelongsTo } from '../marketplaces/types';
import type { ContactKind, MarketplaceGuardData, OfficialContact } from './types';

/** Every marketplace the guard knows: the guard part of each registered marketplace, in registry order. */
export const GUARD_MARKETPLACES: readonly MarketplaceGuardData[] = MARKETPLACES.map((m) => m.guard);

export function guardData(id: MarketplaceId): MarketplaceGuardData | undefined {
  return GUARD_MARKETPLACES.find((m) => m.id === id);
}

/** The marketplace whose own site `host` is, if any. */
export function marketplaceOfHost(host: string | null): MarketplaceId | null {
  if (!host) return null;
  return GUARD_MARKETPLACES.find((m) => hostBelongsTo(host, m.domains))?.id ?? null;
}

/** Official channel entry for a normalised contact, across all marketplaces. */
export function officialContact(kind: ContactKind, value: string): OfficialContact | undefined {
  for (const m of GUARD_MARKETPLACES) {
    const hit = m.officialContacts.find((c) => c.kind === kind && c.value === value);
    if (hit) return hit;
  }
  return undefined;
}

/** The marketplace whose mail domains include `domain` (subdomains too). */
export function marketplaceOfEmailDomain(domain: string): MarketplaceId | null {
  const d = domain.toLowerCase();
  return GUARD_MARKETPLACES.find((m) => hostBelongsTo(d, [...m.domains, ...m.emailDomains]))?.id ?? null;
}
