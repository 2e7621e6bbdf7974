import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See ../shared/stack-notes.md: there is no WXT Preact module, the Vite plugin goes in `vite`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    // The narrowest set: the crawl runs in the agency's tab through activeTab + scripting.
    permissions: ['activeTab', 'scripting', 'storage'],
    browser_specific_settings: {
      // Firefox requires `data_collection_permissions` of new add-ons (web-ext lint); we collect nothing.
      // The key exists from Firefox 140 (the oldest ESR still supported in 2026; 115 ESR has ended)
      // and Firefox for Android 142.
      gecko: { id: 'oit-auditor@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
  zip: { excludeSources: ['**/*'] },
});
