import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MARKETPLACE_MATCHES } from './lib/marketplaces/content-matches';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  webExt: { disabled: true },
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
            strict_min_version: '115.0',
            data_collection_permissions: { required: ['none'] },
          },
        },
        web_accessible_resources: ['sidebar.html'],
      };
    }
    return {
      ...common,
      permissions: [...common.permissions, 'sidePanel'],
      action: { default_title: '__MSG_extName__' },
      web_accessible_resources: [
        { resources: ['sidebar.html'], matches: MARKETPLACE_MATCHES },
      ],
    };
  },
});
