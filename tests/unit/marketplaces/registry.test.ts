/**
 * The marketplace registry is whole (refined-github's features test is the model): every
 * folder under lib/marketplaces/ is registered, and every registered marketplace has
 * each part it declares. Adding a marketplace is one folder plus one registry line; this
 * test is what keeps that true.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGES_BY_FOLDER } from '../../../lib/marketplaces/pages';
import { MARKETPLACE_IDS, MARKETPLACES, marketplaceOfHost } from '../../../lib/marketplaces/registry';

const ROOT = process.cwd();
const MARKETPLACES_DIR = join(ROOT, 'lib/marketplaces');
/** `shared/` holds what every marketplace's readers use; it is not a marketplace. */
const NOT_A_MARKETPLACE = new Set(['shared']);
const folders = readdirSync(MARKETPLACES_DIR).filter(
  (name) => !NOT_A_MARKETPLACE.has(name) && statSync(join(MARKETPLACES_DIR, name)).isDirectory(),
);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

describe('the marketplace registry', () => {
  it('registers every folder under lib/marketplaces/, once, under the folder name', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5);
    expect([...MARKETPLACES.map((m) => m.id)].sort()).toEqual([...folders].sort());
    expect(new Set(MARKETPLACE_IDS).size).toBe(MARKETPLACE_IDS.length);
    expect(MARKETPLACE_IDS.at(-1)).toBe('other');
  });

  it('gives each marketplace a site and guard data that name it', () => {
    for (const m of MARKETPLACES) {
      expect(m.guard.id, m.id).toBe(m.id);
      expect(m.site.domains.length, m.id).toBeGreaterThan(0);
      for (const domain of m.site.domains) expect(m.guard.domains, m.id).toContain(domain);
      expect(m.guard.names.length + (m.guard.exactNames?.length ?? 0), m.id).toBeGreaterThan(0);
      expect(new URL(m.site.officialHelp.helpCenter).protocol, m.id).toBe('https:');
      expect(marketplaceOfHost(`www.${m.site.domains[0]}`)?.id).toBe(m.id);
    }
  });

  it('has whole page readers for each marketplace that declares them, and none undeclared', () => {
    for (const m of MARKETPLACES) {
      const pages = PAGES_BY_FOLDER.get(m.id);
      if (m.readsPages) {
        expect(pages, `${m.id} declares readsPages but has no pages.ts exporting "pages"`).toBeDefined();
        expect(typeof pages?.readPage, m.id).toBe('function');
        expect(typeof pages?.insertMessage, m.id).toBe('function');
        expect(m.orderNumber, `${m.id} reads orders, so it needs an order-number pattern`).toBeInstanceOf(RegExp);
      } else {
        expect(pages, `${m.id} has pages.ts but does not declare readsPages`).toBeUndefined();
      }
    }
    for (const folder of PAGES_BY_FOLDER.keys()) expect(folders).toContain(folder);
  });

  it('has deadline rules and limits that belong to the marketplace declaring them', () => {
    for (const m of MARKETPLACES) {
      if (m.deadlineRules) expect(m.deadlineRules.marketplace, m.id).toBe(m.id);
      for (const limit of Object.values(m.messageLimits ?? {})) expect(limit, m.id).toBeGreaterThan(0);
      if (m.orderNumber) {
        expect(m.orderNumber.source.startsWith('^') && m.orderNumber.source.endsWith('$'), `${m.id} order-number pattern must be anchored`).toBe(true);
      }
    }
  });

  it('is the only way product code names a marketplace: no id literal outside its own folder', () => {
    // Released migrations are frozen: they keep the value they shipped with, on purpose.
    const frozen = new Set(['lib/db/versions.ts', 'lib/db/migrations.ts']);
    const ids = MARKETPLACES.map((m) => m.id);
    const literal = new RegExp(`['"\`](${ids.join('|')})['"\`]`);
    const offenders: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'lib')), ...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'entrypoints')), join(ROOT, 'wxt.config.ts')]) {
      const path = relative(ROOT, file);
      const owner = /^lib\/marketplaces\/([^/]+)\//.exec(path)?.[1];
      if (frozen.has(path)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (/^\s*(\*|\/\/|\/\*)/.test(line)) return; // prose in comments may name a brand
          const match = literal.exec(line);
          if (match && match[1] !== owner) offenders.push(`${path}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
