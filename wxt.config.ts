import { createRequire } from 'node:module';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

const require = createRequire(import.meta.url);

// See ../shared/stack-notes.md: there is no WXT Preact module, the Vite plugin goes in `vite`.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // pdf.js (issue #5) ships as two files beside the content script, imported only when the first
    // PDF is read: the content script itself stays small (README, bundle cost).
    'build:publicAssets': (_wxt, files) => {
      for (const name of ['pdf.min.mjs', 'pdf.worker.min.mjs']) {
        files.push({ absoluteSrc: require.resolve(`pdfjs-dist/build/${name}`), relativeDest: `pdfjs/${name}` });
      }
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    // The narrowest set: the crawl runs in the agency's tab through activeTab + scripting.
    permissions: ['activeTab', 'scripting', 'storage'],
    // The content script runs in the agency's page, so its lazy `import()` of pdf.js needs the files
    // web-accessible there. Not a permission; any page could load these two library files.
    // use_dynamic_url: pages cannot probe a fixed chrome-extension:// URL to learn the extension is installed.
    web_accessible_resources: [{ resources: ['pdfjs/*'], matches: ['<all_urls>'], use_dynamic_url: true }],
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
