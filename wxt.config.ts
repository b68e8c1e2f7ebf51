import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
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
