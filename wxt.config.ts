import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** The hover card's module, loaded lazily by the content script (see entrypoints/content/card-host.ts). */
const CARD_ENTRYPOINT = 'card';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The card module (entrypoints/card) is imported by the content script, so it is built as an ES module (WXT
    // builds unlisted scripts as IIFEs, which export nothing).
    'vite:build:extendConfig'(entrypoints, config) {
      if (entrypoints.length === 1 && entrypoints[0]!.name === CARD_ENTRYPOINT && config.build?.lib) config.build.lib.formats = ['es'];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The card module, which the content script imports: pages where the content script runs only, and in Chrome
    // under a per-session address, so that pages cannot probe for the extension with it.
    web_accessible_resources: [
      {
        resources: [`${CARD_ENTRYPOINT}.js`],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
    // The keyboard path to the figures' cards; users change the keys at chrome://extensions/shortcuts.
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_card_nextFigure__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'recoupe@recoupe.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
