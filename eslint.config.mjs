import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'].map((name) => ({
  name,
  message: 'The extension makes no network requests.',
}));

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
    // Content scripts run in the page's origin: IndexedDB there belongs to the site.
    files: ['entrypoints/*.content.ts', 'entrypoints/*.content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/lib/db', '**/lib/db/**', 'dexie'], message: 'Content scripts never store: send a validated message instead.' }] },
      ],
    },
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
