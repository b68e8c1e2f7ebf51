import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Recoupe',
    description: 'Checks figures about North Korean troops in Russia against the sources, in the page you read.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'recoupe@recoupe.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
