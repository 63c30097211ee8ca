import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from '@playwright/test';

/*
 * Issue 8, "Privacy, proven": every permission, host permission, web-accessible
 * resource and content-script match in the built manifests is listed, with
 * its reason, in the README's permissions section; extension pages' CSP
 * allows no remote code and no eval. Reads the build output (no browser).
 */

const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((name) => resolve('.output', name, 'manifest.json'));

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: (string | { resources: string[]; matches?: string[]; use_dynamic_url?: boolean })[];
  content_scripts?: { matches: string[] }[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
}

/**
 * What the README lists with a reason: every `code` span in the first cell of a row of the
 * "Permissions, and why" table whose second cell (the reason) is not empty. A mention
 * elsewhere in the section ("No `tabs`, no `storage`…") lists nothing.
 */
function readmeListed(): Set<string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = /## Permissions, and why\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .filter(([, entry, reason]) => entry && reason && !/^-+$/.test(reason));
  return new Set(rows.flatMap(([, entry]) => [...entry!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
}

function entriesOf(manifest: Manifest): string[] {
  const war = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : [...entry.resources, ...(entry.matches ?? [])],
  );
  return [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...war,
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches),
  ];
}

for (const file of BUILDS) {
  test.describe(file.split('/').at(-2)!, () => {
    const manifest = (): Manifest => {
      if (!existsSync(file)) throw new Error(`${file} is missing: build both browsers first (npm run build)`);
      return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    };

    test('every permission, match and web-accessible resource is listed with its reason in the README', () => {
      const listed = readmeListed();
      expect(listed.size).toBeGreaterThan(5);
      const unlisted = [...new Set(entriesOf(manifest()))].filter((entry) => !listed.has(entry));
      expect(unlisted, 'add these to the README table "Permissions, and why", with the reason').toEqual([]);
    });

    test('host permissions only on the marketplace content script\'s hosts, no page may message the extension, marketplace content scripts on https only', () => {
      const m = manifest();
      expect(m.externally_connectable).toBeUndefined();
      const sidebar = (m.content_scripts ?? []).filter((script) => !script.matches.includes('https://*/*'));
      const sidebarMatches = sidebar.flatMap((s) => s.matches);
      for (const match of sidebarMatches) expect(match).toMatch(/^https:\/\//);
      // Chromium: re-injecting the content scripts into open marketplace tabs after an update (lib/background/reinject.ts).
      for (const host of m.host_permissions ?? []) expect(sidebarMatches).toContain(host);
    });

    test('extension pages may run only their own scripts: no remote code, no eval', () => {
      const csp = manifest().content_security_policy;
      const text = typeof csp === 'string' ? csp : (csp?.extension_pages ?? '');
      // No CSP given: the browser's default for extensions (self only, no eval) applies.
      expect(text).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*|data:|blob:/);
    });
  });
}
