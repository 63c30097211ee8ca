import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { MARKETPLACE_PAGE_MATCHES } from './lib/marketplaces/registry';

/**
 * The all-pages guard script only calls runtime.sendMessage and reads
 * runtime.id, which Chrome MV3 and Firefox both offer natively with promises.
 * There, `wxt/browser` resolves to WXT's native `browser` instead of
 * webextension-polyfill: ~3 KB gzipped less on every page the user opens
 * (issue 3's budget is 60 KB).
 */
function nativeBrowserApiFor(entrypoint: string): Plugin {
  let active = false;
  return {
    name: 'buyerguard:native-browser-api',
    enforce: 'pre',
    configResolved(config) {
      const entry = config.build.lib ? config.build.lib.entry : null;
      active = typeof entry === 'string' && entry.replace(/\\/g, '/').endsWith(`/entrypoints/${entrypoint}`);
    },
    async resolveId(id, importer) {
      if (!active || id !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/**
 * The translator notes ("description") in lib/i18n/locales/<lang>/<area>.json
 * are for people, not for the extension: the bundle keeps only each
 * "message" (80 KB less in the background and in the app). Vitest does not use
 * this config, so tests still see the descriptions.
 */
function stripTranslatorNotes(): Plugin {
  return {
    name: 'buyerguard:strip-translator-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/lib\/i18n\/locales\/[^/]+\/[^/]+\.json$/.test(id.replace(/\\/g, '/'))) return null;
      const entries = JSON.parse(code) as Record<string, { message: string }>;
      const messages = Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, { message: entry.message }]));
      return { code: JSON.stringify(messages), map: null };
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact(), nativeBrowserApiFor('guard.content.ts'), stripTranslatorNotes()] }),
  webExt: { disabled: true },
  // The sources zip AMO asks for: the repository as committed, without test run
  // output or files that `npm ci` generates (reviewers build with the README's two commands).
  zip: {
    excludeSources: ['test-results/**', 'playwright-report/**', 'demo-output/**', 'bench/report.json', 'lib/guard/phone-metadata.ts'],
  },
  manifest: ({ browser }) => {
    const common = {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // alarms: deadline reminders that survive service-worker shutdown.
      // notifications: the reminders themselves.
      permissions: ['alarms', 'notifications'],
      commands: {
        'toggle-sidebar': {
          suggested_key: { default: 'Alt+Shift+B' },
          description: '__MSG_commandToggleSidebar__',
        },
      },
    };
    if (browser === 'firefox') {
      return {
        ...common,
        browser_action: { default_title: '__MSG_extName__' },
        browser_specific_settings: {
          gecko: {
            id: 'buyerguard@buyerguard.example',
            // 140 (desktop) and 142 (Android) read data_collection_permissions.
            strict_min_version: '142.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
        web_accessible_resources: ['sidebar.html'],
      };
    }
    return {
      ...common,
      // scripting + host access to the marketplaces' own sites: after an update or reload, Chromium leaves
      // open tabs without content scripts; the background injects them into the marketplace tabs
      // (lib/background/reinject.ts). No new permission warning: the content scripts already match these hosts.
      permissions: [...common.permissions, 'sidePanel', 'scripting'],
      host_permissions: [...MARKETPLACE_PAGE_MATCHES],
      action: { default_title: '__MSG_extName__' },
      web_accessible_resources: [
        { resources: ['sidebar.html'], matches: [...MARKETPLACE_PAGE_MATCHES] },
        // The guard's engine, imported by the all-pages first stage once a page names a marketplace
        // (Chromium fetches a content script's import() as the page would). use_dynamic_url: its address
        // changes every browser session, so a page cannot probe for the extension by it.
        // Firefox needs no entry: a content script there may import its own extension's files.
        { resources: ['guard-engine.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
      ],
    };
  },
});
