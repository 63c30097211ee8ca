import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'The extension makes no network requests.',
}));

/*
 * Layers the linter keeps (issue 12). Each folder may import only what its layer allows;
 * `no-restricted-imports` settings do not merge, so each block lists every group it needs.
 */
const NO_BROWSER = {
  group: ['wxt', 'wxt/*', '@wxt-dev/*', 'webextension-polyfill'],
  message: 'Engines are pure: no browser API. Take what they need as arguments.',
};
const NO_UI = {
  group: ['preact', 'preact/*', '**/components', '**/components/**', '**/app/*', '**/guard-ui/*', '**/entrypoints/**'],
  message: 'Engines and the database know nothing of the UI.',
};
const NO_DB = {
  group: ['dexie', '**/db', '**/db/*'],
  message: 'Engines never touch the database: the caller stores what they return.',
};
const ONLY_THROUGH_REGISTRY = {
  group: ['**/marketplaces/*', '**/marketplaces/*/**', '!**/marketplaces/registry', '!**/marketplaces/types', '!**/marketplaces/pages'],
  message: 'A marketplace folder is reached only through lib/marketplaces/registry.ts (or pages.ts for page readers).',
};
const NO_STORAGE_IN_PAGES = {
  group: ['**/lib/db', '**/lib/db/**', 'dexie'],
  message: 'Content scripts never store: send a validated message instead.',
};
const restrictImports = (...groups) => ['error', { patterns: groups }];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'demo-output/**', 'lib/guard/phone-metadata.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-empty-pattern': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Node tooling scripts.
    files: ['tests/tools/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { console: 'readonly', process: 'readonly', TextDecoder: 'readonly' } },
  },
  {
    // Shipped code: no console, no HTML injection, no network.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    ignores: ['lib/cli/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Page text and user input stay text: use textContent or DOM nodes.' },
        { property: 'outerHTML', message: 'Page text and user input stay text.' },
        { property: 'insertAdjacentHTML', message: 'Page text and user input stay text.' },
      ],
      'no-restricted-globals': [
        'error',
        ...NETWORK_GLOBALS,
      ],
    },
  },
  {
    // Product code outside lib/marketplaces/ reaches marketplaces through the registry.
    files: ['entrypoints/**', 'components/**', 'lib/**', 'wxt.config.ts'],
    ignores: ['lib/marketplaces/**'],
    rules: { 'no-restricted-imports': restrictImports(ONLY_THROUGH_REGISTRY) },
  },
  {
    // The engines: pure logic, testable without a browser.
    files: ['lib/guard/**', 'lib/deadlines/**', 'lib/drafts/**'],
    rules: { 'no-restricted-imports': restrictImports(NO_BROWSER, NO_UI, NO_DB, ONLY_THROUGH_REGISTRY) },
  },
  {
    // Page readers are engines too: document, URL and "now" in, a capture out.
    files: ['lib/marketplaces/*/readers/**'],
    rules: { 'no-restricted-imports': restrictImports(NO_BROWSER, NO_UI, NO_DB) },
  },
  {
    // The database layer serves the UI; it never imports it.
    files: ['lib/db/**'],
    rules: { 'no-restricted-imports': restrictImports(NO_UI, ONLY_THROUGH_REGISTRY) },
  },
  {
    // Content scripts run in the page's origin: IndexedDB there belongs to the site.
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: { 'no-restricted-imports': restrictImports(NO_STORAGE_IN_PAGES, ONLY_THROUGH_REGISTRY) },
  },
  {
    // The service worker has no window or document.
    files: ['entrypoints/background.ts', 'lib/background/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'No window in the service worker.' },
        { name: 'document', message: 'No document in the service worker.' },
        { name: 'localStorage', message: 'No localStorage in the service worker.' },
        ...NETWORK_GLOBALS,
      ],
    },
  },
);
