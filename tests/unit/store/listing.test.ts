// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../lib/i18n/locales';

/*
 * Store listing texts (store/listing/<lang>.json) are pasted into the Chrome
 * Web Store and addons.mozilla.org forms; these checks hold them to the
 * stores' limits and to what the extension really asks for.
 */

interface Listing {
  name: string;
  summary: string;
  description: string;
  singlePurpose: string;
  permissions: Record<string, string>;
  privacy: string;
}

const listing = (lang: string) => JSON.parse(readFileSync(resolve(`store/listing/${lang}.json`), 'utf8')) as Listing;
const manifestSource = readFileSync(resolve('wxt.config.ts'), 'utf8');

describe('store listings', () => {
  it('exist for every UI language, with the same fields as the English one', () => {
    const fields = Object.keys(listing('en')).sort();
    const permissionKeys = Object.keys(listing('en').permissions).sort();
    for (const lang of LOCALES) {
      expect(existsSync(resolve(`store/listing/${lang}.json`)), lang).toBe(true);
      expect(Object.keys(listing(lang)).sort(), lang).toEqual(fields);
      expect(Object.keys(listing(lang).permissions).sort(), lang).toEqual(permissionKeys);
      for (const [key, text] of Object.entries(listing(lang).permissions)) expect(text.trim().length, `${lang} ${key}`).toBeGreaterThan(20);
    }
  });

  it('fit the stores’ limits (Chrome: name 75, summary 132; AMO: summary 250; description at most 16,000)', () => {
    for (const lang of LOCALES) {
      const { name, summary, description } = listing(lang);
      expect(name.length, lang).toBeLessThanOrEqual(45);
      expect(summary.length, lang).toBeLessThanOrEqual(132);
      expect(description.length, lang).toBeGreaterThan(400);
      expect(description.length, lang).toBeLessThanOrEqual(16_000);
    }
  });

  it('are translations, not copies of the English text', () => {
    const english = listing('en');
    for (const lang of LOCALES.filter((l) => l !== 'en')) {
      const text = listing(lang);
      for (const key of ['summary', 'description', 'singlePurpose', 'privacy'] as const) expect(text[key], `${lang} ${key}`).not.toBe(english[key]);
    }
  });

  it('justify every permission the manifest asks for', () => {
    const declared = [...manifestSource.matchAll(/permissions: \[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'(\w+)'/g)].map((p) => p[1]!));
    expect(declared.length).toBeGreaterThan(0);
    for (const permission of declared) expect(Object.keys(listing('en').permissions), permission).toContain(permission);
  });
});
