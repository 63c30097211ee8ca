import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUARD_MARKETPLACES, REASON_CODES, officialWays, reasonMessageKey } from '../../../lib/guard';
import { findMarketplaceNames } from '../../../lib/guard/lexicon';
import { MARKETPLACE_IDS } from '../../../lib/marketplaces/registry';
import { hostBelongsTo } from '../../../lib/marketplaces/types';
import { guardMessages } from '../../../lib/i18n/catalogs/guard';
import { LOCALES, type Locale } from '../../../lib/i18n/locales';
import { pluralSelectors } from '../../../lib/i18n/message-format';

const hostOf = (url: string): string => new URL(url).hostname;

describe('per-marketplace guard data', () => {
  it('covers the marketplaces the issue names, each once', () => {
    expect(GUARD_MARKETPLACES.map((m) => m.id)).toEqual(['aliexpress', 'temu', 'amazon', 'ebay', 'shein']);
    for (const m of GUARD_MARKETPLACES) expect(MARKETPLACE_IDS).toContain(m.id);
  });

  it("sources every official contact on the marketplace's own domain, with a date and a normalised value", () => {
    for (const m of GUARD_MARKETPLACES) {
      for (const c of m.officialContacts) {
        expect(hostBelongsTo(hostOf(c.source), m.domains), `${m.id} ${c.value} ${c.source}`).toBe(true);
        expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // An entry not re-read at its source says so, and why.
        if (!c.verified) expect(c.note ?? '', `${m.id} ${c.value}`).toMatch(/\S/);
        if (c.kind === 'phone') expect(c.value).toMatch(/^\+\d{8,15}$/);
        if (c.kind === 'email') expect(c.value).toBe(c.value.toLowerCase());
      }
    }
  });

  it('lists exactly the unverified official contacts in lib/guard/README.md, and why', () => {
    const readme = readFileSync(join(__dirname, '../../../lib/guard/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Official contacts: which are unverified'));
    const listed = [...section.matchAll(/^\| (\w+) \| (?:phone|email) \| `([^`]+)` \|.*\| no: (.+) \|$/gm)].map((m) => `${m[1]} ${m[2]}`);
    const unverified = GUARD_MARKETPLACES.flatMap((m) => m.officialContacts.filter((c) => !c.verified).map((c) => `${m.id} ${c.value}`));
    expect(listed.sort()).toEqual(unverified.sort());
  });

  it("points the official way instead at the marketplace's own pages", () => {
    for (const m of GUARD_MARKETPLACES) {
      const ways = officialWays({ marketplace: m.id });
      expect(ways.length).toBeGreaterThan(0);
      for (const way of ways) expect(hostBelongsTo(hostOf(way.url), m.domains), way.url).toBe(true);
    }
  });

  it('recognises every listed spelling as its own marketplace', () => {
    for (const m of GUARD_MARKETPLACES) {
      for (const name of [...m.names, ...(m.exactNames ?? [])]) {
        const ids = findMarketplaceNames(` ${name} `).map((hit) => hit.id);
        expect(ids, `${m.id}: ${name}`).toContain(m.id);
      }
    }
  });
});

describe('guard messages', () => {
  it('explains every reason code in every UI language', () => {
    for (const reason of REASON_CODES) {
      for (const marketplace of ['aliexpress', 'amazon'] as const) {
        const key = reasonMessageKey({ reason, marketplace });
        for (const locale of LOCALES) {
          const text = guardMessages[locale][key].message;
          expect(text.includes('{marketplace}'), `${locale} ${key}`).toBe(true);
        }
      }
    }
  });

  it('says "not on the official list" for a marketplace that does run phone lines', () => {
    expect(reasonMessageKey({ reason: 'fake-support-phone', marketplace: 'aliexpress' })).toBe('guard.reason.fakeSupportPhone');
    expect(reasonMessageKey({ reason: 'fake-support-phone', marketplace: 'amazon' })).toBe('guard.reason.unlistedSupportPhone');
  });

  it('gives the plural forms each language needs', () => {
    const forms = (locale: Locale, key: 'guard.banner.summary' | 'guard.banner.offplatform') => pluralSelectors(guardMessages[locale][key].message).get('count')?.sort();
    for (const key of ['guard.banner.summary', 'guard.banner.offplatform'] as const) {
      for (const locale of ['uk', 'ru', 'pl'] as const) expect(forms(locale, key), `${locale} ${key}`).toEqual(['few', 'many', 'one', 'other']);
      expect(forms('ro', key)).toEqual(['few', 'one', 'other']);
    }
  });
});
